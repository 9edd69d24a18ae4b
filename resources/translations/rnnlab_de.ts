<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<!-- RNN Lab's interface. Made by `python -m rnngui.ui.languages.extract`, which keeps
     the translations written here; edit them in Qt Linguist or by hand, then run it
     again to compile the .qm. -->
<context>
    <name>MainWindow</name>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;About RNN Lab</source>
        <translation>&amp;Über RNN Lab</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewAddButton.text</extracomment>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: addGoalButton.text</extracomment>
        <source>&amp;Add goal</source>
        <translation>Ziel &amp;hinzufügen</translation>
    </message>
    <message>
        <extracomment>window: assignmentPanelAction.text</extracomment>
        <source>&amp;Assignment panel</source>
        <translation>&amp;Aufgabenbereich</translation>
    </message>
    <message>
        <extracomment>window: run_canvasBackwardButton.text</extracomment>
        <source>&amp;Backward view</source>
        <translation>&amp;Rückwärtsansicht</translation>
    </message>
    <message>
        <extracomment>window: copyAction.text</extracomment>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <extracomment>window: deleteAction.text</extracomment>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <extracomment>window: run_canvasStepButton.text</extracomment>
        <source>&amp;Forward pass: next copy</source>
        <translation>&amp;Vorwärtsdurchlauf: nächste Kopie</translation>
    </message>
    <message>
        <extracomment>window: fullScreenAction.text</extracomment>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <extracomment>window: importAction.text</extracomment>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <extracomment>window: shortcutsAction.text</extracomment>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Lesson panel</source>
        <translation>&amp;Lektionsleiste</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewLoadButton.text</extracomment>
        <source>&amp;Load run&apos;s start</source>
        <translation>Start des Laufs &amp;laden</translation>
    </message>
    <message>
        <extracomment>window: newAction.text</extracomment>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <extracomment>window: lessonNextAction.text</extracomment>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <extracomment>window: lessonOpenAction.text</extracomment>
        <source>&amp;Open lesson file…</source>
        <translation>Lektionsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <extracomment>window: openAction.text</extracomment>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <extracomment>window: pasteAction.text</extracomment>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <extracomment>window: run_pauseButton.text</extracomment>
        <source>&amp;Pause training</source>
        <translation>Training &amp;pausieren</translation>
    </message>
    <message>
        <extracomment>window: predictionsTableAction.text</extracomment>
        <source>&amp;Predictions table</source>
        <translation>&amp;Vorhersagetabelle</translation>
    </message>
    <message>
        <extracomment>window: presenterAction.text</extracomment>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <extracomment>window: lessonBackAction.text</extracomment>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: removeGoalButton.text</extracomment>
        <source>&amp;Remove goal</source>
        <translation>Ziel &amp;entfernen</translation>
    </message>
    <message>
        <extracomment>window: run_resetButton.text</extracomment>
        <source>&amp;Reset the run</source>
        <translation>Lauf &amp;zurücksetzen</translation>
    </message>
    <message>
        <extracomment>window: lessonRevealAction.text</extracomment>
        <source>&amp;Reveal the answer</source>
        <translation>Antwort &amp;aufdecken</translation>
    </message>
    <message>
        <extracomment>window: reviewHandInsAction.text</extracomment>
        <source>&amp;Review hand-ins…</source>
        <translation>Abgaben &amp;durchsehen…</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <extracomment>window: saveAction.text</extracomment>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <extracomment>window: run_trainButton.text</extracomment>
        <source>&amp;Train or resume</source>
        <translation>&amp;Trainieren oder fortsetzen</translation>
    </message>
    <message>
        <extracomment>window: lessonTryAction.text</extracomment>
        <source>&amp;Try it (the step&apos;s suggested action)</source>
        <translation>&amp;Ausprobieren (die vom Schritt vorgeschlagene Aktion)</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <extracomment>window: run_canvasUnrolledButton.text</extracomment>
        <source>&amp;Unrolled view</source>
        <translation>&amp;Entrollte Ansicht</translation>
    </message>
    <message>
        <extracomment>window: userGuideAction.text</extracomment>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>(no recent projects)</source>
        <translation>(keine zuletzt geöffneten Projekte)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:218</extracomment>
        <source>(not trained)</source>
        <translation>(nicht trainiert)</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalSequence0.item0</extracomment>
        <source>(the first training sequence)</source>
        <translation>(die erste Trainingsfolge)</translation>
    </message>
    <message>
        <extracomment>window: vanishingPresetButton.toolTip</extracomment>
        <source>51 days with w2 = 0.5: press Train and watch gradient descent stall</source>
        <translation>51 Tage mit w2 = 0.5: Trainieren drücken und zusehen, wie der Gradientenabstieg stockt</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>&lt;b&gt;Gradient lab&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gradientenlabor&lt;/b&gt;</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>&lt;b&gt;Network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Netz&lt;/b&gt;</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/main_window.py:112</extracomment>
        <source>&lt;b&gt;RNN Lab {version}&lt;/b&gt;&lt;p&gt;See how a recurrent neural network works, and why a plain one is hard to train: exploding and vanishing gradients.&lt;/p&gt;</source>
        <translation>&lt;b&gt;RNN Lab {version}&lt;/b&gt;&lt;p&gt;Sieh, wie ein rekurrentes neuronales Netz funktioniert und warum ein einfaches schwer zu trainieren ist: explodierende und verschwindende Gradienten.&lt;/p&gt;</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>&lt;b&gt;Sequences&lt;/b&gt;</source>
        <translation>&lt;b&gt;Folgen&lt;/b&gt;</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>&lt;b&gt;Training&lt;/b&gt;</source>
        <translation>&lt;b&gt;Training&lt;/b&gt;</translation>
    </message>
    <message>
        <extracomment>window: whatComesNext.text</extracomment>
        <source>&lt;b&gt;What comes next.&lt;/b&gt; Clipping tames exploding gradients, but nothing here rescues a vanishing one: the first day&apos;s signal is multiplied by w2 on every trip around the loop. Long Short-Term Memory networks (LSTMs), the lesson&apos;s next chapter, give the signal a separate path through time that is not multiplied by w2 at every step, so it neither explodes nor vanishes; transformers came later.</source>
        <translation>&lt;b&gt;Wie es weitergeht.&lt;/b&gt; Clipping bändigt explodierende Gradienten, aber gegen einen verschwindenden hilft hier nichts: Das Signal des ersten Tages wird bei jedem Umlauf durch die Schleife mit w2 multipliziert. Long Short-Term Memory (LSTM), das nächste Kapitel der Lektion, gibt dem Signal einen eigenen Weg durch die Zeit, der nicht bei jedem Schritt mit w2 multipliziert wird – so explodiert es nicht und verschwindet nicht; Transformer kamen später.</translation>
    </message>
    <message>
        <extracomment>window: memoryIntro.text</extracomment>
        <source>&lt;b&gt;Why the LSTM.&lt;/b&gt; Company A and B over 51 days, where only day 1 (A: 0, B: 1) decides the target. Both networks train with the same settings.</source>
        <translation>&lt;b&gt;Warum das LSTM.&lt;/b&gt; Firma A und B über 51 Tage, wobei nur Tag 1 (A: 0, B: 1) den Zielwert bestimmt. Beide Netze trainieren mit denselben Einstellungen.</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_converged.text</extracomment>
        <source>&lt;span style=&apos;color:#009E73; font-size:large&apos;&gt;■&lt;/span&gt; Converged</source>
        <translation type="vanished">&lt;span style=&apos;color:#009E73; font-size:large&apos;&gt;■&lt;/span&gt; Konvergiert</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_converging.text</extracomment>
        <source>&lt;span style=&apos;color:#56B4E9; font-size:large&apos;&gt;■&lt;/span&gt; Converging</source>
        <translation type="vanished">&lt;span style=&apos;color:#56B4E9; font-size:large&apos;&gt;■&lt;/span&gt; Konvergiert gerade</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_diverged.text</extracomment>
        <source>&lt;span style=&apos;color:#D55E00; font-size:large&apos;&gt;■&lt;/span&gt; Diverged</source>
        <translation type="vanished">&lt;span style=&apos;color:#D55E00; font-size:large&apos;&gt;■&lt;/span&gt; Divergiert</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_bouncing.text</extracomment>
        <source>&lt;span style=&apos;color:#E69F00; font-size:large&apos;&gt;■&lt;/span&gt; Bouncing</source>
        <translation type="vanished">&lt;span style=&apos;color:#E69F00; font-size:large&apos;&gt;■&lt;/span&gt; Springt</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_stalling.text</extracomment>
        <source>&lt;span style=&apos;color:#F0E442; font-size:large&apos;&gt;■&lt;/span&gt; Stalling</source>
        <translation type="vanished">&lt;span style=&apos;color:#F0E442; font-size:large&apos;&gt;■&lt;/span&gt; Stockt</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A button</source>
        <translation>Eine Schaltfläche</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:148</extracomment>
        <source>A control</source>
        <translation>Ein Bedienelement</translation>
    </message>
    <message>
        <extracomment>window: gradientThroughTimePlot.toolTip</extracomment>
        <source>A cross marks a day whose signal never reaches the prediction: ReLU switched a later copy off (its sum was 0 or below), and a switched-off copy passes no gradient back. |w2|^n assumes every copy is on, so the measured curve falls below it there.</source>
        <translation>Ein Kreuz markiert einen Tag, dessen Signal die Vorhersage nie erreicht: ReLU hat eine spätere Kopie abgeschaltet (ihre Summe war 0 oder kleiner), und eine abgeschaltete Kopie gibt keinen Gradienten zurück. |w2|^n nimmt an, dass jede Kopie an ist; deshalb liegt die gemessene Kurve dort darunter.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A drawing</source>
        <translation>Eine Zeichnung</translation>
    </message>
    <message>
        <extracomment>window: gradientReceiptButton.toolTip</extracomment>
        <source>A gradient written as its sum over the copies: each term&apos;s factors (the residual, w3, the activation&apos;s slope, the powers of w2, the input) and its share</source>
        <translation>Ein Gradient als Summe über die Kopien: die Faktoren jedes Terms (das Residuum, w3, die Steigung der Aktivierung, die Potenzen von w2, die Eingabe) und sein Anteil</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A list</source>
        <translation>Eine Liste</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A list to choose from</source>
        <translation>Eine Auswahlliste</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvScale.toolTip</extracomment>
        <source>A network with weights near 1 learns prices of 100 or more badly: the first step overshoots. Scaled, the editor still shows each price beside its value.</source>
        <translation>Ein Netz mit Gewichten nahe 1 lernt Preise von 100 oder mehr schlecht: Der erste Schritt schießt übers Ziel hinaus. Skaliert zeigt der Editor weiterhin jeden Preis neben seinem Wert.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A number field</source>
        <translation>Ein Zahlenfeld</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A slider</source>
        <translation>Ein Schieberegler</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A text area</source>
        <translation>Ein Textbereich</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A text field</source>
        <translation>Ein Textfeld</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: QLabel.text</extracomment>
        <source>A worksheet of the unrolled network for &lt;b&gt;low, low&lt;/b&gt; (2 days): its forward and backward numbers, with the ones you tick left as empty boxes. A PDF also has an answer-key page; an SVG gets its answer key as a second file beside it (name-answers.svg).</source>
        <translation>Ein Arbeitsblatt des ausgerollten Netzes für &lt;b&gt;low, low&lt;/b&gt; (2 Tage): seine Vorwärts- und Rückwärtszahlen, die angehakten als leere Kästchen. Ein PDF hat zusätzlich eine Lösungsseite; ein SVG bekommt die Lösungen als zweite Datei daneben (name-answers.svg).</translation>
    </message>
    <message>
        <extracomment>QMessageBox: QMessageBox.windowTitle</extracomment>
        <source>About RNN Lab</source>
        <translation>Über RNN Lab</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <extracomment>window: addSequenceButton.text</extracomment>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: addGoalButton.toolTip</extracomment>
        <source>Add a goal row</source>
        <translation>Eine Zielzeile hinzufügen</translation>
    </message>
    <message>
        <extracomment>window: addSequenceButton.toolTip</extracomment>
        <source>Add a new sequence</source>
        <translation>Eine neue Folge hinzufügen</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewAddButton.accessibleName</extracomment>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: addGoalButton.accessibleName</extracomment>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewSummary.text</extracomment>
        <source>Add the files your students handed in.</source>
        <translation>Die Dateien hinzufügen, die deine Schülerinnen und Schüler abgegeben haben.</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvMode.item1</extracomment>
        <source>Add them to the current sequences</source>
        <translation>Zu den aktuellen Folgen hinzufügen</translation>
    </message>
    <message>
        <extracomment>window: allParamsButton.text</extracomment>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): gradientGroupChooser.item0</extracomment>
        <source>all 12 gradients</source>
        <translation>alle 12 Gradienten</translation>
    </message>
    <message>
        <extracomment>window: gradientGroupChooser.item0</extracomment>
        <source>all 5 gradients</source>
        <translation>alle 5 Gradienten</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <extracomment>window: assignmentPanel.windowTitle</extracomment>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <extracomment>dialog scaling: unscaleButton.text</extracomment>
        <source>Back to prices</source>
        <translation>Zurück zu den Preisen</translation>
    </message>
    <message>
        <extracomment>window: run_resetButton.toolTip</extracomment>
        <source>Back to the run&apos;s starting weights (Ctrl+Shift+R)</source>
        <translation>Zurück zu den Startgewichten des Laufs (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <extracomment>window: resetButton.toolTip</extracomment>
        <source>Back to this run&apos;s starting parameters (the same every time)</source>
        <translation>Zurück zu den Startparametern dieses Laufs (jedes Mal dieselben)</translation>
    </message>
    <message>
        <extracomment>window: canvasBackwardButton.text</extracomment>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <extracomment>window: gradientGroupChooser.item3</extracomment>
        <source>bias: b1</source>
        <translation>Bias: b1</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: QLabel.text</extracomment>
        <source>Blank</source>
        <translation>Leer lassen</translation>
    </message>
    <message>
        <extracomment>window: showAllAction.toolTip</extracomment>
        <source>Bring back every hidden panel and control</source>
        <translation>Alle ausgeblendeten Bereiche und Bedienelemente zurückholen</translation>
    </message>
    <message>
        <extracomment>dialog scaling: QPushButton.text</extracomment>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:372</extracomment>
        <source>Cannot import {name}</source>
        <translation>{name} kann nicht importiert werden</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:323</extracomment>
        <source>Cannot open a recent project</source>
        <translation>Ein zuletzt geöffnetes Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:246</extracomment>
        <source>Cannot open {name}</source>
        <translation>{name} kann nicht geöffnet werden</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:283</extracomment>
        <source>Cannot save {name}</source>
        <translation>{name} kann nicht gespeichert werden</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <extracomment>window: gradientReceiptButton.accessibleName</extracomment>
        <source>Chain-rule receipt of a gradient</source>
        <translation>Kettenregel-Aufschlüsselung eines Gradienten</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: QPushButton.toolTip</extracomment>
        <source>Change nothing</source>
        <translation>Nichts ändern</translation>
    </message>
    <message>
        <extracomment>window: classSetupAction.toolTip</extracomment>
        <source>Choose the panels and controls a class sees; remembered (Ctrl+Shift+H)</source>
        <translation>Bereiche und Bedienelemente wählen, die eine Klasse sieht; wird gespeichert (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <extracomment>window: compareTable.column3</extracomment>
        <source>clip (blank = off)</source>
        <translation>Clipping (leer = aus)</translation>
    </message>
    <message>
        <extracomment>window: clipGradients.text</extracomment>
        <source>Clip at</source>
        <translation>Clipping bei</translation>
    </message>
    <message>
        <extracomment>window: clipToggle.text</extracomment>
        <source>Clip gradients at</source>
        <translation>Gradienten-Clipping bei</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column7</extracomment>
        <source>Clipping</source>
        <translation>Clipping</translation>
    </message>
    <message>
        <extracomment>window: qt_dockwidget_closebutton.accessibleName</extracomment>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewCloseButton.toolTip</extracomment>
        <source>Close the review</source>
        <translation>Die Durchsicht schließen</translation>
    </message>
    <message>
        <extracomment>ShortcutsSheet: QPushButton.toolTip</extracomment>
        <source>Close this sheet</source>
        <translation>Diese Übersicht schließen</translation>
    </message>
    <message>
        <extracomment>window: qt_dockwidget_closebutton.accessibleDescription</extracomment>
        <source>Closes the dock widget</source>
        <translation>Schließt das andockbare Fenster</translation>
    </message>
    <message>
        <extracomment>window: canvasStepButton.toolTip</extracomment>
        <source>Compute the next copy and show its arithmetic</source>
        <translation>Die nächste Kopie berechnen und ihre Rechnung zeigen</translation>
    </message>
    <message>
        <extracomment>window: run_canvasStepButton.toolTip</extracomment>
        <source>Compute the next copy of the unrolled network (Ctrl+F)</source>
        <translation>Die nächste Kopie des ausgerollten Netzes berechnen (Strg+F)</translation>
    </message>
    <message>
        <extracomment>window: landscape2DNote.text</extracomment>
        <source>Contours of log10 SSR over w1 and w2 (b1 = 0, w3 = 1.1, b2 = 0 fixed); the white square is where the run started, the red line where gradient descent went.</source>
        <translation>Höhenlinien von log10 SSR über w1 und w2 (b1 = 0, w3 = 1.1, b2 = 0 fest); das weiße Quadrat ist der Start des Laufs, die rote Linie der Weg des Gradientenabstiegs.</translation>
    </message>
    <message>
        <extracomment>window: duplicateSequenceButton.text</extracomment>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <extracomment>window: cutAction.text</extracomment>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <extracomment>window: theme_dark.text</extracomment>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <extracomment>window: theme_dark.toolTip</extracomment>
        <source>Dark colours</source>
        <translation>Dunkle Farben</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Data (CSV)…</source>
        <translation>Daten (CSV)…</translation>
    </message>
    <message>
        <extracomment>window: valuesTable.column0</extracomment>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <extracomment>window: memoryReachPlot.axis_bottom</extracomment>
        <source>days n</source>
        <translation>Tage n</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvDecimal.item1</extracomment>
        <source>decimal comma: 12,5 (1.234,5)</source>
        <translation>Dezimalkomma: 12,5 (1.234,5)</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvDecimal.item0</extracomment>
        <source>decimal point: 12.5 (1,234.5)</source>
        <translation>Dezimalpunkt: 12.5 (1,234.5)</translation>
    </message>
    <message>
        <extracomment>window: deleteSequenceButton.text</extracomment>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <extracomment>window: deleteSequenceButton.toolTip</extracomment>
        <source>Delete it</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <extracomment>window: lessonTryButton.toolTip</extracomment>
        <source>Do the suggested action for me</source>
        <translation>Die vorgeschlagene Aktion für mich ausführen</translation>
    </message>
    <message>
        <extracomment>window: sequenceChart.toolTip</extracomment>
        <source>Drag a point up or down to change that day&apos;s value; the green star is the target, the orange cross the network&apos;s prediction</source>
        <translation>Einen Punkt nach oben oder unten ziehen, um den Wert dieses Tages zu ändern; der grüne Stern ist der Zielwert, das orange Kreuz die Vorhersage des Netzes</translation>
    </message>
    <message>
        <extracomment>window: gradientPlot.axis_left</extracomment>
        <source>dSSR/d parameter</source>
        <translation>dSSR/d Parameter</translation>
    </message>
    <message>
        <extracomment>window: gradientReceipt_b1.text</extracomment>
        <source>dSSR/db1 as its sum over the copies…</source>
        <translation>dSSR/db1 als Summe über die Kopien…</translation>
    </message>
    <message>
        <extracomment>window: gradientReceipt_b2.text</extracomment>
        <source>dSSR/db2 as its sum over the copies…</source>
        <translation>dSSR/db2 als Summe über die Kopien…</translation>
    </message>
    <message>
        <extracomment>window: gradientReceipt_w1.text</extracomment>
        <source>dSSR/dw1 as its sum over the copies…</source>
        <translation>dSSR/dw1 als Summe über die Kopien…</translation>
    </message>
    <message>
        <extracomment>window: gradientReceipt_w2.text</extracomment>
        <source>dSSR/dw2 as its sum over the copies…</source>
        <translation>dSSR/dw2 als Summe über die Kopien…</translation>
    </message>
    <message>
        <extracomment>window: gradientReceipt_w3.text</extracomment>
        <source>dSSR/dw3 as its sum over the copies…</source>
        <translation>dSSR/dw3 als Summe über die Kopien…</translation>
    </message>
    <message>
        <extracomment>window: duplicateSequenceButton.toolTip</extracomment>
        <source>Duplicate it</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <extracomment>window: stabilityNote.text</extracomment>
        <source>Each cell is one run of plain gradient descent (no momentum, no clipping, all five parameters trained, relu) on the project&apos;s data, from w1 = 1.8, b1 = 0, w3 = 1.1, b2 = 0 and the cell&apos;s w2, coloured by what the diagnosis says after 300 steps. The ring is the project&apos;s own start (w2 = -0.5) and learning rate (0.05). Hover a cell for its figures; click it to load that run into the training panel.</source>
        <translation>Jede Zelle ist ein Lauf mit einfachem Gradientenabstieg (ohne Momentum, ohne Clipping, alle fünf Parameter trainiert, relu) auf den Daten des Projekts, ab w1 = 1.8, b1 = 0, w3 = 1.1, b2 = 0 und dem w2 der Zelle, gefärbt nach der Diagnose nach 300 Schritten. Der Ring ist der eigene Start des Projekts (w2 = -0.5) und seine Lernrate (0.05). Mit der Maus über eine Zelle fahren zeigt ihre Zahlen; ein Klick lädt diesen Lauf in den Trainingsbereich.</translation>
    </message>
    <message>
        <extracomment>window: assignmentGoals.toolTip</extracomment>
        <source>Each goal is ticked as soon as the engine measures it met</source>
        <translation>Jedes Ziel wird abgehakt, sobald der Rechenkern misst, dass es erreicht ist</translation>
    </message>
    <message>
        <extracomment>window: stopWhenConverged.toolTip</extracomment>
        <source>End the run as soon as the diagnosis says converged</source>
        <translation>Den Lauf beenden, sobald die Diagnose „konvergiert“ meldet</translation>
    </message>
    <message>
        <extracomment>window: stopButton.toolTip</extracomment>
        <source>End the training thread; Train goes on from this step</source>
        <translation>Den Trainings-Thread beenden; Trainieren macht bei diesem Schritt weiter</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column4</extracomment>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: worksheetBlank_backward.text</extracomment>
        <source>every gradient (the backward numbers)</source>
        <translation>jeden Gradienten (die Rückwärtszahlen)</translation>
    </message>
    <message>
        <extracomment>window: exportRunButton.toolTip</extracomment>
        <source>Every kept step: SSR, the five gradients and parameters</source>
        <translation>Jeder gespeicherte Schritt: SSR, die fünf Gradienten und Parameter</translation>
    </message>
    <message>
        <extracomment>window: shortcutsAction.toolTip</extracomment>
        <source>Every keyboard shortcut of the window (F1)</source>
        <translation>Alle Tastenkürzel des Fensters (F1)</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.toolTip</extracomment>
        <source>Every run the student made, with its settings, figures and the goals it met</source>
        <translation>Jeder Lauf, den die Person gemacht hat, mit Einstellungen, Zahlen und erreichten Zielen</translation>
    </message>
    <message>
        <extracomment>window: predictionsTableAction.toolTip</extracomment>
        <source>Every sequence&apos;s prediction beside its target and the residual, live</source>
        <translation>Die Vorhersage jeder Folge neben ihrem Zielwert und dem Residuum, live</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: worksheetBlank_sum.text</extracomment>
        <source>every sum (sumₜ = w1·xₜ + w2·yₜ₋₁ + b1)</source>
        <translation>jede Summe (sumₜ = w1·xₜ + w2·yₜ₋₁ + b1)</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: worksheetBlank_y.text</extracomment>
        <source>every y (the hidden unit&apos;s output)</source>
        <translation>jedes y (die Ausgabe der verborgenen Einheit)</translation>
    </message>
    <message>
        <extracomment>window: stepButton.toolTip</extracomment>
        <source>Exactly one gradient-descent step</source>
        <translation>Genau ein Schritt des Gradientenabstiegs</translation>
    </message>
    <message>
        <extracomment>window: run_stepButton.toolTip</extracomment>
        <source>Exactly one step of training (Ctrl+G)</source>
        <translation>Genau ein Trainingsschritt (Strg+G)</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlotExport.text</extracomment>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <extracomment>window: exportWorksheetAction.text</extracomment>
        <source>Export &amp;worksheet…</source>
        <translation>&amp;Arbeitsblatt exportieren…</translation>
    </message>
    <message>
        <extracomment>window: exportRunButton.text</extracomment>
        <source>Export run as CSV…</source>
        <translation>Lauf als CSV exportieren…</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: worksheetDialog.windowTitle</extracomment>
        <source>Export worksheet</source>
        <translation>Arbeitsblatt exportieren</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Export...</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <extracomment>window: gradientGroupChooser.item2</extracomment>
        <source>feedback: w2</source>
        <translation>Rückkopplung: w2</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewTable.column1</extracomment>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <extracomment>window: fullScreenAction.toolTip</extracomment>
        <source>Fill the screen with the window (F11)</source>
        <translation>Das Fenster füllt den Bildschirm (F11)</translation>
    </message>
    <message>
        <extracomment>window: compareDefaultsButton.toolTip</extracomment>
        <source>Fill the table from the project&apos;s settings</source>
        <translation>Die Tabelle aus den Einstellungen des Projekts füllen</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalKind0.item1</extracomment>
        <source>First day reaches ≥ F of the last (clipping off)</source>
        <translation>Der erste Tag erreicht ≥ F des letzten (ohne Clipping)</translation>
    </message>
    <message>
        <extracomment>window: canvasFitButton.text</extracomment>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <extracomment>window: speedLabel.text</extracomment>
        <source>flat out</source>
        <translation>Vollgas</translation>
    </message>
    <message>
        <extracomment>window: qt_dockwidget_floatbutton.accessibleName</extracomment>
        <source>Float</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <extracomment>window: theme_system.text</extracomment>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <extracomment>window: theme_system.toolTip</extracomment>
        <source>Follow the system colours</source>
        <translation>Den Farben des Systems folgen</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): gradientGroupChooser.item1</extracomment>
        <source>forget gate: wlr1, wlr2, blr1</source>
        <translation>Vergessenstor: wlr1, wlr2, blr1</translation>
    </message>
    <message>
        <extracomment>window: forkFromHere.accessibleName</extracomment>
        <source>Fork from here</source>
        <translation>Von hier abzweigen</translation>
    </message>
    <message>
        <extracomment>window: forkFromHere.text</extracomment>
        <source>Fork from here…</source>
        <translation>Von hier abzweigen…</translation>
    </message>
    <message>
        <extracomment>window: run_canvasPlayButton.text</extracomment>
        <source>Forward pass: &amp;play</source>
        <translation>Vorwärtsdurchlauf: &amp;abspielen</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentGoalsTable.column0</extracomment>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalKind0.accessibleName</extracomment>
        <source>Goal 1 kind</source>
        <translation>Art von Ziel 1</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalSequence0.accessibleName</extracomment>
        <source>Goal 1 sequence</source>
        <translation>Folge von Ziel 1</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalSteps0.accessibleName</extracomment>
        <source>Goal 1 steps</source>
        <translation>Schritte von Ziel 1</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalThreshold0.accessibleName</extracomment>
        <source>Goal 1 threshold</source>
        <translation>Schwelle von Ziel 1</translation>
    </message>
    <message>
        <extracomment>window: assignmentGoals.accessibleName</extracomment>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: QLabel.text</extracomment>
        <source>Goals (the engine checks them and ticks each one when met):</source>
        <translation>Ziele (der Rechenkern prüft sie und hakt jedes ab, sobald es erreicht ist):</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Goals:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <extracomment>window: train_b1.toolTip</extracomment>
        <source>Gradient descent moves b1</source>
        <translation>Der Gradientenabstieg bewegt b1</translation>
    </message>
    <message>
        <extracomment>window: train_b2.toolTip</extracomment>
        <source>Gradient descent moves b2</source>
        <translation>Der Gradientenabstieg bewegt b2</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_blr1.toolTip</extracomment>
        <source>Gradient descent moves blr1</source>
        <translation>Der Gradientenabstieg bewegt blr1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_bo1.toolTip</extracomment>
        <source>Gradient descent moves bo1</source>
        <translation>Der Gradientenabstieg bewegt bo1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_bp1.toolTip</extracomment>
        <source>Gradient descent moves bp1</source>
        <translation>Der Gradientenabstieg bewegt bp1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_bpr1.toolTip</extracomment>
        <source>Gradient descent moves bpr1</source>
        <translation>Der Gradientenabstieg bewegt bpr1</translation>
    </message>
    <message>
        <extracomment>window: train_w1.toolTip</extracomment>
        <source>Gradient descent moves w1</source>
        <translation>Der Gradientenabstieg bewegt w1</translation>
    </message>
    <message>
        <extracomment>window: train_w2.toolTip</extracomment>
        <source>Gradient descent moves w2</source>
        <translation>Der Gradientenabstieg bewegt w2</translation>
    </message>
    <message>
        <extracomment>window: train_w3.toolTip</extracomment>
        <source>Gradient descent moves w3</source>
        <translation>Der Gradientenabstieg bewegt w3</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wlr1.toolTip</extracomment>
        <source>Gradient descent moves wlr1</source>
        <translation>Der Gradientenabstieg bewegt wlr1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wlr2.toolTip</extracomment>
        <source>Gradient descent moves wlr2</source>
        <translation>Der Gradientenabstieg bewegt wlr2</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wo1.toolTip</extracomment>
        <source>Gradient descent moves wo1</source>
        <translation>Der Gradientenabstieg bewegt wo1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wo2.toolTip</extracomment>
        <source>Gradient descent moves wo2</source>
        <translation>Der Gradientenabstieg bewegt wo2</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wp1.toolTip</extracomment>
        <source>Gradient descent moves wp1</source>
        <translation>Der Gradientenabstieg bewegt wp1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wp2.toolTip</extracomment>
        <source>Gradient descent moves wp2</source>
        <translation>Der Gradientenabstieg bewegt wp2</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wpr1.toolTip</extracomment>
        <source>Gradient descent moves wpr1</source>
        <translation>Der Gradientenabstieg bewegt wpr1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wpr2.toolTip</extracomment>
        <source>Gradient descent moves wpr2</source>
        <translation>Der Gradientenabstieg bewegt wpr2</translation>
    </message>
    <message>
        <extracomment>window: maxSteps.toolTip</extracomment>
        <source>Gradient descent stops after this many steps</source>
        <translation>Der Gradientenabstieg endet nach so vielen Schritten</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab1</extracomment>
        <source>Gradient lab</source>
        <translation>Gradientenlabor</translation>
    </message>
    <message>
        <extracomment>window: show_gradient_lab.text</extracomment>
        <source>Gradient lab tab</source>
        <translation>Registerkarte Gradientenlabor</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab0</extracomment>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <extracomment>window: gradientPlot.plotTitle</extracomment>
        <source>Gradients: dSSR/d each parameter</source>
        <translation>Gradienten: dSSR/d jedes Parameters</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewTable.accessibleName</extracomment>
        <source>Hand-ins</source>
        <translation>Abgaben</translation>
    </message>
    <message>
        <extracomment>ClassSetupDialog: QPushButton.toolTip</extracomment>
        <source>Hide what is unticked and remember it for the next start</source>
        <translation>Nicht Angehaktes ausblenden und für den nächsten Start merken</translation>
    </message>
    <message>
        <extracomment>window: highButton.text</extracomment>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <extracomment>window: highButton.toolTip</extracomment>
        <source>High = 1: sets the chosen days, or adds a day at the end when none is chosen</source>
        <translation>Hoch = 1: setzt die gewählten Tage oder fügt am Ende einen Tag hinzu, wenn keiner gewählt ist</translation>
    </message>
    <message>
        <extracomment>window: stabilitySteps.toolTip</extracomment>
        <source>How many gradient-descent steps each cell&apos;s run takes</source>
        <translation>Wie viele Schritte des Gradientenabstiegs der Lauf jeder Zelle macht</translation>
    </message>
    <message>
        <extracomment>window: memoryReachPlot.plotTitle</extracomment>
        <source>How strongly day 1 reaches the prediction</source>
        <translation>Wie stark Tag 1 die Vorhersage erreicht</translation>
    </message>
    <message>
        <extracomment>window: gradientThroughTimePlot.plotTitle</extracomment>
        <source>How strongly each day reaches the prediction</source>
        <translation>Wie stark jeder Tag die Vorhersage erreicht</translation>
    </message>
    <message>
        <extracomment>window: run_canvasBackwardButton.toolTip</extracomment>
        <source>How the gradient flows back in time (Ctrl+B)</source>
        <translation>Wie der Gradient in der Zeit zurückfließt (Strg+B)</translation>
    </message>
    <message>
        <extracomment>window: canvasBackwardButton.toolTip</extracomment>
        <source>How the gradient flows back through time: ∂prediction/∂x for each copy and each copy&apos;s share of dSSR/dw2, as colour and width on a log scale</source>
        <translation>Wie der Gradient durch die Zeit zurückfließt: ∂Vorhersage/∂x jeder Kopie und der Anteil jeder Kopie an dSSR/dw2, als Farbe und Breite auf logarithmischer Skala</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlotScale.toolTip</extracomment>
        <source>How the y axis is scaled</source>
        <translation>Wie die y-Achse skaliert ist</translation>
    </message>
    <message>
        <extracomment>window: userGuideAction.toolTip</extracomment>
        <source>How to use RNN Lab, offline</source>
        <translation>So benutzt man RNN Lab, offline</translation>
    </message>
    <message>
        <extracomment>window: activation.item3</extracomment>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:58</extracomment>
        <source>ignored: we already know day {day}</source>
        <translation>ignoriert: Tag {day} kennen wir schon</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Image (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvImportButton.text</extracomment>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvImportDialog.windowTitle</extracomment>
        <source>Import days.csv</source>
        <translation>days.csv importieren</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): gradientGroupChooser.item2</extracomment>
        <source>input gate: wpr1, wpr2, bpr1</source>
        <translation>Eingangstor: wpr1, wpr2, bpr1</translation>
    </message>
    <message>
        <extracomment>window: gradientGroupChooser.item1</extracomment>
        <source>input: w1</source>
        <translation>Eingabe: w1</translation>
    </message>
    <message>
        <extracomment>window: insertValueButton.text</extracomment>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <extracomment>window: insertValueButton.toolTip</extracomment>
        <source>Insert a day here</source>
        <translation>Hier einen Tag einfügen</translation>
    </message>
    <message>
        <extracomment>window: assignmentInstructions.accessibleName</extracomment>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: QLabel.text</extracomment>
        <source>Instructions for the students:</source>
        <translation>Anleitung für die Klasse:</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Instructions:</source>
        <translation>Anleitung:</translation>
    </message>
    <message>
        <extracomment>window: lessonStepChooser.toolTip</extracomment>
        <source>Jump to any step of the lesson</source>
        <translation>Zu einem beliebigen Schritt der Lektion springen</translation>
    </message>
    <message>
        <extracomment>ShortcutsSheet: shortcutsSheet.windowTitle</extracomment>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab2</extracomment>
        <source>Landscape (1 parameter)</source>
        <translation>Landschaft (1 Parameter)</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab3</extracomment>
        <source>Landscape (2 parameters)</source>
        <translation>Landschaft (2 Parameter)</translation>
    </message>
    <message>
        <extracomment>window: QToolButton.toolTip</extracomment>
        <source>Large fonts, thick lines, high contrast for a projector (F5)</source>
        <translation>Große Schrift, dicke Linien, hoher Kontrast für einen Beamer (F5)</translation>
    </message>
    <message>
        <extracomment>window: compareTable.column1</extracomment>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <extracomment>window: stabilityPlot.axis_bottom</extracomment>
        <source>learning rate (log scale)</source>
        <translation>Lernrate (logarithmische Skala)</translation>
    </message>
    <message>
        <extracomment>window: learningRateSlider.toolTip</extracomment>
        <source>Learning rate on a log scale</source>
        <translation>Lernrate auf logarithmischer Skala</translation>
    </message>
    <message>
        <extracomment>window: memoryIntro.toolTip</extracomment>
        <source>Left: how strongly day 1 still reaches the prediction after n days. Right: the RNN and the LSTM trained side by side on the same data (learning rate 0.1, clip at 1, 3,000 steps).</source>
        <translation>Links: wie stark Tag 1 die Vorhersage nach n Tagen noch erreicht. Rechts: das RNN und das LSTM nebeneinander auf denselben Daten trainiert (Lernrate 0.1, Clipping bei 1, 3,000 Schritte).</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Lesso&amp;n</source>
        <translation>Lektio&amp;n</translation>
    </message>
    <message>
        <extracomment>window: lessonPanel.windowTitle</extracomment>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <extracomment>window: QToolButton.text</extracomment>
        <source>Lesson panel</source>
        <translation>Lektionsbereich</translation>
    </message>
    <message>
        <extracomment>window: lessonRevealButton.toolTip</extracomment>
        <source>Let the engine compute the answer and compare (Ctrl+Return)</source>
        <translation>Die Antwort vom Rechenkern berechnen lassen und vergleichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: worksheetPaper.item1</extracomment>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <extracomment>window: theme_light.text</extracomment>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <extracomment>window: theme_light.toolTip</extracomment>
        <source>Light colours</source>
        <translation>Helle Farben</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlotScale.item1</extracomment>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewLoadButton.accessibleName</extracomment>
        <source>Load run&apos;s start</source>
        <translation>Start des Laufs laden</translation>
    </message>
    <message>
        <extracomment>window: stabilityCompareButton.toolTip</extracomment>
        <source>Load the chosen cell&apos;s run and race it on the side-by-side page against a tenth of its learning rate and against clipping</source>
        <translation>Den Lauf der gewählten Zelle laden und auf der Seite „Nebeneinander“ gegen ein Zehntel seiner Lernrate und gegen Clipping antreten lassen</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRerunButton.toolTip</extracomment>
        <source>Load the selected run&apos;s start and train it again</source>
        <translation>Den Start des gewählten Laufs laden und erneut trainieren</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:333</extracomment>
        <source>Loaded the preset {name} (Edit &gt; Undo brings your data back)</source>
        <translation>Vorlage {name} geladen (Bearbeiten &gt; Rückgängig holt deine Daten zurück)</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentLocksTree.column2</extracomment>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlotScale.item0</extracomment>
        <source>log scale</source>
        <translation>logarithmische Skala</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvOrientation.toolTip</extracomment>
        <source>Long form: a price download&apos;s &apos;symbol, date, price&apos; rows become one sequence per symbol, in date order</source>
        <translation>Langformat: Die Zeilen „Symbol, Datum, Preis“ eines Kursdownloads werden zu einer Folge pro Symbol, nach Datum geordnet</translation>
    </message>
    <message>
        <extracomment>window: lowButton.text</extracomment>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <extracomment>window: lowButton.toolTip</extracomment>
        <source>Low = 0: sets the chosen days, or adds a day at the end when none is chosen</source>
        <translation>Niedrig = 0: setzt die gewählten Tage oder fügt am Ende einen Tag hinzu, wenn keiner gewählt ist</translation>
    </message>
    <message>
        <extracomment>window: unrollPlot.axis_left</extracomment>
        <source>magnitude</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: QPushButton.accessibleName</extracomment>
        <source>Make assignment</source>
        <translation>Aufgabe erstellen</translation>
    </message>
    <message>
        <extracomment>window: memoryOpenLSTMButton.toolTip</extracomment>
        <source>Make the LSTM on these 51 days the project, to see every number on the canvas (undo brings the old one back)</source>
        <translation>Das LSTM mit diesen 51 Tagen zum Projekt machen, um jede Zahl auf der Zeichenfläche zu sehen (Rückgängig holt das alte zurück)</translation>
    </message>
    <message>
        <extracomment>window: memoryOpenRNNButton.toolTip</extracomment>
        <source>Make the RNN on these 51 days the project, to see every number on the canvas (undo brings the old one back)</source>
        <translation>Das RNN mit diesen 51 Tagen zum Projekt machen, um jede Zahl auf der Zeichenfläche zu sehen (Rückgängig holt das alte zurück)</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: QPushButton.toolTip</extracomment>
        <source>Make this project an assignment and save the teacher&apos;s copy and the copy for students</source>
        <translation>Dieses Projekt zur Aufgabe machen und die Lehrkraft- und die Klassenkopie speichern</translation>
    </message>
    <message>
        <extracomment>window: newAssignmentAction.toolTip</extracomment>
        <source>Make this project an assignment: instructions, goals, what to hide or lock</source>
        <translation>Dieses Projekt zur Aufgabe machen: Anleitung, Ziele, was ausgeblendet oder gesperrt wird</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Max steps</source>
        <translation>Max. Schritte</translation>
    </message>
    <message>
        <extracomment>window: gradientThroughTimePlot.legend0</extracomment>
        <source>measured |d prediction / d x_t|</source>
        <translation>gemessen |d Vorhersage / d x_t|</translation>
    </message>
    <message>
        <extracomment>window: mediumButton.text</extracomment>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <extracomment>window: mediumButton.toolTip</extracomment>
        <source>Medium = 0.5: sets the chosen days, or adds a day at the end when none is chosen</source>
        <translation>Mittel = 0.5: setzt die gewählten Tage oder fügt am Ende einen Tag hinzu, wenn keiner gewählt ist</translation>
    </message>
    <message>
        <extracomment>window: scaleButton.toolTip</extracomment>
        <source>Min-max scale prices to [0, 1]</source>
        <translation>Preise per Min-Max auf [0, 1] skalieren</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <extracomment>window: momentum.toolTip</extracomment>
        <source>Momentum as torch.optim.SGD (0 = plain gradient descent)</source>
        <translation>Momentum wie torch.optim.SGD (0 = einfacher Gradientenabstieg)</translation>
    </message>
    <message>
        <extracomment>window: moreTrainingSettingsButton.toolTip</extracomment>
        <source>Momentum, activation, clipping, which parameters train and where they start</source>
        <translation>Momentum, Aktivierung, Clipping, welche Parameter trainiert werden und wo sie starten</translation>
    </message>
    <message>
        <extracomment>window: moreTrainingSettingsButton.text</extracomment>
        <source>More settings</source>
        <translation>Weitere Einstellungen</translation>
    </message>
    <message>
        <extracomment>window: moveDownButton.toolTip</extracomment>
        <source>Move it down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <extracomment>window: moveUpButton.toolTip</extracomment>
        <source>Move it up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <extracomment>window: gradientThroughTimePlot.axis_bottom</extracomment>
        <source>n = feedback loops between the day and the prediction</source>
        <translation>n = Rückkopplungsschleifen zwischen dem Tag und der Vorhersage</translation>
    </message>
    <message>
        <extracomment>window: unrollPlot.axis_bottom</extracomment>
        <source>N = unrolls</source>
        <translation>N = Ausrollungen</translation>
    </message>
    <message>
        <extracomment>window: unrollSlider.toolTip</extracomment>
        <source>N: how many feedback loops the first input crosses</source>
        <translation>N: wie viele Rückkopplungsschleifen die erste Eingabe durchläuft</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalSteps0.toolTip</extracomment>
        <source>N: the SSR goal must be met within this many steps</source>
        <translation>N: das SSR-Ziel muss innerhalb so vieler Schritte erreicht werden</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <extracomment>after Full screen: qt_tabwidget_tabbar.tab0</extracomment>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab0</extracomment>
        <source>Network and training</source>
        <translation>Netz und Training</translation>
    </message>
    <message>
        <extracomment>window: networkCanvas.accessibleName</extracomment>
        <source>Network canvas</source>
        <translation>Netz-Zeichenfläche</translation>
    </message>
    <message>
        <extracomment>window: show_network.text</extracomment>
        <source>Network panel</source>
        <translation>Bereich Netz</translation>
    </message>
    <message>
        <extracomment>window: newAssignmentAction.text</extracomment>
        <source>New &amp;assignment…</source>
        <translation>Neue &amp;Aufgabe…</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: newAssignmentDialog.windowTitle</extracomment>
        <source>New assignment</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <extracomment>window: reinitButton.toolTip</extracomment>
        <source>New random starting parameters from this seed</source>
        <translation>Neue zufällige Startparameter aus diesem Seed</translation>
    </message>
    <message>
        <extracomment>window: lessonNextButton.text</extracomment>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <extracomment>window: timelineStep.text</extracomment>
        <source>no run yet</source>
        <translation>noch kein Lauf</translation>
    </message>
    <message>
        <extracomment>window: labRunText.text</extracomment>
        <source>No run yet: press Train to watch gradient descent here.</source>
        <translation>Noch kein Lauf: Trainieren drücken, um hier den Gradientenabstieg zu verfolgen.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/plots.py:512</extracomment>
        <source>No steps yet: train, or press Step.</source>
        <translation>Noch keine Schritte: trainieren oder Schritt drücken.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:52</extracomment>
        <source>no target</source>
        <translation>kein Zielwert</translation>
    </message>
    <message>
        <extracomment>window: targetEdit.placeholderText</extracomment>
        <source>none: only predicted</source>
        <translation>keiner: nur vorhergesagt</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/csv_import_dialog.py:122</extracomment>
        <source>Nothing can be imported from this file.</source>
        <translation>Aus dieser Datei lässt sich nichts importieren.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:378</extracomment>
        <source>Nothing to import from {name}</source>
        <translation>Nichts zu importieren aus {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/side_by_side.py:215</extracomment>
        <source>Nothing to train: no sequence has a target.</source>
        <translation>Nichts zu trainieren: keine Folge hat einen Zielwert.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/through_time.py:113</extracomment>
        <source>Now, w2 = {w2} and {name} has {count} values: the first day crosses {loops} feedback loops and reaches the prediction multiplied by {gain} (|w2|^{loops} = {power}; the rest is w1 × w3 and ReLU).</source>
        <translation>Jetzt ist w2 = {w2}, und {name} hat {count} Werte: Der erste Tag durchläuft {loops} Rückkopplungsschleifen und erreicht die Vorhersage multipliziert mit {gain} (|w2|^{loops} = {power}; der Rest ist w1 × w3 und ReLU).</translation>
    </message>
    <message>
        <extracomment>dialog csv import: QLabel.text</extracomment>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_diverged.toolTip</extracomment>
        <source>numbers overflowed: the steps grew without bound</source>
        <translation>Zahlenüberlauf: Die Schritte wuchsen unbegrenzt</translation>
    </message>
    <message>
        <extracomment>ClassSetupDialog: QPushButton.text</extracomment>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <extracomment>window: run_stepButton.text</extracomment>
        <source>One &amp;gradient-descent step</source>
        <translation>Ein &amp;Gradientenabstiegsschritt</translation>
    </message>
    <message>
        <extracomment>window: run_canvasUnrolledButton.toolTip</extracomment>
        <source>One copy of the network per value (Ctrl+2)</source>
        <translation>Eine Kopie des Netzes pro Wert (Strg+2)</translation>
    </message>
    <message>
        <extracomment>window: canvasUnrolledButton.toolTip</extracomment>
        <source>One copy of the network per value of the sequence</source>
        <translation>Eine Kopie des Netzes pro Wert der Folge</translation>
    </message>
    <message>
        <extracomment>window: canvasRolledButton.toolTip</extracomment>
        <source>One network with its feedback loop</source>
        <translation>Ein Netz mit seiner Rückkopplungsschleife</translation>
    </message>
    <message>
        <extracomment>window: run_canvasRolledButton.toolTip</extracomment>
        <source>One network with its feedback loop (Ctrl+1)</source>
        <translation>Ein Netz mit seiner Rückkopplungsschleife (Strg+1)</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvOrientation.item2</extracomment>
        <source>one row per day, with a name column (long form)</source>
        <translation>eine Zeile pro Tag, mit einer Namensspalte (Langformat)</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewTable.toolTip</extracomment>
        <source>One row per handed-in file: who, how many runs, and the run in which each goal was first met</source>
        <translation>Eine Zeile pro abgegebener Datei: wer, wie viele Läufe und in welchem Lauf jedes Ziel zuerst erreicht wurde</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvOrientation.item0</extracomment>
        <source>one sequence per column</source>
        <translation>eine Folge pro Spalte</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvOrientation.item1</extracomment>
        <source>one sequence per row</source>
        <translation>eine Folge pro Zeile</translation>
    </message>
    <message>
        <extracomment>window: onlyW2Button.text</extracomment>
        <source>only w2</source>
        <translation>nur w2</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <extracomment>window: lessonOpenButton.toolTip</extracomment>
        <source>Open a lesson file of your own (JSON, see the README)</source>
        <translation>Eine eigene Lektionsdatei öffnen (JSON, siehe README)</translation>
    </message>
    <message>
        <extracomment>window: openAsTeacherAction.toolTip</extracomment>
        <source>Open an assignment with nothing hidden or locked</source>
        <translation>Eine Aufgabe öffnen, ohne dass etwas ausgeblendet oder gesperrt ist</translation>
    </message>
    <message>
        <extracomment>window: openAsTeacherAction.text</extracomment>
        <source>Open as &amp;teacher…</source>
        <translation>Als &amp;Lehrkraft öffnen…</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewAddButton.toolTip</extracomment>
        <source>Open handed-in assignment files</source>
        <translation>Abgegebene Aufgabendateien öffnen</translation>
    </message>
    <message>
        <extracomment>window: reviewHandInsAction.toolTip</extracomment>
        <source>Open several handed-in files: who met which goal, after how many runs</source>
        <translation>Mehrere abgegebene Dateien öffnen: wer welches Ziel nach wie vielen Läufen erreicht hat</translation>
    </message>
    <message>
        <extracomment>window: memoryOpenLSTMButton.text</extracomment>
        <source>Open the LSTM&apos;s 51 days</source>
        <translation>Die 51 Tage des LSTM öffnen</translation>
    </message>
    <message>
        <extracomment>window: memoryOpenRNNButton.text</extracomment>
        <source>Open the RNN&apos;s 51 days</source>
        <translation>Die 51 Tage des RNN öffnen</translation>
    </message>
    <message>
        <extracomment>window: landscape2DTable.accessibleDescription</extracomment>
        <source>Opens the SSR at every point of this landscape&apos;s grid as a copyable table</source>
        <translation>Öffnet die SSR an jedem Punkt des Rasters dieser Landschaft als kopierbare Tabelle</translation>
    </message>
    <message>
        <extracomment>window: lessonOpenButton.text</extracomment>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): gradientGroupChooser.item4</extracomment>
        <source>output gate: wo1, wo2, bo1</source>
        <translation>Ausgangstor: wo1, wo2, bo1</translation>
    </message>
    <message>
        <extracomment>window: gradientGroupChooser.item4</extracomment>
        <source>output: w3, b2</source>
        <translation>Ausgabe: w3, b2</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentLocksTree.column0</extracomment>
        <source>Panel or control</source>
        <translation>Bereich oder Bedienelement</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: QLabel.text</extracomment>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <extracomment>window: parameterPlot.plotTitle</extracomment>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <extracomment>window: labPauseButton.text</extracomment>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <extracomment>window: labPauseButton.toolTip</extracomment>
        <source>Pause the run (Ctrl+P)</source>
        <translation>Den Lauf anhalten (Strg+P)</translation>
    </message>
    <message>
        <extracomment>window: pauseButton.toolTip</extracomment>
        <source>Pause the run (Train resumes)</source>
        <translation>Den Lauf anhalten (Trainieren setzt ihn fort)</translation>
    </message>
    <message>
        <extracomment>window: run_pauseButton.toolTip</extracomment>
        <source>Pause the run; Train resumes it (Ctrl+P)</source>
        <translation>Den Lauf anhalten; Trainieren setzt ihn fort (Strg+P)</translation>
    </message>
    <message>
        <extracomment>window: canvasPlayButton.text</extracomment>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): gradientGroupChooser.item3</extracomment>
        <source>potential memory: wp1, wp2, bp1</source>
        <translation>potenzielles Gedächtnis: wp1, wp2, bp1</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalKind0.item2</extracomment>
        <source>Predict a sequence within D</source>
        <translation>Eine Folge auf D genau vorhersagen</translation>
    </message>
    <message>
        <extracomment>window: lessonQuestion.title</extracomment>
        <source>Predict, then reveal</source>
        <translation>Erst vorhersagen, dann aufdecken</translation>
    </message>
    <message>
        <extracomment>PredictionsTable: predictionsGrid.column1</extracomment>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:50</extracomment>
        <source>prediction = {value}</source>
        <translation>Vorhersage = {value}</translation>
    </message>
    <message>
        <extracomment>PredictionsTable: predictionsTable.windowTitle</extracomment>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <extracomment>window: QToolButton.text</extracomment>
        <source>Presenter mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <extracomment>window: show_presets_toolbar.text</extracomment>
        <source>Presets toolbar</source>
        <translation>Vorlagen-Werkzeugleiste</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Presets: </source>
        <translation>Vorlagen: </translation>
    </message>
    <message>
        <extracomment>window: diagnosisLabel.text</extracomment>
        <source>Press Train or Step to start gradient descent.</source>
        <translation>Trainieren oder Schritt drücken, um den Gradientenabstieg zu starten.</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlot.hint0</extracomment>
        <source>Press Train or Step: the run is drawn here</source>
        <translation>Trainieren oder Schritt drücken: Hier wird der Lauf gezeichnet</translation>
    </message>
    <message>
        <extracomment>after Blue (9 days) and Red (5 days): valuesTable.column2</extracomment>
        <source>price ($)</source>
        <translation>Preis ($)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:254</extracomment>
        <source>price ({unit})</source>
        <translation>Preis ({unit})</translation>
    </message>
    <message>
        <extracomment>dialog scaling: QLabel.text</extracomment>
        <source>Price that becomes 0</source>
        <translation>Preis, der zu 0 wird</translation>
    </message>
    <message>
        <extracomment>dialog scaling: QLabel.text</extracomment>
        <source>Price that becomes 1</source>
        <translation>Preis, der zu 1 wird</translation>
    </message>
    <message>
        <extracomment>dialog csv import: QLabel.text</extracomment>
        <source>Problems (these cells are not imported):</source>
        <translation>Probleme (diese Zellen werden nicht importiert):</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewLoadButton.toolTip</extracomment>
        <source>Put the selected run&apos;s sequences, settings and starting parameters into the project (Edit → Undo takes them back)</source>
        <translation>Folgen, Einstellungen und Startparameter des gewählten Laufs ins Projekt übernehmen (Bearbeiten → Rückgängig nimmt sie zurück)</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRerunButton.text</extracomment>
        <source>Re-&amp;run it</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <extracomment>window: reinitButton.text</extracomment>
        <source>Re-initialise</source>
        <translation>Neu initialisieren</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRerunButton.accessibleName</extracomment>
        <source>Re-run it</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <extracomment>dialog csv import: QLabel.text</extracomment>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/main_window.py:71</extracomment>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <extracomment>window: gradientReceiptButton.text</extracomment>
        <source>Receipt</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <extracomment>window: activation.item0</extracomment>
        <source>ReLU (the lesson&apos;s)</source>
        <translation>ReLU (die der Lektion)</translation>
    </message>
    <message>
        <extracomment>window: gradientThroughTimePlot.legend2</extracomment>
        <source>ReLU switched off (no signal)</source>
        <translation>ReLU abgeschaltet (kein Signal)</translation>
    </message>
    <message>
        <extracomment>window: deleteValueButton.text</extracomment>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: removeGoalButton.accessibleName</extracomment>
        <source>Remove goal</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <extracomment>window: deleteValueButton.toolTip</extracomment>
        <source>Remove the chosen days</source>
        <translation>Die gewählten Tage entfernen</translation>
    </message>
    <message>
        <extracomment>dialog scaling: unscaleButton.toolTip</extracomment>
        <source>Remove the scaling: the values become the prices again</source>
        <translation>Skalierung entfernen: Die Werte werden wieder zu den Preisen</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: removeGoalButton.toolTip</extracomment>
        <source>Remove the selected goal row</source>
        <translation>Die gewählte Zielzeile entfernen</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvMode.item0</extracomment>
        <source>Replace the current sequences</source>
        <translation>Die aktuellen Folgen ersetzen</translation>
    </message>
    <message>
        <extracomment>window: resetButton.text</extracomment>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <extracomment>PredictionsTable: predictionsGrid.column3</extracomment>
        <source>residual</source>
        <translation>Residuum</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:55</extracomment>
        <source>residual = {value}</source>
        <translation>Residuum = {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/prompts.py:49</extracomment>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <extracomment>after Pause training: trainButton.text</extracomment>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <extracomment>window: lessonRevealButton.text</extracomment>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewDialog.windowTitle</extracomment>
        <source>Review hand-ins</source>
        <translation>Abgaben durchsehen</translation>
    </message>
    <message>
        <extracomment>window: memoryVerdictRNN.text</extracomment>
        <source>RNN (w2 = 0.5): after 51 days ∂prediction/∂x1 = 8.88e-16 at the start (SSR 0.7551). Press “Train both side by side”.</source>
        <translation>RNN (w2 = 0.5): nach 51 Tagen ∂Vorhersage/∂x1 = 8.88e-16 am Start (SSR 0.7551). „Beide nebeneinander trainieren“ drücken.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/prompts.py:50</extracomment>
        <source>RNN Lab did not close normally last time. Unsaved work was recovered:

{description}

Restore it?</source>
        <translation>RNN Lab wurde beim letzten Mal nicht normal beendet. Ungespeicherte Arbeit wurde gerettet:

{description}

Wiederherstellen?</translation>
    </message>
    <message>
        <extracomment>UserGuide: userGuide.windowTitle</extracomment>
        <source>RNN Lab user guide</source>
        <translation>RNN-Lab-Benutzerhandbuch</translation>
    </message>
    <message>
        <extracomment>window: run_canvasRolledButton.text</extracomment>
        <source>Ro&amp;lled view</source>
        <translation>&amp;Gerollte Ansicht</translation>
    </message>
    <message>
        <extracomment>window: canvasRolledButton.text</extracomment>
        <source>Rolled</source>
        <translation>Eingerollt</translation>
    </message>
    <message>
        <extracomment>window: compareTable.column0</extracomment>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column0</extracomment>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <extracomment>window: compareLossPlot.legend0</extracomment>
        <source>run 1</source>
        <translation>Lauf 1</translation>
    </message>
    <message>
        <extracomment>window: compareLossPlot.legend1</extracomment>
        <source>run 2</source>
        <translation>Lauf 2</translation>
    </message>
    <message>
        <extracomment>window: compareLossPlot.legend2</extracomment>
        <source>run 3</source>
        <translation>Lauf 3</translation>
    </message>
    <message>
        <extracomment>window: compareLossPlot.legend3</extracomment>
        <source>run 4</source>
        <translation>Lauf 4</translation>
    </message>
    <message>
        <extracomment>window: trainButton.toolTip</extracomment>
        <source>Run gradient descent (Ctrl+T)</source>
        <translation>Gradientenabstieg ausführen (Strg+T)</translation>
    </message>
    <message>
        <extracomment>window: stabilityCompareButton.text</extracomment>
        <source>Run it side by side</source>
        <translation>Nebeneinander laufen lassen</translation>
    </message>
    <message>
        <extracomment>window: compareRunButton.text</extracomment>
        <source>Run side by side</source>
        <translation>Nebeneinander laufen lassen</translation>
    </message>
    <message>
        <extracomment>window: timelineSlider.accessibleName</extracomment>
        <source>Run timeline</source>
        <translation>Zeitleiste des Laufs</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewTable.column2</extracomment>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.accessibleName</extracomment>
        <source>Runs of the selected hand-in</source>
        <translation>Läufe der gewählten Abgabe</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: QLabel.text</extracomment>
        <source>Runs of the selected hand-in:</source>
        <translation>Läufe der gewählten Abgabe:</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: QPushButton.text</extracomment>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <extracomment>window: saveAsAction.text</extracomment>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <extracomment>window: saveHandoutAction.text</extracomment>
        <source>Save for &amp;students…</source>
        <translation>Für die &amp;Klasse speichern…</translation>
    </message>
    <message>
        <extracomment>window: canvasExportButton.toolTip</extracomment>
        <source>Save the canvas as PNG or SVG</source>
        <translation>Die Zeichenfläche als PNG oder SVG speichern</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/prompts.py:35</extracomment>
        <source>Save the changes to {name}?

If you don&apos;t, they are lost.</source>
        <translation>Änderungen an {name} speichern?

Sonst gehen sie verloren.</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlotExport.toolTip</extracomment>
        <source>Save this plot as PNG or SVG, or its data as CSV</source>
        <translation>Dieses Diagramm als PNG oder SVG speichern, oder seine Daten als CSV</translation>
    </message>
    <message>
        <extracomment>dialog scaling: scaleOkButton.text</extracomment>
        <source>Scale</source>
        <translation>Skalieren</translation>
    </message>
    <message>
        <extracomment>dialog scaling: scalingDialog.windowTitle</extracomment>
        <source>Scale prices to [0, 1]</source>
        <translation>Preise auf [0, 1] skalieren</translation>
    </message>
    <message>
        <extracomment>window: clipGradients.toolTip</extracomment>
        <source>Scale the gradient down so its length is at most this</source>
        <translation>Den Gradienten verkleinern, sodass seine Länge höchstens diesen Wert hat</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvScale.text</extracomment>
        <source>scale the values to [0, 1] (lowest = 0, highest = 1, as the lesson does)</source>
        <translation>die Werte auf [0, 1] skalieren (kleinster = 0, größter = 1, wie in der Lektion)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:279</extracomment>
        <source>Scaled: {mapping}</source>
        <translation>Skaliert: {mapping}</translation>
    </message>
    <message>
        <extracomment>window: scaleButton.text</extracomment>
        <source>Scale…</source>
        <translation>Skalieren…</translation>
    </message>
    <message>
        <extracomment>window: ScrollLeftButton.accessibleName</extracomment>
        <source>Scroll Left</source>
        <translation>Nach links blättern</translation>
    </message>
    <message>
        <extracomment>window: ScrollRightButton.accessibleName</extracomment>
        <source>Scroll Right</source>
        <translation>Nach rechts blättern</translation>
    </message>
    <message>
        <extracomment>window: timelineSlider.toolTip</extracomment>
        <source>Scrub through the run: the canvas, the plots and the read-outs show the parameters of this step (arrows, Page Up/Down, Home, End)</source>
        <translation>Durch den Lauf spulen: Zeichenfläche, Diagramme und Anzeigen zeigen die Parameter dieses Schritts (Pfeile, Bild auf/ab, Pos1, Ende)</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column5</extracomment>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentGoalsTable.column3</extracomment>
        <source>Sequence</source>
        <translation>Folge</translation>
    </message>
    <message>
        <extracomment>PredictionsTable: predictionsGrid.column0</extracomment>
        <source>sequence</source>
        <translation>Folge</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalSequence0.item1</extracomment>
        <source>sequence 1</source>
        <translation>Folge 1</translation>
    </message>
    <message>
        <extracomment>after Lesson panel: qt_tabwidget_tabbar.tab1</extracomment>
        <source>Sequences</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <extracomment>window: show_sequences.text</extracomment>
        <source>Sequences panel</source>
        <translation>Bereich Folgen</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentLocksTree.column1</extracomment>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <extracomment>window: showAllAction.text</extracomment>
        <source>Show &amp;everything</source>
        <translation>&amp;Alles anzeigen</translation>
    </message>
    <message>
        <extracomment>window: landscape2DTable.text</extracomment>
        <source>Show as table…</source>
        <translation>Als Tabelle zeigen…</translation>
    </message>
    <message>
        <extracomment>window: canvasResetButton.toolTip</extracomment>
        <source>Show every copy computed</source>
        <translation>Alle Kopien berechnet zeigen</translation>
    </message>
    <message>
        <extracomment>window: classSetupAction.text</extracomment>
        <source>Show or hide for this &amp;class…</source>
        <translation>Für diese &amp;Klasse ein- oder ausblenden…</translation>
    </message>
    <message>
        <extracomment>ClassSetupDialog: classSetupDialog.windowTitle</extracomment>
        <source>Show or hide for this class</source>
        <translation>Für diese Klasse zeigen oder ausblenden</translation>
    </message>
    <message>
        <extracomment>window: assignmentPanelAction.toolTip</extracomment>
        <source>Show or hide the assignment&apos;s instructions and goals</source>
        <translation>Anleitung und Ziele der Aufgabe zeigen oder ausblenden</translation>
    </message>
    <message>
        <extracomment>window: show_gradient_lab.toolTip</extracomment>
        <source>Show or hide the Gradient lab tab</source>
        <translation>Die Registerkarte Gradientenlabor zeigen oder ausblenden</translation>
    </message>
    <message>
        <extracomment>window: QToolButton.toolTip</extracomment>
        <source>Show or hide the guided lesson (Ctrl+L)</source>
        <translation>Die geführte Lektion zeigen oder ausblenden (Strg+L)</translation>
    </message>
    <message>
        <extracomment>window: show_network.toolTip</extracomment>
        <source>Show or hide the Network panel</source>
        <translation>Den Bereich Netz zeigen oder ausblenden</translation>
    </message>
    <message>
        <extracomment>window: whatComesNextButton.toolTip</extracomment>
        <source>Show or hide the note on what comes after plain RNNs</source>
        <translation>Den Hinweis zeigen oder ausblenden, was nach einfachen RNNs kommt</translation>
    </message>
    <message>
        <extracomment>window: show_presets_toolbar.toolTip</extracomment>
        <source>Show or hide the Presets toolbar</source>
        <translation>Die Vorlagen-Werkzeugleiste zeigen oder ausblenden</translation>
    </message>
    <message>
        <extracomment>window: show_sequences.toolTip</extracomment>
        <source>Show or hide the Sequences panel</source>
        <translation>Den Bereich Folgen zeigen oder ausblenden</translation>
    </message>
    <message>
        <extracomment>window: show_training.toolTip</extracomment>
        <source>Show or hide the Training panel</source>
        <translation>Den Bereich Training zeigen oder ausblenden</translation>
    </message>
    <message>
        <extracomment>window: landscape2DTable.accessibleName</extracomment>
        <source>Show the landscape as a table</source>
        <translation>Die Landschaft als Tabelle zeigen</translation>
    </message>
    <message>
        <extracomment>window: timelineStep.accessibleName</extracomment>
        <source>Shown step: no run yet</source>
        <translation>Gezeigter Schritt: noch kein Lauf</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:208</extracomment>
        <source>Shown step: {text}</source>
        <translation>Gezeigter Schritt: {text}</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab4</extracomment>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvLabels.text</extracomment>
        <source>skip a date/label column (or row)</source>
        <translation>eine Datums-/Beschriftungsspalte (oder -zeile) überspringen</translation>
    </message>
    <message>
        <extracomment>window: landscape1DPlot.legend0</extracomment>
        <source>SSR (others fixed)</source>
        <translation>SSR (die anderen fest)</translation>
    </message>
    <message>
        <extracomment>window: lossPlot.plotTitle</extracomment>
        <source>SSR (the loss)</source>
        <translation>SSR (der Verlust)</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>SSR as a function of</source>
        <translation>SSR als Funktion von</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column3</extracomment>
        <source>SSR end</source>
        <translation>SSR am Ende</translation>
    </message>
    <message>
        <extracomment>window: memoryLossPlot.plotTitle</extracomment>
        <source>SSR of each network, trained side by side</source>
        <translation>SSR jedes Netzes, nebeneinander trainiert</translation>
    </message>
    <message>
        <extracomment>window: compareLossPlot.plotTitle</extracomment>
        <source>SSR of each run</source>
        <translation>SSR jedes Laufs</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>SSR over</source>
        <translation>SSR über</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column2</extracomment>
        <source>SSR start</source>
        <translation>SSR am Anfang</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalKind0.item0</extracomment>
        <source>SSR ≤ X within N steps</source>
        <translation>SSR ≤ X innerhalb von N Schritten</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab6</extracomment>
        <source>Stability map</source>
        <translation>Stabilitätskarte</translation>
    </message>
    <message>
        <extracomment>window: forkFromHere.accessibleDescription</extracomment>
        <source>Start a new run from the shown step with changed settings; Undo removes it</source>
        <translation>Einen neuen Lauf ab dem gezeigten Schritt mit geänderten Einstellungen starten; Rückgängig entfernt ihn</translation>
    </message>
    <message>
        <extracomment>window: forkFromHere.toolTip</extracomment>
        <source>Start a new run from this step with other settings (for example clipping on), drawn beside this one</source>
        <translation>Einen neuen Lauf ab diesem Schritt mit anderen Einstellungen starten (zum Beispiel mit Clipping), neben diesem gezeichnet</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): compareTable.column2</extracomment>
        <source>start blr1 (forget bias)</source>
        <translation>Start blr1 (Vergessens-Bias)</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Start from</source>
        <translation>Start bei</translation>
    </message>
    <message>
        <extracomment>window: compareTable.column2</extracomment>
        <source>start w2</source>
        <translation>Start-w2</translation>
    </message>
    <message>
        <extracomment>window: stabilityPlot.axis_left</extracomment>
        <source>starting w2</source>
        <translation>Start-w2</translation>
    </message>
    <message>
        <extracomment>window: memoryLossPlot.axis_bottom</extracomment>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <extracomment>window: stepButton.text</extracomment>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab2</extracomment>
        <source>Step size</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlot.plotTitle</extracomment>
        <source>Step size |Δθ|</source>
        <translation>Schrittweite |Δθ|</translation>
    </message>
    <message>
        <extracomment>window: canvasPlayButton.toolTip</extracomment>
        <source>Step through every copy</source>
        <translation>Alle Kopien nacheinander durchgehen</translation>
    </message>
    <message>
        <extracomment>window: run_canvasPlayButton.toolTip</extracomment>
        <source>Step through every copy (Ctrl+Shift+F)</source>
        <translation>Alle Kopien nacheinander durchgehen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:202</extracomment>
        <source>step {step} (training)</source>
        <translation>Schritt {step} (Training läuft)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:206</extracomment>
        <source>step {step} of {total}</source>
        <translation>Schritt {step} von {total}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/run_strip.py:54</extracomment>
        <source>Step {step} of {total} · SSR {ssr}</source>
        <translation>Schritt {step} von {total} · SSR {ssr}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:204</extracomment>
        <source>step {step}: replaying…</source>
        <translation>Schritt {step}: wird nachgerechnet…</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column1</extracomment>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentGoalsTable.column2</extracomment>
        <source>Steps (N)</source>
        <translation>Schritte (N)</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>steps per run</source>
        <translation>Schritte pro Lauf</translation>
    </message>
    <message>
        <extracomment>window: speedControl.toolTip</extracomment>
        <source>Steps per second: slow enough to watch gradient descent bounce or stall, up to flat out (the last notch)</source>
        <translation>Schritte pro Sekunde: langsam genug, um den Gradientenabstieg springen oder stocken zu sehen, bis Vollgas (die letzte Stufe)</translation>
    </message>
    <message>
        <extracomment>window: memoryStopButton.text</extracomment>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <extracomment>window: memoryStopButton.toolTip</extracomment>
        <source>Stop both runs where they are</source>
        <translation>Beide Läufe dort anhalten, wo sie sind</translation>
    </message>
    <message>
        <extracomment>window: compareStopButton.toolTip</extracomment>
        <source>Stop every side-by-side run where it is</source>
        <translation>Jeden Nebeneinander-Lauf dort anhalten, wo er ist</translation>
    </message>
    <message>
        <extracomment>window: stopWhenConverged.text</extracomment>
        <source>stop when converged</source>
        <translation>bei Konvergenz anhalten</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewTable.column0</extracomment>
        <source>Student</source>
        <translation>Person</translation>
    </message>
    <message>
        <extracomment>window: compareDefaultsButton.text</extracomment>
        <source>Suggest runs</source>
        <translation>Läufe vorschlagen</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>SVG drawing…</source>
        <translation>SVG-Zeichnung…</translation>
    </message>
    <message>
        <extracomment>window: parameterPlotScale.item1</extracomment>
        <source>symmetric log</source>
        <translation>symmetrisch logarithmisch</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>Tabs</source>
        <translation>Registerkarten</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <extracomment>PredictionsTable: predictionsGrid.column2</extracomment>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:54</extracomment>
        <source>target = {value}</source>
        <translation>Zielwert = {value}</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Teaching</source>
        <translation>Unterricht</translation>
    </message>
    <message>
        <extracomment>window: canvasFormula.toolTip</extracomment>
        <source>The arithmetic of one copy, with the current numbers</source>
        <translation>Die Rechnung einer Kopie, mit den aktuellen Zahlen</translation>
    </message>
    <message>
        <extracomment>window: assignmentGoals.accessibleDescription</extracomment>
        <source>The assignment&apos;s goals; a ticked goal is met</source>
        <translation>Die Ziele der Aufgabe; ein abgehaktes Ziel ist erreicht</translation>
    </message>
    <message>
        <extracomment>window: landscape1DNote.text</extracomment>
        <source>The curve is SSR over w2 with w1 = 1.8, b1 = 0, w3 = 1.1, b2 = 0 held where they are now. The red points are this run&apos;s steps, numbered from the start; arrows show where the latest steps went.</source>
        <translation>Die Kurve ist die SSR über w2, mit w1 = 1.8, b1 = 0, w3 = 1.1, b2 = 0 fest, wo sie gerade sind. Die roten Punkte sind die Schritte dieses Laufs, vom Start an nummeriert; Pfeile zeigen, wohin die letzten Schritte gingen.</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvHeader.text</extracomment>
        <source>the first row (or cell) holds the names</source>
        <translation>die erste Zeile (oder Zelle) enthält die Namen</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentGoalsTable.toolTip</extracomment>
        <source>The goals the engine checks; each row is one goal</source>
        <translation>Die Ziele, die der Rechenkern prüft; jede Zeile ist ein Ziel</translation>
    </message>
    <message>
        <extracomment>window: activation.toolTip</extracomment>
        <source>The hidden unit&apos;s activation function (the lesson uses ReLU)</source>
        <translation>Die Aktivierungsfunktion der verborgenen Einheit (die Lektion verwendet ReLU)</translation>
    </message>
    <message>
        <extracomment>window: clipValue.toolTip</extracomment>
        <source>The largest gradient length clipping lets through</source>
        <translation>Die größte Gradientenlänge, die das Clipping durchlässt</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvTarget.text</extracomment>
        <source>the last value is the target (the day to predict)</source>
        <translation>der letzte Wert ist der Zielwert (der vorherzusagende Tag)</translation>
    </message>
    <message>
        <extracomment>window: explodingPresetButton.toolTip</extracomment>
        <source>The lesson&apos;s example, w2 = 2 unrolled 4 times (x16): press Train and watch gradient descent bounce across the valley; then tick Clip</source>
        <translation>Das Beispiel der Lektion, w2 = 2, 4-mal ausgerollt (x16): Trainieren drücken und zusehen, wie der Gradientenabstieg im Tal hin und her springt; dann Clipping anhaken</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/through_time.py:74</extracomment>
        <source>The lesson&apos;s numbers, computed: {lines}.</source>
        <translation>Die Zahlen der Lektion, berechnet: {lines}.</translation>
    </message>
    <message>
        <extracomment>window: cellChooser.itemTip0</extracomment>
        <source>The lesson&apos;s RNN: one ReLU unit with a feedback loop (w1, w2, b1, w3, b2)</source>
        <translation>Das RNN der Lektion: eine ReLU-Einheit mit Rückkopplungsschleife (w1, w2, b1, w3, b2)</translation>
    </message>
    <message>
        <extracomment>window: lessonChooser.toolTip</extracomment>
        <source>The lessons in resources/lessons; a broken file shows its error</source>
        <translation>Die Lektionen in resources/lessons; eine fehlerhafte Datei zeigt ihren Fehler</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_bouncing.toolTip</extracomment>
        <source>the loss rises and falls: the steps overshoot (exploding gradients or too big a learning rate)</source>
        <translation>der Verlust steigt und fällt: die Schritte schießen übers Ziel (explodierende Gradienten oder zu große Lernrate)</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_converged.toolTip</extracomment>
        <source>the loss settled: the network fits the data, or sits at a minimum</source>
        <translation>der Verlust hat sich eingependelt: das Netz passt zu den Daten oder sitzt in einem Minimum</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_converging.toolTip</extracomment>
        <source>the loss still falls at the last step: more steps would go on</source>
        <translation>der Verlust fällt im letzten Schritt noch: mehr Schritte würden weiter helfen</translation>
    </message>
    <message>
        <extracomment>dialog scaling: QLabel.text</extracomment>
        <source>The lowest price becomes 0 and the highest 1, for every sequence. The prices are kept: the editor shows them beside the scaled values, and the prediction in the same units.</source>
        <translation>Der niedrigste Preis wird 0 und der höchste 1, für jede Folge. Die Preise bleiben erhalten: Der Editor zeigt sie neben den skalierten Werten und die Vorhersage in denselben Einheiten.</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): activation.toolTip</extracomment>
        <source>The LSTM&apos;s activations are fixed: sigmoid for the three gates, tanh for the memories</source>
        <translation>Die Aktivierungen des LSTM sind fest: sigmoid für die drei Tore, tanh für die Gedächtnisse</translation>
    </message>
    <message>
        <extracomment>window: cellChooser.itemTip1</extracomment>
        <source>The next chapter&apos;s LSTM unit: a long-term and a short-term memory, three gates and a potential memory (12 parameters)</source>
        <translation>Die LSTM-Einheit des nächsten Kapitels: ein Langzeit- und ein Kurzzeitgedächtnis, drei Tore und ein potenzielles Gedächtnis (12 Parameter)</translation>
    </message>
    <message>
        <extracomment>window: lessonNextButton.toolTip</extracomment>
        <source>The next step (Page Down or Alt+Right)</source>
        <translation>Der nächste Schritt (Bild ab oder Alt+Rechts)</translation>
    </message>
    <message>
        <extracomment>window: landscape2DX.toolTip</extracomment>
        <source>The parameter along the x axis</source>
        <translation>Der Parameter auf der x-Achse</translation>
    </message>
    <message>
        <extracomment>window: landscape1DParam.toolTip</extracomment>
        <source>The parameter along the x axis; the others stay as they are</source>
        <translation>Der Parameter auf der x-Achse; die anderen bleiben, wie sie sind</translation>
    </message>
    <message>
        <extracomment>window: landscape2DY.toolTip</extracomment>
        <source>The parameter along the y axis</source>
        <translation>Der Parameter auf der y-Achse</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: worksheetBlank_prediction.text</extracomment>
        <source>the prediction, the residual and the SSR</source>
        <translation>die Vorhersage, das Residuum und die SSR</translation>
    </message>
    <message>
        <extracomment>window: lessonBackButton.toolTip</extracomment>
        <source>The previous step (Page Up or Alt+Left)</source>
        <translation>Der vorige Schritt (Bild auf oder Alt+Links)</translation>
    </message>
    <message>
        <extracomment>window: seed.toolTip</extracomment>
        <source>The seed of the random starting parameters: the same seed, the same start</source>
        <translation>Der Seed der zufälligen Startparameter: gleicher Seed, gleicher Start</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalSequence0.toolTip</extracomment>
        <source>The sequence a first-day or prediction goal is about</source>
        <translation>Die Folge, um die es bei einem Erster-Tag- oder Vorhersageziel geht</translation>
    </message>
    <message>
        <extracomment>window: sequenceList.toolTip</extracomment>
        <source>The sequences: each is a few days of prices, oldest first</source>
        <translation>Die Folgen: jede sind ein paar Tage mit Preisen, der älteste zuerst</translation>
    </message>
    <message>
        <extracomment>window: landscape2DTable.toolTip</extracomment>
        <source>The SSR at every point of the grid, as a table you can copy</source>
        <translation>Die SSR an jedem Punkt des Rasters, als Tabelle zum Kopieren</translation>
    </message>
    <message>
        <extracomment>window: clipToggle.toolTip</extracomment>
        <source>The standard remedy for exploding gradients: scale the gradient down whenever its length exceeds this value, so no step is longer than learning rate × this value. Works while training runs.</source>
        <translation>Das übliche Mittel gegen explodierende Gradienten: den Gradienten verkleinern, sobald seine Länge diesen Wert übersteigt, sodass kein Schritt länger als Lernrate × dieser Wert ist. Wirkt auch während des Trainings.</translation>
    </message>
    <message>
        <extracomment>window: timelineSlider.accessibleDescription</extracomment>
        <source>The step of the run whose parameters are shown, while the run is paused or over</source>
        <translation>Der Schritt des Laufs, dessen Parameter gezeigt werden, solange der Lauf pausiert oder beendet ist</translation>
    </message>
    <message>
        <extracomment>window: timelineStep.toolTip</extracomment>
        <source>The step the views show</source>
        <translation>Der Schritt, den die Ansichten zeigen</translation>
    </message>
    <message>
        <extracomment>window: targetEdit.toolTip</extracomment>
        <source>The value that comes next (the day to predict). Training uses it; leave it empty to only see the prediction.</source>
        <translation>Der Wert, der als Nächstes kommt (der vorherzusagende Tag). Das Training verwendet ihn; leer lassen, um nur die Vorhersage zu sehen.</translation>
    </message>
    <message>
        <extracomment>window: canvasFitButton.toolTip</extracomment>
        <source>The whole network in the window (F)</source>
        <translation>Das ganze Netz im Fenster (F)</translation>
    </message>
    <message>
        <extracomment>dialog csv import: QLabel.text</extracomment>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <extracomment>window: landscape1DPlot.legend1</extracomment>
        <source>this run</source>
        <translation>dieser Lauf</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentGoalsTable.column1</extracomment>
        <source>Threshold (X, F or D)</source>
        <translation>Schwelle (X, F oder D)</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab0</extracomment>
        <source>Through time</source>
        <translation>Durch die Zeit</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/side_by_side.py:212</extracomment>
        <source>Tick at least one run.</source>
        <translation>Mindestens einen Lauf anhaken.</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Timeline</source>
        <translation type="vanished">Zeitleiste</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_stalling.toolTip</extracomment>
        <source>tiny steps, high loss: vanishing gradients, or a ReLU switched off for good</source>
        <translation>winzige Schritte, hoher Verlust: verschwindende Gradienten oder eine dauerhaft abgeschaltete ReLU</translation>
    </message>
    <message>
        <extracomment>window: labTrainButton.text</extracomment>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): allParamsButton.toolTip</extracomment>
        <source>Train all 12 parameters</source>
        <translation>Alle 12 Parameter trainieren</translation>
    </message>
    <message>
        <extracomment>window: allParamsButton.toolTip</extracomment>
        <source>Train all 5 parameters</source>
        <translation>Alle 5 Parameter trainieren</translation>
    </message>
    <message>
        <extracomment>window: memoryRaceButton.text</extracomment>
        <source>Train both side by side</source>
        <translation>Beide nebeneinander trainieren</translation>
    </message>
    <message>
        <extracomment>window: compareRunButton.toolTip</extracomment>
        <source>Train every ticked run on the project&apos;s data, together</source>
        <translation>Alle angehakten Läufe gemeinsam auf den Daten des Projekts trainieren</translation>
    </message>
    <message>
        <extracomment>window: labTrainButton.toolTip</extracomment>
        <source>Train or resume the run (Ctrl+T), without leaving the lab</source>
        <translation>Den Lauf trainieren oder fortsetzen (Strg+T), ohne das Labor zu verlassen</translation>
    </message>
    <message>
        <extracomment>window: memoryRaceButton.toolTip</extracomment>
        <source>Train the RNN and the LSTM on the 51 days, same settings</source>
        <translation>Das RNN und das LSTM auf den 51 Tagen trainieren, gleiche Einstellungen</translation>
    </message>
    <message>
        <extracomment>window: onlyW2Button.toolTip</extracomment>
        <source>Train w2 alone, as the lesson does</source>
        <translation>Nur w2 trainieren, wie in der Lektion</translation>
    </message>
    <message>
        <extracomment>after Lesson panel: qt_tabwidget_tabbar.tab0</extracomment>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <extracomment>window: show_training.text</extracomment>
        <source>Training panel</source>
        <translation>Bereich Training</translation>
    </message>
    <message>
        <extracomment>window: speedControl.accessibleName</extracomment>
        <source>Training speed</source>
        <translation>Trainingsgeschwindigkeit</translation>
    </message>
    <message>
        <extracomment>PredictionsTable: predictionsGrid.column4</extracomment>
        <source>trains</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): typedParams.toolTip</extracomment>
        <source>Type 12 numbers (wlr1, wlr2, blr1, wpr1, wpr2, bpr1, wp1, wp2, bp1, wo1, wo2, bo1) and press Enter</source>
        <translation>12 Zahlen eingeben (wlr1, wlr2, blr1, wpr1, wpr2, bpr1, wp1, wp2, bp1, wo1, wo2, bo1) und Eingabe drücken</translation>
    </message>
    <message>
        <extracomment>window: typedParams.toolTip</extracomment>
        <source>Type 5 numbers (w1, w2, b1, w3, b2) and press Enter</source>
        <translation>5 Zahlen eingeben (w1, w2, b1, w3, b2) und Eingabe drücken</translation>
    </message>
    <message>
        <extracomment>window: valuesTable.toolTip</extracomment>
        <source>Type a value, or paste a column or row of numbers from a spreadsheet (Ctrl+V)</source>
        <translation>Einen Wert eingeben oder eine Spalte oder Zeile mit Zahlen aus einer Tabellenkalkulation einfügen (Strg+V)</translation>
    </message>
    <message>
        <extracomment>window: assignmentStudent.accessibleDescription</extracomment>
        <source>Type your name so the teacher knows whose file it is</source>
        <translation>Deinen Namen eingeben, damit die Lehrkraft weiß, wessen Datei es ist</translation>
    </message>
    <message>
        <extracomment>window: lessonAnswer.toolTip</extracomment>
        <source>Type your prediction before revealing the engine&apos;s number</source>
        <translation>Deine Vorhersage eingeben, bevor die Zahl des Rechenkerns aufgedeckt wird</translation>
    </message>
    <message>
        <extracomment>window: qt_dockwidget_floatbutton.accessibleDescription</extracomment>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Löst das andockbare Fenster und dockt es wieder an</translation>
    </message>
    <message>
        <extracomment>dialog scaling: QLabel.text</extracomment>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab1</extracomment>
        <source>Unroll length</source>
        <translation>Entrollungslänge</translation>
    </message>
    <message>
        <extracomment>window: unrollPlot.plotTitle</extracomment>
        <source>Unroll the same network N times (inputs all 1)</source>
        <translation>Dasselbe Netz N-mal ausrollen (alle Eingaben 1)</translation>
    </message>
    <message>
        <extracomment>window: canvasUnrolledButton.text</extracomment>
        <source>Unrolled</source>
        <translation>Ausgerollt</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Unrolled N times</source>
        <translation>N-mal ausgerollt</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/prompts.py:34</extracomment>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentLocksTree.toolTip</extracomment>
        <source>Untick Show to hide a panel or control from the students; tick Lock to show it but let nobody change it</source>
        <translation>Zeigen abwählen, um einen Bereich oder ein Bedienelement vor der Klasse auszublenden; Sperren anhaken, um es zu zeigen, aber nicht ändern zu lassen</translation>
    </message>
    <message>
        <extracomment>window: trainCheck.toolTip</extracomment>
        <source>Untick to keep this sequence out of the SSR and training</source>
        <translation>Abhaken aufheben, um diese Folge aus SSR und Training herauszuhalten</translation>
    </message>
    <message>
        <extracomment>ClassSetupDialog: QLabel.text</extracomment>
        <source>Untick what this class should not see yet:</source>
        <translation>Abwählen, was diese Klasse noch nicht sehen soll:</translation>
    </message>
    <message>
        <extracomment>window: trainCheck.text</extracomment>
        <source>use for training</source>
        <translation>fürs Training verwenden</translation>
    </message>
    <message>
        <extracomment>window: parameterPlot.axis_left</extracomment>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <extracomment>window: scalingLabel.text</extracomment>
        <source>Values as typed (not scaled)</source>
        <translation>Werte wie eingegeben (nicht skaliert)</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Vector image (SVG)…</source>
        <translation>Vektorbild (SVG)…</translation>
    </message>
    <message>
        <extracomment>window: w2Slider.toolTip</extracomment>
        <source>w2 for this experiment (the project&apos;s w2 is not changed)</source>
        <translation>w2 für dieses Experiment (das w2 des Projekts bleibt unverändert)</translation>
    </message>
    <message>
        <extracomment>window: stabilityKind.item0</extracomment>
        <source>w2 × learning rate (the project&apos;s data)</source>
        <translation>w2 × Lernrate (die Daten des Projekts)</translation>
    </message>
    <message>
        <extracomment>window: stabilityKind.item1</extracomment>
        <source>w2 × number of days (only day 1 decides)</source>
        <translation>w2 × Anzahl der Tage (nur Tag 1 entscheidet)</translation>
    </message>
    <message>
        <extracomment>window: stabilityPlot.plotTitle</extracomment>
        <source>What 300 steps of gradient descent do from each start</source>
        <translation>Was 300 Schritte Gradientenabstieg von jedem Start aus bewirken</translation>
    </message>
    <message>
        <extracomment>window: whatComesNextButton.text</extracomment>
        <source>What comes next?</source>
        <translation>Wie geht es weiter?</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentInstructionsEdit.placeholderText</extracomment>
        <source>What should the students do? For example: train StatLand to an SSR of 0.01 within 500 steps.</source>
        <translation>Was soll die Klasse tun? Zum Beispiel: StatLand in höchstens 500 Schritten auf eine SSR von 0.01 trainieren.</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentLocksTree.accessibleName</extracomment>
        <source>What students see</source>
        <translation>Was die Klasse sieht</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalKind0.toolTip</extracomment>
        <source>What the engine checks for this goal</source>
        <translation>Was der Rechenkern für dieses Ziel prüft</translation>
    </message>
    <message>
        <extracomment>window: stabilityKind.toolTip</extracomment>
        <source>What the map&apos;s columns vary: the learning rate on the project&apos;s data, or the number of days on data where only day 1 decides</source>
        <translation>Was die Spalten der Karte variieren: die Lernrate auf den Daten des Projekts oder die Anzahl der Tage auf Daten, bei denen nur Tag 1 entscheidet</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentInstructionsEdit.toolTip</extracomment>
        <source>What the students read in the Assignment panel</source>
        <translation>Was die Klasse im Bereich Aufgabe liest</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: QLabel.text</extracomment>
        <source>What the students&apos; copy shows and lets them change:</source>
        <translation>Was die Klassenkopie zeigt und ändern lässt:</translation>
    </message>
    <message>
        <extracomment>window: assignmentInstructions.accessibleDescription</extracomment>
        <source>What the teacher asks of this assignment (read only)</source>
        <translation>Was die Lehrkraft in dieser Aufgabe verlangt (nur lesen)</translation>
    </message>
    <message>
        <extracomment>window: gradientGroupChooser.toolTip</extracomment>
        <source>Which gradients to draw: all of them, or one gate&apos;s</source>
        <translation>Welche Gradienten gezeichnet werden: alle oder die eines Tors</translation>
    </message>
    <message>
        <extracomment>window: cellChooser.toolTip</extracomment>
        <source>Which unit is unrolled through time: the lesson&apos;s RNN or the LSTM</source>
        <translation>Welche Einheit durch die Zeit ausgerollt wird: das RNN der Lektion oder das LSTM</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab5</extracomment>
        <source>Why the LSTM</source>
        <translation>Warum das LSTM</translation>
    </message>
    <message>
        <extracomment>window: saveHandoutAction.toolTip</extracomment>
        <source>Write the copy of this assignment to hand out: locks on, no attempts</source>
        <translation>Die Kopie dieser Aufgabe zum Austeilen schreiben: Sperren an, keine Versuche</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalThreshold0.toolTip</extracomment>
        <source>X for an SSR goal, F for the first-day goal, D for a prediction goal</source>
        <translation>X für ein SSR-Ziel, F für das Erster-Tag-Ziel, D für ein Vorhersageziel</translation>
    </message>
    <message>
        <extracomment>window: lessonAnswer.placeholderText</extracomment>
        <source>your guess, e.g. 16 or 2^50</source>
        <translation>deine Schätzung, z. B. 16 oder 2^50</translation>
    </message>
    <message>
        <extracomment>window: assignmentStudent.accessibleName</extracomment>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <extracomment>window: assignmentStudent.placeholderText</extracomment>
        <source>Your name, for the teacher</source>
        <translation>Dein Name, für die Lehrkraft</translation>
    </message>
    <message>
        <extracomment>window: assignmentStudent.toolTip</extracomment>
        <source>Your name: the teacher&apos;s review table shows it</source>
        <translation>Dein Name: die Übersicht der Lehrkraft zeigt ihn</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/through_time.py:122</extracomment>
        <source>{count} of the {days} days reach the prediction multiplied by more than the largest number a computer holds (about 1.8e308): they are not drawn.</source>
        <translation>{count} der {days} Tage erreichen die Vorhersage multipliziert mit mehr als der größten Zahl, die ein Computer fassen kann (etwa 1.8e308): Sie werden nicht gezeichnet.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:94</extracomment>
        <source>{count} parameters · rolled: {copies} values go around the loop</source>
        <translation>{count} Parameter · eingerollt: {copies} Werte laufen durch die Schleife</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:97</extracomment>
        <source>{count} parameters · {copies} copies · unrolled {loops} time</source>
        <translation>{count} Parameter · {copies} Kopien · {loops}-mal ausgerollt</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:99</extracomment>
        <source>{count} parameters · {copies} copies · unrolled {loops} times</source>
        <translation>{count} Parameter · {copies} Kopien · {loops}-mal ausgerollt</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:324</extracomment>
        <source>{entry} no longer exists.</source>
        <translation>{entry} gibt es nicht mehr.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:219</extracomment>
        <source>{name}  ({count} values → {target})</source>
        <translation>{name}  ({count} Werte → {target})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:221</extracomment>
        <source>{name}: {count} values</source>
        <translation>{name}: {count} Werte</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/panel.py:285</extracomment>
        <source>{rate} steps/s · {time} left</source>
        <translation>{rate} Schritte/s · noch {time}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/speed.py:38</extracomment>
        <source>{speed} step/s</source>
        <translation>{speed} Schritt/s</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/speed.py:38</extracomment>
        <source>{speed} steps/s</source>
        <translation>{speed} Schritte/s</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/through_time.py:70</extracomment>
        <source>{what}: the first input is multiplied by &lt;b&gt;{formula} = {value}&lt;/b&gt;</source>
        <translation>{what}: Die erste Eingabe wird mit &lt;b&gt;{formula} = {value}&lt;/b&gt; multipliziert</translation>
    </message>
    <message>
        <extracomment>window: unrollPlot.legend1</extracomment>
        <source>|d prediction / d x_1|</source>
        <translation>|d Vorhersage / d x_1|</translation>
    </message>
    <message>
        <extracomment>window: gradientThroughTimePlot.axis_left</extracomment>
        <source>|d prediction / d x|</source>
        <translation>|d Vorhersage / d x|</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): compareGradientPlot.plotTitle</extracomment>
        <source>|dSSR/dblr1| of each run</source>
        <translation>|dSSR/dblr1| jedes Laufs</translation>
    </message>
    <message>
        <extracomment>window: compareGradientPlot.plotTitle</extracomment>
        <source>|dSSR/dw2| of each run</source>
        <translation>|dSSR/dw2| jedes Laufs</translation>
    </message>
    <message>
        <extracomment>window: gradientPlotScale.item0</extracomment>
        <source>|value|, log scale</source>
        <translation>|Wert|, log. Skala</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlot.axis_left</extracomment>
        <source>|Δθ|</source>
        <translation>|Δθ|</translation>
    </message>
    <message>
        <extracomment>window: memoryReachPlot.axis_left</extracomment>
        <source>|∂prediction/∂x1|</source>
        <translation>|∂Vorhersage/∂x1|</translation>
    </message>
    <message>
        <extracomment>window: lessonBackButton.text</extracomment>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <extracomment>presets menu and toolbar: QAction.text</extracomment>
        <source>StatLand rules</source>
        <translation>StatLand-Regeln</translation>
    </message>
    <message>
        <extracomment>presets menu and toolbar: QAction.text</extracomment>
        <source>Blue (9 days) and Red (5 days)</source>
        <translation>Blau (9 Tage) und Rot (5 Tage)</translation>
    </message>
    <message>
        <extracomment>presets menu and toolbar: QAction.text</extracomment>
        <source>Exploding gradients (w2 = 2)</source>
        <translation>Explodierende Gradienten (w2 = 2)</translation>
    </message>
    <message>
        <extracomment>presets menu and toolbar: QAction.text</extracomment>
        <source>Exploding gradients over 51 days</source>
        <translation>Explodierende Gradienten über 51 Tage</translation>
    </message>
    <message>
        <extracomment>presets menu and toolbar: QAction.text</extracomment>
        <source>Vanishing gradients</source>
        <translation>Verschwindende Gradienten</translation>
    </message>
    <message>
        <extracomment>presets menu and toolbar: QAction.text</extracomment>
        <source>Company A and B (LSTM chapter)</source>
        <translation>Firma A und B (LSTM-Kapitel)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training (tr at the call site)</extracomment>
        <source>step %v of %m</source>
        <translation>Schritt %v von %m</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training (tr at the call site)</extracomment>
        <source>step {step}: SSR {ssr} at these parameters</source>
        <translation>Schritt {step}: SSR {ssr} bei diesen Parametern</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training (tr at the call site)</extracomment>
        <source>step {step}: </source>
        <translation>Schritt {step}: </translation>
    </message>
</context>
</TS>
