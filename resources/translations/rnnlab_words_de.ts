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
        <extracomment>rnngui/model/project_file.py:561</extracomment>
        <source> (or null: off)</source>
        <translation> (oder null: aus)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:57</extracomment>
        <source> ({count} characters)</source>
        <translation> ({count} Zeichen)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:188</extracomment>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:350</extracomment>
        <source>&quot;format&quot; is {format}; an RNN Lab project says &quot;format&quot;: &quot;rnnlab&quot;</source>
        <translation>&quot;format&quot; ist {format}; ein RNN-Lab-Projekt sagt &quot;format&quot;: &quot;rnnlab&quot;</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:488</extracomment>
        <source>&quot;params&quot; lacks {names} (the {cell}&apos;s)</source>
        <translation>in &quot;params&quot; fehlt {names} (die des {cell})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:448</extracomment>
        <source>&quot;sequences&quot; is empty; a project needs at least one sequence</source>
        <translation>&quot;sequences&quot; ist leer; ein Projekt braucht mindestens eine Folge</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:383</extracomment>
        <source>&quot;version&quot; {version} does not exist; versions start at 1</source>
        <translation>&quot;version&quot; {version} gibt es nicht; die Versionen beginnen bei 1</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:141</extracomment>
        <source>% of the long-term memory to remember (forget gate)</source>
        <translation>% des Langzeitgedächtnisses, das behalten wird (Vergessenstor)</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:142</extracomment>
        <source>% of the potential memory to remember (input gate)</source>
        <translation>% des potenziellen Gedächtnisses, das behalten wird (Eingangstor)</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:144</extracomment>
        <source>% of the potential short-term memory to remember (output gate)</source>
        <translation>% des potenziellen Kurzzeitgedächtnisses, das behalten wird (Ausgangstor)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:80</extracomment>
        <source>&apos;use for training&apos; box</source>
        <translation>Kästchen „fürs Training verwenden“</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:188</extracomment>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
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
        <extracomment>rnngui/model/project_file.py:399</extracomment>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:192</extracomment>
        <source>a number {length} characters long ({start}…)</source>
        <translation>eine Zahl mit {length} Zeichen ({start}…)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:369</extracomment>
        <source>a training run</source>
        <translation>einen Trainingslauf</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:280</extracomment>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:425</extracomment>
        <source>about {number}</source>
        <translation>etwa {number}</translation>
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
        <extracomment>rnngui/model/project_file.py:399</extracomment>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:180</extracomment>
        <source>Bouncing — the loss rose in {rises} of the last {steps} steps and |dSSR/d{name}| reached {gradient}: {cause}. Try a smaller learning rate or clipping.</source>
        <translation>Springt — der Verlust stieg in {rises} der letzten {steps} Schritte, und |dSSR/d{name}| erreichte {gradient}: {cause}. Versuche eine kleinere Lernrate oder Clipping.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:747</extracomment>
        <source>cannot open {name}: {reason}</source>
        <translation>{name} lässt sich nicht öffnen: {reason}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:750</extracomment>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} lässt sich nicht lesen: {reason}</translation>
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
        <extracomment>rnngui/lesson/compute.py:78</extracomment>
        <source>copies of the network unrolled for {name}</source>
        <translation>Kopien des Netzes, ausgerollt für {name}</translation>
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
        <extracomment>rnngui/lesson/compute.py:88</extracomment>
        <source>first input&apos;s multiplier after {unrolls} feedback loops at w2 = {w2}</source>
        <translation>Faktor der ersten Eingabe nach {unrolls} Rückkopplungsschleifen bei w2 = {w2}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:455</extracomment>
        <source>holds {text}</source>
        <translation>enthält {text}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:98</extracomment>
        <source>infinity cannot be used: type a finite number</source>
        <translation>Unendlich geht nicht: Gib eine endliche Zahl ein</translation>
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
        <extracomment>rnngui/lesson/compute.py:149</extracomment>
        <source>long-term memory</source>
        <translation>Langzeitgedächtnis</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:79</extracomment>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:96</extracomment>
        <source>NaN is not a number a network can learn from</source>
        <translation>NaN ist keine Zahl, aus der ein Netz lernen kann</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:402</extracomment>
        <source>no name column and value column to read</source>
        <translation>keine Namens- und Wertespalte zum Lesen</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:114</extracomment>
        <source>no sequence has a target, so there is no SSR</source>
        <translation>keine Folge hat einen Zielwert, also gibt es keine SSR</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:123</extracomment>
        <source>not UTF-8 text: byte 0x{byte} at offset {offset}. Save the file from the spreadsheet as &apos;CSV UTF-8&apos; and import it again</source>
        <translation>kein UTF-8-Text: Byte 0x{byte} an Position {offset}. Speichere die Datei in der Tabellenkalkulation als &apos;CSV UTF-8&apos; und importiere sie noch einmal</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:324</extracomment>
        <source>not valid JSON at line {line}, column {column}: {error}</source>
        <translation>kein gültiges JSON in Zeile {line}, Spalte {column}: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:322</extracomment>
        <source>not valid JSON at line {line}, column {column}: {error} (the file looks cut short)</source>
        <translation>kein gültiges JSON in Zeile {line}, Spalte {column}: {error} (die Datei scheint abgeschnitten)</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:356</extracomment>
        <source>One step did it: at step 1 the loop had multiplied day 1&apos;s signal by {gain} over {loops} loops, |dSSR/d{name}| was {gradient}, and that one step moved the parameters by {step_size}: exploding gradients. Try a much smaller learning rate or clipping.</source>
        <translation>Ein Schritt hat es getan: Bei Schritt 1 hatte die Schleife das Signal von Tag 1 über {loops} Durchläufe mit {gain} multipliziert, |dSSR/d{name}| war {gradient}, und dieser eine Schritt hat die Parameter um {step_size} verschoben: explodierende Gradienten. Versuche eine viel kleinere Lernrate oder Clipping.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:99</extracomment>
        <source>parameters to train, unrolled {unrolls} times</source>
        <translation>zu trainierende Parameter, {unrolls}-mal ausgerollt</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:143</extracomment>
        <source>potential long-term memory</source>
        <translation>potenzielles Langzeitgedächtnis</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:72</extracomment>
        <source>prediction for {name} with the current weights</source>
        <translation>Vorhersage für {name} mit den aktuellen Gewichten</translation>
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
        <extracomment>rnngui/model/project_file.py:83</extracomment>
        <source>sequence {number}</source>
        <translation>Folge {number}</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:149</extracomment>
        <source>short-term memory</source>
        <translation>Kurzzeitgedächtnis</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:433</extracomment>
        <source>Some of this step could not be set up: {problems}.</source>
        <translation>Ein Teil dieses Schritts konnte nicht vorbereitet werden: {problems}.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:117</extracomment>
        <source>SSR over the training sequences with the current weights</source>
        <translation>SSR über die Trainingsfolgen mit den aktuellen Gewichten</translation>
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
        <extracomment>rnngui/model/project_file.py:79</extracomment>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:398</extracomment>
        <source>text ({text})</source>
        <translation>ein Text ({text})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:559</extracomment>
        <source>That is the lesson&apos;s figure, {figure}.</source>
        <translation>Das ist der Wert der Lektion, {figure}.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:197</extracomment>
        <source>the current network</source>
        <translation>das aktuelle Netz</translation>
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
        <extracomment>rnngui/model/project_file.py:291</extracomment>
        <source>the file contains {name}, which is not a number a project can hold</source>
        <translation>die Datei enthält {name}, keine Zahl, die ein Projekt aufnehmen kann</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:306</extracomment>
        <source>the file holds a value RNN Lab cannot use ({kind}: {error})</source>
        <translation>die Datei enthält einen Wert, den RNN Lab nicht verwenden kann ({kind}: {error})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:329</extracomment>
        <source>the file holds no values</source>
        <translation>die Datei enthält keine Werte</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:346</extracomment>
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
        <extracomment>rnngui/model/project_file.py:327</extracomment>
        <source>the JSON is nested too deeply to be a project file</source>
        <translation>das JSON ist zu tief verschachtelt für eine Projektdatei</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:560</extracomment>
        <source>The lesson&apos;s figure is {figure}; the current weights give {value}.</source>
        <translation>Der Wert der Lektion ist {figure}; die aktuellen Gewichte ergeben {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:198</extracomment>
        <source>the memory page&apos;s {cell}</source>
        <translation>das {cell} der Gedächtnis-Seite</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:404</extracomment>
        <source>the number {number}</source>
        <translation>die Zahl {number}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:225</extracomment>
        <source>the project</source>
        <translation>das Projekt</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:88</extracomment>
        <source>the text is empty: type a number</source>
        <translation>das Feld ist leer: Gib eine Zahl ein</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:122</extracomment>
        <source>the {cell} has no parameter {name} (it has {names})</source>
        <translation>das {cell} hat keinen Parameter {name} (es hat {names})</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:64</extracomment>
        <source>there is no sequence called {name} now (there are {names})</source>
        <translation>es gibt gerade keine Folge namens {name} (es gibt {names})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:378</extracomment>
        <source>this file was written by a newer RNN Lab (format version {version}); this RNN Lab reads versions up to {newest}. Update RNN Lab to open it.</source>
        <translation>diese Datei wurde von einem neueren RNN Lab geschrieben (Formatversion {version}); dieses RNN Lab liest Versionen bis {newest}. Aktualisiere RNN Lab, um sie zu öffnen.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:372</extracomment>
        <source>This lesson step loads “{name}” in place of your project, which has {lost}. Edit → Undo brings your project back. Go on?</source>
        <translation>Dieser Lektionsschritt lädt „{name}“ anstelle deines Projekts, das {lost} hat. Bearbeiten → Rückgängig holt dein Projekt zurück. Weiter?</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:155</extracomment>
        <source>this needs the LSTM, but the network now is the {cell}; choose LSTM in the training panel or load the LSTM chapter&apos;s preset</source>
        <translation>dafür braucht es das LSTM, aber das Netz ist gerade das {cell}; wähle LSTM im Trainingsbereich oder lade die Vorlage des LSTM-Kapitels</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:104</extracomment>
        <source>this project has no price scaling; load the Blue and Red preset</source>
        <translation>dieses Projekt hat keine Preisskalierung; lade die Vorlage „Blue and Red“</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:399</extracomment>
        <source>true/false</source>
        <translation>ein Wahrheitswert (true/false)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:69</extracomment>
        <source>true/false is not a number</source>
        <translation>true/false ist keine Zahl</translation>
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
        <extracomment>rnngui/model/project_file.py:79</extracomment>
        <source>values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:334</extracomment>
        <source>Your answer {answer} is off by {difference}: the engine says {value}.</source>
        <translation>Deine Antwort {answer} weicht um {difference} ab: Die Engine sagt {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:329</extracomment>
        <source>Your answer {answer} is off: the engine&apos;s {value} is {times} times bigger.</source>
        <translation>Deine Antwort {answer} liegt daneben: Der Wert {value} der Engine ist {times}-mal so groß.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:332</extracomment>
        <source>Your answer {answer} is off: the engine&apos;s {value} is {times} times smaller.</source>
        <translation>Deine Antwort {answer} liegt daneben: Der Wert {value} der Engine ist {times}-mal kleiner.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:325</extracomment>
        <source>Your answer {answer} is right: the engine says {value}.</source>
        <translation>Deine Antwort {answer} ist richtig: Die Engine sagt {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:340</extracomment>
        <source>Your project was kept. Press Next or choose a step to let the lesson set up the app (Edit → Undo brings your project back).</source>
        <translation>Dein Projekt wurde behalten. Drücke Weiter oder wähle einen Schritt, damit die Lektion die App vorbereitet (Bearbeiten → Rückgängig holt dein Projekt zurück).</translation>
    </message>
    <message>
        <extracomment>rnngui/session/jobs.py:132</extracomment>
        <source>{diagnosis} The run stopped here: “stop when converged” is on.</source>
        <translation>{diagnosis} Der Lauf hat hier angehalten: „bei Konvergenz anhalten“ ist eingeschaltet.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:53</extracomment>
        <source>{error} (try 16, 1.1e15 or 2^50)</source>
        <translation>{error} (versuche 16; 1,1e15 oder 2^50)</translation>
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
        <extracomment>rnngui/lesson/compute.py:161</extracomment>
        <source>{name} has {days} days; there is no day {day}</source>
        <translation>{name} hat {days} Tage; einen Tag {day} gibt es nicht</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:756</extracomment>
        <source>{name} is not UTF-8 text (byte 0x{byte} at offset {offset}); is it really an RNN Lab project?</source>
        <translation>{name} ist kein UTF-8-Text (Byte 0x{byte} an Position {offset}); ist das wirklich ein RNN-Lab-Projekt?</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:742</extracomment>
        <source>{name} is {size} MB; project files are at most {limit} MB</source>
        <translation>{name} ist {size} MB groß; Projektdateien haben höchstens {limit} MB</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:125</extracomment>
        <source>{name} now</source>
        <translation>{name} jetzt</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:575</extracomment>
        <source>{place} ({high}) must be above {other} ({low})</source>
        <translation>{place} ({high}) muss größer sein als {other} ({low})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:628</extracomment>
        <source>{place} has {count} goals; at most {limit}</source>
        <translation>{place} hat {count} Ziele; höchstens {limit}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:637</extracomment>
        <source>{place} holds {count} runs; at most {limit}</source>
        <translation>{place} enthält {count} Läufe; höchstens {limit}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:224</extracomment>
        <source>{place} holds {kind}, which a project file cannot store</source>
        <translation>{place} enthält {kind}, das eine Projektdatei nicht speichern kann</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:418</extracomment>
        <source>{place} is a number too large to hold</source>
        <translation>{place} ist eine zu große Zahl</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:410</extracomment>
        <source>{place} is {kind}, beyond the largest number a project can hold</source>
        <translation>{place} ist {kind}, größer als die größte Zahl, die ein Projekt speichern kann</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:435</extracomment>
        <source>{place} is {length} characters long ({text}); at most {limit}</source>
        <translation>{place} ist {length} Zeichen lang ({text}); höchstens {limit}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:279</extracomment>
        <source>{place} is {value}, which a project file cannot store</source>
        <translation>{place} ist {value}, das kann eine Projektdatei nicht speichern</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:709</extracomment>
        <source>{place} is {value}; a run cannot take less than 0</source>
        <translation>{place} ist {value}; ein Lauf kann nicht weniger als 0 dauern</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:559</extracomment>
        <source>{place} is {value}; it must be from {low} to {high}</source>
        <translation>{place} ist {value}; erlaubt ist {low} bis {high}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:420</extracomment>
        <source>{place} must be a finite number</source>
        <translation>{place} muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:705</extracomment>
        <source>{place} must be a list of at most {count} numbers (or null), one per goal</source>
        <translation>{place} muss eine Liste mit höchstens {count} Zahlen (oder null) sein, eine je Ziel</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:701</extracomment>
        <source>{place} must be a list of at most {count} true/false, one per goal</source>
        <translation>{place} muss eine Liste mit höchstens {count} true/false sein, eins je Ziel</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:591</extracomment>
        <source>{place} must be a list of names, not {kind}</source>
        <translation>{place} muss eine Liste von Namen sein, ist aber {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:458</extracomment>
        <source>{place} must be a list of numbers, not {kind}</source>
        <translation>{place} muss eine Liste von Zahlen sein, ist aber {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:445</extracomment>
        <source>{place} must be a list, not {kind}</source>
        <translation>{place} muss eine Liste sein, ist aber {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:413</extracomment>
        <source>{place} must be a number, not {kind}</source>
        <translation>{place} muss eine Zahl sein, ist aber {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:580</extracomment>
        <source>{place} must be a short text such as &quot;$&quot;</source>
        <translation>{place} muss ein kurzer Text sein, etwa &quot;$&quot;</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:374</extracomment>
        <source>{place} must be a whole number, not {kind}</source>
        <translation>{place} muss eine ganze Zahl sein, ist aber {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:570</extracomment>
        <source>{place} must be an object or null, not {kind}</source>
        <translation>{place} muss ein Objekt oder null sein, ist aber {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:484</extracomment>
        <source>{place} must be an object with {names}</source>
        <translation>{place} muss ein Objekt mit {names} sein</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:516</extracomment>
        <source>{place} must be an object, not {kind}</source>
        <translation>{place} muss ein Objekt sein, ist aber {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:476</extracomment>
        <source>{place} must be one of {choices}, not {kind}</source>
        <translation>{place} muss eins von {choices} sein, ist aber {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:431</extracomment>
        <source>{place} must be text, not {kind}</source>
        <translation>{place} muss Text sein, ist aber {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:465</extracomment>
        <source>{place} must be true or false</source>
        <translation>{place} muss true oder false sein</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:598</extracomment>
        <source>{place} must be true or false, not {kind}</source>
        <translation>{place} muss true oder false sein, ist aber {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:533</extracomment>
        <source>{place} must list some of {names}, not {value}</source>
        <translation>{place} muss einige von {names} aufzählen, nicht {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:538</extracomment>
        <source>{place} {value} is not one of {choices}</source>
        <translation>{place} {value} ist keins von {choices}</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:107</extracomment>
        <source>{price} on the 0-to-1 scale</source>
        <translation>{price} auf der Skala von 0 bis 1</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:88</extracomment>
        <source>{sequence}&apos;s {field}</source>
        <translation>{field} von {sequence}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:85</extracomment>
        <source>{sequence}, day {day}</source>
        <translation>{sequence}, Tag {day}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:173</extracomment>
        <source>{text} has several commas; this computer writes decimals with a comma: type the number with one comma, or without separators</source>
        <translation>{text} hat mehrere Kommas; dieser Computer schreibt Dezimalzahlen mit Komma: Gib die Zahl mit einem einzigen Komma ein oder ganz ohne Trennzeichen</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:107</extracomment>
        <source>{text} is a missing value, not a number</source>
        <translation>{text} ist ein fehlender Wert, keine Zahl</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:92</extracomment>
        <source>{text} is a price with its currency sign; type the number alone</source>
        <translation>{text} ist ein Preis mit Währungszeichen; gib nur die Zahl ein</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:183</extracomment>
        <source>{text} is ambiguous: {whole} with a thousands separator, or {point} with a decimal comma. Type {whole} or {point}</source>
        <translation>{text} ist mehrdeutig: {whole} mit Tausendertrennzeichen oder {point} mit Dezimalkomma. Gib {whole} oder {point} ein</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:199</extracomment>
        <source>{text} is not a number</source>
        <translation>{text} ist keine Zahl</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:151</extracomment>
        <source>{text} is not a number (a space or &apos; inside it?)</source>
        <translation>{text} ist keine Zahl (steckt ein Leerzeichen oder ein &apos; darin?)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:198</extracomment>
        <source>{text} is not a number (more than one decimal point)</source>
        <translation>{text} ist keine Zahl (mehr als ein Dezimalpunkt)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:190</extracomment>
        <source>{text} is not read here: this computer writes the decimal point as &apos;.&apos;, so it could mean {point} (a decimal comma) or the list {listed}. Type {point}</source>
        <translation>{text} wird hier nicht gelesen: Dieser Computer schreibt das Dezimaltrennzeichen als &apos;.&apos;, also könnte es {point} (mit Dezimalkomma) oder die Liste {listed} sein. Gib {point} ein</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:223</extracomment>
        <source>{text} is too large to be a number here</source>
        <translation>{text} ist zu groß, um hier eine Zahl zu sein</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:82</extracomment>
        <source>{text} is too long to be a number</source>
        <translation>{text} ist zu lang für eine Zahl</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:163</extracomment>
        <source>{text} is written the European way (1.234,56 = {number}), but this computer writes the decimal point as &apos;.&apos;: type {number}</source>
        <translation>{text} ist europäisch geschrieben (1.234,56 = {number}), aber dieser Computer schreibt das Dezimaltrennzeichen als &apos;.&apos;: Gib {number} ein</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:159</extracomment>
        <source>{text} mixes &apos;.&apos; and &apos;,&apos; in a way that is not a number</source>
        <translation>{text} mischt &apos;.&apos; und &apos;,&apos; so, dass es keine Zahl ist</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:181</extracomment>
        <source>{what} after day {day} of {name}</source>
        <translation>{what} nach Tag {day} von {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:173</extracomment>
        <source>{what} on day {day} of {name}</source>
        <translation>{what} an Tag {day} von {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:200</extracomment>
        <source>|∂prediction/∂x1| after {days} days for {label}</source>
        <translation>|∂Vorhersage/∂x1| nach {days} Tagen für {label}</translation>
    </message>
</context>
</TS>
