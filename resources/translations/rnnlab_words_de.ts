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
        <extracomment>rnngui/ui/canvas/worksheet_dialog.py:107</extracomment>
        <source> (answer key: {name})</source>
        <translation> (Lösungen: {name})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:561</extracomment>
        <source> (or null: off)</source>
        <translation> (oder null: aus)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/csv_import_dialog.py:238</extracomment>
        <source> (scaled to [0, 1])</source>
        <translation> (auf [0, 1] skaliert)</translation>
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
        <extracomment>rnngui/model/scaling.py:45</extracomment>
        <source>(high price)</source>
        <translation>(oberer Preis)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/scaling.py:45</extracomment>
        <source>(low price)</source>
        <translation>(unterer Preis)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:188</extracomment>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:401</extracomment>
        <source>(price {where})</source>
        <translation>(Preis {where})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:67</extracomment>
        <source>(target of {name})</source>
        <translation>(Zielwert von {name})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/scaling_dialog.py:93</extracomment>
        <source>(the price that becomes 0)</source>
        <translation>(der Preis, der zu 0 wird)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/scaling_dialog.py:94</extracomment>
        <source>(the price that becomes 1)</source>
        <translation>(der Preis, der zu 1 wird)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:525</extracomment>
        <source>(You did not write a guess: next time, predict first.)</source>
        <translation>(Du hast keine Schätzung eingegeben: Sag beim nächsten Mal zuerst etwas vorher.)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:457</extracomment>
        <source>, on {days} days where only day 1 decides</source>
        <translation>, auf {days} Tagen, bei denen nur Tag 1 entscheidet</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:87</extracomment>
        <source>, {share}% of the total</source>
        <translation>, {share} % der Summe</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:79</extracomment>
        <source>1 (b1 is added)</source>
        <translation>1 (b1 wird addiert)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:80</extracomment>
        <source>1 (b2 is added)</source>
        <translation>1 (b2 wird addiert)</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:194</extracomment>
        <source>1 feedback loop crossed</source>
        <translation>1 Rückkopplungsschleife durchlaufen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:461</extracomment>
        <source>; it carries {power} = {value}</source>
        <translation>; er trägt {power} = {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/csv_import_dialog.py:239</extracomment>
        <source>; left out {count}</source>
        <translation>; {count} ausgelassen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:470</extracomment>
        <source>&lt;b&gt;dSSR/d{name} = {gradient}&lt;/b&gt;, the sum of {count} terms, one per copy of each sequence (only the last copy: its output is the prediction).</source>
        <translation>&lt;b&gt;dSSR/d{name} = {gradient}&lt;/b&gt;, die Summe von {count} Termen, einer pro Kopie jeder Folge (nur die letzte Kopie, denn ihre Ausgabe ist die Vorhersage).</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:473</extracomment>
        <source>&lt;b&gt;dSSR/d{name} = {gradient}&lt;/b&gt;, the sum of {count} terms, one per copy of each sequence.</source>
        <translation>&lt;b&gt;dSSR/d{name} = {gradient}&lt;/b&gt;, die Summe von {count} Termen, einer pro Kopie jeder Folge.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:371</extracomment>
        <source>= term of dSSR/d{name}</source>
        <translation>= Term von dSSR/d{name}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:151</extracomment>
        <source>a cell over {limit} characters (an unclosed quote &quot; swallows the rest of the file?): the file is read up to here</source>
        <translation>eine Zelle mit über {limit} Zeichen (verschluckt ein nicht geschlossenes Anführungszeichen &quot; den Rest der Datei?): Die Datei wird bis hierher gelesen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/unroll_length.py:145</extracomment>
        <source>a copy k loops before the end adds |w2|^k of its part, below 1 % after {loops} loops, so the early days add nothing and cannot move w2. That is the vanishing gradient.</source>
        <translation>eine Kopie k Schleifen vor dem Ende trägt |w2|^k ihres Anteils bei, nach {loops} Schleifen unter 1 %, also tragen die frühen Tage nichts bei und können w2 nicht bewegen. Das ist der verschwindende Gradient.</translation>
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
        <extracomment>rnngui/model/document.py:140</extracomment>
        <source>a project needs at least one sequence</source>
        <translation>ein Projekt braucht mindestens eine Folge</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:587</extracomment>
        <source>A project needs at least one sequence; this is the last one</source>
        <translation>Ein Projekt braucht mindestens eine Folge; das ist die letzte</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:525</extracomment>
        <source>A sequence needs a name</source>
        <translation>Eine Folge braucht einen Namen</translation>
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
        <extracomment>rnngui/ui/training/controls.py:444</extracomment>
        <source>Activation {activation}</source>
        <translation>Aktivierung {activation}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:508</extracomment>
        <source>Add a day of {value} to {name}</source>
        <translation>Einen Tag mit {value} an {name} anhängen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:573</extracomment>
        <source>Add sequence {number}</source>
        <translation>Folge {number} hinzufügen</translation>
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
        <extracomment>rnngui/ui/canvas/worksheet.py:188</extracomment>
        <source>Answer key</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:248</extracomment>
        <source>Arrow keys: Left and Right step through the copies, Up and Down choose a weight, Enter edits it, R opens its gradient&apos;s chain-rule receipt.</source>
        <translation>Pfeiltasten: Links und Rechts gehen die Kopien durch, Hoch und Runter wählen ein Gewicht, Eingabe bearbeitet es, R öffnet die Kettenregel-Aufschlüsselung seines Gradienten.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:246</extracomment>
        <source>Arrow keys: Left and Right step through the copies, Up and Down choose a weight, Enter edits it.</source>
        <translation>Pfeiltasten: Links und Rechts gehen die Kopien durch, Hoch und Runter wählen ein Gewicht, Eingabe bearbeitet es.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:61</extracomment>
        <source>at position {position} of {name}</source>
        <translation>an Position {position} von {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:244</extracomment>
        <source>b1 is added: its slope is 1</source>
        <translation>b1 wird addiert: seine Steigung ist 1</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:168</extracomment>
        <source>b2 is added: its slope is 1</source>
        <translation>b2 wird addiert: seine Steigung ist 1</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/scaling_dialog.py:141</extracomment>
        <source>Back to prices (no scaling)</source>
        <translation>Zurück zu den Preisen (keine Skalierung)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:118</extracomment>
        <source>Backward: day 1&apos;s signal crosses {loops} loop, multiplied by w2 = {w2} on each: ×{gain} on the feedback path (w2^{loops} = {power} while ReLU is on) → ∂prediction/∂x1 = w1 × {gain} × w3 = {reach}</source>
        <translation>Rückwärts: Das Signal von Tag 1 durchläuft {loops} Schleife und wird in jeder mit w2 = {w2} multipliziert: ×{gain} auf dem Rückkopplungsweg (w2^{loops} = {power}, solange ReLU an ist) → ∂Vorhersage/∂x1 = w1 × {gain} × w3 = {reach}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:121</extracomment>
        <source>Backward: day 1&apos;s signal crosses {loops} loops, multiplied by w2 = {w2} on each: ×{gain} on the feedback path (w2^{loops} = {power} while ReLU is on) → ∂prediction/∂x1 = w1 × {gain} × w3 = {reach}</source>
        <translation>Rückwärts: Das Signal von Tag 1 durchläuft {loops} Schleifen und wird in jeder mit w2 = {w2} multipliziert: ×{gain} auf dem Rückkopplungsweg (w2^{loops} = {power}, solange ReLU an ist) → ∂Vorhersage/∂x1 = w1 × {gain} × w3 = {reach}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:112</extracomment>
        <source>Backward: one copy, no trip around the loop.</source>
        <translation>Rückwärts: eine Kopie, kein Umlauf durch die Schleife.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:180</extracomment>
        <source>Bouncing — the loss rose in {rises} of the last {steps} steps and |dSSR/d{name}| reached {gradient}: {cause}. Try a smaller learning rate or clipping.</source>
        <translation>Springt — der Verlust stieg in {rises} der letzten {steps} Schritte, und |dSSR/d{name}| erreichte {gradient}: {cause}. Versuche eine kleinere Lernrate oder Clipping.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:121</extracomment>
        <source>Bring the SSR to {threshold} or below within {steps} steps</source>
        <translation>Bring die SSR innerhalb von {steps} Schritten auf {threshold} oder darunter</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:175</extracomment>
        <source>but clipping is on</source>
        <translation>aber Clipping ist an</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:270</extracomment>
        <source>Cannot fork from step {step}: the run ends at step {last}. Raise max steps first.</source>
        <translation>Abzweigen ab Schritt {step} geht nicht: Der Lauf endet bei Schritt {last}. Erhöhe zuerst die maximalen Schritte.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/csv_import_dialog.py:230</extracomment>
        <source>Cannot import: {error}</source>
        <translation>Import nicht möglich: {error}</translation>
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
        <extracomment>rnngui/ui/assignments/controller.py:249</extracomment>
        <source>Cannot save {name}</source>
        <translation>{name} kann nicht gespeichert werden</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/assignments/controller.py:247</extracomment>
        <source>Cannot save {name}: {reason}</source>
        <translation>{name} kann nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:221</extracomment>
        <source>Cannot show that step: {error}.</source>
        <translation>Dieser Schritt kann nicht gezeigt werden: {error}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/cell_chooser.py:110</extracomment>
        <source>Cell: {cell}</source>
        <translation>Zelle: {cell}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:607</extracomment>
        <source>Chain-rule receipt of dSSR/d{name}</source>
        <translation>Kettenregel-Aufschlüsselung von dSSR/d{name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:489</extracomment>
        <source>Chain-rule receipt of dSSR/d{name}…</source>
        <translation>Kettenregel-Aufschlüsselung von dSSR/d{name}…</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:476</extracomment>
        <source>Chain-rule receipt: dSSR/d{name}</source>
        <translation>Kettenregel-Aufschlüsselung: dSSR/d{name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:436</extracomment>
        <source>Change the activation?</source>
        <translation>Aktivierung ändern?</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:412</extracomment>
        <source>Change training settings</source>
        <translation>Trainingseinstellungen ändern</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:437</extracomment>
        <source>Changing the activation to {activation} resets the run: the parameters go back to the run&apos;s start and the curves are cleared.</source>
        <translation>Wenn du die Aktivierung auf {activation} änderst, wird der Lauf zurückgesetzt: Die Parameter kehren zum Start des Laufs zurück, und die Kurven werden gelöscht.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:486</extracomment>
        <source>Choose the days to remove in the table first</source>
        <translation>Wähle zuerst in der Tabelle die Tage aus, die entfernt werden sollen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/window_extras.py:131</extracomment>
        <source>Click a field or the values table first</source>
        <translation>Klicke zuerst in ein Feld oder in die Wertetabelle</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:417</extracomment>
        <source>Clip at {value}</source>
        <translation>Clipping bei {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:108</extracomment>
        <source>Clipping is on: {clipped} of the last {count} gradients were clipped.</source>
        <translation>Clipping ist an: {clipped} der letzten {count} Gradienten wurden begrenzt.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:416</extracomment>
        <source>Clipping off</source>
        <translation>Clipping aus</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/landscape.py:456</extracomment>
        <source>Contours of log10 SSR over {x} and {y} ({fixed} fixed); the white square is where the run started, the red line where gradient descent went.</source>
        <translation>Höhenlinien von log10 SSR über {x} und {y} ({fixed} fest); das weiße Quadrat ist der Start des Laufs, die rote Linie der Weg des Gradientenabstiegs.</translation>
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
        <extracomment>rnngui/ui/canvas/receipt.py:629</extracomment>
        <source>Copied {count} terms of dSSR/d{name}.</source>
        <translation>{count} Terme von dSSR/d{name} kopiert.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:78</extracomment>
        <source>copies of the network unrolled for {name}</source>
        <translation>Kopien des Netzes, ausgerollt für {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:369</extracomment>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:428</extracomment>
        <source>copy {copy}</source>
        <translation>Kopie {copy}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:219</extracomment>
        <source>copy {copy} (day {day})</source>
        <translation>Kopie {copy} (Tag {day})</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:221</extracomment>
        <source>copy {copy} is switched on</source>
        <translation>Kopie {copy} ist eingeschaltet</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:242</extracomment>
        <source>Copy {copy} of {copies}</source>
        <translation>Kopie {copy} von {copies}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:267</extracomment>
        <source>Copy {copy} of {copies}:  {formula}</source>
        <translation>Kopie {copy} von {copies}:  {formula}</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:248</extracomment>
        <source>Could not replay the run to that step ({reason}).</source>
        <translation>Der Lauf konnte nicht bis zu diesem Schritt nachgerechnet werden ({reason}).</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:418</extracomment>
        <source>Could not write the recovery file: {error}</source>
        <translation>Die Wiederherstellungsdatei konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/panel.py:443</extracomment>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:75</extracomment>
        <source>day 1 is written into the long-term memory, and from one day to the next the long-term memory is only multiplied by the forget gate ({share}% remembered, on average) — no weight, no squashing — so ∂prediction/∂x1 = {reach}</source>
        <translation>Tag 1 wird ins Langzeitgedächtnis geschrieben, und von einem Tag zum nächsten wird das Langzeitgedächtnis nur mit dem Vergessenstor multipliziert (im Mittel {share} % behalten) — kein Gewicht, kein Stauchen —, also ist ∂Vorhersage/∂x1 = {reach}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:65</extracomment>
        <source>day 1 reaches the prediction only through {trips} trips around the feedback loop, each multiplying it by w2 = {w2}, so ∂prediction/∂x1 = {reach}</source>
        <translation>Tag 1 erreicht die Vorhersage nur über {trips} Umläufe durch die Rückkopplungsschleife, die sein Signal jeweils mit w2 = {w2} multiplizieren, also ist ∂Vorhersage/∂x1 = {reach}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:429</extracomment>
        <source>day {day} of {days}: 1 feedback loop from the prediction</source>
        <translation>Tag {day} von {days}: 1 Rückkopplungsschleife bis zur Vorhersage</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:431</extracomment>
        <source>day {day} of {days}: {loops} feedback loops from the prediction</source>
        <translation>Tag {day} von {days}: {loops} Rückkopplungsschleifen bis zur Vorhersage</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/lstm_format.py:98</extracomment>
        <source>Day {day}: f{day} = {f} of c{before} kept, i{day} = {i} of g{day} = {g} added → c{day} = {c}; o{day} = {o} → {name} = {h}.  Step to see each gate&apos;s arithmetic.</source>
        <translation>Tag {day}: f{day} = {f} von c{before} behalten, i{day} = {i} von g{day} = {g} hinzugefügt → c{day} = {c}; o{day} = {o} → {name} = {h}.  Geh die Kopien einzeln durch, um die Rechnung jedes Tors zu sehen.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:591</extracomment>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:145</extracomment>
        <source>Diverged — numbers overflowed at step {step}; the last finite parameters were kept. Try a smaller learning rate or turn on gradient clipping.</source>
        <translation>Divergiert — bei Schritt {step} sind die Zahlen übergelaufen; die letzten endlichen Parameter wurden behalten. Versuche eine kleinere Lernrate oder schalte das Begrenzen der Gradienten (Clipping) ein.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:557</extracomment>
        <source>Do not train on {name}</source>
        <translation>Nicht auf {name} trainieren</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/chart.py:178</extracomment>
        <source>Drag day {day} of {name}</source>
        <translation>Tag {day} von {name} ziehen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/chart.py:188</extracomment>
        <source>Drag the target of {name}</source>
        <translation>Zielwert von {name} ziehen</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:111</extracomment>
        <source>dSSR/db2 = Σ over sequences of −2(target − prediction)</source>
        <translation>dSSR/db2 = Σ über die Folgen von −2(Zielwert − Vorhersage)</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:113</extracomment>
        <source>dSSR/dw3 = Σ over sequences of −2(target − prediction) · y_T</source>
        <translation>dSSR/dw3 = Σ über die Folgen von −2(Zielwert − Vorhersage) · y_T</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:603</extracomment>
        <source>dSSR/d{name} = {gradient}, the sum of the term column. Sequences: {names}. Ctrl+C copies the selected cells.</source>
        <translation>dSSR/d{name} = {gradient}, die Summe der Term-Spalte. Folgen: {names}. Strg+C kopiert die gewählten Zellen.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:115</extracomment>
        <source>dSSR/d{name} = Σ over sequences and copies t of −2(target − prediction) · w3 · {slope}(sum_t)···{slope}(sum_T) · w2^(T−t) · {local}</source>
        <translation>dSSR/d{name} = Σ über die Folgen und Kopien t von −2(Zielwert − Vorhersage) · w3 · {slope}(sum_t)···{slope}(sum_T) · w2^(T−t) · {local}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:491</extracomment>
        <source>dSSR/d{name} written as its sum over the copies (R)</source>
        <translation>dSSR/d{name} als Summe über die Kopien (R)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:581</extracomment>
        <source>Duplicate {name}</source>
        <translation>{name} duplizieren</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:339</extracomment>
        <source>Each cell is one run of plain gradient descent (no momentum, no clipping, all five parameters trained, {activation}) on {data}, from {others} and the cell&apos;s w2, coloured by what the diagnosis says after {steps} steps.{ring} Hover a cell for its figures; click it to load that run into the training panel.</source>
        <translation>Jede Zelle ist ein Lauf mit einfachem Gradientenabstieg (ohne Momentum, ohne Clipping, alle fünf Parameter trainiert, {activation}) auf {data}, ab {others} und dem w2 der Zelle, gefärbt nach der Diagnose nach {steps} Schritten.{ring} Mit der Maus über eine Zelle fahren zeigt ihre Zahlen; ein Klick lädt diesen Lauf in den Trainingsbereich.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/unroll_length.py:151</extracomment>
        <source>Each loop multiplies the early days&apos; part by |w2| = {w2}: the gradient grows like |w2|^N. That is the exploding gradient.</source>
        <translation>Jede Schleife multipliziert den Anteil der frühen Tage mit |w2| = {w2}: Der Gradient wächst wie |w2|^N. Das ist der explodierende Gradient.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:414</extracomment>
        <source>Edit day {day} of {name}</source>
        <translation>Tag {day} von {name} bearbeiten</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:401</extracomment>
        <source>Edit weights</source>
        <translation>Gewichte bearbeiten</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:606</extracomment>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:493</extracomment>
        <source>Edit {name}…</source>
        <translation>{name} bearbeiten…</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:443</extracomment>
        <source>empty cell inside {name}</source>
        <translation>leere Zelle in {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:222</extracomment>
        <source>every copy from {first} to {last} is switched on</source>
        <translation>jede Kopie von {first} bis {last} ist eingeschaltet</translation>
    </message>
    <message>
        <extracomment>rnngui/model/scaling.py:39</extracomment>
        <source>every value is {value}: there is no range to scale to [0, 1]</source>
        <translation>jeder Wert ist {value}: Es gibt keinen Bereich, der sich auf [0, 1] skalieren ließe</translation>
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
        <extracomment>rnngui/ui/lab/gradient_lab.py:169</extracomment>
        <source>Exploding-gradients preset</source>
        <translation>Vorlage „Explodierende Gradienten“</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:803</extracomment>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/plots.py:557</extracomment>
        <source>Export the plot “{title}”</source>
        <translation>Das Diagramm „{title}“ exportieren</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet_dialog.py:105</extracomment>
        <source>Export worksheet</source>
        <translation>Arbeitsblatt exportieren</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:76</extracomment>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:206</extracomment>
        <source>Fill in every empty box. Name: ______________________</source>
        <translation>Fülle jedes leere Kästchen aus. Name: ______________________</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:172</extracomment>
        <source>first day reaches it {ratio} times as strongly as the last</source>
        <translation>der erste Tag erreicht sie {ratio}-mal so stark wie der letzte</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:88</extracomment>
        <source>first input&apos;s multiplier after {unrolls} feedback loops at w2 = {w2}</source>
        <translation>Faktor der ersten Eingabe nach {unrolls} Rückkopplungsschleifen bei w2 = {w2}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:94</extracomment>
        <source>for {name}</source>
        <translation>für {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:61</extracomment>
        <source>Fork from step {step}</source>
        <translation>Ab Schritt {step} abzweigen</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:283</extracomment>
        <source>Fork from step {step} ({what})</source>
        <translation>Ab Schritt {step} abzweigen ({what})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:251</extracomment>
        <source>Formula: {formula}</source>
        <translation>Formel: {formula}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:197</extracomment>
        <source>Forward: sumₜ = w1·xₜ + w2·yₜ₋₁ + b1, yₜ = activation(sumₜ); the last copy&apos;s prediction = w3·y + b2. Backward: dSSR/dsumₜ = dSSR/dyₜ · activation′(sumₜ), and dSSR/dyₜ₋₁ = w2 · dSSR/dsumₜ; a copy&apos;s part of dSSR/dw2 is dSSR/dsumₜ · yₜ₋₁.</source>
        <translation>Vorwärts: sumₜ = w1·xₜ + w2·yₜ₋₁ + b1, yₜ = Aktivierung(sumₜ); die Vorhersage der letzten Kopie = w3·y + b2. Rückwärts: dSSR/dsumₜ = dSSR/dyₜ · Aktivierung′(sumₜ), und dSSR/dyₜ₋₁ = w2 · dSSR/dsumₜ; der Anteil einer Kopie an dSSR/dw2 ist dSSR/dsumₜ · yₜ₋₁.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:191</extracomment>
        <source>from the output down to the last y</source>
        <translation>von der Ausgabe hinunter zum letzten y</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:322</extracomment>
        <source>Gradient descent moves {name}</source>
        <translation>Der Gradientenabstieg bewegt {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:245</extracomment>
        <source>Highlighted weight: {name}.</source>
        <translation>Hervorgehobenes Gewicht: {name}.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:455</extracomment>
        <source>holds {text}</source>
        <translation>enthält {text}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/csv_import_dialog.py:236</extracomment>
        <source>Import {count} sequence(s) from CSV</source>
        <translation>{count} Folge(n) aus CSV importieren</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/csv_import_dialog.py:240</extracomment>
        <source>Imported {count} sequence(s){scaled}{left}</source>
        <translation>{count} Folge(n) importiert{scaled}{left}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:234</extracomment>
        <source>in all {copies} copies</source>
        <translation>in allen {copies} Kopien</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:234</extracomment>
        <source>in its copy</source>
        <translation>in dieser Kopie</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:438</extracomment>
        <source>in the pasted block (line {line}, item {item})</source>
        <translation>im eingefügten Block (Zeile {line}, Eintrag {item})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:98</extracomment>
        <source>infinity cannot be used: type a finite number</source>
        <translation>Unendlich geht nicht: Gib eine endliche Zahl ein</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:35</extracomment>
        <source>infinity{at} cannot be a price</source>
        <translation>Unendlich{at} kann kein Preis sein</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:478</extracomment>
        <source>Insert day {day} in {name}</source>
        <translation>Tag {day} in {name} einfügen</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:455</extracomment>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:243</extracomment>
        <source>Last copy ({copies} copies)</source>
        <translation>Letzte Kopie ({copies} Kopien)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:107</extracomment>
        <source>Learning rate {text} is outside {low} to {high}; it stays {value}</source>
        <translation>Lernrate {text} liegt außerhalb von {low} bis {high}; sie bleibt {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:381</extracomment>
        <source>Learning rate {value}</source>
        <translation>Lernrate {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:103</extracomment>
        <source>Learning rate: {error}. It stays {value}</source>
        <translation>Lernrate: {error}. Sie bleibt {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:97</extracomment>
        <source>Left: how strongly day 1 still reaches the prediction after n days. Right: the RNN and the LSTM trained side by side on the same data (learning rate {lr}, clip at {clip}, {steps} steps).</source>
        <translation>Links: wie stark Tag 1 die Vorhersage nach n Tagen noch erreicht. Rechts: das RNN und das LSTM nebeneinander auf denselben Daten trainiert (Lernrate {lr}, Clipping bei {clip}, {steps} Schritte).</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:351</extracomment>
        <source>Lesson step {number} loaded “{name}”. Edit → Undo brings your project back.</source>
        <translation>Lektionsschritt {number} hat „{name}“ geladen. Bearbeiten → Rückgängig holt dein Projekt zurück.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_actions.py:53</extracomment>
        <source>Lesson: set weights</source>
        <translation>Lektion: Gewichte setzen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_actions.py:65</extracomment>
        <source>Lesson: training settings</source>
        <translation>Lektion: Trainingseinstellungen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:554</extracomment>
        <source>lesson: {figure}</source>
        <translation>Lektion: {figure}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_actions.py:40</extracomment>
        <source>Lesson: {name}</source>
        <translation>Lektion: {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:142</extracomment>
        <source>Load the lesson&apos;s data set: {title}</source>
        <translation>Den Datensatz der Lektion laden: {title}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:465</extracomment>
        <source>Loaded the map&apos;s run: start w2 = {w2}, learning rate {lr}, plain gradient descent for {steps} steps{what}. Press Train to watch it (Undo puts the project back).</source>
        <translation>Lauf der Karte geladen: Start w2 = {w2}, Lernrate {lr}, einfacher Gradientenabstieg über {steps} Schritte{what}. Drücke Trainieren, um ihn zu verfolgen (Rückgängig stellt das Projekt wieder her).</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:149</extracomment>
        <source>long-term memory</source>
        <translation>Langzeitgedächtnis</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:412</extracomment>
        <source>Max steps {count}</source>
        <translation>Max. Schritte {count}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:414</extracomment>
        <source>Momentum {value}</source>
        <translation>Momentum {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:600</extracomment>
        <source>Move {name}</source>
        <translation>{name} verschieben</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:79</extracomment>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:528</extracomment>
        <source>Names are at most 80 characters</source>
        <translation>Namen haben höchstens 80 Zeichen</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:96</extracomment>
        <source>NaN is not a number a network can learn from</source>
        <translation>NaN ist keine Zahl, aus der ein Netz lernen kann</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:33</extracomment>
        <source>NaN{at} is not a number a network can learn from</source>
        <translation>NaN{at} ist keine Zahl, aus der ein Netz lernen kann</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:392</extracomment>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:584</extracomment>
        <source>New value of {name} (shared by every copy); Enter applies, Escape cancels</source>
        <translation>Neuer Wert von {name} (gilt für alle Kopien); Eingabe übernimmt, Esc bricht ab</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:268</extracomment>
        <source>No lessons were found in {folder}.</source>
        <translation>In {folder} wurden keine Lektionen gefunden.</translation>
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
        <extracomment>rnngui/ui/canvas/receipt.py:297</extracomment>
        <source>No sequence trains (none has a target, or none is ticked): the SSR has no terms yet.</source>
        <translation>Keine Folge trainiert (keine hat einen Zielwert, oder keine ist angehakt): Die SSR hat noch keine Terme.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:148</extracomment>
        <source>no SSR yet (no sequence with a target trains)</source>
        <translation>noch keine SSR (keine Folge mit Zielwert wird trainiert)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:300</extracomment>
        <source>no target</source>
        <translation>kein Zielwert</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:420</extracomment>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:439</extracomment>
        <source>not on this gradient&apos;s path</source>
        <translation>nicht auf dem Weg dieses Gradienten</translation>
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
        <extracomment>rnngui/ui/window_extras.py:128</extracomment>
        <source>Nothing to copy here: click a field or the values table first</source>
        <translation>Hier gibt es nichts zu kopieren: Klicke zuerst in ein Feld oder in die Wertetabelle</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/window_extras.py:127</extracomment>
        <source>Nothing to cut here: click a field or the values table first</source>
        <translation>Hier gibt es nichts auszuschneiden: Klicke zuerst in ein Feld oder in die Wertetabelle</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/window_extras.py:130</extracomment>
        <source>Nothing to delete here: click a field or the values table first</source>
        <translation>Hier gibt es nichts zu löschen: Klicke zuerst in ein Feld oder in die Wertetabelle</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/panel.py:433</extracomment>
        <source>Nothing to export yet: train first.</source>
        <translation>Noch nichts zu exportieren: Trainiere zuerst.</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:265</extracomment>
        <source>Nothing to fork yet: train first.</source>
        <translation>Noch nichts zum Abzweigen: Trainiere zuerst.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/window_extras.py:129</extracomment>
        <source>Nothing to paste here: click a field or the values table first</source>
        <translation>Hier gibt es nichts einzufügen: Klicke zuerst in ein Feld oder in die Wertetabelle</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:397</extracomment>
        <source>on day {day} of {name}</source>
        <translation>an Tag {day} von {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:356</extracomment>
        <source>One step did it: at step 1 the loop had multiplied day 1&apos;s signal by {gain} over {loops} loops, |dSSR/d{name}| was {gradient}, and that one step moved the parameters by {step_size}: exploding gradients. Try a much smaller learning rate or clipping.</source>
        <translation>Ein Schritt hat es getan: Bei Schritt 1 hatte die Schleife das Signal von Tag 1 über {loops} Durchläufe mit {gain} multipliziert, |dSSR/d{name}| war {gradient}, und dieser eine Schritt hat die Parameter um {step_size} verschoben: explodierende Gradienten. Versuche eine viel kleinere Lernrate oder Clipping.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:198</extracomment>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:254</extracomment>
        <source>Opened {name}</source>
        <translation>{name} geöffnet</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:99</extracomment>
        <source>parameters to train, unrolled {unrolls} times</source>
        <translation>zu trainierende Parameter, {unrolls}-mal ausgerollt</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:119</extracomment>
        <source>part of dSSR/dw2</source>
        <translation>Anteil an dSSR/dw2</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:457</extracomment>
        <source>Paste {count} values into {name}</source>
        <translation>{count} Werte in {name} einfügen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:459</extracomment>
        <source>Pasted {count} values from day {day}</source>
        <translation>{count} Werte ab Tag {day} eingefügt</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:447</extracomment>
        <source>Pasting {count} values from day {day} would make {total} values; a sequence holds at most {limit}. Nothing was pasted</source>
        <translation>{count} Werte ab Tag {day} einzufügen ergäbe {total} Werte; eine Folge fasst höchstens {limit}. Es wurde nichts eingefügt</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:143</extracomment>
        <source>potential long-term memory</source>
        <translation>potenzielles Langzeitgedächtnis</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:131</extracomment>
        <source>Predict “{name}” within {threshold} of its target</source>
        <translation>Sage „{name}“ auf {threshold} genau an seinen Zielwert voraus</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/lstm_format.py:96</extracomment>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:306</extracomment>
        <source>prediction (on the chart)</source>
        <translation>Vorhersage (im Diagramm)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:303</extracomment>
        <source>Prediction for the next day: &lt;b&gt;{shown}&lt;/b&gt; ({target})</source>
        <translation>Vorhersage für den nächsten Tag: &lt;b&gt;{shown}&lt;/b&gt; ({target})</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:72</extracomment>
        <source>prediction for {name} with the current weights</source>
        <translation>Vorhersage für {name} mit den aktuellen Gewichten</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:195</extracomment>
        <source>prediction {prediction}, off by {miss}</source>
        <translation>Vorhersage {prediction}, daneben um {miss}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:416</extracomment>
        <source>prediction {prediction}, target {target}</source>
        <translation>Vorhersage {prediction}, Zielwert {target}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:332</extracomment>
        <source>Preset: {name}</source>
        <translation>Vorlage: {name}</translation>
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
        <extracomment>rnngui/session/state.py:360</extracomment>
        <source>Random parameters (seed {seed})</source>
        <translation>Zufällige Parameter (Seed {seed})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:546</extracomment>
        <source>Remove the target of {name}</source>
        <translation>Zielwert von {name} entfernen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:494</extracomment>
        <source>Remove {count} day(s) of {name}</source>
        <translation>{count} Tag(e) von {name} entfernen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:530</extracomment>
        <source>Rename {old} to {new}</source>
        <translation>{old} in {new} umbenennen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/assignments/review_dialog.py:265</extracomment>
        <source>Replay {who}&apos;s run {number}</source>
        <translation>Lauf {number} von {who} erneut ausführen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:232</extracomment>
        <source>Replaying the run to that step; fork when it is shown.</source>
        <translation>Der Lauf wird bis zu diesem Schritt nachgerechnet; zweige ab, sobald er angezeigt wird.</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:353</extracomment>
        <source>Reset run</source>
        <translation>Lauf zurücksetzen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:136</extracomment>
        <source>residual = target − prediction</source>
        <translation>Residuum = Zielwert − Vorhersage</translation>
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
        <extracomment>rnngui/ui/lab/side_by_side.py:251</extracomment>
        <source>Run {number} ({label}): {diagnosis}</source>
        <translation>Lauf {number} ({label}): {diagnosis}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/assignments/controller.py:312</extracomment>
        <source>Saved the copy for students: {name}</source>
        <translation>Klassenkopie gespeichert: {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:806</extracomment>
        <source>Saved the network canvas to {path}</source>
        <translation>Netz-Zeichenfläche unter {path} gespeichert</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/assignments/controller.py:228</extracomment>
        <source>Saved the teacher&apos;s copy {teacher} and the copy for students {students}</source>
        <translation>Lehrkraftkopie {teacher} und Klassenkopie {students} gespeichert</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/panel.py:445</extracomment>
        <source>Saved {count} steps to {path}</source>
        <translation>{count} Schritte in {path} gespeichert</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:293</extracomment>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/scaling_dialog.py:130</extracomment>
        <source>Scale prices: {mapping}</source>
        <translation>Preise skalieren: {mapping}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/scaling_dialog.py:131</extracomment>
        <source>Scaled: {mapping}</source>
        <translation>Skaliert: {mapping}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:618</extracomment>
        <source>sequence name</source>
        <translation>Name der Folge</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:57</extracomment>
        <source>sequence {name} has {count} values; at most {limit}</source>
        <translation>Folge {name} hat {count} Werte; höchstens {limit}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:54</extracomment>
        <source>sequence {name} is empty; it needs at least one value</source>
        <translation>Folge {name} ist leer; sie braucht mindestens einen Wert</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:83</extracomment>
        <source>sequence {number}</source>
        <translation>Folge {number}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:547</extracomment>
        <source>Set the target to {value} of {name}</source>
        <translation>Zielwert von {name} auf {value} setzen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:504</extracomment>
        <source>Set {count} day(s) of {name} to {value}</source>
        <translation>{count} Tag(e) von {name} auf {value} setzen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:372</extracomment>
        <source>share of the total</source>
        <translation>Anteil an der Summe</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:192</extracomment>
        <source>Shared by every copy: w1 = {w1}, w2 = {w2}, b1 = {b1}, w3 = {w3}, b2 = {b2}; activation {activation}; y0 = 0.</source>
        <translation>Gemeinsam für alle Kopien: w1 = {w1}, w2 = {w2}, b1 = {b1}, w3 = {w3}, b2 = {b2}; Aktivierung {activation}; y0 = 0.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:149</extracomment>
        <source>short-term memory</source>
        <translation>Kurzzeitgedächtnis</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:372</extracomment>
        <source>size (log)</source>
        <translation>Größe (log.)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:433</extracomment>
        <source>Some of this step could not be set up: {problems}.</source>
        <translation>Ein Teil dieses Schritts konnte nicht vorbereitet werden: {problems}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/speed.py:98</extracomment>
        <source>Speed: {speed}</source>
        <translation>Geschwindigkeit: {speed}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:137</extracomment>
        <source>SSR = residual²</source>
        <translation>SSR = Residuum²</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:117</extracomment>
        <source>SSR over the training sequences with the current weights</source>
        <translation>SSR über die Trainingsfolgen mit den aktuellen Gewichten</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:150</extracomment>
        <source>SSR {ssr} within {steps} steps</source>
        <translation>SSR {ssr} innerhalb von {steps} Schritten</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:462</extracomment>
        <source>Stability map: w2 = {w2}, learning rate = {lr}</source>
        <translation>Stabilitätskarte: w2 = {w2}, Lernrate = {lr}</translation>
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
        <extracomment>rnngui/engine/receipt.py:219</extracomment>
        <source>sum{copy} ≤ 0 switches the ReLU off: the path is cut there</source>
        <translation>sum{copy} ≤ 0 schaltet die ReLU ab: Dort ist der Weg unterbrochen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/cell_chooser.py:100</extracomment>
        <source>Switch to the {cell}?</source>
        <translation>Zum {cell} wechseln?</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:79</extracomment>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:300</extracomment>
        <source>target {value}</source>
        <translation>Zielwert {value}</translation>
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
        <extracomment>rnngui/ui/training/controls.py:461</extracomment>
        <source>that is {count} numbers</source>
        <translation>das sind {count} Zahlen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:804</extracomment>
        <source>The canvas could not be saved: {error}</source>
        <translation>Die Zeichenfläche konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:291</extracomment>
        <source>The chain-rule receipt is written for the RNN: its five shared parameters and the one feedback weight w2 whose powers the lesson is about. Switch the cell to the RNN to see it.</source>
        <translation>Die Kettenregel-Aufschlüsselung ist für das RNN gemacht: seine fünf gemeinsamen Parameter und das eine Rückkopplungsgewicht w2, um dessen Potenzen es in der Lektion geht. Stelle die Zelle auf das RNN um, um sie zu sehen.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:426</extracomment>
        <source>The clipboard holds no numbers to paste</source>
        <translation>Die Zwischenablage enthält keine Zahlen zum Einfügen</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:197</extracomment>
        <source>the current network</source>
        <translation>das aktuelle Netz</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/landscape.py:276</extracomment>
        <source>The curve is SSR over {name} with {others} held where they are now. The red points are this run&apos;s steps, numbered from the start; arrows show where the latest steps went.</source>
        <translation>Die Kurve ist die SSR über {name}, mit {others} fest, wo sie gerade sind. Die roten Punkte sind die Schritte dieses Laufs, vom Start an nummeriert; Pfeile zeigen, wohin die letzten Schritte gingen.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:409</extracomment>
        <source>the dates are not all in one format: the rows keep the file&apos;s order</source>
        <translation>die Daten haben nicht alle dasselbe Format: Die Zeilen behalten die Reihenfolge der Datei</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:239</extracomment>
        <source>The end of the sequence and the gradients (the sums over every copy)</source>
        <translation>Das Ende der Folge und die Gradienten (die Summen über alle Kopien)</translation>
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
        <extracomment>rnngui/ui/teaching/lesson_actions.py:142</extracomment>
        <source>The forward pass cannot be stepped: {problem}.</source>
        <translation>Der Vorwärtsdurchlauf kann nicht schrittweise gezeigt werden: {problem}.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:177</extracomment>
        <source>the gradient is not huge, but the learning rate makes each step overshoot</source>
        <translation>der Gradient ist nicht riesig, aber die Lernrate lässt jeden Schritt über das Ziel hinausschießen</translation>
    </message>
    <message>
        <extracomment>rnngui/model/scaling.py:47</extracomment>
        <source>the high price ({high}) must be above the low price ({low})</source>
        <translation>der obere Preis ({high}) muss größer sein als der untere Preis ({low})</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:227</extracomment>
        <source>the identity&apos;s slope is always 1</source>
        <translation>die Steigung der Identität ist immer 1</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:327</extracomment>
        <source>the JSON is nested too deeply to be a project file</source>
        <translation>das JSON ist zu tief verschachtelt für eine Projektdatei</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:466</extracomment>
        <source>The largest: {name}, copy {copy}, {value}{share}{carries}.</source>
        <translation>Der größte Term: {name}, Kopie {copy}, {value}{share}{carries}.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:166</extracomment>
        <source>the last copy&apos;s y: what w3 multiplies</source>
        <translation>das y der letzten Kopie: womit w3 multipliziert wird</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:560</extracomment>
        <source>The lesson&apos;s figure is {figure}; the current weights give {value}.</source>
        <translation>Der Wert der Lektion ist {figure}; die aktuellen Gewichte ergeben {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:82</extracomment>
        <source>The LSTM is at SSR {ssr} (from {start}): {why}.</source>
        <translation>Das LSTM steht bei SSR {ssr} (ausgehend von {start}): {why}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:80</extracomment>
        <source>The LSTM learns: the SSR falls from {start} to {ssr}: {why}.</source>
        <translation>Das LSTM lernt: Die SSR fällt von {start} auf {ssr}: {why}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/through_time.py:108</extracomment>
        <source>The LSTM: {name} has {count} values and the first day reaches the prediction multiplied by {gain}. There is no w2: from one day to the next the long-term memory is multiplied only by the forget gate (the gradient lab&apos;s “Why the LSTM” page compares it with the RNN).</source>
        <translation>Das LSTM: {name} hat {count} Werte, und der erste Tag erreicht die Vorhersage multipliziert mit {gain}. Es gibt kein w2: Von einem Tag zum nächsten wird das Langzeitgedächtnis nur mit dem Vergessenstor multipliziert (die Seite „Warum das LSTM“ im Gradientenlabor vergleicht es mit dem RNN).</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:286</extracomment>
        <source>The map could not be computed ({reason}).</source>
        <translation>Die Karte konnte nicht berechnet werden ({reason}).</translation>
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
        <extracomment>rnngui/model/assignment.py:168</extracomment>
        <source>the numbers overflowed</source>
        <translation>die Zahlen sind übergelaufen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:433</extracomment>
        <source>The pasted block holds more values than fit from day {day}; a sequence holds at most {limit}. Nothing was pasted</source>
        <translation>Der eingefügte Block enthält mehr Werte, als ab Tag {day} hineinpassen; eine Folge fasst höchstens {limit}. Es wurde nichts eingefügt</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:193</extracomment>
        <source>the prediction overflowed</source>
        <translation>die Vorhersage ist übergelaufen</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:225</extracomment>
        <source>the project</source>
        <translation>das Projekt</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:331</extracomment>
        <source>the project&apos;s data</source>
        <translation>den Daten des Projekts</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:332</extracomment>
        <source>The ring is the project&apos;s own start (w2 = {w2}) and learning rate ({lr}).</source>
        <translation>Der Ring ist der eigene Start des Projekts (w2 = {w2}) und seine Lernrate ({lr}).</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:69</extracomment>
        <source>The RNN learned (SSR {ssr}): {why}.</source>
        <translation>Das RNN hat gelernt (SSR {ssr}): {why}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:70</extracomment>
        <source>The RNN stalls at SSR {ssr}: {why}. The gradient vanishes: gradient descent cannot tell Company A from Company B, so it predicts their average.</source>
        <translation>Das RNN stockt bei SSR {ssr}: {why}. Der Gradient verschwindet: Der Gradientenabstieg kann Firma A nicht von Firma B unterscheiden, also sagt das Netz ihren Mittelwert vorher.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:226</extracomment>
        <source>The runs stopped: {error}</source>
        <translation>Die Läufe wurden abgebrochen: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:91</extracomment>
        <source>The selected sequence has no values: give it at least one day.</source>
        <translation>Die gewählte Folge hat keine Werte: Gib ihr mindestens einen Tag.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:93</extracomment>
        <source>The selected sequence has {days} days; a worksheet fits at most {limit} copies on a page. Select a shorter sequence.</source>
        <translation>Die gewählte Folge hat {days} Tage; auf eine Seite eines Arbeitsblatts passen höchstens {limit} Kopien. Wähle eine kürzere Folge.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:159</extracomment>
        <source>the sequence has a single day</source>
        <translation>die Folge hat nur einen Tag</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:63</extracomment>
        <source>The settings of a new run that starts from this step</source>
        <translation>Die Einstellungen eines neuen Laufs, der bei diesem Schritt beginnt</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:229</extracomment>
        <source>the slopes of 1 copy multiplied</source>
        <translation>die Steigungen von 1 Kopie multipliziert</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:230</extracomment>
        <source>the slopes of {copies} copies multiplied</source>
        <translation>die Steigungen von {copies} Kopien multipliziert</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:92</extracomment>
        <source>the speed must be a positive number of steps per second</source>
        <translation>die Geschwindigkeit muss eine positive Zahl von Schritten pro Sekunde sein</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/landscape.py:450</extracomment>
        <source>The SSR is flat (≈ {value}, to within round-off) over {share} of this grid: there the gradient is zero and gradient descent cannot move.</source>
        <translation>Die SSR ist auf {share} dieses Rasters flach (≈ {value}, bis auf Rundungsfehler): Dort ist der Gradient null, und der Gradientenabstieg kann sich nicht bewegen.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/landscape.py:441</extracomment>
        <source>The SSR is flat here: {value} everywhere on this grid (it varies by {spread} at most, round-off), so {x} and {y} do not change the prediction and the gradient has nothing to follow ({fixed} fixed). No contours are drawn.</source>
        <translation>Die SSR ist hier flach: überall auf diesem Raster {value} (sie schwankt höchstens um {spread}, Rundungsfehler), also ändern {x} und {y} die Vorhersage nicht, und der Gradient hat nichts, dem er folgen kann ({fixed} fest). Es werden keine Höhenlinien gezeichnet.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:88</extracomment>
        <source>the text is empty: type a number</source>
        <translation>das Feld ist leer: Gib eine Zahl ein</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:100</extracomment>
        <source>The unrolled RNN — {name}</source>
        <translation>Das ausgerollte RNN — {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:122</extracomment>
        <source>the {cell} has no parameter {name} (it has {names})</source>
        <translation>das {cell} hat keinen Parameter {name} (es hat {names})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/cell_chooser.py:101</extracomment>
        <source>The {cell} has other parameters: switching throws away this run (its curves and its start). Undo brings the current network back.</source>
        <translation>Das {cell} hat andere Parameter: Ein Wechsel verwirft diesen Lauf (seine Kurven und seinen Start). Rückgängig holt das aktuelle Netz zurück.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:156</extracomment>
        <source>there is no sequence called {name}</source>
        <translation>es gibt keine Folge namens {name}</translation>
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
        <extracomment>rnngui/ui/teaching/lesson_panel.py:281</extracomment>
        <source>This lesson file cannot be used: {error}</source>
        <translation>Diese Lektionsdatei kann nicht verwendet werden: {error}</translation>
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
        <extracomment>rnngui/ui/canvas/worksheet.py:122</extracomment>
        <source>This sequence has no target, so the worksheet has no backward numbers.</source>
        <translation>Diese Folge hat keinen Zielwert, also hat das Arbeitsblatt keine Rückwärtszahlen.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:423</extracomment>
        <source>this sequence&apos;s part of dSSR/d{name}</source>
        <translation>der Anteil dieser Folge an dSSR/d{name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:325</extracomment>
        <source>Train all {count} parameters</source>
        <translation>Alle {count} Parameter trainieren</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:556</extracomment>
        <source>Train on {name}</source>
        <translation>Auf {name} trainieren</translation>
    </message>
    <message>
        <extracomment>rnngui/session/training_run.py:356</extracomment>
        <source>Train to step {step}</source>
        <translation>Bis Schritt {step} trainieren</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:424</extracomment>
        <source>Train {names}</source>
        <translation>{names} trainieren</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:420</extracomment>
        <source>Trainable: {names}</source>
        <translation>Trainierbar: {names}</translation>
    </message>
    <message>
        <extracomment>rnngui/session/training_run.py:309</extracomment>
        <source>Training diverged at step {step}: numbers overflowed. The last finite parameters were kept.</source>
        <translation>Das Training ist bei Schritt {step} divergiert: Zahlen sind übergelaufen. Die letzten endlichen Parameter wurden behalten.</translation>
    </message>
    <message>
        <extracomment>rnngui/session/training_run.py:319</extracomment>
        <source>Training stopped at step {step}: the engine failed ({reason}). The last good parameters were kept.</source>
        <translation>Das Training hat bei Schritt {step} angehalten: Die Rechnung ist fehlgeschlagen ({reason}). Die letzten guten Parameter wurden behalten.</translation>
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
        <extracomment>rnngui/ui/lab/stability.py:335</extracomment>
        <source>two sequences that differ only on day 1, whose value is the target (as in the exploding and vanishing presets), at learning rate {lr}</source>
        <translation>zwei Folgen, die sich nur an Tag 1 unterscheiden, dessen Wert der Zielwert ist (wie in den Vorlagen für explodierende und verschwindende Gradienten), bei Lernrate {lr}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:89</extracomment>
        <source>type a number for {name}</source>
        <translation>gib eine Zahl für {name} ein</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:473</extracomment>
        <source>Type parameters</source>
        <translation>Parameter eingeben</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:405</extracomment>
        <source>type prices in the price column</source>
        <translation>gib Preise in der Preisspalte ein</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:323</extracomment>
        <source>Type {count} numbers ({names}) and press Enter</source>
        <translation>{count} Zahlen eingeben ({names}) und Eingabe drücken</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:142</extracomment>
        <source>unknown activation {name}</source>
        <translation>unbekannte Aktivierung {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/unroll_length.py:123</extracomment>
        <source>Unrolled {n} times with w2 = {w2}: |w2|^{n} = {power}, |d prediction / d x_1| = {reach}, |dSSR/dw2| = {gradient}. </source>
        <translation>{n}-mal ausgerollt mit w2 = {w2}: |w2|^{n} = {power}, |d Vorhersage / d x_1| = {reach}, |dSSR/dw2| = {gradient}. </translation>
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
        <extracomment>rnngui/ui/lab/gradient_lab.py:174</extracomment>
        <source>Vanishing-gradients preset</source>
        <translation>Vorlage „Verschwindende Gradienten“</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:240</extracomment>
        <source>what w1 multiplies in this copy</source>
        <translation>womit w1 in dieser Kopie multipliziert wird</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:243</extracomment>
        <source>what w2 multiplies in this copy</source>
        <translation>womit w2 in dieser Kopie multipliziert wird</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:317</extracomment>
        <source>What {steps} steps of gradient descent do from each start</source>
        <translation>Was {steps} Schritte Gradientenabstieg von jedem Start aus bewirken</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:164</extracomment>
        <source>where the error enters: dSSR/dprediction</source>
        <translation>wo der Fehler eintritt: dSSR/dVorhersage</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:125</extracomment>
        <source>With clipping off, make the first day of “{name}” reach the prediction at least {threshold} times as strongly as the last</source>
        <translation>Sorge ohne Clipping dafür, dass der erste Tag von „{name}“ die Vorhersage mindestens {threshold}-mal so stark erreicht wie der letzte</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:128</extracomment>
        <source>With clipping off, make the first day reach the prediction at least {threshold} times as strongly as the last</source>
        <translation>Sorge ohne Clipping dafür, dass der erste Tag die Vorhersage mindestens {threshold}-mal so stark erreicht wie der letzte</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/unroll_length.py:136</extracomment>
        <source>With w2 = 0 nothing goes around the loop: every N gives the same gradient.</source>
        <translation>Mit w2 = 0 läuft nichts durch die Schleife: Jedes N ergibt denselben Gradienten.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/unroll_length.py:149</extracomment>
        <source>With |w2| = 1 every copy adds the same part: the gradient grows in step with N.</source>
        <translation>Mit |w2| = 1 trägt jede Kopie denselben Anteil bei: Der Gradient wächst im Gleichschritt mit N.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet_dialog.py:108</extracomment>
        <source>Worksheet written to {name}{key}.</source>
        <translation>Arbeitsblatt als {name} gespeichert{key}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:87</extracomment>
        <source>Worksheets are for the RNN: switch the cell to the RNN to make one.</source>
        <translation>Arbeitsblätter gibt es für das RNN: Stelle die Zelle auf das RNN um, um eines zu erstellen.</translation>
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
        <extracomment>rnngui/ui/canvas/worksheet.py:231</extracomment>
        <source>y{day} goes on to copy {next}, × w2 →</source>
        <translation>y{day} geht weiter in Kopie {next}, × w2 →</translation>
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
        <extracomment>rnngui/ui/widgets/bad_input.py:56</extracomment>
        <source>{error} ({where})</source>
        <translation>{error} ({where})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:464</extracomment>
        <source>{error}: type {count} numbers for {names}, e.g. {example}</source>
        <translation>{error}: Gib {count} Zahlen für {names} ein, z. B. {example}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:442</extracomment>
        <source>{error}; nothing was pasted</source>
        <translation>{error}; es wurde nichts eingefügt</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:93</extracomment>
        <source>{error}; {name} needs a number</source>
        <translation>{error}; {name} braucht eine Zahl</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:195</extracomment>
        <source>{loops} feedback loops crossed</source>
        <translation>{loops} Rückkopplungsschleifen durchlaufen</translation>
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
        <extracomment>rnngui/ui/canvas/receipt.py:414</extracomment>
        <source>{name} ({days} days)</source>
        <translation>{name} ({days} Tage)</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:218</extracomment>
        <source>{name} = 0 in copy {copy}</source>
        <translation>{name} = 0 in Kopie {copy}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:184</extracomment>
        <source>{name} has no target</source>
        <translation>{name} hat keinen Zielwert</translation>
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
        <extracomment>rnngui/ui/sequences/editor.py:490</extracomment>
        <source>{name} needs at least one value; delete the sequence instead</source>
        <translation>{name} braucht mindestens einen Wert; lösche stattdessen die Folge</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:125</extracomment>
        <source>{name} now</source>
        <translation>{name} jetzt</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:89</extracomment>
        <source>{name}, copy {copy} of {copies}</source>
        <translation>{name}, Kopie {copy} von {copies}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:37</extracomment>
        <source>{number}{at} is beyond ±{limit}; scale the prices to [0, 1] first</source>
        <translation>{number}{at} liegt außerhalb von ±{limit}; skaliere die Preise zuerst auf [0, 1]</translation>
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
        <extracomment>rnngui/ui/canvas/receipt.py:370</extracomment>
        <source>{slope} on the path</source>
        <translation>{slope} auf dem Weg</translation>
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
        <extracomment>rnngui/ui/widgets/bad_input.py:43</extracomment>
        <source>{text} {where} is a price: {hint}</source>
        <translation>{text} {where} ist ein Preis: {hint}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/bad_input.py:45</extracomment>
        <source>{text} {where} is a price; type the number alone</source>
        <translation>{text} {where} ist ein Preis; gib nur die Zahl ein</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/bad_input.py:51</extracomment>
        <source>{text} {where} is not a number</source>
        <translation>{text} {where} ist keine Zahl</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:31</extracomment>
        <source>{value}{at} is not a number</source>
        <translation>{value}{at} ist keine Zahl</translation>
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
        <extracomment>rnngui/ui/widgets/bad_input.py:37</extracomment>
        <source>{where} is empty: type a number (or delete the value)</source>
        <translation>das Feld {where} ist leer: Gib eine Zahl ein (oder lösche den Wert)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/unroll_length.py:143</extracomment>
        <source>|dSSR/dw2| stays near {value} from N = {n} on: </source>
        <translation>|dSSR/dw2| bleibt ab N = {n} nahe {value}: </translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:200</extracomment>
        <source>|∂prediction/∂x1| after {days} days for {label}</source>
        <translation>|∂Vorhersage/∂x1| nach {days} Tagen für {label}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:163</extracomment>
        <source>−2(target − prediction)</source>
        <translation>−2(Zielwert − Vorhersage)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:263</extracomment>
        <source>⚠ {name} (cannot be used)</source>
        <translation>⚠ {name} (nicht verwendbar)</translation>
    </message>
</context>
</TS>
