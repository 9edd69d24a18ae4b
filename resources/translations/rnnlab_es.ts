<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<!-- RNN Lab's interface. Made by `python -m rnngui.ui.languages.extract`, which keeps
     the translations written here; edit them in Qt Linguist or by hand, then run it
     again to compile the .qm. -->
<context>
    <name>MainWindow</name>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;About RNN Lab</source>
        <translation>&amp;Acerca de RNN Lab</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewAddButton.text</extracomment>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: addGoalButton.text</extracomment>
        <source>&amp;Add goal</source>
        <translation>&amp;Añadir objetivo</translation>
    </message>
    <message>
        <extracomment>window: assignmentPanelAction.text</extracomment>
        <source>&amp;Assignment panel</source>
        <translation>Panel de la &amp;tarea</translation>
    </message>
    <message>
        <extracomment>window: run_canvasBackwardButton.text</extracomment>
        <source>&amp;Backward view</source>
        <translation>Vista hacia &amp;atrás</translation>
    </message>
    <message>
        <extracomment>window: copyAction.text</extracomment>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <extracomment>window: deleteAction.text</extracomment>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <extracomment>window: run_canvasStepButton.text</extracomment>
        <source>&amp;Forward pass: next copy</source>
        <translation>Pasada hacia &amp;delante: copia siguiente</translation>
    </message>
    <message>
        <extracomment>window: fullScreenAction.text</extracomment>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <extracomment>window: importAction.text</extracomment>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <extracomment>window: shortcutsAction.text</extracomment>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Lesson panel</source>
        <translation>Panel de &amp;lección</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewLoadButton.text</extracomment>
        <source>&amp;Load run&apos;s start</source>
        <translation>&amp;Cargar el inicio de la ejecución</translation>
    </message>
    <message>
        <extracomment>window: newAction.text</extracomment>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <extracomment>window: lessonNextAction.text</extracomment>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <extracomment>window: lessonOpenAction.text</extracomment>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Abrir archivo de lección…</translation>
    </message>
    <message>
        <extracomment>window: openAction.text</extracomment>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <extracomment>window: pasteAction.text</extracomment>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <extracomment>window: run_pauseButton.text</extracomment>
        <source>&amp;Pause training</source>
        <translation>&amp;Pausar el entrenamiento</translation>
    </message>
    <message>
        <extracomment>window: predictionsTableAction.text</extracomment>
        <source>&amp;Predictions table</source>
        <translation>Tabla de &amp;predicciones</translation>
    </message>
    <message>
        <extracomment>window: presenterAction.text</extracomment>
        <source>&amp;Presenter mode</source>
        <translation>Modo &amp;presentador</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Presets</source>
        <translation>&amp;Preajustes</translation>
    </message>
    <message>
        <extracomment>window: lessonBackAction.text</extracomment>
        <source>&amp;Previous step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: removeGoalButton.text</extracomment>
        <source>&amp;Remove goal</source>
        <translation>&amp;Quitar objetivo</translation>
    </message>
    <message>
        <extracomment>window: run_resetButton.text</extracomment>
        <source>&amp;Reset the run</source>
        <translation>&amp;Reiniciar la ejecución</translation>
    </message>
    <message>
        <extracomment>window: lessonRevealAction.text</extracomment>
        <source>&amp;Reveal the answer</source>
        <translation>&amp;Revelar la respuesta</translation>
    </message>
    <message>
        <extracomment>window: reviewHandInsAction.text</extracomment>
        <source>&amp;Review hand-ins…</source>
        <translation>&amp;Revisar entregas…</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <extracomment>window: saveAction.text</extracomment>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <extracomment>window: run_trainButton.text</extracomment>
        <source>&amp;Train or resume</source>
        <translation>&amp;Entrenar o reanudar</translation>
    </message>
    <message>
        <extracomment>window: lessonTryAction.text</extracomment>
        <source>&amp;Try it (the step&apos;s suggested action)</source>
        <translation>&amp;Pruébalo (la acción que sugiere el paso)</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <extracomment>window: run_canvasUnrolledButton.text</extracomment>
        <source>&amp;Unrolled view</source>
        <translation>Vista &amp;desenrollada</translation>
    </message>
    <message>
        <extracomment>window: userGuideAction.text</extracomment>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>(no recent projects)</source>
        <translation>(no hay proyectos recientes)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:218</extracomment>
        <source>(not trained)</source>
        <translation>(no se entrena)</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalSequence0.item0</extracomment>
        <source>(the first training sequence)</source>
        <translation>(la primera secuencia de entrenamiento)</translation>
    </message>
    <message>
        <extracomment>window: vanishingPresetButton.toolTip</extracomment>
        <source>51 days with w2 = 0.5: press Train and watch gradient descent stall</source>
        <translation>51 días con w2 = 0.5: pulsa Entrenar y mira cómo se estanca el descenso de gradiente</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>&lt;b&gt;Gradient lab&lt;/b&gt;</source>
        <translation>&lt;b&gt;Laboratorio de gradientes&lt;/b&gt;</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>&lt;b&gt;Network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Red&lt;/b&gt;</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/main_window.py:112</extracomment>
        <source>&lt;b&gt;RNN Lab {version}&lt;/b&gt;&lt;p&gt;See how a recurrent neural network works, and why a plain one is hard to train: exploding and vanishing gradients.&lt;/p&gt;</source>
        <translation>&lt;b&gt;RNN Lab {version}&lt;/b&gt;&lt;p&gt;Descubre cómo funciona una red neuronal recurrente y por qué una simple es difícil de entrenar: gradientes explosivos y gradientes que se desvanecen.&lt;/p&gt;</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>&lt;b&gt;Sequences&lt;/b&gt;</source>
        <translation>&lt;b&gt;Secuencias&lt;/b&gt;</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>&lt;b&gt;Training&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entrenamiento&lt;/b&gt;</translation>
    </message>
    <message>
        <extracomment>window: whatComesNext.text</extracomment>
        <source>&lt;b&gt;What comes next.&lt;/b&gt; Clipping tames exploding gradients, but nothing here rescues a vanishing one: the first day&apos;s signal is multiplied by w2 on every trip around the loop. Long Short-Term Memory networks (LSTMs), the lesson&apos;s next chapter, give the signal a separate path through time that is not multiplied by w2 at every step, so it neither explodes nor vanishes; transformers came later.</source>
        <translation>&lt;b&gt;Lo que viene después.&lt;/b&gt; El recorte doma los gradientes explosivos, pero aquí nada salva uno que se desvanece: la señal del primer día se multiplica por w2 en cada vuelta del bucle. Las redes de memoria a corto y largo plazo (LSTM), el siguiente capítulo de la lección, dan a la señal un camino propio a través del tiempo que no se multiplica por w2 en cada paso, así que ni explota ni se desvanece; los transformers llegaron después.</translation>
    </message>
    <message>
        <extracomment>window: memoryIntro.text</extracomment>
        <source>&lt;b&gt;Why the LSTM.&lt;/b&gt; Company A and B over 51 days, where only day 1 (A: 0, B: 1) decides the target. Both networks train with the same settings.</source>
        <translation>&lt;b&gt;Por qué la LSTM.&lt;/b&gt; Las empresas A y B durante 51 días, donde solo el día 1 (A: 0, B: 1) decide el objetivo. Las dos redes se entrenan con los mismos ajustes.</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_converged.text</extracomment>
        <source>&lt;span style=&apos;color:#009E73; font-size:large&apos;&gt;■&lt;/span&gt; Converged</source>
        <translation type="vanished">&lt;span style=&apos;color:#009E73; font-size:large&apos;&gt;■&lt;/span&gt; Convergió</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_converging.text</extracomment>
        <source>&lt;span style=&apos;color:#56B4E9; font-size:large&apos;&gt;■&lt;/span&gt; Converging</source>
        <translation type="vanished">&lt;span style=&apos;color:#56B4E9; font-size:large&apos;&gt;■&lt;/span&gt; Convergiendo</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_diverged.text</extracomment>
        <source>&lt;span style=&apos;color:#D55E00; font-size:large&apos;&gt;■&lt;/span&gt; Diverged</source>
        <translation type="vanished">&lt;span style=&apos;color:#D55E00; font-size:large&apos;&gt;■&lt;/span&gt; Divergió</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_bouncing.text</extracomment>
        <source>&lt;span style=&apos;color:#E69F00; font-size:large&apos;&gt;■&lt;/span&gt; Bouncing</source>
        <translation type="vanished">&lt;span style=&apos;color:#E69F00; font-size:large&apos;&gt;■&lt;/span&gt; Rebota</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_stalling.text</extracomment>
        <source>&lt;span style=&apos;color:#F0E442; font-size:large&apos;&gt;■&lt;/span&gt; Stalling</source>
        <translation type="vanished">&lt;span style=&apos;color:#F0E442; font-size:large&apos;&gt;■&lt;/span&gt; Estancada</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A button</source>
        <translation>Un botón</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:148</extracomment>
        <source>A control</source>
        <translation>Un control</translation>
    </message>
    <message>
        <extracomment>window: gradientThroughTimePlot.toolTip</extracomment>
        <source>A cross marks a day whose signal never reaches the prediction: ReLU switched a later copy off (its sum was 0 or below), and a switched-off copy passes no gradient back. |w2|^n assumes every copy is on, so the measured curve falls below it there.</source>
        <translation>Una cruz marca un día cuya señal nunca llega a la predicción: ReLU apagó una copia posterior (su suma fue 0 o menos), y una copia apagada no devuelve gradiente. |w2|^n supone que todas las copias están encendidas, por eso ahí la curva medida queda por debajo.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A drawing</source>
        <translation>Un dibujo</translation>
    </message>
    <message>
        <extracomment>window: gradientReceiptButton.toolTip</extracomment>
        <source>A gradient written as its sum over the copies: each term&apos;s factors (the residual, w3, the activation&apos;s slope, the powers of w2, the input) and its share</source>
        <translation>Un gradiente escrito como suma sobre las copias: los factores de cada término (el residuo, w3, la pendiente de la activación, las potencias de w2, la entrada) y su parte</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A list</source>
        <translation>Una lista</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A list to choose from</source>
        <translation>Una lista para elegir</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvScale.toolTip</extracomment>
        <source>A network with weights near 1 learns prices of 100 or more badly: the first step overshoots. Scaled, the editor still shows each price beside its value.</source>
        <translation>Una red con pesos cercanos a 1 aprende mal precios de 100 o más: el primer paso se pasa de largo. Escalados, el editor sigue mostrando cada precio junto a su valor.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A number field</source>
        <translation>Un campo numérico</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A slider</source>
        <translation>Un deslizador</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A text area</source>
        <translation>Un área de texto</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>A text field</source>
        <translation>Un campo de texto</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: QLabel.text</extracomment>
        <source>A worksheet of the unrolled network for &lt;b&gt;low, low&lt;/b&gt; (2 days): its forward and backward numbers, with the ones you tick left as empty boxes. A PDF also has an answer-key page; an SVG gets its answer key as a second file beside it (name-answers.svg).</source>
        <translation>Una hoja de trabajo de la red desenrollada para &lt;b&gt;low, low&lt;/b&gt; (2 días): sus números hacia delante y hacia atrás, con los que marques como casillas vacías. Un PDF incluye además una página de soluciones; un SVG recibe las soluciones en un segundo archivo a su lado (nombre-answers.svg).</translation>
    </message>
    <message>
        <extracomment>QMessageBox: QMessageBox.windowTitle</extracomment>
        <source>About RNN Lab</source>
        <translation>Acerca de RNN Lab</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <extracomment>window: addSequenceButton.text</extracomment>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: addGoalButton.toolTip</extracomment>
        <source>Add a goal row</source>
        <translation>Añadir una fila de objetivo</translation>
    </message>
    <message>
        <extracomment>window: addSequenceButton.toolTip</extracomment>
        <source>Add a new sequence</source>
        <translation>Añadir una secuencia nueva</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewAddButton.accessibleName</extracomment>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: addGoalButton.accessibleName</extracomment>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewSummary.text</extracomment>
        <source>Add the files your students handed in.</source>
        <translation>Añade los archivos que entregaron tus alumnos.</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvMode.item1</extracomment>
        <source>Add them to the current sequences</source>
        <translation>Añadirlas a las secuencias actuales</translation>
    </message>
    <message>
        <extracomment>window: allParamsButton.text</extracomment>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): gradientGroupChooser.item0</extracomment>
        <source>all 12 gradients</source>
        <translation>los 12 gradientes</translation>
    </message>
    <message>
        <extracomment>window: gradientGroupChooser.item0</extracomment>
        <source>all 5 gradients</source>
        <translation>los 5 gradientes</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <extracomment>window: assignmentPanel.windowTitle</extracomment>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <extracomment>dialog scaling: unscaleButton.text</extracomment>
        <source>Back to prices</source>
        <translation>Volver a los precios</translation>
    </message>
    <message>
        <extracomment>window: run_resetButton.toolTip</extracomment>
        <source>Back to the run&apos;s starting weights (Ctrl+Shift+R)</source>
        <translation>Volver a los pesos iniciales de la ejecución (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <extracomment>window: resetButton.toolTip</extracomment>
        <source>Back to this run&apos;s starting parameters (the same every time)</source>
        <translation>Volver a los parámetros iniciales de esta ejecución (siempre los mismos)</translation>
    </message>
    <message>
        <extracomment>window: canvasBackwardButton.text</extracomment>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <extracomment>window: gradientGroupChooser.item3</extracomment>
        <source>bias: b1</source>
        <translation>sesgo: b1</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: QLabel.text</extracomment>
        <source>Blank</source>
        <translation>En blanco</translation>
    </message>
    <message>
        <extracomment>window: showAllAction.toolTip</extracomment>
        <source>Bring back every hidden panel and control</source>
        <translation>Volver a mostrar todos los paneles y controles ocultos</translation>
    </message>
    <message>
        <extracomment>dialog scaling: QPushButton.text</extracomment>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:372</extracomment>
        <source>Cannot import {name}</source>
        <translation>No se puede importar {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:323</extracomment>
        <source>Cannot open a recent project</source>
        <translation>No se puede abrir un proyecto reciente</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:246</extracomment>
        <source>Cannot open {name}</source>
        <translation>No se puede abrir {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:283</extracomment>
        <source>Cannot save {name}</source>
        <translation>No se puede guardar {name}</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <extracomment>window: gradientReceiptButton.accessibleName</extracomment>
        <source>Chain-rule receipt of a gradient</source>
        <translation>Desglose de un gradiente por la regla de la cadena</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: QPushButton.toolTip</extracomment>
        <source>Change nothing</source>
        <translation>No cambiar nada</translation>
    </message>
    <message>
        <extracomment>window: classSetupAction.toolTip</extracomment>
        <source>Choose the panels and controls a class sees; remembered (Ctrl+Shift+H)</source>
        <translation>Elegir los paneles y controles que ve una clase; se recuerda (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <extracomment>window: compareTable.column3</extracomment>
        <source>clip (blank = off)</source>
        <translation>recorte (vacío = no)</translation>
    </message>
    <message>
        <extracomment>window: clipGradients.text</extracomment>
        <source>Clip at</source>
        <translation>Recortar en</translation>
    </message>
    <message>
        <extracomment>window: clipToggle.text</extracomment>
        <source>Clip gradients at</source>
        <translation>Recortar gradientes en</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column7</extracomment>
        <source>Clipping</source>
        <translation>Recorte</translation>
    </message>
    <message>
        <extracomment>window: qt_dockwidget_closebutton.accessibleName</extracomment>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewCloseButton.toolTip</extracomment>
        <source>Close the review</source>
        <translation>Cerrar la revisión</translation>
    </message>
    <message>
        <extracomment>ShortcutsSheet: QPushButton.toolTip</extracomment>
        <source>Close this sheet</source>
        <translation>Cerrar esta hoja</translation>
    </message>
    <message>
        <extracomment>window: qt_dockwidget_closebutton.accessibleDescription</extracomment>
        <source>Closes the dock widget</source>
        <translation>Cierra el panel acoplable</translation>
    </message>
    <message>
        <extracomment>window: canvasStepButton.toolTip</extracomment>
        <source>Compute the next copy and show its arithmetic</source>
        <translation>Calcular la copia siguiente y mostrar sus cuentas</translation>
    </message>
    <message>
        <extracomment>window: run_canvasStepButton.toolTip</extracomment>
        <source>Compute the next copy of the unrolled network (Ctrl+F)</source>
        <translation>Calcular la copia siguiente de la red desenrollada (Ctrl+F)</translation>
    </message>
    <message>
        <extracomment>window: landscape2DNote.text</extracomment>
        <source>Contours of log10 SSR over w1 and w2 (b1 = 0, w3 = 1.1, b2 = 0 fixed); the white square is where the run started, the red line where gradient descent went.</source>
        <translation>Curvas de nivel de log10 SSR sobre w1 y w2 (b1 = 0, w3 = 1.1, b2 = 0 fijos); el cuadrado blanco es donde empezó la ejecución, la línea roja por donde fue el descenso de gradiente.</translation>
    </message>
    <message>
        <extracomment>window: duplicateSequenceButton.text</extracomment>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <extracomment>window: cutAction.text</extracomment>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <extracomment>window: theme_dark.text</extracomment>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <extracomment>window: theme_dark.toolTip</extracomment>
        <source>Dark colours</source>
        <translation>Colores oscuros</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Data (CSV)…</source>
        <translation>Datos (CSV)…</translation>
    </message>
    <message>
        <extracomment>window: valuesTable.column0</extracomment>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <extracomment>window: memoryReachPlot.axis_bottom</extracomment>
        <source>days n</source>
        <translation>días n</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvDecimal.item1</extracomment>
        <source>decimal comma: 12,5 (1.234,5)</source>
        <translation>coma decimal: 12,5 (1.234,5)</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvDecimal.item0</extracomment>
        <source>decimal point: 12.5 (1,234.5)</source>
        <translation>punto decimal: 12.5 (1,234.5)</translation>
    </message>
    <message>
        <extracomment>window: deleteSequenceButton.text</extracomment>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <extracomment>window: deleteSequenceButton.toolTip</extracomment>
        <source>Delete it</source>
        <translation>Eliminarla</translation>
    </message>
    <message>
        <extracomment>window: lessonTryButton.toolTip</extracomment>
        <source>Do the suggested action for me</source>
        <translation>Hacer por mí la acción sugerida</translation>
    </message>
    <message>
        <extracomment>window: sequenceChart.toolTip</extracomment>
        <source>Drag a point up or down to change that day&apos;s value; the green star is the target, the orange cross the network&apos;s prediction</source>
        <translation>Arrastra un punto hacia arriba o abajo para cambiar el valor de ese día; la estrella verde es el objetivo, la cruz naranja la predicción de la red</translation>
    </message>
    <message>
        <extracomment>window: gradientPlot.axis_left</extracomment>
        <source>dSSR/d parameter</source>
        <translation>dSSR/d parámetro</translation>
    </message>
    <message>
        <extracomment>window: gradientReceipt_b1.text</extracomment>
        <source>dSSR/db1 as its sum over the copies…</source>
        <translation>dSSR/db1 como suma sobre las copias…</translation>
    </message>
    <message>
        <extracomment>window: gradientReceipt_b2.text</extracomment>
        <source>dSSR/db2 as its sum over the copies…</source>
        <translation>dSSR/db2 como suma sobre las copias…</translation>
    </message>
    <message>
        <extracomment>window: gradientReceipt_w1.text</extracomment>
        <source>dSSR/dw1 as its sum over the copies…</source>
        <translation>dSSR/dw1 como suma sobre las copias…</translation>
    </message>
    <message>
        <extracomment>window: gradientReceipt_w2.text</extracomment>
        <source>dSSR/dw2 as its sum over the copies…</source>
        <translation>dSSR/dw2 como suma sobre las copias…</translation>
    </message>
    <message>
        <extracomment>window: gradientReceipt_w3.text</extracomment>
        <source>dSSR/dw3 as its sum over the copies…</source>
        <translation>dSSR/dw3 como suma sobre las copias…</translation>
    </message>
    <message>
        <extracomment>window: duplicateSequenceButton.toolTip</extracomment>
        <source>Duplicate it</source>
        <translation>Duplicarla</translation>
    </message>
    <message>
        <extracomment>window: stabilityNote.text</extracomment>
        <source>Each cell is one run of plain gradient descent (no momentum, no clipping, all five parameters trained, relu) on the project&apos;s data, from w1 = 1.8, b1 = 0, w3 = 1.1, b2 = 0 and the cell&apos;s w2, coloured by what the diagnosis says after 300 steps. The ring is the project&apos;s own start (w2 = -0.5) and learning rate (0.05). Hover a cell for its figures; click it to load that run into the training panel.</source>
        <translation>Cada celda es una ejecución de descenso de gradiente simple (sin momento, sin recorte, los cinco parámetros entrenados, relu) con los datos del proyecto, desde w1 = 1.8, b1 = 0, w3 = 1.1, b2 = 0 y el w2 de la celda, coloreada según lo que dice el diagnóstico tras 300 pasos. El anillo es el inicio propio del proyecto (w2 = -0.5) y su tasa de aprendizaje (0.05). Pasa el ratón por una celda para ver sus cifras; haz clic para cargar esa ejecución en el panel de entrenamiento.</translation>
    </message>
    <message>
        <extracomment>window: assignmentGoals.toolTip</extracomment>
        <source>Each goal is ticked as soon as the engine measures it met</source>
        <translation>Cada objetivo se marca en cuanto el motor mide que se ha cumplido</translation>
    </message>
    <message>
        <extracomment>window: stopWhenConverged.toolTip</extracomment>
        <source>End the run as soon as the diagnosis says converged</source>
        <translation>Terminar la ejecución en cuanto el diagnóstico diga «convergió»</translation>
    </message>
    <message>
        <extracomment>window: stopButton.toolTip</extracomment>
        <source>End the training thread; Train goes on from this step</source>
        <translation>Terminar el hilo de entrenamiento; Entrenar sigue desde este paso</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column4</extracomment>
        <source>Ended</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: worksheetBlank_backward.text</extracomment>
        <source>every gradient (the backward numbers)</source>
        <translation>cada gradiente (los números hacia atrás)</translation>
    </message>
    <message>
        <extracomment>window: exportRunButton.toolTip</extracomment>
        <source>Every kept step: SSR, the five gradients and parameters</source>
        <translation>Cada paso guardado: SSR, los cinco gradientes y parámetros</translation>
    </message>
    <message>
        <extracomment>window: shortcutsAction.toolTip</extracomment>
        <source>Every keyboard shortcut of the window (F1)</source>
        <translation>Todos los atajos de teclado de la ventana (F1)</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.toolTip</extracomment>
        <source>Every run the student made, with its settings, figures and the goals it met</source>
        <translation>Cada ejecución que hizo el alumno, con sus ajustes, cifras y los objetivos que cumplió</translation>
    </message>
    <message>
        <extracomment>window: predictionsTableAction.toolTip</extracomment>
        <source>Every sequence&apos;s prediction beside its target and the residual, live</source>
        <translation>La predicción de cada secuencia junto a su objetivo y el residuo, en directo</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: worksheetBlank_sum.text</extracomment>
        <source>every sum (sumₜ = w1·xₜ + w2·yₜ₋₁ + b1)</source>
        <translation>cada suma (sumₜ = w1·xₜ + w2·yₜ₋₁ + b1)</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: worksheetBlank_y.text</extracomment>
        <source>every y (the hidden unit&apos;s output)</source>
        <translation>cada y (la salida de la unidad oculta)</translation>
    </message>
    <message>
        <extracomment>window: stepButton.toolTip</extracomment>
        <source>Exactly one gradient-descent step</source>
        <translation>Exactamente un paso de descenso de gradiente</translation>
    </message>
    <message>
        <extracomment>window: run_stepButton.toolTip</extracomment>
        <source>Exactly one step of training (Ctrl+G)</source>
        <translation>Exactamente un paso de entrenamiento (Ctrl+G)</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlotExport.text</extracomment>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <extracomment>window: exportWorksheetAction.text</extracomment>
        <source>Export &amp;worksheet…</source>
        <translation>Exportar &amp;hoja de trabajo…</translation>
    </message>
    <message>
        <extracomment>window: exportRunButton.text</extracomment>
        <source>Export run as CSV…</source>
        <translation>Exportar la ejecución como CSV…</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: worksheetDialog.windowTitle</extracomment>
        <source>Export worksheet</source>
        <translation>Exportar hoja de trabajo</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Export...</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <extracomment>window: gradientGroupChooser.item2</extracomment>
        <source>feedback: w2</source>
        <translation>retroalimentación: w2</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewTable.column1</extracomment>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <extracomment>window: fullScreenAction.toolTip</extracomment>
        <source>Fill the screen with the window (F11)</source>
        <translation>Llenar la pantalla con la ventana (F11)</translation>
    </message>
    <message>
        <extracomment>window: compareDefaultsButton.toolTip</extracomment>
        <source>Fill the table from the project&apos;s settings</source>
        <translation>Rellenar la tabla con los ajustes del proyecto</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalKind0.item1</extracomment>
        <source>First day reaches ≥ F of the last (clipping off)</source>
        <translation>El primer día llega con ≥ F del último (sin recorte)</translation>
    </message>
    <message>
        <extracomment>window: canvasFitButton.text</extracomment>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <extracomment>window: speedLabel.text</extracomment>
        <source>flat out</source>
        <translation>a tope</translation>
    </message>
    <message>
        <extracomment>window: qt_dockwidget_floatbutton.accessibleName</extracomment>
        <source>Float</source>
        <translation>Flotar</translation>
    </message>
    <message>
        <extracomment>window: theme_system.text</extracomment>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <extracomment>window: theme_system.toolTip</extracomment>
        <source>Follow the system colours</source>
        <translation>Seguir los colores del sistema</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): gradientGroupChooser.item1</extracomment>
        <source>forget gate: wlr1, wlr2, blr1</source>
        <translation>puerta de olvido: wlr1, wlr2, blr1</translation>
    </message>
    <message>
        <extracomment>window: forkFromHere.accessibleName</extracomment>
        <source>Fork from here</source>
        <translation>Bifurcar desde aquí</translation>
    </message>
    <message>
        <extracomment>window: forkFromHere.text</extracomment>
        <source>Fork from here…</source>
        <translation>Bifurcar desde aquí…</translation>
    </message>
    <message>
        <extracomment>window: run_canvasPlayButton.text</extracomment>
        <source>Forward pass: &amp;play</source>
        <translation>Pasada hacia delante: re&amp;producir</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentGoalsTable.column0</extracomment>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalKind0.accessibleName</extracomment>
        <source>Goal 1 kind</source>
        <translation>Tipo del objetivo 1</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalSequence0.accessibleName</extracomment>
        <source>Goal 1 sequence</source>
        <translation>Secuencia del objetivo 1</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalSteps0.accessibleName</extracomment>
        <source>Goal 1 steps</source>
        <translation>Pasos del objetivo 1</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalThreshold0.accessibleName</extracomment>
        <source>Goal 1 threshold</source>
        <translation>Umbral del objetivo 1</translation>
    </message>
    <message>
        <extracomment>window: assignmentGoals.accessibleName</extracomment>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: QLabel.text</extracomment>
        <source>Goals (the engine checks them and ticks each one when met):</source>
        <translation>Objetivos (el motor los comprueba y marca cada uno al cumplirse):</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Goals:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <extracomment>window: train_b1.toolTip</extracomment>
        <source>Gradient descent moves b1</source>
        <translation>El descenso de gradiente mueve b1</translation>
    </message>
    <message>
        <extracomment>window: train_b2.toolTip</extracomment>
        <source>Gradient descent moves b2</source>
        <translation>El descenso de gradiente mueve b2</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_blr1.toolTip</extracomment>
        <source>Gradient descent moves blr1</source>
        <translation>El descenso de gradiente mueve blr1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_bo1.toolTip</extracomment>
        <source>Gradient descent moves bo1</source>
        <translation>El descenso de gradiente mueve bo1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_bp1.toolTip</extracomment>
        <source>Gradient descent moves bp1</source>
        <translation>El descenso de gradiente mueve bp1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_bpr1.toolTip</extracomment>
        <source>Gradient descent moves bpr1</source>
        <translation>El descenso de gradiente mueve bpr1</translation>
    </message>
    <message>
        <extracomment>window: train_w1.toolTip</extracomment>
        <source>Gradient descent moves w1</source>
        <translation>El descenso de gradiente mueve w1</translation>
    </message>
    <message>
        <extracomment>window: train_w2.toolTip</extracomment>
        <source>Gradient descent moves w2</source>
        <translation>El descenso de gradiente mueve w2</translation>
    </message>
    <message>
        <extracomment>window: train_w3.toolTip</extracomment>
        <source>Gradient descent moves w3</source>
        <translation>El descenso de gradiente mueve w3</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wlr1.toolTip</extracomment>
        <source>Gradient descent moves wlr1</source>
        <translation>El descenso de gradiente mueve wlr1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wlr2.toolTip</extracomment>
        <source>Gradient descent moves wlr2</source>
        <translation>El descenso de gradiente mueve wlr2</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wo1.toolTip</extracomment>
        <source>Gradient descent moves wo1</source>
        <translation>El descenso de gradiente mueve wo1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wo2.toolTip</extracomment>
        <source>Gradient descent moves wo2</source>
        <translation>El descenso de gradiente mueve wo2</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wp1.toolTip</extracomment>
        <source>Gradient descent moves wp1</source>
        <translation>El descenso de gradiente mueve wp1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wp2.toolTip</extracomment>
        <source>Gradient descent moves wp2</source>
        <translation>El descenso de gradiente mueve wp2</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wpr1.toolTip</extracomment>
        <source>Gradient descent moves wpr1</source>
        <translation>El descenso de gradiente mueve wpr1</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): train_wpr2.toolTip</extracomment>
        <source>Gradient descent moves wpr2</source>
        <translation>El descenso de gradiente mueve wpr2</translation>
    </message>
    <message>
        <extracomment>window: maxSteps.toolTip</extracomment>
        <source>Gradient descent stops after this many steps</source>
        <translation>El descenso de gradiente se detiene tras tantos pasos</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab1</extracomment>
        <source>Gradient lab</source>
        <translation>Laboratorio de gradientes</translation>
    </message>
    <message>
        <extracomment>window: show_gradient_lab.text</extracomment>
        <source>Gradient lab tab</source>
        <translation>Pestaña del laboratorio de gradientes</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab0</extracomment>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <extracomment>window: gradientPlot.plotTitle</extracomment>
        <source>Gradients: dSSR/d each parameter</source>
        <translation>Gradientes: dSSR/d de cada parámetro</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewTable.accessibleName</extracomment>
        <source>Hand-ins</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <extracomment>ClassSetupDialog: QPushButton.toolTip</extracomment>
        <source>Hide what is unticked and remember it for the next start</source>
        <translation>Ocultar lo desmarcado y recordarlo para el próximo inicio</translation>
    </message>
    <message>
        <extracomment>window: highButton.text</extracomment>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <extracomment>window: highButton.toolTip</extracomment>
        <source>High = 1: sets the chosen days, or adds a day at the end when none is chosen</source>
        <translation>Alto = 1: fija los días elegidos, o añade un día al final si no hay ninguno elegido</translation>
    </message>
    <message>
        <extracomment>window: stabilitySteps.toolTip</extracomment>
        <source>How many gradient-descent steps each cell&apos;s run takes</source>
        <translation>Cuántos pasos de descenso de gradiente da la ejecución de cada celda</translation>
    </message>
    <message>
        <extracomment>window: memoryReachPlot.plotTitle</extracomment>
        <source>How strongly day 1 reaches the prediction</source>
        <translation>Con qué fuerza llega el día 1 a la predicción</translation>
    </message>
    <message>
        <extracomment>window: gradientThroughTimePlot.plotTitle</extracomment>
        <source>How strongly each day reaches the prediction</source>
        <translation>Con qué fuerza llega cada día a la predicción</translation>
    </message>
    <message>
        <extracomment>window: run_canvasBackwardButton.toolTip</extracomment>
        <source>How the gradient flows back in time (Ctrl+B)</source>
        <translation>Cómo fluye el gradiente hacia atrás en el tiempo (Ctrl+B)</translation>
    </message>
    <message>
        <extracomment>window: canvasBackwardButton.toolTip</extracomment>
        <source>How the gradient flows back through time: ∂prediction/∂x for each copy and each copy&apos;s share of dSSR/dw2, as colour and width on a log scale</source>
        <translation>Cómo fluye el gradiente hacia atrás en el tiempo: ∂predicción/∂x de cada copia y la parte de cada copia en dSSR/dw2, como color y grosor en escala logarítmica</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlotScale.toolTip</extracomment>
        <source>How the y axis is scaled</source>
        <translation>Cómo se escala el eje y</translation>
    </message>
    <message>
        <extracomment>window: userGuideAction.toolTip</extracomment>
        <source>How to use RNN Lab, offline</source>
        <translation>Cómo usar RNN Lab, sin conexión</translation>
    </message>
    <message>
        <extracomment>window: activation.item3</extracomment>
        <source>identity</source>
        <translation>identidad</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:58</extracomment>
        <source>ignored: we already know day {day}</source>
        <translation>se ignora: ya conocemos el día {day}</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Image (PNG)…</source>
        <translation>Imagen (PNG)…</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvImportButton.text</extracomment>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvImportDialog.windowTitle</extracomment>
        <source>Import days.csv</source>
        <translation>Importar days.csv</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): gradientGroupChooser.item2</extracomment>
        <source>input gate: wpr1, wpr2, bpr1</source>
        <translation>puerta de entrada: wpr1, wpr2, bpr1</translation>
    </message>
    <message>
        <extracomment>window: gradientGroupChooser.item1</extracomment>
        <source>input: w1</source>
        <translation>entrada: w1</translation>
    </message>
    <message>
        <extracomment>window: insertValueButton.text</extracomment>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <extracomment>window: insertValueButton.toolTip</extracomment>
        <source>Insert a day here</source>
        <translation>Insertar un día aquí</translation>
    </message>
    <message>
        <extracomment>window: assignmentInstructions.accessibleName</extracomment>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: QLabel.text</extracomment>
        <source>Instructions for the students:</source>
        <translation>Instrucciones para los alumnos:</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Instructions:</source>
        <translation>Instrucciones:</translation>
    </message>
    <message>
        <extracomment>window: lessonStepChooser.toolTip</extracomment>
        <source>Jump to any step of the lesson</source>
        <translation>Ir a cualquier paso de la lección</translation>
    </message>
    <message>
        <extracomment>ShortcutsSheet: shortcutsSheet.windowTitle</extracomment>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab2</extracomment>
        <source>Landscape (1 parameter)</source>
        <translation>Paisaje (1 parámetro)</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab3</extracomment>
        <source>Landscape (2 parameters)</source>
        <translation>Paisaje (2 parámetros)</translation>
    </message>
    <message>
        <extracomment>window: QToolButton.toolTip</extracomment>
        <source>Large fonts, thick lines, high contrast for a projector (F5)</source>
        <translation>Letra grande, líneas gruesas, alto contraste para un proyector (F5)</translation>
    </message>
    <message>
        <extracomment>window: compareTable.column1</extracomment>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <extracomment>window: stabilityPlot.axis_bottom</extracomment>
        <source>learning rate (log scale)</source>
        <translation>tasa de aprendizaje (escala logarítmica)</translation>
    </message>
    <message>
        <extracomment>window: learningRateSlider.toolTip</extracomment>
        <source>Learning rate on a log scale</source>
        <translation>Tasa de aprendizaje en escala logarítmica</translation>
    </message>
    <message>
        <extracomment>window: memoryIntro.toolTip</extracomment>
        <source>Left: how strongly day 1 still reaches the prediction after n days. Right: the RNN and the LSTM trained side by side on the same data (learning rate 0.1, clip at 1, 3,000 steps).</source>
        <translation>Izquierda: con qué fuerza llega aún el día 1 a la predicción tras n días. Derecha: la RNN y la LSTM entrenadas lado a lado con los mismos datos (tasa de aprendizaje 0.1, recorte en 1, 3,000 pasos).</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Lesso&amp;n</source>
        <translation>Lecció&amp;n</translation>
    </message>
    <message>
        <extracomment>window: lessonPanel.windowTitle</extracomment>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <extracomment>window: QToolButton.text</extracomment>
        <source>Lesson panel</source>
        <translation>Panel de la lección</translation>
    </message>
    <message>
        <extracomment>window: lessonRevealButton.toolTip</extracomment>
        <source>Let the engine compute the answer and compare (Ctrl+Return)</source>
        <translation>Dejar que el motor calcule la respuesta y comparar (Ctrl+Intro)</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: worksheetPaper.item1</extracomment>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <extracomment>window: theme_light.text</extracomment>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <extracomment>window: theme_light.toolTip</extracomment>
        <source>Light colours</source>
        <translation>Colores claros</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlotScale.item1</extracomment>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewLoadButton.accessibleName</extracomment>
        <source>Load run&apos;s start</source>
        <translation>Cargar el inicio de la ejecución</translation>
    </message>
    <message>
        <extracomment>window: stabilityCompareButton.toolTip</extracomment>
        <source>Load the chosen cell&apos;s run and race it on the side-by-side page against a tenth of its learning rate and against clipping</source>
        <translation>Cargar la ejecución de la celda elegida y compararla en la página «Lado a lado» con una décima parte de su tasa de aprendizaje y con recorte</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRerunButton.toolTip</extracomment>
        <source>Load the selected run&apos;s start and train it again</source>
        <translation>Cargar el inicio de la ejecución elegida y entrenarla de nuevo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:333</extracomment>
        <source>Loaded the preset {name} (Edit &gt; Undo brings your data back)</source>
        <translation>Preajuste {name} cargado (Editar &gt; Deshacer recupera tus datos)</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentLocksTree.column2</extracomment>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlotScale.item0</extracomment>
        <source>log scale</source>
        <translation>escala logarítmica</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvOrientation.toolTip</extracomment>
        <source>Long form: a price download&apos;s &apos;symbol, date, price&apos; rows become one sequence per symbol, in date order</source>
        <translation>Formato largo: las filas «símbolo, fecha, precio» de una descarga de precios se convierten en una secuencia por símbolo, por orden de fecha</translation>
    </message>
    <message>
        <extracomment>window: lowButton.text</extracomment>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <extracomment>window: lowButton.toolTip</extracomment>
        <source>Low = 0: sets the chosen days, or adds a day at the end when none is chosen</source>
        <translation>Bajo = 0: fija los días elegidos, o añade un día al final si no hay ninguno elegido</translation>
    </message>
    <message>
        <extracomment>window: unrollPlot.axis_left</extracomment>
        <source>magnitude</source>
        <translation>magnitud</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: QPushButton.accessibleName</extracomment>
        <source>Make assignment</source>
        <translation>Crear tarea</translation>
    </message>
    <message>
        <extracomment>window: memoryOpenLSTMButton.toolTip</extracomment>
        <source>Make the LSTM on these 51 days the project, to see every number on the canvas (undo brings the old one back)</source>
        <translation>Convertir la LSTM con estos 51 días en el proyecto, para ver cada número en el lienzo (deshacer recupera el anterior)</translation>
    </message>
    <message>
        <extracomment>window: memoryOpenRNNButton.toolTip</extracomment>
        <source>Make the RNN on these 51 days the project, to see every number on the canvas (undo brings the old one back)</source>
        <translation>Convertir la RNN con estos 51 días en el proyecto, para ver cada número en el lienzo (deshacer recupera el anterior)</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: QPushButton.toolTip</extracomment>
        <source>Make this project an assignment and save the teacher&apos;s copy and the copy for students</source>
        <translation>Convertir este proyecto en una tarea y guardar la copia del profesor y la de los alumnos</translation>
    </message>
    <message>
        <extracomment>window: newAssignmentAction.toolTip</extracomment>
        <source>Make this project an assignment: instructions, goals, what to hide or lock</source>
        <translation>Convertir este proyecto en una tarea: instrucciones, objetivos, qué ocultar o bloquear</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Max steps</source>
        <translation>Pasos máx.</translation>
    </message>
    <message>
        <extracomment>window: gradientThroughTimePlot.legend0</extracomment>
        <source>measured |d prediction / d x_t|</source>
        <translation>medido |d predicción / d x_t|</translation>
    </message>
    <message>
        <extracomment>window: mediumButton.text</extracomment>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <extracomment>window: mediumButton.toolTip</extracomment>
        <source>Medium = 0.5: sets the chosen days, or adds a day at the end when none is chosen</source>
        <translation>Medio = 0.5: fija los días elegidos, o añade un día al final si no hay ninguno elegido</translation>
    </message>
    <message>
        <extracomment>window: scaleButton.toolTip</extracomment>
        <source>Min-max scale prices to [0, 1]</source>
        <translation>Escalar los precios a [0, 1] (mín.-máx.)</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <extracomment>window: momentum.toolTip</extracomment>
        <source>Momentum as torch.optim.SGD (0 = plain gradient descent)</source>
        <translation>Momento como en torch.optim.SGD (0 = descenso de gradiente simple)</translation>
    </message>
    <message>
        <extracomment>window: moreTrainingSettingsButton.toolTip</extracomment>
        <source>Momentum, activation, clipping, which parameters train and where they start</source>
        <translation>Momento, activación, recorte, qué parámetros se entrenan y dónde empiezan</translation>
    </message>
    <message>
        <extracomment>window: moreTrainingSettingsButton.text</extracomment>
        <source>More settings</source>
        <translation>Más ajustes</translation>
    </message>
    <message>
        <extracomment>window: moveDownButton.toolTip</extracomment>
        <source>Move it down</source>
        <translation>Bajarla</translation>
    </message>
    <message>
        <extracomment>window: moveUpButton.toolTip</extracomment>
        <source>Move it up</source>
        <translation>Subirla</translation>
    </message>
    <message>
        <extracomment>window: gradientThroughTimePlot.axis_bottom</extracomment>
        <source>n = feedback loops between the day and the prediction</source>
        <translation>n = bucles de retroalimentación entre el día y la predicción</translation>
    </message>
    <message>
        <extracomment>window: unrollPlot.axis_bottom</extracomment>
        <source>N = unrolls</source>
        <translation>N = desenrollados</translation>
    </message>
    <message>
        <extracomment>window: unrollSlider.toolTip</extracomment>
        <source>N: how many feedback loops the first input crosses</source>
        <translation>N: cuántos bucles de retroalimentación cruza la primera entrada</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalSteps0.toolTip</extracomment>
        <source>N: the SSR goal must be met within this many steps</source>
        <translation>N: el objetivo de SSR debe cumplirse en como mucho tantos pasos</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <extracomment>after Full screen: qt_tabwidget_tabbar.tab0</extracomment>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab0</extracomment>
        <source>Network and training</source>
        <translation>Red y entrenamiento</translation>
    </message>
    <message>
        <extracomment>window: networkCanvas.accessibleName</extracomment>
        <source>Network canvas</source>
        <translation>Lienzo de la red</translation>
    </message>
    <message>
        <extracomment>window: show_network.text</extracomment>
        <source>Network panel</source>
        <translation>Panel de la red</translation>
    </message>
    <message>
        <extracomment>window: newAssignmentAction.text</extracomment>
        <source>New &amp;assignment…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: newAssignmentDialog.windowTitle</extracomment>
        <source>New assignment</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <extracomment>window: reinitButton.toolTip</extracomment>
        <source>New random starting parameters from this seed</source>
        <translation>Nuevos parámetros iniciales aleatorios con esta semilla</translation>
    </message>
    <message>
        <extracomment>window: lessonNextButton.text</extracomment>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <extracomment>window: timelineStep.text</extracomment>
        <source>no run yet</source>
        <translation>aún no hay ejecución</translation>
    </message>
    <message>
        <extracomment>window: labRunText.text</extracomment>
        <source>No run yet: press Train to watch gradient descent here.</source>
        <translation>Aún no hay ejecución: pulsa Entrenar para ver aquí el descenso de gradiente.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/plots.py:512</extracomment>
        <source>No steps yet: train, or press Step.</source>
        <translation>Aún no hay pasos: entrena o pulsa Paso.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:52</extracomment>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <extracomment>window: targetEdit.placeholderText</extracomment>
        <source>none: only predicted</source>
        <translation>ninguno: solo se predice</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/csv_import_dialog.py:122</extracomment>
        <source>Nothing can be imported from this file.</source>
        <translation>No se puede importar nada de este archivo.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:378</extracomment>
        <source>Nothing to import from {name}</source>
        <translation>Nada que importar de {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/side_by_side.py:215</extracomment>
        <source>Nothing to train: no sequence has a target.</source>
        <translation>Nada que entrenar: ninguna secuencia tiene objetivo.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/through_time.py:113</extracomment>
        <source>Now, w2 = {w2} and {name} has {count} values: the first day crosses {loops} feedback loops and reaches the prediction multiplied by {gain} (|w2|^{loops} = {power}; the rest is w1 × w3 and ReLU).</source>
        <translation>Ahora w2 = {w2} y {name} tiene {count} valores: el primer día cruza {loops} bucles de retroalimentación y llega a la predicción multiplicado por {gain} (|w2|^{loops} = {power}; el resto es w1 × w3 y ReLU).</translation>
    </message>
    <message>
        <extracomment>dialog csv import: QLabel.text</extracomment>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_diverged.toolTip</extracomment>
        <source>numbers overflowed: the steps grew without bound</source>
        <translation>los números se desbordaron: los pasos crecieron sin límite</translation>
    </message>
    <message>
        <extracomment>ClassSetupDialog: QPushButton.text</extracomment>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <extracomment>window: run_stepButton.text</extracomment>
        <source>One &amp;gradient-descent step</source>
        <translation>Un paso de descenso de &amp;gradiente</translation>
    </message>
    <message>
        <extracomment>window: run_canvasUnrolledButton.toolTip</extracomment>
        <source>One copy of the network per value (Ctrl+2)</source>
        <translation>Una copia de la red por valor (Ctrl+2)</translation>
    </message>
    <message>
        <extracomment>window: canvasUnrolledButton.toolTip</extracomment>
        <source>One copy of the network per value of the sequence</source>
        <translation>Una copia de la red por cada valor de la secuencia</translation>
    </message>
    <message>
        <extracomment>window: canvasRolledButton.toolTip</extracomment>
        <source>One network with its feedback loop</source>
        <translation>Una red con su bucle de retroalimentación</translation>
    </message>
    <message>
        <extracomment>window: run_canvasRolledButton.toolTip</extracomment>
        <source>One network with its feedback loop (Ctrl+1)</source>
        <translation>Una red con su bucle de retroalimentación (Ctrl+1)</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvOrientation.item2</extracomment>
        <source>one row per day, with a name column (long form)</source>
        <translation>una fila por día, con una columna de nombre (formato largo)</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewTable.toolTip</extracomment>
        <source>One row per handed-in file: who, how many runs, and the run in which each goal was first met</source>
        <translation>Una fila por archivo entregado: quién, cuántas ejecuciones y en qué ejecución se cumplió por primera vez cada objetivo</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvOrientation.item0</extracomment>
        <source>one sequence per column</source>
        <translation>una secuencia por columna</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvOrientation.item1</extracomment>
        <source>one sequence per row</source>
        <translation>una secuencia por fila</translation>
    </message>
    <message>
        <extracomment>window: onlyW2Button.text</extracomment>
        <source>only w2</source>
        <translation>solo w2</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <extracomment>window: lessonOpenButton.toolTip</extracomment>
        <source>Open a lesson file of your own (JSON, see the README)</source>
        <translation>Abrir un archivo de lección propio (JSON, ver el README)</translation>
    </message>
    <message>
        <extracomment>window: openAsTeacherAction.toolTip</extracomment>
        <source>Open an assignment with nothing hidden or locked</source>
        <translation>Abrir una tarea sin nada oculto ni bloqueado</translation>
    </message>
    <message>
        <extracomment>window: openAsTeacherAction.text</extracomment>
        <source>Open as &amp;teacher…</source>
        <translation>Abrir como &amp;profesor…</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewAddButton.toolTip</extracomment>
        <source>Open handed-in assignment files</source>
        <translation>Abrir archivos de tareas entregadas</translation>
    </message>
    <message>
        <extracomment>window: reviewHandInsAction.toolTip</extracomment>
        <source>Open several handed-in files: who met which goal, after how many runs</source>
        <translation>Abrir varios archivos entregados: quién cumplió qué objetivo y tras cuántas ejecuciones</translation>
    </message>
    <message>
        <extracomment>window: memoryOpenLSTMButton.text</extracomment>
        <source>Open the LSTM&apos;s 51 days</source>
        <translation>Abrir los 51 días de la LSTM</translation>
    </message>
    <message>
        <extracomment>window: memoryOpenRNNButton.text</extracomment>
        <source>Open the RNN&apos;s 51 days</source>
        <translation>Abrir los 51 días de la RNN</translation>
    </message>
    <message>
        <extracomment>window: landscape2DTable.accessibleDescription</extracomment>
        <source>Opens the SSR at every point of this landscape&apos;s grid as a copyable table</source>
        <translation>Abre la SSR en cada punto de la cuadrícula de este paisaje como una tabla que se puede copiar</translation>
    </message>
    <message>
        <extracomment>window: lessonOpenButton.text</extracomment>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): gradientGroupChooser.item4</extracomment>
        <source>output gate: wo1, wo2, bo1</source>
        <translation>puerta de salida: wo1, wo2, bo1</translation>
    </message>
    <message>
        <extracomment>window: gradientGroupChooser.item4</extracomment>
        <source>output: w3, b2</source>
        <translation>salida: w3, b2</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentLocksTree.column0</extracomment>
        <source>Panel or control</source>
        <translation>Panel o control</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: QLabel.text</extracomment>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <extracomment>window: parameterPlot.plotTitle</extracomment>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <extracomment>window: labPauseButton.text</extracomment>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <extracomment>window: labPauseButton.toolTip</extracomment>
        <source>Pause the run (Ctrl+P)</source>
        <translation>Pausar la ejecución (Ctrl+P)</translation>
    </message>
    <message>
        <extracomment>window: pauseButton.toolTip</extracomment>
        <source>Pause the run (Train resumes)</source>
        <translation>Pausar la ejecución (Entrenar la reanuda)</translation>
    </message>
    <message>
        <extracomment>window: run_pauseButton.toolTip</extracomment>
        <source>Pause the run; Train resumes it (Ctrl+P)</source>
        <translation>Pausar la ejecución; Entrenar la reanuda (Ctrl+P)</translation>
    </message>
    <message>
        <extracomment>window: canvasPlayButton.text</extracomment>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>PNG image…</source>
        <translation>Imagen PNG…</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): gradientGroupChooser.item3</extracomment>
        <source>potential memory: wp1, wp2, bp1</source>
        <translation>memoria potencial: wp1, wp2, bp1</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalKind0.item2</extracomment>
        <source>Predict a sequence within D</source>
        <translation>Predecir una secuencia con un error de como mucho D</translation>
    </message>
    <message>
        <extracomment>window: lessonQuestion.title</extracomment>
        <source>Predict, then reveal</source>
        <translation>Predice y luego revela</translation>
    </message>
    <message>
        <extracomment>PredictionsTable: predictionsGrid.column1</extracomment>
        <source>prediction</source>
        <translation>predicción</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:50</extracomment>
        <source>prediction = {value}</source>
        <translation>predicción = {value}</translation>
    </message>
    <message>
        <extracomment>PredictionsTable: predictionsTable.windowTitle</extracomment>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <extracomment>window: QToolButton.text</extracomment>
        <source>Presenter mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <extracomment>window: show_presets_toolbar.text</extracomment>
        <source>Presets toolbar</source>
        <translation>Barra de preajustes</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Presets: </source>
        <translation>Preajustes: </translation>
    </message>
    <message>
        <extracomment>window: diagnosisLabel.text</extracomment>
        <source>Press Train or Step to start gradient descent.</source>
        <translation>Pulsa Entrenar o Paso para empezar el descenso de gradiente.</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlot.hint0</extracomment>
        <source>Press Train or Step: the run is drawn here</source>
        <translation>Pulsa Entrenar o Paso: aquí se dibuja la ejecución</translation>
    </message>
    <message>
        <extracomment>after Blue (9 days) and Red (5 days): valuesTable.column2</extracomment>
        <source>price ($)</source>
        <translation>precio ($)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:254</extracomment>
        <source>price ({unit})</source>
        <translation>precio ({unit})</translation>
    </message>
    <message>
        <extracomment>dialog scaling: QLabel.text</extracomment>
        <source>Price that becomes 0</source>
        <translation>Precio que pasa a ser 0</translation>
    </message>
    <message>
        <extracomment>dialog scaling: QLabel.text</extracomment>
        <source>Price that becomes 1</source>
        <translation>Precio que pasa a ser 1</translation>
    </message>
    <message>
        <extracomment>dialog csv import: QLabel.text</extracomment>
        <source>Problems (these cells are not imported):</source>
        <translation>Problemas (estas celdas no se importan):</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewLoadButton.toolTip</extracomment>
        <source>Put the selected run&apos;s sequences, settings and starting parameters into the project (Edit → Undo takes them back)</source>
        <translation>Poner en el proyecto las secuencias, los ajustes y los parámetros iniciales de la ejecución elegida (Editar → Deshacer los retira)</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRerunButton.text</extracomment>
        <source>Re-&amp;run it</source>
        <translation>&amp;Volver a ejecutarla</translation>
    </message>
    <message>
        <extracomment>window: reinitButton.text</extracomment>
        <source>Re-initialise</source>
        <translation>Reinicializar</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRerunButton.accessibleName</extracomment>
        <source>Re-run it</source>
        <translation>Volver a ejecutarla</translation>
    </message>
    <message>
        <extracomment>dialog csv import: QLabel.text</extracomment>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/main_window.py:71</extracomment>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <extracomment>window: gradientReceiptButton.text</extracomment>
        <source>Receipt</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <extracomment>window: activation.item0</extracomment>
        <source>ReLU (the lesson&apos;s)</source>
        <translation>ReLU (la de la lección)</translation>
    </message>
    <message>
        <extracomment>window: gradientThroughTimePlot.legend2</extracomment>
        <source>ReLU switched off (no signal)</source>
        <translation>ReLU apagada (sin señal)</translation>
    </message>
    <message>
        <extracomment>window: deleteValueButton.text</extracomment>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: removeGoalButton.accessibleName</extracomment>
        <source>Remove goal</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <extracomment>window: deleteValueButton.toolTip</extracomment>
        <source>Remove the chosen days</source>
        <translation>Quitar los días elegidos</translation>
    </message>
    <message>
        <extracomment>dialog scaling: unscaleButton.toolTip</extracomment>
        <source>Remove the scaling: the values become the prices again</source>
        <translation>Quitar el escalado: los valores vuelven a ser los precios</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: removeGoalButton.toolTip</extracomment>
        <source>Remove the selected goal row</source>
        <translation>Quitar la fila de objetivo elegida</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvMode.item0</extracomment>
        <source>Replace the current sequences</source>
        <translation>Sustituir las secuencias actuales</translation>
    </message>
    <message>
        <extracomment>window: resetButton.text</extracomment>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <extracomment>PredictionsTable: predictionsGrid.column3</extracomment>
        <source>residual</source>
        <translation>residuo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:55</extracomment>
        <source>residual = {value}</source>
        <translation>residuo = {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/prompts.py:49</extracomment>
        <source>Restore unsaved work?</source>
        <translation>¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message>
        <extracomment>after Pause training: trainButton.text</extracomment>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <extracomment>window: lessonRevealButton.text</extracomment>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewDialog.windowTitle</extracomment>
        <source>Review hand-ins</source>
        <translation>Revisar entregas</translation>
    </message>
    <message>
        <extracomment>window: memoryVerdictRNN.text</extracomment>
        <source>RNN (w2 = 0.5): after 51 days ∂prediction/∂x1 = 8.88e-16 at the start (SSR 0.7551). Press “Train both side by side”.</source>
        <translation>RNN (w2 = 0.5): tras 51 días ∂predicción/∂x1 = 8.88e-16 al inicio (SSR 0.7551). Pulsa «Entrenar ambas lado a lado».</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/prompts.py:50</extracomment>
        <source>RNN Lab did not close normally last time. Unsaved work was recovered:

{description}

Restore it?</source>
        <translation>RNN Lab no se cerró con normalidad la última vez. Se recuperó trabajo sin guardar:

{description}

¿Restaurarlo?</translation>
    </message>
    <message>
        <extracomment>UserGuide: userGuide.windowTitle</extracomment>
        <source>RNN Lab user guide</source>
        <translation>Guía de usuario de RNN Lab</translation>
    </message>
    <message>
        <extracomment>window: run_canvasRolledButton.text</extracomment>
        <source>Ro&amp;lled view</source>
        <translation>Vista en&amp;rollada</translation>
    </message>
    <message>
        <extracomment>window: canvasRolledButton.text</extracomment>
        <source>Rolled</source>
        <translation>Enrollada</translation>
    </message>
    <message>
        <extracomment>window: compareTable.column0</extracomment>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column0</extracomment>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <extracomment>window: compareLossPlot.legend0</extracomment>
        <source>run 1</source>
        <translation>ejecución 1</translation>
    </message>
    <message>
        <extracomment>window: compareLossPlot.legend1</extracomment>
        <source>run 2</source>
        <translation>ejecución 2</translation>
    </message>
    <message>
        <extracomment>window: compareLossPlot.legend2</extracomment>
        <source>run 3</source>
        <translation>ejecución 3</translation>
    </message>
    <message>
        <extracomment>window: compareLossPlot.legend3</extracomment>
        <source>run 4</source>
        <translation>ejecución 4</translation>
    </message>
    <message>
        <extracomment>window: trainButton.toolTip</extracomment>
        <source>Run gradient descent (Ctrl+T)</source>
        <translation>Ejecutar el descenso de gradiente (Ctrl+T)</translation>
    </message>
    <message>
        <extracomment>window: stabilityCompareButton.text</extracomment>
        <source>Run it side by side</source>
        <translation>Ejecutarla lado a lado</translation>
    </message>
    <message>
        <extracomment>window: compareRunButton.text</extracomment>
        <source>Run side by side</source>
        <translation>Ejecutar lado a lado</translation>
    </message>
    <message>
        <extracomment>window: timelineSlider.accessibleName</extracomment>
        <source>Run timeline</source>
        <translation>Línea de tiempo de la ejecución</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewTable.column2</extracomment>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.accessibleName</extracomment>
        <source>Runs of the selected hand-in</source>
        <translation>Ejecuciones de la entrega elegida</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: QLabel.text</extracomment>
        <source>Runs of the selected hand-in:</source>
        <translation>Ejecuciones de la entrega elegida:</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: QPushButton.text</extracomment>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <extracomment>window: saveAsAction.text</extracomment>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <extracomment>window: saveHandoutAction.text</extracomment>
        <source>Save for &amp;students…</source>
        <translation>Guardar para los &amp;alumnos…</translation>
    </message>
    <message>
        <extracomment>window: canvasExportButton.toolTip</extracomment>
        <source>Save the canvas as PNG or SVG</source>
        <translation>Guardar el lienzo como PNG o SVG</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/prompts.py:35</extracomment>
        <source>Save the changes to {name}?

If you don&apos;t, they are lost.</source>
        <translation>¿Guardar los cambios en {name}?

Si no, se perderán.</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlotExport.toolTip</extracomment>
        <source>Save this plot as PNG or SVG, or its data as CSV</source>
        <translation>Guardar este gráfico como PNG o SVG, o sus datos como CSV</translation>
    </message>
    <message>
        <extracomment>dialog scaling: scaleOkButton.text</extracomment>
        <source>Scale</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <extracomment>dialog scaling: scalingDialog.windowTitle</extracomment>
        <source>Scale prices to [0, 1]</source>
        <translation>Escalar los precios a [0, 1]</translation>
    </message>
    <message>
        <extracomment>window: clipGradients.toolTip</extracomment>
        <source>Scale the gradient down so its length is at most this</source>
        <translation>Reducir el gradiente para que su longitud sea como mucho esta</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvScale.text</extracomment>
        <source>scale the values to [0, 1] (lowest = 0, highest = 1, as the lesson does)</source>
        <translation>escalar los valores a [0, 1] (el menor = 0, el mayor = 1, como hace la lección)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:279</extracomment>
        <source>Scaled: {mapping}</source>
        <translation>Escalado: {mapping}</translation>
    </message>
    <message>
        <extracomment>window: scaleButton.text</extracomment>
        <source>Scale…</source>
        <translation>Escalar…</translation>
    </message>
    <message>
        <extracomment>window: ScrollLeftButton.accessibleName</extracomment>
        <source>Scroll Left</source>
        <translation>Desplazar a la izquierda</translation>
    </message>
    <message>
        <extracomment>window: ScrollRightButton.accessibleName</extracomment>
        <source>Scroll Right</source>
        <translation>Desplazar a la derecha</translation>
    </message>
    <message>
        <extracomment>window: timelineSlider.toolTip</extracomment>
        <source>Scrub through the run: the canvas, the plots and the read-outs show the parameters of this step (arrows, Page Up/Down, Home, End)</source>
        <translation>Recorre la ejecución: el lienzo, los gráficos y las lecturas muestran los parámetros de este paso (flechas, RePág/AvPág, Inicio, Fin)</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column5</extracomment>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentGoalsTable.column3</extracomment>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <extracomment>PredictionsTable: predictionsGrid.column0</extracomment>
        <source>sequence</source>
        <translation>secuencia</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalSequence0.item1</extracomment>
        <source>sequence 1</source>
        <translation>secuencia 1</translation>
    </message>
    <message>
        <extracomment>after Lesson panel: qt_tabwidget_tabbar.tab1</extracomment>
        <source>Sequences</source>
        <translation>Secuencias</translation>
    </message>
    <message>
        <extracomment>window: show_sequences.text</extracomment>
        <source>Sequences panel</source>
        <translation>Panel de secuencias</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentLocksTree.column1</extracomment>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <extracomment>window: showAllAction.text</extracomment>
        <source>Show &amp;everything</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <extracomment>window: landscape2DTable.text</extracomment>
        <source>Show as table…</source>
        <translation>Mostrar como tabla…</translation>
    </message>
    <message>
        <extracomment>window: canvasResetButton.toolTip</extracomment>
        <source>Show every copy computed</source>
        <translation>Mostrar todas las copias calculadas</translation>
    </message>
    <message>
        <extracomment>window: classSetupAction.text</extracomment>
        <source>Show or hide for this &amp;class…</source>
        <translation>Mostrar u ocultar para esta &amp;clase…</translation>
    </message>
    <message>
        <extracomment>ClassSetupDialog: classSetupDialog.windowTitle</extracomment>
        <source>Show or hide for this class</source>
        <translation>Mostrar u ocultar para esta clase</translation>
    </message>
    <message>
        <extracomment>window: assignmentPanelAction.toolTip</extracomment>
        <source>Show or hide the assignment&apos;s instructions and goals</source>
        <translation>Mostrar u ocultar las instrucciones y los objetivos de la tarea</translation>
    </message>
    <message>
        <extracomment>window: show_gradient_lab.toolTip</extracomment>
        <source>Show or hide the Gradient lab tab</source>
        <translation>Mostrar u ocultar la pestaña Laboratorio de gradientes</translation>
    </message>
    <message>
        <extracomment>window: QToolButton.toolTip</extracomment>
        <source>Show or hide the guided lesson (Ctrl+L)</source>
        <translation>Mostrar u ocultar la lección guiada (Ctrl+L)</translation>
    </message>
    <message>
        <extracomment>window: show_network.toolTip</extracomment>
        <source>Show or hide the Network panel</source>
        <translation>Mostrar u ocultar el panel Red</translation>
    </message>
    <message>
        <extracomment>window: whatComesNextButton.toolTip</extracomment>
        <source>Show or hide the note on what comes after plain RNNs</source>
        <translation>Mostrar u ocultar la nota sobre lo que viene después de las RNN simples</translation>
    </message>
    <message>
        <extracomment>window: show_presets_toolbar.toolTip</extracomment>
        <source>Show or hide the Presets toolbar</source>
        <translation>Mostrar u ocultar la barra de preajustes</translation>
    </message>
    <message>
        <extracomment>window: show_sequences.toolTip</extracomment>
        <source>Show or hide the Sequences panel</source>
        <translation>Mostrar u ocultar el panel Secuencias</translation>
    </message>
    <message>
        <extracomment>window: show_training.toolTip</extracomment>
        <source>Show or hide the Training panel</source>
        <translation>Mostrar u ocultar el panel Entrenamiento</translation>
    </message>
    <message>
        <extracomment>window: landscape2DTable.accessibleName</extracomment>
        <source>Show the landscape as a table</source>
        <translation>Mostrar el paisaje como tabla</translation>
    </message>
    <message>
        <extracomment>window: timelineStep.accessibleName</extracomment>
        <source>Shown step: no run yet</source>
        <translation>Paso mostrado: aún no hay ejecución</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:208</extracomment>
        <source>Shown step: {text}</source>
        <translation>Paso mostrado: {text}</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab4</extracomment>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvLabels.text</extracomment>
        <source>skip a date/label column (or row)</source>
        <translation>omitir una columna (o fila) de fecha/etiqueta</translation>
    </message>
    <message>
        <extracomment>window: landscape1DPlot.legend0</extracomment>
        <source>SSR (others fixed)</source>
        <translation>SSR (los demás fijos)</translation>
    </message>
    <message>
        <extracomment>window: lossPlot.plotTitle</extracomment>
        <source>SSR (the loss)</source>
        <translation>SSR (la pérdida)</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>SSR as a function of</source>
        <translation>SSR en función de</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column3</extracomment>
        <source>SSR end</source>
        <translation>SSR final</translation>
    </message>
    <message>
        <extracomment>window: memoryLossPlot.plotTitle</extracomment>
        <source>SSR of each network, trained side by side</source>
        <translation>SSR de cada red, entrenadas lado a lado</translation>
    </message>
    <message>
        <extracomment>window: compareLossPlot.plotTitle</extracomment>
        <source>SSR of each run</source>
        <translation>SSR de cada ejecución</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>SSR over</source>
        <translation>SSR sobre</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column2</extracomment>
        <source>SSR start</source>
        <translation>SSR inicial</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalKind0.item0</extracomment>
        <source>SSR ≤ X within N steps</source>
        <translation>SSR ≤ X en como mucho N pasos</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab6</extracomment>
        <source>Stability map</source>
        <translation>Mapa de estabilidad</translation>
    </message>
    <message>
        <extracomment>window: forkFromHere.accessibleDescription</extracomment>
        <source>Start a new run from the shown step with changed settings; Undo removes it</source>
        <translation>Empezar una ejecución nueva desde el paso mostrado con otros ajustes; Deshacer la quita</translation>
    </message>
    <message>
        <extracomment>window: forkFromHere.toolTip</extracomment>
        <source>Start a new run from this step with other settings (for example clipping on), drawn beside this one</source>
        <translation>Empezar una ejecución nueva desde este paso con otros ajustes (por ejemplo con recorte), dibujada junto a esta</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): compareTable.column2</extracomment>
        <source>start blr1 (forget bias)</source>
        <translation>inicio blr1 (sesgo de olvido)</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Start from</source>
        <translation>Empezar desde</translation>
    </message>
    <message>
        <extracomment>window: compareTable.column2</extracomment>
        <source>start w2</source>
        <translation>w2 inicial</translation>
    </message>
    <message>
        <extracomment>window: stabilityPlot.axis_left</extracomment>
        <source>starting w2</source>
        <translation>w2 inicial</translation>
    </message>
    <message>
        <extracomment>window: memoryLossPlot.axis_bottom</extracomment>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <extracomment>window: stepButton.text</extracomment>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab2</extracomment>
        <source>Step size</source>
        <translation>Tamaño del paso</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlot.plotTitle</extracomment>
        <source>Step size |Δθ|</source>
        <translation>Tamaño del paso |Δθ|</translation>
    </message>
    <message>
        <extracomment>window: canvasPlayButton.toolTip</extracomment>
        <source>Step through every copy</source>
        <translation>Recorrer todas las copias</translation>
    </message>
    <message>
        <extracomment>window: run_canvasPlayButton.toolTip</extracomment>
        <source>Step through every copy (Ctrl+Shift+F)</source>
        <translation>Recorrer todas las copias (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:202</extracomment>
        <source>step {step} (training)</source>
        <translation>paso {step} (entrenando)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:206</extracomment>
        <source>step {step} of {total}</source>
        <translation>paso {step} de {total}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/run_strip.py:54</extracomment>
        <source>Step {step} of {total} · SSR {ssr}</source>
        <translation>Paso {step} de {total} · SSR {ssr}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:204</extracomment>
        <source>step {step}: replaying…</source>
        <translation>paso {step}: reproduciendo…</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewRuns.column1</extracomment>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentGoalsTable.column2</extracomment>
        <source>Steps (N)</source>
        <translation>Pasos (N)</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>steps per run</source>
        <translation>pasos por ejecución</translation>
    </message>
    <message>
        <extracomment>window: speedControl.toolTip</extracomment>
        <source>Steps per second: slow enough to watch gradient descent bounce or stall, up to flat out (the last notch)</source>
        <translation>Pasos por segundo: lo bastante lento para ver el descenso de gradiente rebotar o estancarse, hasta a tope (la última marca)</translation>
    </message>
    <message>
        <extracomment>window: memoryStopButton.text</extracomment>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <extracomment>window: memoryStopButton.toolTip</extracomment>
        <source>Stop both runs where they are</source>
        <translation>Detener ambas ejecuciones donde están</translation>
    </message>
    <message>
        <extracomment>window: compareStopButton.toolTip</extracomment>
        <source>Stop every side-by-side run where it is</source>
        <translation>Detener cada ejecución lado a lado donde está</translation>
    </message>
    <message>
        <extracomment>window: stopWhenConverged.text</extracomment>
        <source>stop when converged</source>
        <translation>parar al converger</translation>
    </message>
    <message>
        <extracomment>ReviewDialog: reviewTable.column0</extracomment>
        <source>Student</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <extracomment>window: compareDefaultsButton.text</extracomment>
        <source>Suggest runs</source>
        <translation>Sugerir ejecuciones</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>SVG drawing…</source>
        <translation>Dibujo SVG…</translation>
    </message>
    <message>
        <extracomment>window: parameterPlotScale.item1</extracomment>
        <source>symmetric log</source>
        <translation>log simétrico</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py: KIND_WORDS</extracomment>
        <source>Tabs</source>
        <translation>Pestañas</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <extracomment>PredictionsTable: predictionsGrid.column2</extracomment>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:54</extracomment>
        <source>target = {value}</source>
        <translation>objetivo = {value}</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Teaching</source>
        <translation>Enseñanza</translation>
    </message>
    <message>
        <extracomment>window: canvasFormula.toolTip</extracomment>
        <source>The arithmetic of one copy, with the current numbers</source>
        <translation>Las cuentas de una copia, con los números actuales</translation>
    </message>
    <message>
        <extracomment>window: assignmentGoals.accessibleDescription</extracomment>
        <source>The assignment&apos;s goals; a ticked goal is met</source>
        <translation>Los objetivos de la tarea; un objetivo marcado está cumplido</translation>
    </message>
    <message>
        <extracomment>window: landscape1DNote.text</extracomment>
        <source>The curve is SSR over w2 with w1 = 1.8, b1 = 0, w3 = 1.1, b2 = 0 held where they are now. The red points are this run&apos;s steps, numbered from the start; arrows show where the latest steps went.</source>
        <translation>La curva es la SSR sobre w2 con w1 = 1.8, b1 = 0, w3 = 1.1, b2 = 0 fijos donde están ahora. Los puntos rojos son los pasos de esta ejecución, numerados desde el inicio; las flechas muestran adónde fueron los últimos pasos.</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvHeader.text</extracomment>
        <source>the first row (or cell) holds the names</source>
        <translation>la primera fila (o celda) tiene los nombres</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentGoalsTable.toolTip</extracomment>
        <source>The goals the engine checks; each row is one goal</source>
        <translation>Los objetivos que comprueba el motor; cada fila es un objetivo</translation>
    </message>
    <message>
        <extracomment>window: activation.toolTip</extracomment>
        <source>The hidden unit&apos;s activation function (the lesson uses ReLU)</source>
        <translation>La función de activación de la unidad oculta (la lección usa ReLU)</translation>
    </message>
    <message>
        <extracomment>window: clipValue.toolTip</extracomment>
        <source>The largest gradient length clipping lets through</source>
        <translation>La mayor longitud de gradiente que deja pasar el recorte</translation>
    </message>
    <message>
        <extracomment>dialog csv import: csvTarget.text</extracomment>
        <source>the last value is the target (the day to predict)</source>
        <translation>el último valor es el objetivo (el día que hay que predecir)</translation>
    </message>
    <message>
        <extracomment>window: explodingPresetButton.toolTip</extracomment>
        <source>The lesson&apos;s example, w2 = 2 unrolled 4 times (x16): press Train and watch gradient descent bounce across the valley; then tick Clip</source>
        <translation>El ejemplo de la lección, w2 = 2 desenrollada 4 veces (x16): pulsa Entrenar y mira cómo el descenso de gradiente rebota de un lado al otro del valle; luego marca Recortar</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/through_time.py:74</extracomment>
        <source>The lesson&apos;s numbers, computed: {lines}.</source>
        <translation>Los números de la lección, calculados: {lines}.</translation>
    </message>
    <message>
        <extracomment>window: cellChooser.itemTip0</extracomment>
        <source>The lesson&apos;s RNN: one ReLU unit with a feedback loop (w1, w2, b1, w3, b2)</source>
        <translation>La RNN de la lección: una unidad ReLU con un bucle de retroalimentación (w1, w2, b1, w3, b2)</translation>
    </message>
    <message>
        <extracomment>window: lessonChooser.toolTip</extracomment>
        <source>The lessons in resources/lessons; a broken file shows its error</source>
        <translation>Las lecciones de resources/lessons; un archivo dañado muestra su error</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_bouncing.toolTip</extracomment>
        <source>the loss rises and falls: the steps overshoot (exploding gradients or too big a learning rate)</source>
        <translation>la pérdida sube y baja: los pasos se pasan (gradientes explosivos o una tasa de aprendizaje demasiado grande)</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_converged.toolTip</extracomment>
        <source>the loss settled: the network fits the data, or sits at a minimum</source>
        <translation>la pérdida se estabilizó: la red se ajusta a los datos o está en un mínimo</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_converging.toolTip</extracomment>
        <source>the loss still falls at the last step: more steps would go on</source>
        <translation>la pérdida aún baja en el último paso: más pasos seguirían mejorando</translation>
    </message>
    <message>
        <extracomment>dialog scaling: QLabel.text</extracomment>
        <source>The lowest price becomes 0 and the highest 1, for every sequence. The prices are kept: the editor shows them beside the scaled values, and the prediction in the same units.</source>
        <translation>El precio más bajo pasa a ser 0 y el más alto 1, para todas las secuencias. Los precios se conservan: el editor los muestra junto a los valores escalados, y la predicción en las mismas unidades.</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): activation.toolTip</extracomment>
        <source>The LSTM&apos;s activations are fixed: sigmoid for the three gates, tanh for the memories</source>
        <translation>Las activaciones de la LSTM son fijas: sigmoid para las tres puertas, tanh para las memorias</translation>
    </message>
    <message>
        <extracomment>window: cellChooser.itemTip1</extracomment>
        <source>The next chapter&apos;s LSTM unit: a long-term and a short-term memory, three gates and a potential memory (12 parameters)</source>
        <translation>La unidad LSTM del siguiente capítulo: una memoria a largo y otra a corto plazo, tres puertas y una memoria potencial (12 parámetros)</translation>
    </message>
    <message>
        <extracomment>window: lessonNextButton.toolTip</extracomment>
        <source>The next step (Page Down or Alt+Right)</source>
        <translation>El paso siguiente (AvPág o Alt+Derecha)</translation>
    </message>
    <message>
        <extracomment>window: landscape2DX.toolTip</extracomment>
        <source>The parameter along the x axis</source>
        <translation>El parámetro del eje x</translation>
    </message>
    <message>
        <extracomment>window: landscape1DParam.toolTip</extracomment>
        <source>The parameter along the x axis; the others stay as they are</source>
        <translation>El parámetro del eje x; los demás se quedan como están</translation>
    </message>
    <message>
        <extracomment>window: landscape2DY.toolTip</extracomment>
        <source>The parameter along the y axis</source>
        <translation>El parámetro del eje y</translation>
    </message>
    <message>
        <extracomment>dialog worksheet: worksheetBlank_prediction.text</extracomment>
        <source>the prediction, the residual and the SSR</source>
        <translation>la predicción, el residuo y la SSR</translation>
    </message>
    <message>
        <extracomment>window: lessonBackButton.toolTip</extracomment>
        <source>The previous step (Page Up or Alt+Left)</source>
        <translation>El paso anterior (RePág o Alt+Izquierda)</translation>
    </message>
    <message>
        <extracomment>window: seed.toolTip</extracomment>
        <source>The seed of the random starting parameters: the same seed, the same start</source>
        <translation>La semilla de los parámetros iniciales aleatorios: la misma semilla, el mismo inicio</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalSequence0.toolTip</extracomment>
        <source>The sequence a first-day or prediction goal is about</source>
        <translation>La secuencia a la que se refiere un objetivo de primer día o de predicción</translation>
    </message>
    <message>
        <extracomment>window: sequenceList.toolTip</extracomment>
        <source>The sequences: each is a few days of prices, oldest first</source>
        <translation>Las secuencias: cada una son unos días de precios, del más antiguo al más reciente</translation>
    </message>
    <message>
        <extracomment>window: landscape2DTable.toolTip</extracomment>
        <source>The SSR at every point of the grid, as a table you can copy</source>
        <translation>La SSR en cada punto de la cuadrícula, como una tabla que puedes copiar</translation>
    </message>
    <message>
        <extracomment>window: clipToggle.toolTip</extracomment>
        <source>The standard remedy for exploding gradients: scale the gradient down whenever its length exceeds this value, so no step is longer than learning rate × this value. Works while training runs.</source>
        <translation>El remedio habitual contra los gradientes explosivos: reducir el gradiente cuando su longitud supera este valor, para que ningún paso sea más largo que tasa de aprendizaje × este valor. Funciona durante el entrenamiento.</translation>
    </message>
    <message>
        <extracomment>window: timelineSlider.accessibleDescription</extracomment>
        <source>The step of the run whose parameters are shown, while the run is paused or over</source>
        <translation>El paso de la ejecución cuyos parámetros se muestran, mientras la ejecución está en pausa o terminada</translation>
    </message>
    <message>
        <extracomment>window: timelineStep.toolTip</extracomment>
        <source>The step the views show</source>
        <translation>El paso que muestran las vistas</translation>
    </message>
    <message>
        <extracomment>window: targetEdit.toolTip</extracomment>
        <source>The value that comes next (the day to predict). Training uses it; leave it empty to only see the prediction.</source>
        <translation>El valor que viene después (el día que hay que predecir). El entrenamiento lo usa; déjalo vacío para ver solo la predicción.</translation>
    </message>
    <message>
        <extracomment>window: canvasFitButton.toolTip</extracomment>
        <source>The whole network in the window (F)</source>
        <translation>Toda la red en la ventana (F)</translation>
    </message>
    <message>
        <extracomment>dialog csv import: QLabel.text</extracomment>
        <source>Then</source>
        <translation>Después</translation>
    </message>
    <message>
        <extracomment>window: landscape1DPlot.legend1</extracomment>
        <source>this run</source>
        <translation>esta ejecución</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentGoalsTable.column1</extracomment>
        <source>Threshold (X, F or D)</source>
        <translation>Umbral (X, F o D)</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab0</extracomment>
        <source>Through time</source>
        <translation>A través del tiempo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/side_by_side.py:212</extracomment>
        <source>Tick at least one run.</source>
        <translation>Marca al menos una ejecución.</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Timeline</source>
        <translation type="vanished">Línea de tiempo</translation>
    </message>
    <message>
        <extracomment>window: stabilityLegend_stalling.toolTip</extracomment>
        <source>tiny steps, high loss: vanishing gradients, or a ReLU switched off for good</source>
        <translation>pasos diminutos, pérdida alta: gradientes que se desvanecen, o una ReLU apagada para siempre</translation>
    </message>
    <message>
        <extracomment>window: labTrainButton.text</extracomment>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): allParamsButton.toolTip</extracomment>
        <source>Train all 12 parameters</source>
        <translation>Entrenar los 12 parámetros</translation>
    </message>
    <message>
        <extracomment>window: allParamsButton.toolTip</extracomment>
        <source>Train all 5 parameters</source>
        <translation>Entrenar los 5 parámetros</translation>
    </message>
    <message>
        <extracomment>window: memoryRaceButton.text</extracomment>
        <source>Train both side by side</source>
        <translation>Entrenar ambas lado a lado</translation>
    </message>
    <message>
        <extracomment>window: compareRunButton.toolTip</extracomment>
        <source>Train every ticked run on the project&apos;s data, together</source>
        <translation>Entrenar a la vez todas las ejecuciones marcadas con los datos del proyecto</translation>
    </message>
    <message>
        <extracomment>window: labTrainButton.toolTip</extracomment>
        <source>Train or resume the run (Ctrl+T), without leaving the lab</source>
        <translation>Entrenar o reanudar la ejecución (Ctrl+T), sin salir del laboratorio</translation>
    </message>
    <message>
        <extracomment>window: memoryRaceButton.toolTip</extracomment>
        <source>Train the RNN and the LSTM on the 51 days, same settings</source>
        <translation>Entrenar la RNN y la LSTM con los 51 días, mismos ajustes</translation>
    </message>
    <message>
        <extracomment>window: onlyW2Button.toolTip</extracomment>
        <source>Train w2 alone, as the lesson does</source>
        <translation>Entrenar solo w2, como hace la lección</translation>
    </message>
    <message>
        <extracomment>after Lesson panel: qt_tabwidget_tabbar.tab0</extracomment>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <extracomment>window: show_training.text</extracomment>
        <source>Training panel</source>
        <translation>Panel de entrenamiento</translation>
    </message>
    <message>
        <extracomment>window: speedControl.accessibleName</extracomment>
        <source>Training speed</source>
        <translation>Velocidad de entrenamiento</translation>
    </message>
    <message>
        <extracomment>PredictionsTable: predictionsGrid.column4</extracomment>
        <source>trains</source>
        <translation>entrena</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): typedParams.toolTip</extracomment>
        <source>Type 12 numbers (wlr1, wlr2, blr1, wpr1, wpr2, bpr1, wp1, wp2, bp1, wo1, wo2, bo1) and press Enter</source>
        <translation>Escribe 12 números (wlr1, wlr2, blr1, wpr1, wpr2, bpr1, wp1, wp2, bp1, wo1, wo2, bo1) y pulsa Intro</translation>
    </message>
    <message>
        <extracomment>window: typedParams.toolTip</extracomment>
        <source>Type 5 numbers (w1, w2, b1, w3, b2) and press Enter</source>
        <translation>Escribe 5 números (w1, w2, b1, w3, b2) y pulsa Intro</translation>
    </message>
    <message>
        <extracomment>window: valuesTable.toolTip</extracomment>
        <source>Type a value, or paste a column or row of numbers from a spreadsheet (Ctrl+V)</source>
        <translation>Escribe un valor, o pega una columna o fila de números de una hoja de cálculo (Ctrl+V)</translation>
    </message>
    <message>
        <extracomment>window: assignmentStudent.accessibleDescription</extracomment>
        <source>Type your name so the teacher knows whose file it is</source>
        <translation>Escribe tu nombre para que el profesor sepa de quién es el archivo</translation>
    </message>
    <message>
        <extracomment>window: lessonAnswer.toolTip</extracomment>
        <source>Type your prediction before revealing the engine&apos;s number</source>
        <translation>Escribe tu predicción antes de revelar el número del motor</translation>
    </message>
    <message>
        <extracomment>window: qt_dockwidget_floatbutton.accessibleDescription</extracomment>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Desacopla y vuelve a acoplar el panel</translation>
    </message>
    <message>
        <extracomment>dialog scaling: QLabel.text</extracomment>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab1</extracomment>
        <source>Unroll length</source>
        <translation>Longitud del desenrollado</translation>
    </message>
    <message>
        <extracomment>window: unrollPlot.plotTitle</extracomment>
        <source>Unroll the same network N times (inputs all 1)</source>
        <translation>Desenrollar la misma red N veces (todas las entradas 1)</translation>
    </message>
    <message>
        <extracomment>window: canvasUnrolledButton.text</extracomment>
        <source>Unrolled</source>
        <translation>Desenrollada</translation>
    </message>
    <message>
        <extracomment>window: QLabel.text</extracomment>
        <source>Unrolled N times</source>
        <translation>Desenrollada N veces</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/prompts.py:34</extracomment>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentLocksTree.toolTip</extracomment>
        <source>Untick Show to hide a panel or control from the students; tick Lock to show it but let nobody change it</source>
        <translation>Desmarca Mostrar para ocultar a los alumnos un panel o control; marca Bloquear para mostrarlo sin que nadie lo cambie</translation>
    </message>
    <message>
        <extracomment>window: trainCheck.toolTip</extracomment>
        <source>Untick to keep this sequence out of the SSR and training</source>
        <translation>Desmarca para dejar esta secuencia fuera de la SSR y del entrenamiento</translation>
    </message>
    <message>
        <extracomment>ClassSetupDialog: QLabel.text</extracomment>
        <source>Untick what this class should not see yet:</source>
        <translation>Desmarca lo que esta clase aún no debe ver:</translation>
    </message>
    <message>
        <extracomment>window: trainCheck.text</extracomment>
        <source>use for training</source>
        <translation>usar para entrenar</translation>
    </message>
    <message>
        <extracomment>window: parameterPlot.axis_left</extracomment>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <extracomment>window: scalingLabel.text</extracomment>
        <source>Values as typed (not scaled)</source>
        <translation>Valores tal como se escribieron (sin escalar)</translation>
    </message>
    <message>
        <extracomment>window: QAction.text</extracomment>
        <source>Vector image (SVG)…</source>
        <translation>Imagen vectorial (SVG)…</translation>
    </message>
    <message>
        <extracomment>window: w2Slider.toolTip</extracomment>
        <source>w2 for this experiment (the project&apos;s w2 is not changed)</source>
        <translation>w2 para este experimento (el w2 del proyecto no cambia)</translation>
    </message>
    <message>
        <extracomment>window: stabilityKind.item0</extracomment>
        <source>w2 × learning rate (the project&apos;s data)</source>
        <translation>w2 × tasa de aprendizaje (los datos del proyecto)</translation>
    </message>
    <message>
        <extracomment>window: stabilityKind.item1</extracomment>
        <source>w2 × number of days (only day 1 decides)</source>
        <translation>w2 × número de días (solo decide el día 1)</translation>
    </message>
    <message>
        <extracomment>window: stabilityPlot.plotTitle</extracomment>
        <source>What 300 steps of gradient descent do from each start</source>
        <translation>Lo que hacen 300 pasos de descenso de gradiente desde cada inicio</translation>
    </message>
    <message>
        <extracomment>window: whatComesNextButton.text</extracomment>
        <source>What comes next?</source>
        <translation>¿Qué viene después?</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentInstructionsEdit.placeholderText</extracomment>
        <source>What should the students do? For example: train StatLand to an SSR of 0.01 within 500 steps.</source>
        <translation>¿Qué deben hacer los alumnos? Por ejemplo: entrenar StatLand hasta una SSR de 0.01 en como mucho 500 pasos.</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentLocksTree.accessibleName</extracomment>
        <source>What students see</source>
        <translation>Lo que ven los alumnos</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalKind0.toolTip</extracomment>
        <source>What the engine checks for this goal</source>
        <translation>Lo que comprueba el motor para este objetivo</translation>
    </message>
    <message>
        <extracomment>window: stabilityKind.toolTip</extracomment>
        <source>What the map&apos;s columns vary: the learning rate on the project&apos;s data, or the number of days on data where only day 1 decides</source>
        <translation>Lo que varían las columnas del mapa: la tasa de aprendizaje con los datos del proyecto, o el número de días con datos donde solo decide el día 1</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: assignmentInstructionsEdit.toolTip</extracomment>
        <source>What the students read in the Assignment panel</source>
        <translation>Lo que leen los alumnos en el panel Tarea</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: QLabel.text</extracomment>
        <source>What the students&apos; copy shows and lets them change:</source>
        <translation>Lo que muestra la copia de los alumnos y lo que les deja cambiar:</translation>
    </message>
    <message>
        <extracomment>window: assignmentInstructions.accessibleDescription</extracomment>
        <source>What the teacher asks of this assignment (read only)</source>
        <translation>Lo que pide el profesor en esta tarea (solo lectura)</translation>
    </message>
    <message>
        <extracomment>window: gradientGroupChooser.toolTip</extracomment>
        <source>Which gradients to draw: all of them, or one gate&apos;s</source>
        <translation>Qué gradientes dibujar: todos, o los de una puerta</translation>
    </message>
    <message>
        <extracomment>window: cellChooser.toolTip</extracomment>
        <source>Which unit is unrolled through time: the lesson&apos;s RNN or the LSTM</source>
        <translation>Qué unidad se desenrolla en el tiempo: la RNN de la lección o la LSTM</translation>
    </message>
    <message>
        <extracomment>window: qt_tabwidget_tabbar.tab5</extracomment>
        <source>Why the LSTM</source>
        <translation>Por qué la LSTM</translation>
    </message>
    <message>
        <extracomment>window: saveHandoutAction.toolTip</extracomment>
        <source>Write the copy of this assignment to hand out: locks on, no attempts</source>
        <translation>Escribir la copia de esta tarea para repartir: con bloqueos, sin intentos</translation>
    </message>
    <message>
        <extracomment>NewAssignmentDialog: goalThreshold0.toolTip</extracomment>
        <source>X for an SSR goal, F for the first-day goal, D for a prediction goal</source>
        <translation>X para un objetivo de SSR, F para el de primer día, D para uno de predicción</translation>
    </message>
    <message>
        <extracomment>window: lessonAnswer.placeholderText</extracomment>
        <source>your guess, e.g. 16 or 2^50</source>
        <translation>tu estimación, p. ej. 16 o 2^50</translation>
    </message>
    <message>
        <extracomment>window: assignmentStudent.accessibleName</extracomment>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <extracomment>window: assignmentStudent.placeholderText</extracomment>
        <source>Your name, for the teacher</source>
        <translation>Tu nombre, para el profesor</translation>
    </message>
    <message>
        <extracomment>window: assignmentStudent.toolTip</extracomment>
        <source>Your name: the teacher&apos;s review table shows it</source>
        <translation>Tu nombre: aparece en la tabla de revisión del profesor</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/through_time.py:122</extracomment>
        <source>{count} of the {days} days reach the prediction multiplied by more than the largest number a computer holds (about 1.8e308): they are not drawn.</source>
        <translation>{count} de los {days} días llegan a la predicción multiplicados por más que el mayor número que cabe en un ordenador (unos 1.8e308): no se dibujan.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:94</extracomment>
        <source>{count} parameters · rolled: {copies} values go around the loop</source>
        <translation>{count} parámetros · enrollada: {copies} valores dan la vuelta al bucle</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:97</extracomment>
        <source>{count} parameters · {copies} copies · unrolled {loops} time</source>
        <translation>{count} parámetros · {copies} copias · desenrollada {loops} vez</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:99</extracomment>
        <source>{count} parameters · {copies} copies · unrolled {loops} times</source>
        <translation>{count} parámetros · {copies} copias · desenrollada {loops} veces</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:324</extracomment>
        <source>{entry} no longer exists.</source>
        <translation>{entry} ya no existe.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:219</extracomment>
        <source>{name}  ({count} values → {target})</source>
        <translation>{name}  ({count} valores → {target})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:221</extracomment>
        <source>{name}: {count} values</source>
        <translation>{name}: {count} valores</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/panel.py:285</extracomment>
        <source>{rate} steps/s · {time} left</source>
        <translation>{rate} pasos/s · quedan {time}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/speed.py:38</extracomment>
        <source>{speed} step/s</source>
        <translation>{speed} paso/s</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/speed.py:38</extracomment>
        <source>{speed} steps/s</source>
        <translation>{speed} pasos/s</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/through_time.py:70</extracomment>
        <source>{what}: the first input is multiplied by &lt;b&gt;{formula} = {value}&lt;/b&gt;</source>
        <translation>{what}: la primera entrada se multiplica por &lt;b&gt;{formula} = {value}&lt;/b&gt;</translation>
    </message>
    <message>
        <extracomment>window: unrollPlot.legend1</extracomment>
        <source>|d prediction / d x_1|</source>
        <translation>|d predicción / d x_1|</translation>
    </message>
    <message>
        <extracomment>window: gradientThroughTimePlot.axis_left</extracomment>
        <source>|d prediction / d x|</source>
        <translation>|d predicción / d x|</translation>
    </message>
    <message>
        <extracomment>after Company A and B (LSTM chapter): compareGradientPlot.plotTitle</extracomment>
        <source>|dSSR/dblr1| of each run</source>
        <translation>|dSSR/dblr1| de cada ejecución</translation>
    </message>
    <message>
        <extracomment>window: compareGradientPlot.plotTitle</extracomment>
        <source>|dSSR/dw2| of each run</source>
        <translation>|dSSR/dw2| de cada ejecución</translation>
    </message>
    <message>
        <extracomment>window: gradientPlotScale.item0</extracomment>
        <source>|value|, log scale</source>
        <translation>|valor|, escala log.</translation>
    </message>
    <message>
        <extracomment>window: stepSizePlot.axis_left</extracomment>
        <source>|Δθ|</source>
        <translation>|Δθ|</translation>
    </message>
    <message>
        <extracomment>window: memoryReachPlot.axis_left</extracomment>
        <source>|∂prediction/∂x1|</source>
        <translation>|∂predicción/∂x1|</translation>
    </message>
    <message>
        <extracomment>window: lessonBackButton.text</extracomment>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <extracomment>presets menu and toolbar: QAction.text</extracomment>
        <source>StatLand rules</source>
        <translation>Reglas de StatLand</translation>
    </message>
    <message>
        <extracomment>presets menu and toolbar: QAction.text</extracomment>
        <source>Blue (9 days) and Red (5 days)</source>
        <translation>Azul (9 días) y Rojo (5 días)</translation>
    </message>
    <message>
        <extracomment>presets menu and toolbar: QAction.text</extracomment>
        <source>Exploding gradients (w2 = 2)</source>
        <translation>Gradientes explosivos (w2 = 2)</translation>
    </message>
    <message>
        <extracomment>presets menu and toolbar: QAction.text</extracomment>
        <source>Exploding gradients over 51 days</source>
        <translation>Gradientes explosivos en 51 días</translation>
    </message>
    <message>
        <extracomment>presets menu and toolbar: QAction.text</extracomment>
        <source>Vanishing gradients</source>
        <translation>Gradientes que se desvanecen</translation>
    </message>
    <message>
        <extracomment>presets menu and toolbar: QAction.text</extracomment>
        <source>Company A and B (LSTM chapter)</source>
        <translation>Empresa A y B (capítulo LSTM)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training (tr at the call site)</extracomment>
        <source>step %v of %m</source>
        <translation>paso %v de %m</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training (tr at the call site)</extracomment>
        <source>step {step}: SSR {ssr} at these parameters</source>
        <translation>paso {step}: SSR {ssr} con estos parámetros</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training (tr at the call site)</extracomment>
        <source>step {step}: </source>
        <translation>paso {step}: </translation>
    </message>
</context>
</TS>
