<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<!-- RNN Lab's menus and tabs (context MainWindow, see rnngui/ui/languages.py).
     Compile: .venv/bin/pyside6-lrelease rnnlab_xx.ts -qm rnnlab_xx.qm -->
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(no hay proyectos recientes)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Export &amp;worksheet…</source>
        <translation>Exportar &amp;hoja de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Predictions table</source>
        <translation>Tabla de &amp;predicciones</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Preajustes</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;Train or resume</source>
        <translation>&amp;Entrenar o reanudar</translation>
    </message>
    <message>
        <source>&amp;Pause training</source>
        <translation>&amp;Pausar el entrenamiento</translation>
    </message>
    <message>
        <source>One &amp;gradient-descent step</source>
        <translation>Un paso de descenso de &amp;gradiente</translation>
    </message>
    <message>
        <source>&amp;Reset the run</source>
        <translation>&amp;Reiniciar la ejecución</translation>
    </message>
    <message>
        <source>&amp;Forward pass: next copy</source>
        <translation>Pasada hacia &amp;delante: copia siguiente</translation>
    </message>
    <message>
        <source>Forward pass: &amp;play</source>
        <translation>Pasada hacia delante: re&amp;producir</translation>
    </message>
    <message>
        <source>Ro&amp;lled view</source>
        <translation>Vista en&amp;rollada</translation>
    </message>
    <message>
        <source>&amp;Unrolled view</source>
        <translation>Vista &amp;desenrollada</translation>
    </message>
    <message>
        <source>&amp;Backward view</source>
        <translation>Vista hacia &amp;atrás</translation>
    </message>
    <message>
        <source>Lesso&amp;n</source>
        <translation>Lecció&amp;n</translation>
    </message>
    <message>
        <source>&amp;Lesson panel</source>
        <translation>Panel de &amp;lección</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Reveal the answer</source>
        <translation>&amp;Revelar la respuesta</translation>
    </message>
    <message>
        <source>&amp;Try it (the step's suggested action)</source>
        <translation>&amp;Pruébalo (la acción que sugiere el paso)</translation>
    </message>
    <message>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Abrir archivo de lección…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Modo &amp;presentador</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Sequences panel</source>
        <translation>Panel de secuencias</translation>
    </message>
    <message>
        <source>Network panel</source>
        <translation>Panel de la red</translation>
    </message>
    <message>
        <source>Training panel</source>
        <translation>Panel de entrenamiento</translation>
    </message>
    <message>
        <source>Gradient lab tab</source>
        <translation>Pestaña del laboratorio de gradientes</translation>
    </message>
    <message>
        <source>Presets toolbar</source>
        <translation>Barra de preajustes</translation>
    </message>
    <message>
        <source>Show or hide for this &amp;class…</source>
        <translation>Mostrar u ocultar para esta &amp;clase…</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About RNN Lab</source>
        <translation>&amp;Acerca de RNN Lab</translation>
    </message>
    <message>
        <source>Network and training</source>
        <translation>Red y entrenamiento</translation>
    </message>
    <message>
        <source>Gradient lab</source>
        <translation>Laboratorio de gradientes</translation>
    </message>
    <message>
        <source>Through time</source>
        <translation>A través del tiempo</translation>
    </message>
    <message>
        <source>Unroll length</source>
        <translation>Longitud del desenrollado</translation>
    </message>
    <message>
        <source>Landscape (1 parameter)</source>
        <translation>Paisaje (1 parámetro)</translation>
    </message>
    <message>
        <source>Landscape (2 parameters)</source>
        <translation>Paisaje (2 parámetros)</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Why the LSTM</source>
        <translation>Por qué la LSTM</translation>
    </message>
    <message>
        <source>Stability map</source>
        <translation>Mapa de estabilidad</translation>
    </message>
</context>
</TS>
