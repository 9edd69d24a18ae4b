<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<!-- RNN Lab's menus and tabs (context MainWindow, see rnngui/ui/languages.py).
     Compile: .venv/bin/pyside6-lrelease rnnlab_xx.ts -qm rnnlab_xx.qm -->
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(keine zuletzt geöffneten Projekte)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Export &amp;worksheet…</source>
        <translation>&amp;Arbeitsblatt exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Predictions table</source>
        <translation>&amp;Vorhersagetabelle</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Train or resume</source>
        <translation>&amp;Trainieren oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause training</source>
        <translation>Training &amp;pausieren</translation>
    </message>
    <message>
        <source>One &amp;gradient-descent step</source>
        <translation>Ein &amp;Gradientenabstiegsschritt</translation>
    </message>
    <message>
        <source>&amp;Reset the run</source>
        <translation>Lauf &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Forward pass: next copy</source>
        <translation>&amp;Vorwärtsdurchlauf: nächste Kopie</translation>
    </message>
    <message>
        <source>Forward pass: &amp;play</source>
        <translation>Vorwärtsdurchlauf: &amp;abspielen</translation>
    </message>
    <message>
        <source>Ro&amp;lled view</source>
        <translation>&amp;Gerollte Ansicht</translation>
    </message>
    <message>
        <source>&amp;Unrolled view</source>
        <translation>&amp;Entrollte Ansicht</translation>
    </message>
    <message>
        <source>&amp;Backward view</source>
        <translation>&amp;Rückwärtsansicht</translation>
    </message>
    <message>
        <source>Lesso&amp;n</source>
        <translation>Lektio&amp;n</translation>
    </message>
    <message>
        <source>&amp;Lesson panel</source>
        <translation>&amp;Lektionsleiste</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Reveal the answer</source>
        <translation>Antwort &amp;aufdecken</translation>
    </message>
    <message>
        <source>&amp;Try it (the step's suggested action)</source>
        <translation>&amp;Ausprobieren (die vom Schritt vorgeschlagene Aktion)</translation>
    </message>
    <message>
        <source>&amp;Open lesson file…</source>
        <translation>Lektionsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Sequences panel</source>
        <translation>Bereich Folgen</translation>
    </message>
    <message>
        <source>Network panel</source>
        <translation>Bereich Netz</translation>
    </message>
    <message>
        <source>Training panel</source>
        <translation>Bereich Training</translation>
    </message>
    <message>
        <source>Gradient lab tab</source>
        <translation>Registerkarte Gradientenlabor</translation>
    </message>
    <message>
        <source>Presets toolbar</source>
        <translation>Vorlagen-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Show or hide for this &amp;class…</source>
        <translation>Für diese &amp;Klasse ein- oder ausblenden…</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>&amp;Alles anzeigen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About RNN Lab</source>
        <translation>&amp;Über RNN Lab</translation>
    </message>
    <message>
        <source>Network and training</source>
        <translation>Netz und Training</translation>
    </message>
    <message>
        <source>Gradient lab</source>
        <translation>Gradientenlabor</translation>
    </message>
    <message>
        <source>Through time</source>
        <translation>Durch die Zeit</translation>
    </message>
    <message>
        <source>Unroll length</source>
        <translation>Entrollungslänge</translation>
    </message>
    <message>
        <source>Landscape (1 parameter)</source>
        <translation>Landschaft (1 Parameter)</translation>
    </message>
    <message>
        <source>Landscape (2 parameters)</source>
        <translation>Landschaft (2 Parameter)</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Why the LSTM</source>
        <translation>Warum das LSTM</translation>
    </message>
    <message>
        <source>Stability map</source>
        <translation>Stabilitätskarte</translation>
    </message>
</context>
</TS>
