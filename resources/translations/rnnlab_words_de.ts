<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<!-- RNN Lab's engine and model sentences (the diagnosis line, file messages). Made
     by `python -m rnngui.ui.words_catalog`, which keeps the translations written
     here. Keep every {field} of a source in its translation; run it again to
     compile the .qm. -->
<context>
    <name>words</name>
    <message>
        <extracomment>rnngui/model/project_file.py:345</extracomment>
        <source>&quot;format&quot; is {format}; an RNN Lab project says &quot;format&quot;: &quot;rnnlab&quot;</source>
        <translation>&quot;format&quot; ist {format}; ein RNN-Lab-Projekt sagt &quot;format&quot;: &quot;rnnlab&quot;</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:525</extracomment>
        <source>(You did not write a guess: next time, predict first.)</source>
        <translation>(Du hast keine Schätzung eingegeben: Sag beim nächsten Mal zuerst etwas vorher.)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:151</extracomment>
        <source>a cell over {limit} characters (an unclosed quote &quot; swallows the rest of the file?): the file is read up to here</source>
        <translation>eine Zelle mit über {limit} Zeichen (verschluckt ein nicht geschlossenes Anführungszeichen &quot; den Rest der Datei?): Die Datei wird bis hierher gelesen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:369</extracomment>
        <source>a training run</source>
        <translation>einen Trainingslauf</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:232</extracomment>
        <source>after {steps} of {max_steps} steps</source>
        <translation>nach {steps} von {max_steps} Schritten</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:231</extracomment>
        <source>after {steps} steps</source>
        <translation>nach {steps} Schritten</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:180</extracomment>
        <source>Bouncing — the loss rose in {rises} of the last {steps} steps and |dSSR/d{name}| reached {gradient}: {cause}. Try a smaller learning rate or clipping.</source>
        <translation>Springt — der Verlust stieg in {rises} der letzten {steps} Schritte, und |dSSR/d{name}| erreichte {gradient}: {cause}. Versuche eine kleinere Lernrate oder Clipping.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:108</extracomment>
        <source>Clipping is on: {clipped} of the last {count} gradients were clipped.</source>
        <translation>Clipping ist an: {clipped} der letzten {count} Gradienten wurden begrenzt.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:159</extracomment>
        <source>Converged — SSR is {loss} after {steps} steps: the network fits the data.</source>
        <translation>Konvergiert — die SSR ist {loss} nach {steps} Schritten: Das Netz passt zu den Daten.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:249</extracomment>
        <source>Converged — SSR settled at {loss} after {steps} steps.</source>
        <translation>Konvergiert — die SSR hat sich nach {steps} Schritten bei {loss} eingependelt.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:225</extracomment>
        <source>Converged — SSR settled at {loss}: the gradient is down to rounding noise ({gradient}), a minimum for the parameters being trained.</source>
        <translation>Konvergiert — die SSR hat sich bei {loss} eingependelt: Der Gradient ist auf Rundungsrauschen gefallen ({gradient}), ein Minimum für die trainierten Parameter.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:165</extracomment>
        <source>Converged — SSR wobbles but stays below {loss} (every prediction within {error} of its target) at step {step}.</source>
        <translation>Konvergiert — die SSR schwankt, bleibt aber unter {loss} (jede Vorhersage liegt näher als {error} an ihrem Ziel), bei Schritt {step}.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:219</extracomment>
        <source>Converged — steps shrank to {step_size} with SSR at {loss}: a minimum for the parameters being trained.</source>
        <translation>Konvergiert — die Schritte sind auf {step_size} geschrumpft, die SSR steht bei {loss}: ein Minimum für die trainierten Parameter.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:254</extracomment>
        <source>Converging — SSR fell to {loss} at step {step}, and it still falls.</source>
        <translation>Konvergiert gerade — die SSR fiel bei Schritt {step} auf {loss} und fällt weiter.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:145</extracomment>
        <source>Diverged — numbers overflowed at step {step}; the last finite parameters were kept. Try a smaller learning rate or turn on gradient clipping.</source>
        <translation>Divergiert — bei Schritt {step} sind die Zahlen übergelaufen; die letzten endlichen Parameter wurden behalten. Versuche eine kleinere Lernrate oder schalte das Begrenzen der Gradienten (Clipping) ein.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:443</extracomment>
        <source>empty cell inside {name}</source>
        <translation>leere Zelle in {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:175</extracomment>
        <source>exploding gradients make the steps too big</source>
        <translation>explodierende Gradienten machen die Schritte zu groß</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:338</extracomment>
        <source>exploding gradients. On the feedback path day 1&apos;s signal is multiplied by w2 on each of its {loops} loops ({gain} now), and dSSR/dw2 carries that factor: it reached {gradient}, so every step overshoots the valley</source>
        <translation>explodierende Gradienten. Auf dem Rückkopplungsweg wird das Signal von Tag 1 in jedem seiner {loops} Schleifendurchläufe mit w2 multipliziert (jetzt {gain}), und dSSR/dw2 trägt diesen Faktor: Er erreichte {gradient}, also schießt jeder Schritt über das Tal hinaus</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:331</extracomment>
        <source>exploding gradients. On the feedback path day 1&apos;s signal is multiplied by w2 on each of its {loops} loops ({gain} now), and dSSR/dw2 carries that factor: it reached {gradient}, {ratio} times |dSSR/db2| (which does not go round the loop), so every step overshoots the valley</source>
        <translation>explodierende Gradienten. Auf dem Rückkopplungsweg wird das Signal von Tag 1 in jedem seiner {loops} Schleifendurchläufe mit w2 multipliziert (jetzt {gain}), und dSSR/dw2 trägt diesen Faktor: Er erreichte {gradient}, das {ratio}-Fache von |dSSR/db2| (das nicht durch die Schleife läuft), also schießt jeder Schritt über das Tal hinaus</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:76</extracomment>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:455</extracomment>
        <source>holds {text}</source>
        <translation>enthält {text}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:455</extracomment>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:351</extracomment>
        <source>Lesson step {number} loaded “{name}”. Edit → Undo brings your project back.</source>
        <translation>Lektionsschritt {number} hat „{name}“ geladen. Bearbeiten → Rückgängig holt dein Projekt zurück.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:554</extracomment>
        <source>lesson: {figure}</source>
        <translation>Lektion: {figure}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:402</extracomment>
        <source>no name column and value column to read</source>
        <translation>keine Namens- und Wertespalte zum Lesen</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:123</extracomment>
        <source>not UTF-8 text: byte 0x{byte} at offset {offset}. Save the file from the spreadsheet as &apos;CSV UTF-8&apos; and import it again</source>
        <translation>kein UTF-8-Text: Byte 0x{byte} an Position {offset}. Speichere die Datei in der Tabellenkalkulation als &apos;CSV UTF-8&apos; und importiere sie noch einmal</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:319</extracomment>
        <source>not valid JSON at line {line}, column {column}: {error}</source>
        <translation>kein gültiges JSON in Zeile {line}, Spalte {column}: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:317</extracomment>
        <source>not valid JSON at line {line}, column {column}: {error} (the file looks cut short)</source>
        <translation>kein gültiges JSON in Zeile {line}, Spalte {column}: {error} (die Datei scheint abgeschnitten)</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:356</extracomment>
        <source>One step did it: at step 1 the loop had multiplied day 1&apos;s signal by {gain} over {loops} loops, |dSSR/d{name}| was {gradient}, and that one step moved the parameters by {step_size}: exploding gradients. Try a much smaller learning rate or clipping.</source>
        <translation>Ein Schritt hat es getan: Bei Schritt 1 hatte die Schleife das Signal von Tag 1 über {loops} Durchläufe mit {gain} multipliziert, |dSSR/d{name}| war {gradient}, und dieser eine Schritt hat die Parameter um {step_size} verschoben: explodierende Gradienten. Versuche eine viel kleinere Lernrate oder Clipping.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:149</extracomment>
        <source>Press Train or Step to start gradient descent.</source>
        <translation>Drücke Trainieren oder Schritt, um den Gradientenabstieg zu starten.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:349</extracomment>
        <source>ragged row: {cells} cells, but the first row has {width}</source>
        <translation>ungleichmäßige Zeile: {cells} Zellen, aber die erste Zeile hat {width}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:78</extracomment>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:79</extracomment>
        <source>row {row}, column {column}</source>
        <translation>Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:433</extracomment>
        <source>Some of this step could not be set up: {problems}.</source>
        <translation>Ein Teil dieses Schritts konnte nicht vorbereitet werden: {problems}.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:242</extracomment>
        <source>Stalling — {after} {name} moves {step_size} per step while SSR stays at {loss}: vanishing gradients.</source>
        <translation>Stockt — {after} bewegt sich {name} um {step_size} pro Schritt, während die SSR bei {loss} bleibt: verschwindende Gradienten.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:239</extracomment>
        <source>Stalling — {after} {name} moves {step_size} per step while SSR stays at {loss}: vanishing gradients; max steps reached before the optimum.</source>
        <translation>Stockt — {after} bewegt sich {name} um {step_size} pro Schritt, während die SSR bei {loss} bleibt: verschwindende Gradienten; die maximale Schrittzahl wurde vor dem Optimum erreicht.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:208</extracomment>
        <source>Stalling — {gradients} are exactly 0: the hidden unit&apos;s last output is 0 for every sequence (a dead, switched-off ReLU), so no number of steps can lower SSR from {loss}.</source>
        <translation>Stockt — {gradients} sind genau 0: Die letzte Ausgabe der verborgenen Einheit ist für jede Folge 0 (eine tote, abgeschaltete ReLU), also kann keine Zahl von Schritten die SSR unter {loss} senken.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:193</extracomment>
        <source>Stalling — {gradients} are exactly 0: the hidden unit&apos;s last output is 0 for every sequence (a dead, switched-off ReLU), so SSR stays at {loss}.</source>
        <translation>Stockt — {gradients} sind genau 0: Die letzte Ausgabe der verborgenen Einheit ist für jede Folge 0 (eine tote, abgeschaltete ReLU), also bleibt die SSR bei {loss}.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:211</extracomment>
        <source>Start from other values.</source>
        <translation>Beginne mit anderen Werten.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:371</extracomment>
        <source>Start the lesson?</source>
        <translation>Lektion starten?</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:444</extracomment>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:559</extracomment>
        <source>That is the lesson&apos;s figure, {figure}.</source>
        <translation>Das ist der Wert der Lektion, {figure}.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:409</extracomment>
        <source>the dates are not all in one format: the rows keep the file&apos;s order</source>
        <translation>die Daten haben nicht alle dasselbe Format: Die Zeilen behalten die Reihenfolge der Datei</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:509</extracomment>
        <source>The engine cannot answer this now: {error}</source>
        <translation>Die Engine kann das gerade nicht beantworten: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:511</extracomment>
        <source>The engine says {value}.</source>
        <translation>Die Engine sagt {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:286</extracomment>
        <source>the file contains {name}, which is not a number a project can hold</source>
        <translation>die Datei enthält {name}, keine Zahl, die ein Projekt aufnehmen kann</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:301</extracomment>
        <source>the file holds a value RNN Lab cannot use ({kind}: {error})</source>
        <translation>die Datei enthält einen Wert, den RNN Lab nicht verwenden kann ({kind}: {error})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:329</extracomment>
        <source>the file holds no values</source>
        <translation>die Datei enthält keine Werte</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:341</extracomment>
        <source>the file holds {kind}, not a project (a JSON object)</source>
        <translation>die Datei enthält {kind}, kein Projekt (ein JSON-Objekt)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:114</extracomment>
        <source>the file is over {size} MB</source>
        <translation>die Datei ist größer als {size} MB</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:177</extracomment>
        <source>the gradient is not huge, but the learning rate makes each step overshoot</source>
        <translation>der Gradient ist nicht riesig, aber die Lernrate lässt jeden Schritt über das Ziel hinausschießen</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:322</extracomment>
        <source>the JSON is nested too deeply to be a project file</source>
        <translation>das JSON ist zu tief verschachtelt für eine Projektdatei</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:560</extracomment>
        <source>The lesson&apos;s figure is {figure}; the current weights give {value}.</source>
        <translation>Der Wert der Lektion ist {figure}; die aktuellen Gewichte ergeben {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:372</extracomment>
        <source>this file was written by a newer RNN Lab (format version {version}); this RNN Lab reads versions up to {newest}. Update RNN Lab to open it.</source>
        <translation>diese Datei wurde von einem neueren RNN Lab geschrieben (Formatversion {version}); dieses RNN Lab liest Versionen bis {newest}. Aktualisiere RNN Lab, um sie zu öffnen.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:372</extracomment>
        <source>This lesson step loads “{name}” in place of your project, which has {lost}. Edit → Undo brings your project back. Go on?</source>
        <translation>Dieser Lektionsschritt lädt „{name}“ anstelle deines Projekts, das {lost} hat. Bearbeiten → Rückgängig holt dein Projekt zurück. Weiter?</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:448</extracomment>
        <source>Try this:</source>
        <translation>Probier das:</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:369</extracomment>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:367</extracomment>
        <source>unsaved changes and a training run</source>
        <translation>ungespeicherte Änderungen und einen Trainingslauf</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:310</extracomment>
        <source>Your answer {answer} is off by {difference}: the engine says {value}.</source>
        <translation>Deine Antwort {answer} weicht um {difference} ab: Die Engine sagt {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:305</extracomment>
        <source>Your answer {answer} is off: the engine&apos;s {value} is {times} times bigger.</source>
        <translation>Deine Antwort {answer} liegt daneben: Der Wert {value} der Engine ist {times}-mal so groß.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:308</extracomment>
        <source>Your answer {answer} is off: the engine&apos;s {value} is {times} times smaller.</source>
        <translation>Deine Antwort {answer} liegt daneben: Der Wert {value} der Engine ist {times}-mal kleiner.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:301</extracomment>
        <source>Your answer {answer} is right: the engine says {value}.</source>
        <translation>Deine Antwort {answer} ist richtig: Die Engine sagt {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:340</extracomment>
        <source>Your project was kept. Press Next or choose a step to let the lesson set up the app (Edit → Undo brings your project back).</source>
        <translation>Dein Projekt wurde behalten. Drücke Weiter oder wähle einen Schritt, damit die Lektion die App vorbereitet (Bearbeiten → Rückgängig holt dein Projekt zurück).</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:278</extracomment>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:466</extracomment>
        <source>{name} (no values besides its target)</source>
        <translation>{name} (keine Werte außer dem Ziel)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:469</extracomment>
        <source>{name} (no values)</source>
        <translation>{name} (keine Werte)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:479</extracomment>
        <source>{name} (over {limit} values)</source>
        <translation>{name} (über {limit} Werte)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:456</extracomment>
        <source>{name} (row {row}, column {column} {held})</source>
        <translation>{name} (Zeile {row}, Spalte {column} {held})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:468</extracomment>
        <source>{name} has no values</source>
        <translation>{name} hat keine Werte</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:465</extracomment>
        <source>{name} has no values besides its target</source>
        <translation>{name} hat keine Werte außer dem Ziel</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:476</extracomment>
        <source>{name} has {count} values; at most {limit}</source>
        <translation>{name} hat {count} Werte; höchstens {limit}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:107</extracomment>
        <source>{text} is a missing value, not a number</source>
        <translation>{text} ist ein fehlender Wert, keine Zahl</translation>
    </message>
</context>
</TS>
