<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<!-- RNN Lab's engine and model sentences (the diagnosis line, file messages). Made
     by `python -m rnngui.ui.words_catalog`, which keeps the translations written
     here. Keep every {field} of a source in its translation; run it again to
     compile the .qm. -->
<context>
    <name>words</name>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet_dialog.py:107</extracomment>
        <source> (answer key: {name})</source>
        <translation> (soluciones: {name})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:561</extracomment>
        <source> (or null: off)</source>
        <translation> (o null: desactivado)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/csv_import_dialog.py:238</extracomment>
        <source> (scaled to [0, 1])</source>
        <translation> (escaladas a [0, 1])</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:57</extracomment>
        <source> ({count} characters)</source>
        <translation> ({count} caracteres)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:188</extracomment>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:350</extracomment>
        <source>&quot;format&quot; is {format}; an RNN Lab project says &quot;format&quot;: &quot;rnnlab&quot;</source>
        <translation>&quot;format&quot; es {format}; un proyecto de RNN Lab dice &quot;format&quot;: &quot;rnnlab&quot;</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:488</extracomment>
        <source>&quot;params&quot; lacks {names} (the {cell}&apos;s)</source>
        <translation>a &quot;params&quot; le falta {names} (los de la {cell})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:448</extracomment>
        <source>&quot;sequences&quot; is empty; a project needs at least one sequence</source>
        <translation>&quot;sequences&quot; está vacío; un proyecto necesita al menos una secuencia</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:383</extracomment>
        <source>&quot;version&quot; {version} does not exist; versions start at 1</source>
        <translation>&quot;version&quot; {version} no existe; las versiones empiezan en 1</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:141</extracomment>
        <source>% of the long-term memory to remember (forget gate)</source>
        <translation>% de la memoria a largo plazo que se recuerda (puerta de olvido)</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:142</extracomment>
        <source>% of the potential memory to remember (input gate)</source>
        <translation>% de la memoria potencial que se recuerda (puerta de entrada)</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:144</extracomment>
        <source>% of the potential short-term memory to remember (output gate)</source>
        <translation>% de la memoria a corto plazo potencial que se recuerda (puerta de salida)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:80</extracomment>
        <source>&apos;use for training&apos; box</source>
        <translation>casilla «usar para entrenar»</translation>
    </message>
    <message>
        <extracomment>rnngui/model/scaling.py:45</extracomment>
        <source>(high price)</source>
        <translation>(precio alto)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/scaling.py:45</extracomment>
        <source>(low price)</source>
        <translation>(precio bajo)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:188</extracomment>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:401</extracomment>
        <source>(price {where})</source>
        <translation>(precio, {where})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:67</extracomment>
        <source>(target of {name})</source>
        <translation>(objetivo de {name})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/scaling_dialog.py:93</extracomment>
        <source>(the price that becomes 0)</source>
        <translation>(el precio que pasa a ser 0)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/scaling_dialog.py:94</extracomment>
        <source>(the price that becomes 1)</source>
        <translation>(el precio que pasa a ser 1)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:525</extracomment>
        <source>(You did not write a guess: next time, predict first.)</source>
        <translation>(No escribiste ninguna estimación: la próxima vez, predice primero.)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:457</extracomment>
        <source>, on {days} days where only day 1 decides</source>
        <translation>, con {days} días donde solo decide el día 1</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:87</extracomment>
        <source>, {share}% of the total</source>
        <translation>, {share}% del total</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:79</extracomment>
        <source>1 (b1 is added)</source>
        <translation>1 (b1 se suma)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:80</extracomment>
        <source>1 (b2 is added)</source>
        <translation>1 (b2 se suma)</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:194</extracomment>
        <source>1 feedback loop crossed</source>
        <translation>1 bucle de retroalimentación cruzado</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:461</extracomment>
        <source>; it carries {power} = {value}</source>
        <translation>; arrastra {power} = {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/csv_import_dialog.py:239</extracomment>
        <source>; left out {count}</source>
        <translation>; omitidas: {count}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:470</extracomment>
        <source>&lt;b&gt;dSSR/d{name} = {gradient}&lt;/b&gt;, the sum of {count} terms, one per copy of each sequence (only the last copy: its output is the prediction).</source>
        <translation>&lt;b&gt;dSSR/d{name} = {gradient}&lt;/b&gt;, la suma de {count} términos, uno por copia de cada secuencia (solo la última copia: su salida es la predicción).</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:473</extracomment>
        <source>&lt;b&gt;dSSR/d{name} = {gradient}&lt;/b&gt;, the sum of {count} terms, one per copy of each sequence.</source>
        <translation>&lt;b&gt;dSSR/d{name} = {gradient}&lt;/b&gt;, la suma de {count} términos, uno por copia de cada secuencia.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:371</extracomment>
        <source>= term of dSSR/d{name}</source>
        <translation>= término de dSSR/d{name}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:151</extracomment>
        <source>a cell over {limit} characters (an unclosed quote &quot; swallows the rest of the file?): the file is read up to here</source>
        <translation>una celda de más de {limit} caracteres (¿unas comillas &quot; sin cerrar se tragan el resto del archivo?): el archivo se lee hasta aquí</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/unroll_length.py:145</extracomment>
        <source>a copy k loops before the end adds |w2|^k of its part, below 1 % after {loops} loops, so the early days add nothing and cannot move w2. That is the vanishing gradient.</source>
        <translation>una copia situada k vueltas antes del final aporta |w2|^k de su parte, menos del 1 % tras {loops} vueltas, así que los primeros días no aportan nada y no pueden mover w2. Eso es el gradiente que se desvanece.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:399</extracomment>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:192</extracomment>
        <source>a number {length} characters long ({start}…)</source>
        <translation>un número de {length} caracteres ({start}…)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:140</extracomment>
        <source>a project needs at least one sequence</source>
        <translation>un proyecto necesita al menos una secuencia</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:587</extracomment>
        <source>A project needs at least one sequence; this is the last one</source>
        <translation>Un proyecto necesita al menos una secuencia; esta es la última</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:525</extracomment>
        <source>A sequence needs a name</source>
        <translation>Una secuencia necesita un nombre</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:369</extracomment>
        <source>a training run</source>
        <translation>una ejecución de entrenamiento</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:280</extracomment>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:425</extracomment>
        <source>about {number}</source>
        <translation>unos {number}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:444</extracomment>
        <source>Activation {activation}</source>
        <translation>Activación {activation}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:508</extracomment>
        <source>Add a day of {value} to {name}</source>
        <translation>Añadir un día con valor {value} a {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:573</extracomment>
        <source>Add sequence {number}</source>
        <translation>Añadir la secuencia {number}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:232</extracomment>
        <source>after {steps} of {max_steps} steps</source>
        <translation>tras {steps} de {max_steps} pasos</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:231</extracomment>
        <source>after {steps} steps</source>
        <translation>tras {steps} pasos</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:399</extracomment>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:188</extracomment>
        <source>Answer key</source>
        <translation>Soluciones</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:248</extracomment>
        <source>Arrow keys: Left and Right step through the copies, Up and Down choose a weight, Enter edits it, R opens its gradient&apos;s chain-rule receipt.</source>
        <translation>Teclas de flecha: Izquierda y Derecha recorren las copias, Arriba y Abajo eligen un peso, Intro lo edita, R abre el desglose de su gradiente por la regla de la cadena.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:246</extracomment>
        <source>Arrow keys: Left and Right step through the copies, Up and Down choose a weight, Enter edits it.</source>
        <translation>Teclas de flecha: Izquierda y Derecha recorren las copias, Arriba y Abajo eligen un peso, Intro lo edita.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:61</extracomment>
        <source>at position {position} of {name}</source>
        <translation>en la posición {position} de {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:244</extracomment>
        <source>b1 is added: its slope is 1</source>
        <translation>b1 se suma: su pendiente es 1</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:168</extracomment>
        <source>b2 is added: its slope is 1</source>
        <translation>b2 se suma: su pendiente es 1</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/scaling_dialog.py:141</extracomment>
        <source>Back to prices (no scaling)</source>
        <translation>Volver a los precios (sin escalar)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:118</extracomment>
        <source>Backward: day 1&apos;s signal crosses {loops} loop, multiplied by w2 = {w2} on each: ×{gain} on the feedback path (w2^{loops} = {power} while ReLU is on) → ∂prediction/∂x1 = w1 × {gain} × w3 = {reach}</source>
        <translation>Hacia atrás: la señal del día 1 cruza {loops} bucle, multiplicada por w2 = {w2} en cada uno: ×{gain} en el camino de retroalimentación (w2^{loops} = {power} mientras la ReLU está encendida) → ∂predicción/∂x1 = w1 × {gain} × w3 = {reach}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:121</extracomment>
        <source>Backward: day 1&apos;s signal crosses {loops} loops, multiplied by w2 = {w2} on each: ×{gain} on the feedback path (w2^{loops} = {power} while ReLU is on) → ∂prediction/∂x1 = w1 × {gain} × w3 = {reach}</source>
        <translation>Hacia atrás: la señal del día 1 cruza {loops} bucles, multiplicada por w2 = {w2} en cada uno: ×{gain} en el camino de retroalimentación (w2^{loops} = {power} mientras la ReLU está encendida) → ∂predicción/∂x1 = w1 × {gain} × w3 = {reach}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/format.py:112</extracomment>
        <source>Backward: one copy, no trip around the loop.</source>
        <translation>Hacia atrás: una copia, ninguna vuelta al bucle.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:180</extracomment>
        <source>Bouncing — the loss rose in {rises} of the last {steps} steps and |dSSR/d{name}| reached {gradient}: {cause}. Try a smaller learning rate or clipping.</source>
        <translation>Rebota — la pérdida subió en {rises} de los últimos {steps} pasos y |dSSR/d{name}| llegó a {gradient}: {cause}. Prueba con una tasa de aprendizaje más pequeña o con recorte (clipping).</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:121</extracomment>
        <source>Bring the SSR to {threshold} or below within {steps} steps</source>
        <translation>Lleva la SSR a {threshold} o menos en {steps} pasos como máximo</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:175</extracomment>
        <source>but clipping is on</source>
        <translation>pero el recorte está activado</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:270</extracomment>
        <source>Cannot fork from step {step}: the run ends at step {last}. Raise max steps first.</source>
        <translation>No se puede bifurcar desde el paso {step}: la ejecución termina en el paso {last}. Sube primero los pasos máximos.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/csv_import_dialog.py:230</extracomment>
        <source>Cannot import: {error}</source>
        <translation>No se puede importar: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:747</extracomment>
        <source>cannot open {name}: {reason}</source>
        <translation>no se puede abrir {name}: {reason}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:750</extracomment>
        <source>cannot read {name}: {reason}</source>
        <translation>no se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/assignments/controller.py:249</extracomment>
        <source>Cannot save {name}</source>
        <translation>No se puede guardar {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/assignments/controller.py:247</extracomment>
        <source>Cannot save {name}: {reason}</source>
        <translation>No se puede guardar {name}: {reason}</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:221</extracomment>
        <source>Cannot show that step: {error}.</source>
        <translation>No se puede mostrar ese paso: {error}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/cell_chooser.py:110</extracomment>
        <source>Cell: {cell}</source>
        <translation>Celda: {cell}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:607</extracomment>
        <source>Chain-rule receipt of dSSR/d{name}</source>
        <translation>Desglose de dSSR/d{name} por la regla de la cadena</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:489</extracomment>
        <source>Chain-rule receipt of dSSR/d{name}…</source>
        <translation>Desglose de dSSR/d{name} por la regla de la cadena…</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:476</extracomment>
        <source>Chain-rule receipt: dSSR/d{name}</source>
        <translation>Desglose por la regla de la cadena: dSSR/d{name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:436</extracomment>
        <source>Change the activation?</source>
        <translation>¿Cambiar la activación?</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:412</extracomment>
        <source>Change training settings</source>
        <translation>Cambiar los ajustes de entrenamiento</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:437</extracomment>
        <source>Changing the activation to {activation} resets the run: the parameters go back to the run&apos;s start and the curves are cleared.</source>
        <translation>Cambiar la activación a {activation} reinicia la ejecución: los parámetros vuelven al inicio de la ejecución y se borran las curvas.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:486</extracomment>
        <source>Choose the days to remove in the table first</source>
        <translation>Elige primero en la tabla los días que quieres quitar</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/window_extras.py:131</extracomment>
        <source>Click a field or the values table first</source>
        <translation>Haz clic primero en un campo o en la tabla de valores</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:417</extracomment>
        <source>Clip at {value}</source>
        <translation>Recortar en {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:108</extracomment>
        <source>Clipping is on: {clipped} of the last {count} gradients were clipped.</source>
        <translation>El recorte está activado: se recortaron {clipped} de los últimos {count} gradientes.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:416</extracomment>
        <source>Clipping off</source>
        <translation>Sin recorte</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/landscape.py:456</extracomment>
        <source>Contours of log10 SSR over {x} and {y} ({fixed} fixed); the white square is where the run started, the red line where gradient descent went.</source>
        <translation>Curvas de nivel de log10 SSR sobre {x} y {y} ({fixed} fijos); el cuadrado blanco es donde empezó la ejecución, la línea roja por donde fue el descenso de gradiente.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:159</extracomment>
        <source>Converged — SSR is {loss} after {steps} steps: the network fits the data.</source>
        <translation>Convergió — la SSR es {loss} tras {steps} pasos: la red se ajusta a los datos.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:249</extracomment>
        <source>Converged — SSR settled at {loss} after {steps} steps.</source>
        <translation>Convergió — la SSR se asentó en {loss} tras {steps} pasos.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:225</extracomment>
        <source>Converged — SSR settled at {loss}: the gradient is down to rounding noise ({gradient}), a minimum for the parameters being trained.</source>
        <translation>Convergió — la SSR se asentó en {loss}: el gradiente ha bajado hasta el ruido de redondeo ({gradient}), un mínimo para los parámetros que se entrenan.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:165</extracomment>
        <source>Converged — SSR wobbles but stays below {loss} (every prediction within {error} of its target) at step {step}.</source>
        <translation>Convergió — la SSR oscila pero se mantiene por debajo de {loss} (cada predicción a menos de {error} de su objetivo) en el paso {step}.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:219</extracomment>
        <source>Converged — steps shrank to {step_size} with SSR at {loss}: a minimum for the parameters being trained.</source>
        <translation>Convergió — los pasos se redujeron a {step_size} con la SSR en {loss}: un mínimo para los parámetros que se entrenan.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:254</extracomment>
        <source>Converging — SSR fell to {loss} at step {step}, and it still falls.</source>
        <translation>Converge — la SSR bajó a {loss} en el paso {step} y sigue bajando.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:629</extracomment>
        <source>Copied {count} terms of dSSR/d{name}.</source>
        <translation>Se copiaron {count} términos de dSSR/d{name}.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:78</extracomment>
        <source>copies of the network unrolled for {name}</source>
        <translation>copias de la red desplegada para {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:369</extracomment>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:428</extracomment>
        <source>copy {copy}</source>
        <translation>copia {copy}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:219</extracomment>
        <source>copy {copy} (day {day})</source>
        <translation>copia {copy} (día {day})</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:221</extracomment>
        <source>copy {copy} is switched on</source>
        <translation>la copia {copy} está encendida</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:242</extracomment>
        <source>Copy {copy} of {copies}</source>
        <translation>Copia {copy} de {copies}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:267</extracomment>
        <source>Copy {copy} of {copies}:  {formula}</source>
        <translation>Copia {copy} de {copies}:  {formula}</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:248</extracomment>
        <source>Could not replay the run to that step ({reason}).</source>
        <translation>No se pudo reproducir la ejecución hasta ese paso ({reason}).</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:418</extracomment>
        <source>Could not write the recovery file: {error}</source>
        <translation>No se pudo escribir el archivo de recuperación: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/panel.py:443</extracomment>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:75</extracomment>
        <source>day 1 is written into the long-term memory, and from one day to the next the long-term memory is only multiplied by the forget gate ({share}% remembered, on average) — no weight, no squashing — so ∂prediction/∂x1 = {reach}</source>
        <translation>el día 1 se escribe en la memoria a largo plazo, y de un día al siguiente la memoria a largo plazo solo se multiplica por la puerta de olvido ({share}% recordado, de media) — sin peso, sin compresión — así que ∂predicción/∂x1 = {reach}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:65</extracomment>
        <source>day 1 reaches the prediction only through {trips} trips around the feedback loop, each multiplying it by w2 = {w2}, so ∂prediction/∂x1 = {reach}</source>
        <translation>el día 1 solo llega a la predicción a través de {trips} vueltas del bucle de retroalimentación, y cada una lo multiplica por w2 = {w2}, así que ∂predicción/∂x1 = {reach}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:429</extracomment>
        <source>day {day} of {days}: 1 feedback loop from the prediction</source>
        <translation>día {day} de {days}: a 1 bucle de retroalimentación de la predicción</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:431</extracomment>
        <source>day {day} of {days}: {loops} feedback loops from the prediction</source>
        <translation>día {day} de {days}: a {loops} bucles de retroalimentación de la predicción</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/lstm_format.py:98</extracomment>
        <source>Day {day}: f{day} = {f} of c{before} kept, i{day} = {i} of g{day} = {g} added → c{day} = {c}; o{day} = {o} → {name} = {h}.  Step to see each gate&apos;s arithmetic.</source>
        <translation>Día {day}: se conserva f{day} = {f} de c{before}, se añade i{day} = {i} de g{day} = {g} → c{day} = {c}; o{day} = {o} → {name} = {h}.  Recorre las copias paso a paso para ver las cuentas de cada puerta.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:591</extracomment>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:145</extracomment>
        <source>Diverged — numbers overflowed at step {step}; the last finite parameters were kept. Try a smaller learning rate or turn on gradient clipping.</source>
        <translation>Divergió — los números se desbordaron en el paso {step}; se conservaron los últimos parámetros finitos. Prueba con una tasa de aprendizaje más pequeña o activa el recorte de gradientes.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:557</extracomment>
        <source>Do not train on {name}</source>
        <translation>No entrenar con {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/chart.py:178</extracomment>
        <source>Drag day {day} of {name}</source>
        <translation>Arrastrar el día {day} de {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/chart.py:188</extracomment>
        <source>Drag the target of {name}</source>
        <translation>Arrastrar el objetivo de {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:111</extracomment>
        <source>dSSR/db2 = Σ over sequences of −2(target − prediction)</source>
        <translation>dSSR/db2 = Σ sobre las secuencias de −2(objetivo − predicción)</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:113</extracomment>
        <source>dSSR/dw3 = Σ over sequences of −2(target − prediction) · y_T</source>
        <translation>dSSR/dw3 = Σ sobre las secuencias de −2(objetivo − predicción) · y_T</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:603</extracomment>
        <source>dSSR/d{name} = {gradient}, the sum of the term column. Sequences: {names}. Ctrl+C copies the selected cells.</source>
        <translation>dSSR/d{name} = {gradient}, la suma de la columna de términos. Secuencias: {names}. Ctrl+C copia las celdas seleccionadas.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:115</extracomment>
        <source>dSSR/d{name} = Σ over sequences and copies t of −2(target − prediction) · w3 · {slope}(sum_t)···{slope}(sum_T) · w2^(T−t) · {local}</source>
        <translation>dSSR/d{name} = Σ sobre las secuencias y las copias t de −2(objetivo − predicción) · w3 · {slope}(sum_t)···{slope}(sum_T) · w2^(T−t) · {local}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:491</extracomment>
        <source>dSSR/d{name} written as its sum over the copies (R)</source>
        <translation>dSSR/d{name} escrito como suma sobre las copias (R)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:581</extracomment>
        <source>Duplicate {name}</source>
        <translation>Duplicar {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:339</extracomment>
        <source>Each cell is one run of plain gradient descent (no momentum, no clipping, all five parameters trained, {activation}) on {data}, from {others} and the cell&apos;s w2, coloured by what the diagnosis says after {steps} steps.{ring} Hover a cell for its figures; click it to load that run into the training panel.</source>
        <translation>Cada celda es una ejecución de descenso de gradiente simple (sin momento, sin recorte, los cinco parámetros entrenados, {activation}) con {data}, desde {others} y el w2 de la celda, coloreada según lo que dice el diagnóstico tras {steps} pasos.{ring} Pasa el ratón por una celda para ver sus cifras; haz clic para cargar esa ejecución en el panel de entrenamiento.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/unroll_length.py:151</extracomment>
        <source>Each loop multiplies the early days&apos; part by |w2| = {w2}: the gradient grows like |w2|^N. That is the exploding gradient.</source>
        <translation>Cada vuelta multiplica la parte de los primeros días por |w2| = {w2}: el gradiente crece como |w2|^N. Eso es el gradiente explosivo.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:414</extracomment>
        <source>Edit day {day} of {name}</source>
        <translation>Editar el día {day} de {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:401</extracomment>
        <source>Edit weights</source>
        <translation>Editar los pesos</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:606</extracomment>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:493</extracomment>
        <source>Edit {name}…</source>
        <translation>Editar {name}…</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:443</extracomment>
        <source>empty cell inside {name}</source>
        <translation>celda vacía dentro de {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:222</extracomment>
        <source>every copy from {first} to {last} is switched on</source>
        <translation>todas las copias de la {first} a la {last} están encendidas</translation>
    </message>
    <message>
        <extracomment>rnngui/model/scaling.py:39</extracomment>
        <source>every value is {value}: there is no range to scale to [0, 1]</source>
        <translation>todos los valores son {value}: no hay ningún rango que escalar a [0, 1]</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:175</extracomment>
        <source>exploding gradients make the steps too big</source>
        <translation>los gradientes que explotan hacen los pasos demasiado grandes</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:338</extracomment>
        <source>exploding gradients. On the feedback path day 1&apos;s signal is multiplied by w2 on each of its {loops} loops ({gain} now), and dSSR/dw2 carries that factor: it reached {gradient}, so every step overshoots the valley</source>
        <translation>gradientes que explotan. En el camino de retroalimentación, la señal del día 1 se multiplica por w2 en cada una de sus {loops} vueltas ({gain} ahora), y dSSR/dw2 arrastra ese factor: llegó a {gradient}, así que cada paso se pasa del valle</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:331</extracomment>
        <source>exploding gradients. On the feedback path day 1&apos;s signal is multiplied by w2 on each of its {loops} loops ({gain} now), and dSSR/dw2 carries that factor: it reached {gradient}, {ratio} times |dSSR/db2| (which does not go round the loop), so every step overshoots the valley</source>
        <translation>gradientes que explotan. En el camino de retroalimentación, la señal del día 1 se multiplica por w2 en cada una de sus {loops} vueltas ({gain} ahora), y dSSR/dw2 arrastra ese factor: llegó a {gradient}, {ratio} veces |dSSR/db2| (que no pasa por el bucle), así que cada paso se pasa del valle</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/gradient_lab.py:169</extracomment>
        <source>Exploding-gradients preset</source>
        <translation>Preajuste de gradientes explosivos</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:803</extracomment>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/plots.py:557</extracomment>
        <source>Export the plot “{title}”</source>
        <translation>Exportar el gráfico «{title}»</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet_dialog.py:105</extracomment>
        <source>Export worksheet</source>
        <translation>Exportar hoja de trabajo</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:76</extracomment>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:206</extracomment>
        <source>Fill in every empty box. Name: ______________________</source>
        <translation>Rellena cada casilla vacía. Nombre: ______________________</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:172</extracomment>
        <source>first day reaches it {ratio} times as strongly as the last</source>
        <translation>el primer día la alcanza {ratio} veces más fuerte que el último</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:88</extracomment>
        <source>first input&apos;s multiplier after {unrolls} feedback loops at w2 = {w2}</source>
        <translation>multiplicador de la primera entrada tras {unrolls} vueltas del bucle con w2 = {w2}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:94</extracomment>
        <source>for {name}</source>
        <translation>para {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:61</extracomment>
        <source>Fork from step {step}</source>
        <translation>Bifurcar desde el paso {step}</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:283</extracomment>
        <source>Fork from step {step} ({what})</source>
        <translation>Bifurcar desde el paso {step} ({what})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:251</extracomment>
        <source>Formula: {formula}</source>
        <translation>Fórmula: {formula}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:197</extracomment>
        <source>Forward: sumₜ = w1·xₜ + w2·yₜ₋₁ + b1, yₜ = activation(sumₜ); the last copy&apos;s prediction = w3·y + b2. Backward: dSSR/dsumₜ = dSSR/dyₜ · activation′(sumₜ), and dSSR/dyₜ₋₁ = w2 · dSSR/dsumₜ; a copy&apos;s part of dSSR/dw2 is dSSR/dsumₜ · yₜ₋₁.</source>
        <translation>Hacia delante: sumₜ = w1·xₜ + w2·yₜ₋₁ + b1, yₜ = activación(sumₜ); la predicción de la última copia = w3·y + b2. Hacia atrás: dSSR/dsumₜ = dSSR/dyₜ · activación′(sumₜ), y dSSR/dyₜ₋₁ = w2 · dSSR/dsumₜ; la parte de una copia en dSSR/dw2 es dSSR/dsumₜ · yₜ₋₁.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:191</extracomment>
        <source>from the output down to the last y</source>
        <translation>de la salida hasta la última y</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:322</extracomment>
        <source>Gradient descent moves {name}</source>
        <translation>El descenso de gradiente mueve {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:245</extracomment>
        <source>Highlighted weight: {name}.</source>
        <translation>Peso resaltado: {name}.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:455</extracomment>
        <source>holds {text}</source>
        <translation>contiene {text}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/csv_import_dialog.py:236</extracomment>
        <source>Import {count} sequence(s) from CSV</source>
        <translation>Importar {count} secuencia(s) desde CSV</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/csv_import_dialog.py:240</extracomment>
        <source>Imported {count} sequence(s){scaled}{left}</source>
        <translation>Secuencias importadas: {count}{scaled}{left}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:234</extracomment>
        <source>in all {copies} copies</source>
        <translation>en las {copies} copias</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:234</extracomment>
        <source>in its copy</source>
        <translation>en su copia</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:438</extracomment>
        <source>in the pasted block (line {line}, item {item})</source>
        <translation>en el bloque pegado (línea {line}, elemento {item})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:98</extracomment>
        <source>infinity cannot be used: type a finite number</source>
        <translation>no se puede usar infinito: escribe un número finito</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:35</extracomment>
        <source>infinity{at} cannot be a price</source>
        <translation>infinito{at} no puede ser un precio</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:478</extracomment>
        <source>Insert day {day} in {name}</source>
        <translation>Insertar el día {day} en {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:455</extracomment>
        <source>is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/accessibility.py:243</extracomment>
        <source>Last copy ({copies} copies)</source>
        <translation>Última copia ({copies} copias)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:107</extracomment>
        <source>Learning rate {text} is outside {low} to {high}; it stays {value}</source>
        <translation>La tasa de aprendizaje {text} está fuera del rango de {low} a {high}; se queda en {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:381</extracomment>
        <source>Learning rate {value}</source>
        <translation>Tasa de aprendizaje {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:103</extracomment>
        <source>Learning rate: {error}. It stays {value}</source>
        <translation>Tasa de aprendizaje: {error}. Se queda en {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:97</extracomment>
        <source>Left: how strongly day 1 still reaches the prediction after n days. Right: the RNN and the LSTM trained side by side on the same data (learning rate {lr}, clip at {clip}, {steps} steps).</source>
        <translation>Izquierda: con qué fuerza llega aún el día 1 a la predicción tras n días. Derecha: la RNN y la LSTM entrenadas lado a lado con los mismos datos (tasa de aprendizaje {lr}, recorte en {clip}, {steps} pasos).</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:351</extracomment>
        <source>Lesson step {number} loaded “{name}”. Edit → Undo brings your project back.</source>
        <translation>El paso {number} de la lección cargó «{name}». Editar → Deshacer te devuelve tu proyecto.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_actions.py:53</extracomment>
        <source>Lesson: set weights</source>
        <translation>Lección: fijar los pesos</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_actions.py:65</extracomment>
        <source>Lesson: training settings</source>
        <translation>Lección: ajustes de entrenamiento</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:554</extracomment>
        <source>lesson: {figure}</source>
        <translation>lección: {figure}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_actions.py:40</extracomment>
        <source>Lesson: {name}</source>
        <translation>Lección: {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:142</extracomment>
        <source>Load the lesson&apos;s data set: {title}</source>
        <translation>Cargar el conjunto de datos de la lección: {title}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:465</extracomment>
        <source>Loaded the map&apos;s run: start w2 = {w2}, learning rate {lr}, plain gradient descent for {steps} steps{what}. Press Train to watch it (Undo puts the project back).</source>
        <translation>Se cargó la ejecución del mapa: w2 inicial = {w2}, tasa de aprendizaje {lr}, descenso de gradiente simple durante {steps} pasos{what}. Pulsa Entrenar para verla (Deshacer devuelve el proyecto a como estaba).</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:149</extracomment>
        <source>long-term memory</source>
        <translation>memoria a largo plazo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:412</extracomment>
        <source>Max steps {count}</source>
        <translation>Pasos máx. {count}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:414</extracomment>
        <source>Momentum {value}</source>
        <translation>Momento {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:600</extracomment>
        <source>Move {name}</source>
        <translation>Mover {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:79</extracomment>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:528</extracomment>
        <source>Names are at most 80 characters</source>
        <translation>Los nombres tienen como máximo 80 caracteres</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:96</extracomment>
        <source>NaN is not a number a network can learn from</source>
        <translation>NaN no es un número del que una red pueda aprender</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:33</extracomment>
        <source>NaN{at} is not a number a network can learn from</source>
        <translation>NaN{at} no es un número del que una red pueda aprender</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:392</extracomment>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:584</extracomment>
        <source>New value of {name} (shared by every copy); Enter applies, Escape cancels</source>
        <translation>Nuevo valor de {name} (compartido por todas las copias); Intro lo aplica, Esc cancela</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:268</extracomment>
        <source>No lessons were found in {folder}.</source>
        <translation>No se encontraron lecciones en {folder}.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:402</extracomment>
        <source>no name column and value column to read</source>
        <translation>no hay una columna de nombres y otra de valores que leer</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:114</extracomment>
        <source>no sequence has a target, so there is no SSR</source>
        <translation>ninguna secuencia tiene objetivo, así que no hay SSR</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:297</extracomment>
        <source>No sequence trains (none has a target, or none is ticked): the SSR has no terms yet.</source>
        <translation>Ninguna secuencia se entrena (ninguna tiene objetivo o ninguna está marcada): la SSR aún no tiene términos.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:148</extracomment>
        <source>no SSR yet (no sequence with a target trains)</source>
        <translation>aún no hay SSR (no se entrena ninguna secuencia con objetivo)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:300</extracomment>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:420</extracomment>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:439</extracomment>
        <source>not on this gradient&apos;s path</source>
        <translation>no está en el camino de este gradiente</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:123</extracomment>
        <source>not UTF-8 text: byte 0x{byte} at offset {offset}. Save the file from the spreadsheet as &apos;CSV UTF-8&apos; and import it again</source>
        <translation>no es texto UTF-8: byte 0x{byte} en la posición {offset}. Guarda el archivo desde la hoja de cálculo como &apos;CSV UTF-8&apos; e impórtalo de nuevo</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:324</extracomment>
        <source>not valid JSON at line {line}, column {column}: {error}</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:322</extracomment>
        <source>not valid JSON at line {line}, column {column}: {error} (the file looks cut short)</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: {error} (el archivo parece cortado)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/window_extras.py:128</extracomment>
        <source>Nothing to copy here: click a field or the values table first</source>
        <translation>Nada que copiar aquí: haz clic primero en un campo o en la tabla de valores</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/window_extras.py:127</extracomment>
        <source>Nothing to cut here: click a field or the values table first</source>
        <translation>Nada que cortar aquí: haz clic primero en un campo o en la tabla de valores</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/window_extras.py:130</extracomment>
        <source>Nothing to delete here: click a field or the values table first</source>
        <translation>Nada que eliminar aquí: haz clic primero en un campo o en la tabla de valores</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/panel.py:433</extracomment>
        <source>Nothing to export yet: train first.</source>
        <translation>Aún no hay nada que exportar: entrena primero.</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:265</extracomment>
        <source>Nothing to fork yet: train first.</source>
        <translation>Aún no hay nada que bifurcar: entrena primero.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/window_extras.py:129</extracomment>
        <source>Nothing to paste here: click a field or the values table first</source>
        <translation>Nada que pegar aquí: haz clic primero en un campo o en la tabla de valores</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:397</extracomment>
        <source>on day {day} of {name}</source>
        <translation>el día {day} de {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:356</extracomment>
        <source>One step did it: at step 1 the loop had multiplied day 1&apos;s signal by {gain} over {loops} loops, |dSSR/d{name}| was {gradient}, and that one step moved the parameters by {step_size}: exploding gradients. Try a much smaller learning rate or clipping.</source>
        <translation>Bastó un paso: en el paso 1 el bucle había multiplicado la señal del día 1 por {gain} a lo largo de {loops} vueltas, |dSSR/d{name}| era {gradient} y ese único paso movió los parámetros {step_size}: gradientes que explotan. Prueba con una tasa de aprendizaje mucho más pequeña o con recorte (clipping).</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:198</extracomment>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:254</extracomment>
        <source>Opened {name}</source>
        <translation>Se abrió {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:99</extracomment>
        <source>parameters to train, unrolled {unrolls} times</source>
        <translation>parámetros que entrenar, desplegada {unrolls} veces</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:119</extracomment>
        <source>part of dSSR/dw2</source>
        <translation>parte de dSSR/dw2</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:457</extracomment>
        <source>Paste {count} values into {name}</source>
        <translation>Pegar {count} valores en {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:459</extracomment>
        <source>Pasted {count} values from day {day}</source>
        <translation>Se pegaron {count} valores desde el día {day}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:447</extracomment>
        <source>Pasting {count} values from day {day} would make {total} values; a sequence holds at most {limit}. Nothing was pasted</source>
        <translation>Pegar {count} valores desde el día {day} daría {total} valores; una secuencia tiene como máximo {limit}. No se pegó nada</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:143</extracomment>
        <source>potential long-term memory</source>
        <translation>memoria a largo plazo potencial</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:131</extracomment>
        <source>Predict “{name}” within {threshold} of its target</source>
        <translation>Predice «{name}» a menos de {threshold} de su objetivo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/lstm_format.py:96</extracomment>
        <source>prediction</source>
        <translation>predicción</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:306</extracomment>
        <source>prediction (on the chart)</source>
        <translation>predicción (en el gráfico)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:303</extracomment>
        <source>Prediction for the next day: &lt;b&gt;{shown}&lt;/b&gt; ({target})</source>
        <translation>Predicción para el día siguiente: &lt;b&gt;{shown}&lt;/b&gt; ({target})</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:72</extracomment>
        <source>prediction for {name} with the current weights</source>
        <translation>predicción para {name} con los pesos actuales</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:195</extracomment>
        <source>prediction {prediction}, off by {miss}</source>
        <translation>predicción {prediction}, desviada en {miss}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:416</extracomment>
        <source>prediction {prediction}, target {target}</source>
        <translation>predicción {prediction}, objetivo {target}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:332</extracomment>
        <source>Preset: {name}</source>
        <translation>Preajuste: {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:149</extracomment>
        <source>Press Train or Step to start gradient descent.</source>
        <translation>Pulsa Entrenar o Paso para empezar el descenso de gradiente.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:349</extracomment>
        <source>ragged row: {cells} cells, but the first row has {width}</source>
        <translation>fila irregular: {cells} celdas, pero la primera fila tiene {width}</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:360</extracomment>
        <source>Random parameters (seed {seed})</source>
        <translation>Parámetros aleatorios (semilla {seed})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:546</extracomment>
        <source>Remove the target of {name}</source>
        <translation>Quitar el objetivo de {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:494</extracomment>
        <source>Remove {count} day(s) of {name}</source>
        <translation>Quitar {count} día(s) de {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:530</extracomment>
        <source>Rename {old} to {new}</source>
        <translation>Renombrar {old} como {new}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/assignments/review_dialog.py:265</extracomment>
        <source>Replay {who}&apos;s run {number}</source>
        <translation>Reproducir la ejecución {number} de {who}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:232</extracomment>
        <source>Replaying the run to that step; fork when it is shown.</source>
        <translation>Reproduciendo la ejecución hasta ese paso; bifurca cuando se muestre.</translation>
    </message>
    <message>
        <extracomment>rnngui/session/state.py:353</extracomment>
        <source>Reset run</source>
        <translation>Reiniciar la ejecución</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:136</extracomment>
        <source>residual = target − prediction</source>
        <translation>residuo = objetivo − predicción</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:78</extracomment>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:79</extracomment>
        <source>row {row}, column {column}</source>
        <translation>fila {row}, columna {column}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/side_by_side.py:251</extracomment>
        <source>Run {number} ({label}): {diagnosis}</source>
        <translation>Ejecución {number} ({label}): {diagnosis}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/assignments/controller.py:312</extracomment>
        <source>Saved the copy for students: {name}</source>
        <translation>Se guardó la copia para los alumnos: {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:806</extracomment>
        <source>Saved the network canvas to {path}</source>
        <translation>Se guardó el lienzo de la red en {path}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/assignments/controller.py:228</extracomment>
        <source>Saved the teacher&apos;s copy {teacher} and the copy for students {students}</source>
        <translation>Se guardaron la copia del profesor, {teacher}, y la copia para los alumnos, {students}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/panel.py:445</extracomment>
        <source>Saved {count} steps to {path}</source>
        <translation>Se guardaron {count} pasos en {path}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/file_actions.py:293</extracomment>
        <source>Saved {name}</source>
        <translation>Se guardó {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/scaling_dialog.py:130</extracomment>
        <source>Scale prices: {mapping}</source>
        <translation>Escalar los precios: {mapping}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/scaling_dialog.py:131</extracomment>
        <source>Scaled: {mapping}</source>
        <translation>Escalado: {mapping}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:618</extracomment>
        <source>sequence name</source>
        <translation>nombre de la secuencia</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:57</extracomment>
        <source>sequence {name} has {count} values; at most {limit}</source>
        <translation>la secuencia {name} tiene {count} valores; como máximo {limit}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:54</extracomment>
        <source>sequence {name} is empty; it needs at least one value</source>
        <translation>la secuencia {name} está vacía; necesita al menos un valor</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:83</extracomment>
        <source>sequence {number}</source>
        <translation>secuencia {number}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:547</extracomment>
        <source>Set the target to {value} of {name}</source>
        <translation>Fijar el objetivo de {name} en {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:504</extracomment>
        <source>Set {count} day(s) of {name} to {value}</source>
        <translation>Fijar {count} día(s) de {name} en {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:372</extracomment>
        <source>share of the total</source>
        <translation>parte del total</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:192</extracomment>
        <source>Shared by every copy: w1 = {w1}, w2 = {w2}, b1 = {b1}, w3 = {w3}, b2 = {b2}; activation {activation}; y0 = 0.</source>
        <translation>Compartidos por todas las copias: w1 = {w1}, w2 = {w2}, b1 = {b1}, w3 = {w3}, b2 = {b2}; activación {activation}; y0 = 0.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:149</extracomment>
        <source>short-term memory</source>
        <translation>memoria a corto plazo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:372</extracomment>
        <source>size (log)</source>
        <translation>tamaño (log)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:433</extracomment>
        <source>Some of this step could not be set up: {problems}.</source>
        <translation>Parte de este paso no se pudo preparar: {problems}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/speed.py:98</extracomment>
        <source>Speed: {speed}</source>
        <translation>Velocidad: {speed}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:137</extracomment>
        <source>SSR = residual²</source>
        <translation>SSR = residuo²</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:117</extracomment>
        <source>SSR over the training sequences with the current weights</source>
        <translation>SSR sobre las secuencias de entrenamiento con los pesos actuales</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:150</extracomment>
        <source>SSR {ssr} within {steps} steps</source>
        <translation>SSR {ssr} en {steps} pasos</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:462</extracomment>
        <source>Stability map: w2 = {w2}, learning rate = {lr}</source>
        <translation>Mapa de estabilidad: w2 = {w2}, tasa de aprendizaje = {lr}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:242</extracomment>
        <source>Stalling — {after} {name} moves {step_size} per step while SSR stays at {loss}: vanishing gradients.</source>
        <translation>Se estanca — {after}, {name} se mueve {step_size} por paso mientras la SSR sigue en {loss}: gradientes que se desvanecen.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:239</extracomment>
        <source>Stalling — {after} {name} moves {step_size} per step while SSR stays at {loss}: vanishing gradients; max steps reached before the optimum.</source>
        <translation>Se estanca — {after}, {name} se mueve {step_size} por paso mientras la SSR sigue en {loss}: gradientes que se desvanecen; se alcanzó el máximo de pasos antes del óptimo.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:208</extracomment>
        <source>Stalling — {gradients} are exactly 0: the hidden unit&apos;s last output is 0 for every sequence (a dead, switched-off ReLU), so no number of steps can lower SSR from {loss}.</source>
        <translation>Se estanca — {gradients} valen exactamente 0: la última salida de la unidad oculta es 0 para todas las secuencias (una ReLU muerta, apagada), así que ningún número de pasos puede bajar la SSR de {loss}.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:193</extracomment>
        <source>Stalling — {gradients} are exactly 0: the hidden unit&apos;s last output is 0 for every sequence (a dead, switched-off ReLU), so SSR stays at {loss}.</source>
        <translation>Se estanca — {gradients} valen exactamente 0: la última salida de la unidad oculta es 0 para todas las secuencias (una ReLU muerta, apagada), así que la SSR sigue en {loss}.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:211</extracomment>
        <source>Start from other values.</source>
        <translation>Empieza con otros valores.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:371</extracomment>
        <source>Start the lesson?</source>
        <translation>¿Empezar la lección?</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:444</extracomment>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:219</extracomment>
        <source>sum{copy} ≤ 0 switches the ReLU off: the path is cut there</source>
        <translation>sum{copy} ≤ 0 apaga la ReLU: el camino se corta ahí</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/cell_chooser.py:100</extracomment>
        <source>Switch to the {cell}?</source>
        <translation>¿Cambiar a la {cell}?</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:79</extracomment>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:300</extracomment>
        <source>target {value}</source>
        <translation>objetivo {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:398</extracomment>
        <source>text ({text})</source>
        <translation>un texto ({text})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:559</extracomment>
        <source>That is the lesson&apos;s figure, {figure}.</source>
        <translation>Es la cifra de la lección, {figure}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:461</extracomment>
        <source>that is {count} numbers</source>
        <translation>eso son {count} números</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:804</extracomment>
        <source>The canvas could not be saved: {error}</source>
        <translation>No se pudo guardar el lienzo: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:291</extracomment>
        <source>The chain-rule receipt is written for the RNN: its five shared parameters and the one feedback weight w2 whose powers the lesson is about. Switch the cell to the RNN to see it.</source>
        <translation>El desglose por la regla de la cadena está hecho para la RNN: sus cinco parámetros compartidos y el único peso de retroalimentación, w2, de cuyas potencias trata la lección. Cambia la celda a la RNN para verlo.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:426</extracomment>
        <source>The clipboard holds no numbers to paste</source>
        <translation>El portapapeles no contiene números que pegar</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:197</extracomment>
        <source>the current network</source>
        <translation>la red actual</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/landscape.py:276</extracomment>
        <source>The curve is SSR over {name} with {others} held where they are now. The red points are this run&apos;s steps, numbered from the start; arrows show where the latest steps went.</source>
        <translation>La curva es la SSR sobre {name} con {others} fijos donde están ahora. Los puntos rojos son los pasos de esta ejecución, numerados desde el inicio; las flechas muestran adónde fueron los últimos pasos.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:409</extracomment>
        <source>the dates are not all in one format: the rows keep the file&apos;s order</source>
        <translation>las fechas no están todas en un mismo formato: las filas conservan el orden del archivo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:239</extracomment>
        <source>The end of the sequence and the gradients (the sums over every copy)</source>
        <translation>El final de la secuencia y los gradientes (las sumas sobre todas las copias)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:509</extracomment>
        <source>The engine cannot answer this now: {error}</source>
        <translation>El motor no puede responder a esto ahora: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:511</extracomment>
        <source>The engine says {value}.</source>
        <translation>El motor dice {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:291</extracomment>
        <source>the file contains {name}, which is not a number a project can hold</source>
        <translation>el archivo contiene {name}, que no es un número que un proyecto pueda guardar</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:306</extracomment>
        <source>the file holds a value RNN Lab cannot use ({kind}: {error})</source>
        <translation>el archivo contiene un valor que RNN Lab no puede usar ({kind}: {error})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:329</extracomment>
        <source>the file holds no values</source>
        <translation>el archivo no contiene valores</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:346</extracomment>
        <source>the file holds {kind}, not a project (a JSON object)</source>
        <translation>el archivo contiene {kind}, no un proyecto (un objeto JSON)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:114</extracomment>
        <source>the file is over {size} MB</source>
        <translation>el archivo supera los {size} MB</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_actions.py:142</extracomment>
        <source>The forward pass cannot be stepped: {problem}.</source>
        <translation>No se puede recorrer paso a paso la pasada hacia delante: {problem}.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:177</extracomment>
        <source>the gradient is not huge, but the learning rate makes each step overshoot</source>
        <translation>el gradiente no es enorme, pero la tasa de aprendizaje hace que cada paso se pase</translation>
    </message>
    <message>
        <extracomment>rnngui/model/scaling.py:47</extracomment>
        <source>the high price ({high}) must be above the low price ({low})</source>
        <translation>el precio alto ({high}) debe ser mayor que el precio bajo ({low})</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:227</extracomment>
        <source>the identity&apos;s slope is always 1</source>
        <translation>la pendiente de la identidad siempre es 1</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:327</extracomment>
        <source>the JSON is nested too deeply to be a project file</source>
        <translation>el JSON está anidado a demasiada profundidad para ser un archivo de proyecto</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:466</extracomment>
        <source>The largest: {name}, copy {copy}, {value}{share}{carries}.</source>
        <translation>El mayor: {name}, copia {copy}, {value}{share}{carries}.</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:166</extracomment>
        <source>the last copy&apos;s y: what w3 multiplies</source>
        <translation>la y de la última copia: lo que multiplica w3</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:560</extracomment>
        <source>The lesson&apos;s figure is {figure}; the current weights give {value}.</source>
        <translation>La cifra de la lección es {figure}; los pesos actuales dan {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:82</extracomment>
        <source>The LSTM is at SSR {ssr} (from {start}): {why}.</source>
        <translation>La LSTM está en una SSR de {ssr} (partía de {start}): {why}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:80</extracomment>
        <source>The LSTM learns: the SSR falls from {start} to {ssr}: {why}.</source>
        <translation>La LSTM aprende: la SSR baja de {start} a {ssr}: {why}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/through_time.py:108</extracomment>
        <source>The LSTM: {name} has {count} values and the first day reaches the prediction multiplied by {gain}. There is no w2: from one day to the next the long-term memory is multiplied only by the forget gate (the gradient lab&apos;s “Why the LSTM” page compares it with the RNN).</source>
        <translation>La LSTM: {name} tiene {count} valores y el primer día llega a la predicción multiplicado por {gain}. No hay w2: de un día al siguiente la memoria a largo plazo solo se multiplica por la puerta de olvido (la página «Por qué la LSTM» del laboratorio de gradientes la compara con la RNN).</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:286</extracomment>
        <source>The map could not be computed ({reason}).</source>
        <translation>No se pudo calcular el mapa ({reason}).</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:198</extracomment>
        <source>the memory page&apos;s {cell}</source>
        <translation>la {cell} de la página de memoria</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:404</extracomment>
        <source>the number {number}</source>
        <translation>el número {number}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:168</extracomment>
        <source>the numbers overflowed</source>
        <translation>los números se desbordaron</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:433</extracomment>
        <source>The pasted block holds more values than fit from day {day}; a sequence holds at most {limit}. Nothing was pasted</source>
        <translation>El bloque pegado tiene más valores de los que caben desde el día {day}; una secuencia tiene como máximo {limit}. No se pegó nada</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:193</extracomment>
        <source>the prediction overflowed</source>
        <translation>la predicción se desbordó</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:225</extracomment>
        <source>the project</source>
        <translation>el proyecto</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:331</extracomment>
        <source>the project&apos;s data</source>
        <translation>los datos del proyecto</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:332</extracomment>
        <source>The ring is the project&apos;s own start (w2 = {w2}) and learning rate ({lr}).</source>
        <translation>El anillo es el inicio propio del proyecto (w2 = {w2}) y su tasa de aprendizaje ({lr}).</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:69</extracomment>
        <source>The RNN learned (SSR {ssr}): {why}.</source>
        <translation>La RNN aprendió (SSR {ssr}): {why}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:70</extracomment>
        <source>The RNN stalls at SSR {ssr}: {why}. The gradient vanishes: gradient descent cannot tell Company A from Company B, so it predicts their average.</source>
        <translation>La RNN se estanca en una SSR de {ssr}: {why}. El gradiente se desvanece: el descenso de gradiente no puede distinguir la empresa A de la empresa B, así que predice su media.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/memory.py:226</extracomment>
        <source>The runs stopped: {error}</source>
        <translation>Las ejecuciones se detuvieron: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:91</extracomment>
        <source>The selected sequence has no values: give it at least one day.</source>
        <translation>La secuencia elegida no tiene valores: dale al menos un día.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:93</extracomment>
        <source>The selected sequence has {days} days; a worksheet fits at most {limit} copies on a page. Select a shorter sequence.</source>
        <translation>La secuencia elegida tiene {days} días; en una hoja de trabajo caben como máximo {limit} copias por página. Elige una secuencia más corta.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:159</extracomment>
        <source>the sequence has a single day</source>
        <translation>la secuencia tiene un solo día</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/timeline.py:63</extracomment>
        <source>The settings of a new run that starts from this step</source>
        <translation>Los ajustes de una ejecución nueva que empieza en este paso</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:229</extracomment>
        <source>the slopes of 1 copy multiplied</source>
        <translation>las pendientes de 1 copia, multiplicadas</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:230</extracomment>
        <source>the slopes of {copies} copies multiplied</source>
        <translation>las pendientes de {copies} copias, multiplicadas</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:92</extracomment>
        <source>the speed must be a positive number of steps per second</source>
        <translation>la velocidad debe ser un número positivo de pasos por segundo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/landscape.py:450</extracomment>
        <source>The SSR is flat (≈ {value}, to within round-off) over {share} of this grid: there the gradient is zero and gradient descent cannot move.</source>
        <translation>La SSR es plana (≈ {value}, salvo redondeo) en el {share} de esta cuadrícula: ahí el gradiente es cero y el descenso de gradiente no puede moverse.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/landscape.py:441</extracomment>
        <source>The SSR is flat here: {value} everywhere on this grid (it varies by {spread} at most, round-off), so {x} and {y} do not change the prediction and the gradient has nothing to follow ({fixed} fixed). No contours are drawn.</source>
        <translation>Aquí la SSR es plana: {value} en toda esta cuadrícula (varía como mucho {spread}, por redondeo), así que {x} y {y} no cambian la predicción y el gradiente no tiene nada que seguir ({fixed} fijos). No se dibujan curvas de nivel.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:88</extracomment>
        <source>the text is empty: type a number</source>
        <translation>el texto está vacío: escribe un número</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:100</extracomment>
        <source>The unrolled RNN — {name}</source>
        <translation>La RNN desenrollada — {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:122</extracomment>
        <source>the {cell} has no parameter {name} (it has {names})</source>
        <translation>la {cell} no tiene el parámetro {name} (tiene {names})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/cell_chooser.py:101</extracomment>
        <source>The {cell} has other parameters: switching throws away this run (its curves and its start). Undo brings the current network back.</source>
        <translation>La {cell} tiene otros parámetros: cambiar descarta esta ejecución (sus curvas y su inicio). Deshacer recupera la red actual.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:156</extracomment>
        <source>there is no sequence called {name}</source>
        <translation>no hay ninguna secuencia llamada {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:64</extracomment>
        <source>there is no sequence called {name} now (there are {names})</source>
        <translation>ahora no hay ninguna secuencia llamada {name} (hay {names})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:378</extracomment>
        <source>this file was written by a newer RNN Lab (format version {version}); this RNN Lab reads versions up to {newest}. Update RNN Lab to open it.</source>
        <translation>este archivo lo escribió un RNN Lab más reciente (versión de formato {version}); este RNN Lab lee versiones hasta la {newest}. Actualiza RNN Lab para abrirlo.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:281</extracomment>
        <source>This lesson file cannot be used: {error}</source>
        <translation>Este archivo de lección no se puede usar: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:372</extracomment>
        <source>This lesson step loads “{name}” in place of your project, which has {lost}. Edit → Undo brings your project back. Go on?</source>
        <translation>Este paso de la lección carga «{name}» en lugar de tu proyecto, que tiene {lost}. Editar → Deshacer te devuelve tu proyecto. ¿Continuar?</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:155</extracomment>
        <source>this needs the LSTM, but the network now is the {cell}; choose LSTM in the training panel or load the LSTM chapter&apos;s preset</source>
        <translation>esto necesita la LSTM, pero ahora la red es la {cell}; elige LSTM en el panel de entrenamiento o carga el preajuste del capítulo de LSTM</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:104</extracomment>
        <source>this project has no price scaling; load the Blue and Red preset</source>
        <translation>este proyecto no tiene escala de precios; carga el preajuste Blue and Red</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:122</extracomment>
        <source>This sequence has no target, so the worksheet has no backward numbers.</source>
        <translation>Esta secuencia no tiene objetivo, así que la hoja de trabajo no tiene números hacia atrás.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:423</extracomment>
        <source>this sequence&apos;s part of dSSR/d{name}</source>
        <translation>la parte de esta secuencia en dSSR/d{name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:325</extracomment>
        <source>Train all {count} parameters</source>
        <translation>Entrenar los {count} parámetros</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:556</extracomment>
        <source>Train on {name}</source>
        <translation>Entrenar con {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/session/training_run.py:356</extracomment>
        <source>Train to step {step}</source>
        <translation>Entrenar hasta el paso {step}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:424</extracomment>
        <source>Train {names}</source>
        <translation>Entrenar {names}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:420</extracomment>
        <source>Trainable: {names}</source>
        <translation>Entrenables: {names}</translation>
    </message>
    <message>
        <extracomment>rnngui/session/training_run.py:309</extracomment>
        <source>Training diverged at step {step}: numbers overflowed. The last finite parameters were kept.</source>
        <translation>El entrenamiento divergió en el paso {step}: los números se desbordaron. Se conservaron los últimos parámetros finitos.</translation>
    </message>
    <message>
        <extracomment>rnngui/session/training_run.py:319</extracomment>
        <source>Training stopped at step {step}: the engine failed ({reason}). The last good parameters were kept.</source>
        <translation>El entrenamiento se detuvo en el paso {step}: el cálculo falló ({reason}). Se conservaron los últimos parámetros válidos.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:399</extracomment>
        <source>true/false</source>
        <translation>un valor true/false</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:69</extracomment>
        <source>true/false is not a number</source>
        <translation>true/false no es un número</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:448</extracomment>
        <source>Try this:</source>
        <translation>Prueba esto:</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:335</extracomment>
        <source>two sequences that differ only on day 1, whose value is the target (as in the exploding and vanishing presets), at learning rate {lr}</source>
        <translation>dos secuencias que solo difieren en el día 1, cuyo valor es el objetivo (como en los preajustes de gradientes explosivos y de gradientes que se desvanecen), con tasa de aprendizaje {lr}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:89</extracomment>
        <source>type a number for {name}</source>
        <translation>escribe un número para {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:473</extracomment>
        <source>Type parameters</source>
        <translation>Escribir los parámetros</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:405</extracomment>
        <source>type prices in the price column</source>
        <translation>escribe los precios en la columna de precios</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:323</extracomment>
        <source>Type {count} numbers ({names}) and press Enter</source>
        <translation>Escribe {count} números ({names}) y pulsa Intro</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:142</extracomment>
        <source>unknown activation {name}</source>
        <translation>activación desconocida {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/unroll_length.py:123</extracomment>
        <source>Unrolled {n} times with w2 = {w2}: |w2|^{n} = {power}, |d prediction / d x_1| = {reach}, |dSSR/dw2| = {gradient}. </source>
        <translation>Desenrollada {n} veces con w2 = {w2}: |w2|^{n} = {power}, |d predicción / d x_1| = {reach}, |dSSR/dw2| = {gradient}. </translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:369</extracomment>
        <source>unsaved changes</source>
        <translation>cambios sin guardar</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:367</extracomment>
        <source>unsaved changes and a training run</source>
        <translation>cambios sin guardar y una ejecución de entrenamiento</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:79</extracomment>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/gradient_lab.py:174</extracomment>
        <source>Vanishing-gradients preset</source>
        <translation>Preajuste de gradientes que se desvanecen</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:240</extracomment>
        <source>what w1 multiplies in this copy</source>
        <translation>lo que multiplica w1 en esta copia</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:243</extracomment>
        <source>what w2 multiplies in this copy</source>
        <translation>lo que multiplica w2 en esta copia</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/stability.py:317</extracomment>
        <source>What {steps} steps of gradient descent do from each start</source>
        <translation>Lo que hacen {steps} pasos de descenso de gradiente desde cada inicio</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:164</extracomment>
        <source>where the error enters: dSSR/dprediction</source>
        <translation>donde entra el error: dSSR/dpredicción</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:125</extracomment>
        <source>With clipping off, make the first day of “{name}” reach the prediction at least {threshold} times as strongly as the last</source>
        <translation>Con el recorte desactivado, haz que el primer día de «{name}» alcance la predicción al menos {threshold} veces más fuerte que el último</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:128</extracomment>
        <source>With clipping off, make the first day reach the prediction at least {threshold} times as strongly as the last</source>
        <translation>Con el recorte desactivado, haz que el primer día alcance la predicción al menos {threshold} veces más fuerte que el último</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/unroll_length.py:136</extracomment>
        <source>With w2 = 0 nothing goes around the loop: every N gives the same gradient.</source>
        <translation>Con w2 = 0 nada da la vuelta al bucle: cada N da el mismo gradiente.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/unroll_length.py:149</extracomment>
        <source>With |w2| = 1 every copy adds the same part: the gradient grows in step with N.</source>
        <translation>Con |w2| = 1 cada copia aporta la misma parte: el gradiente crece al mismo ritmo que N.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet_dialog.py:108</extracomment>
        <source>Worksheet written to {name}{key}.</source>
        <translation>Hoja de trabajo escrita en {name}{key}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:87</extracomment>
        <source>Worksheets are for the RNN: switch the cell to the RNN to make one.</source>
        <translation>Las hojas de trabajo son para la RNN: cambia la celda a la RNN para crear una.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:334</extracomment>
        <source>Your answer {answer} is off by {difference}: the engine says {value}.</source>
        <translation>Tu respuesta {answer} se desvía en {difference}: el motor dice {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:329</extracomment>
        <source>Your answer {answer} is off: the engine&apos;s {value} is {times} times bigger.</source>
        <translation>Tu respuesta {answer} no acierta: el {value} del motor es {times} veces mayor.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:332</extracomment>
        <source>Your answer {answer} is off: the engine&apos;s {value} is {times} times smaller.</source>
        <translation>Tu respuesta {answer} no acierta: el {value} del motor es {times} veces menor.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:325</extracomment>
        <source>Your answer {answer} is right: the engine says {value}.</source>
        <translation>Tu respuesta {answer} es correcta: el motor dice {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:340</extracomment>
        <source>Your project was kept. Press Next or choose a step to let the lesson set up the app (Edit → Undo brings your project back).</source>
        <translation>Tu proyecto se ha conservado. Pulsa Siguiente o elige un paso para que la lección prepare la aplicación (Editar → Deshacer te devuelve tu proyecto).</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/worksheet.py:231</extracomment>
        <source>y{day} goes on to copy {next}, × w2 →</source>
        <translation>y{day} pasa a la copia {next}, × w2 →</translation>
    </message>
    <message>
        <extracomment>rnngui/session/jobs.py:132</extracomment>
        <source>{diagnosis} The run stopped here: “stop when converged” is on.</source>
        <translation>{diagnosis} El entrenamiento se detuvo aquí: «parar al converger» está activado.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:53</extracomment>
        <source>{error} (try 16, 1.1e15 or 2^50)</source>
        <translation>{error} (prueba con 16; 1.1e15 o 2^50)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/bad_input.py:56</extracomment>
        <source>{error} ({where})</source>
        <translation>{error} ({where})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/training/controls.py:464</extracomment>
        <source>{error}: type {count} numbers for {names}, e.g. {example}</source>
        <translation>{error}: escribe {count} números para {names}, p. ej. {example}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:442</extracomment>
        <source>{error}; nothing was pasted</source>
        <translation>{error}; no se pegó nada</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/network_canvas.py:93</extracomment>
        <source>{error}; {name} needs a number</source>
        <translation>{error}; {name} necesita un número</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:195</extracomment>
        <source>{loops} feedback loops crossed</source>
        <translation>{loops} bucles de retroalimentación cruzados</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:278</extracomment>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:466</extracomment>
        <source>{name} (no values besides its target)</source>
        <translation>{name} (sin valores aparte de su objetivo)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:469</extracomment>
        <source>{name} (no values)</source>
        <translation>{name} (sin valores)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:479</extracomment>
        <source>{name} (over {limit} values)</source>
        <translation>{name} (más de {limit} valores)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:456</extracomment>
        <source>{name} (row {row}, column {column} {held})</source>
        <translation>{name} (fila {row}, columna {column} {held})</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:414</extracomment>
        <source>{name} ({days} days)</source>
        <translation>{name} ({days} días)</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:218</extracomment>
        <source>{name} = 0 in copy {copy}</source>
        <translation>{name} = 0 en la copia {copy}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/assignment.py:184</extracomment>
        <source>{name} has no target</source>
        <translation>{name} no tiene objetivo</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:468</extracomment>
        <source>{name} has no values</source>
        <translation>{name} no tiene valores</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:465</extracomment>
        <source>{name} has no values besides its target</source>
        <translation>{name} no tiene valores aparte de su objetivo</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:476</extracomment>
        <source>{name} has {count} values; at most {limit}</source>
        <translation>{name} tiene {count} valores; como máximo {limit}</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:161</extracomment>
        <source>{name} has {days} days; there is no day {day}</source>
        <translation>{name} tiene {days} días; no hay día {day}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:756</extracomment>
        <source>{name} is not UTF-8 text (byte 0x{byte} at offset {offset}); is it really an RNN Lab project?</source>
        <translation>{name} no es texto UTF-8 (byte 0x{byte} en la posición {offset}); ¿seguro que es un proyecto de RNN Lab?</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:742</extracomment>
        <source>{name} is {size} MB; project files are at most {limit} MB</source>
        <translation>{name} ocupa {size} MB; los archivos de proyecto ocupan como mucho {limit} MB</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/sequences/editor.py:490</extracomment>
        <source>{name} needs at least one value; delete the sequence instead</source>
        <translation>{name} necesita al menos un valor; en su lugar, elimina la secuencia</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:125</extracomment>
        <source>{name} now</source>
        <translation>{name} ahora</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:89</extracomment>
        <source>{name}, copy {copy} of {copies}</source>
        <translation>{name}, copia {copy} de {copies}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:37</extracomment>
        <source>{number}{at} is beyond ±{limit}; scale the prices to [0, 1] first</source>
        <translation>{number}{at} supera ±{limit}; escala primero los precios a [0, 1]</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:575</extracomment>
        <source>{place} ({high}) must be above {other} ({low})</source>
        <translation>{place} ({high}) debe ser mayor que {other} ({low})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:628</extracomment>
        <source>{place} has {count} goals; at most {limit}</source>
        <translation>{place} tiene {count} metas; como mucho {limit}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:637</extracomment>
        <source>{place} holds {count} runs; at most {limit}</source>
        <translation>{place} guarda {count} entrenamientos; como mucho {limit}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:224</extracomment>
        <source>{place} holds {kind}, which a project file cannot store</source>
        <translation>{place} contiene {kind}, que un archivo de proyecto no puede guardar</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:418</extracomment>
        <source>{place} is a number too large to hold</source>
        <translation>{place} es un número demasiado grande para guardarlo</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:410</extracomment>
        <source>{place} is {kind}, beyond the largest number a project can hold</source>
        <translation>{place} es {kind}, más que el mayor número que puede guardar un proyecto</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:435</extracomment>
        <source>{place} is {length} characters long ({text}); at most {limit}</source>
        <translation>{place} tiene {length} caracteres ({text}); como mucho {limit}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:279</extracomment>
        <source>{place} is {value}, which a project file cannot store</source>
        <translation>{place} es {value}, que un archivo de proyecto no puede guardar</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:709</extracomment>
        <source>{place} is {value}; a run cannot take less than 0</source>
        <translation>{place} es {value}; un entrenamiento no puede durar menos de 0</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:559</extracomment>
        <source>{place} is {value}; it must be from {low} to {high}</source>
        <translation>{place} es {value}; debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:420</extracomment>
        <source>{place} must be a finite number</source>
        <translation>{place} debe ser un número finito</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:705</extracomment>
        <source>{place} must be a list of at most {count} numbers (or null), one per goal</source>
        <translation>{place} debe ser una lista de como mucho {count} números (o null), uno por meta</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:701</extracomment>
        <source>{place} must be a list of at most {count} true/false, one per goal</source>
        <translation>{place} debe ser una lista de como mucho {count} true/false, uno por meta</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:591</extracomment>
        <source>{place} must be a list of names, not {kind}</source>
        <translation>{place} debe ser una lista de nombres, no {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:458</extracomment>
        <source>{place} must be a list of numbers, not {kind}</source>
        <translation>{place} debe ser una lista de números, no {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:445</extracomment>
        <source>{place} must be a list, not {kind}</source>
        <translation>{place} debe ser una lista, no {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:413</extracomment>
        <source>{place} must be a number, not {kind}</source>
        <translation>{place} debe ser un número, no {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:580</extracomment>
        <source>{place} must be a short text such as &quot;$&quot;</source>
        <translation>{place} debe ser un texto corto, como &quot;$&quot;</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:374</extracomment>
        <source>{place} must be a whole number, not {kind}</source>
        <translation>{place} debe ser un número entero, no {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:570</extracomment>
        <source>{place} must be an object or null, not {kind}</source>
        <translation>{place} debe ser un objeto o null, no {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:484</extracomment>
        <source>{place} must be an object with {names}</source>
        <translation>{place} debe ser un objeto con {names}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:516</extracomment>
        <source>{place} must be an object, not {kind}</source>
        <translation>{place} debe ser un objeto, no {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:476</extracomment>
        <source>{place} must be one of {choices}, not {kind}</source>
        <translation>{place} debe ser uno de {choices}, no {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:431</extracomment>
        <source>{place} must be text, not {kind}</source>
        <translation>{place} debe ser texto, no {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:465</extracomment>
        <source>{place} must be true or false</source>
        <translation>{place} debe ser true o false</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:598</extracomment>
        <source>{place} must be true or false, not {kind}</source>
        <translation>{place} debe ser true o false, no {kind}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:533</extracomment>
        <source>{place} must list some of {names}, not {value}</source>
        <translation>{place} debe enumerar algunos de {names}, no {value}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:538</extracomment>
        <source>{place} {value} is not one of {choices}</source>
        <translation>{place} {value} no es ninguno de {choices}</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:107</extracomment>
        <source>{price} on the 0-to-1 scale</source>
        <translation>{price} en la escala de 0 a 1</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:88</extracomment>
        <source>{sequence}&apos;s {field}</source>
        <translation>{field} de la {sequence}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:85</extracomment>
        <source>{sequence}, day {day}</source>
        <translation>{sequence}, día {day}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/canvas/receipt.py:370</extracomment>
        <source>{slope} on the path</source>
        <translation>{slope} en el camino</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:173</extracomment>
        <source>{text} has several commas; this computer writes decimals with a comma: type the number with one comma, or without separators</source>
        <translation>{text} tiene varias comas; este ordenador escribe los decimales con coma: escribe el número con una sola coma, o sin separadores</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:107</extracomment>
        <source>{text} is a missing value, not a number</source>
        <translation>{text} es un valor que falta, no un número</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:92</extracomment>
        <source>{text} is a price with its currency sign; type the number alone</source>
        <translation>{text} es un precio con su símbolo de moneda; escribe solo el número</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:183</extracomment>
        <source>{text} is ambiguous: {whole} with a thousands separator, or {point} with a decimal comma. Type {whole} or {point}</source>
        <translation>{text} es ambiguo: {whole} con separador de miles, o {point} con coma decimal. Escribe {whole} o {point}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:199</extracomment>
        <source>{text} is not a number</source>
        <translation>{text} no es un número</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:151</extracomment>
        <source>{text} is not a number (a space or &apos; inside it?)</source>
        <translation>{text} no es un número (¿hay un espacio o un &apos; dentro?)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:198</extracomment>
        <source>{text} is not a number (more than one decimal point)</source>
        <translation>{text} no es un número (tiene más de un punto decimal)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:190</extracomment>
        <source>{text} is not read here: this computer writes the decimal point as &apos;.&apos;, so it could mean {point} (a decimal comma) or the list {listed}. Type {point}</source>
        <translation>{text} no se lee aquí: este ordenador escribe el separador decimal como &apos;.&apos;, así que podría ser {point} (con coma decimal) o la lista {listed}. Escribe {point}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:223</extracomment>
        <source>{text} is too large to be a number here</source>
        <translation>{text} es demasiado grande para ser un número aquí</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:82</extracomment>
        <source>{text} is too long to be a number</source>
        <translation>{text} es demasiado largo para ser un número</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:163</extracomment>
        <source>{text} is written the European way (1.234,56 = {number}), but this computer writes the decimal point as &apos;.&apos;: type {number}</source>
        <translation>{text} está escrito a la europea (1.234,56 = {number}), pero este ordenador escribe el separador decimal como &apos;.&apos;: escribe {number}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:159</extracomment>
        <source>{text} mixes &apos;.&apos; and &apos;,&apos; in a way that is not a number</source>
        <translation>{text} mezcla &apos;.&apos; y &apos;,&apos; de una forma que no es un número</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/bad_input.py:43</extracomment>
        <source>{text} {where} is a price: {hint}</source>
        <translation>{text} {where} es un precio: {hint}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/bad_input.py:45</extracomment>
        <source>{text} {where} is a price; type the number alone</source>
        <translation>{text} {where} es un precio; escribe solo el número</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/bad_input.py:51</extracomment>
        <source>{text} {where} is not a number</source>
        <translation>{text} {where} no es un número</translation>
    </message>
    <message>
        <extracomment>rnngui/model/document.py:31</extracomment>
        <source>{value}{at} is not a number</source>
        <translation>{value}{at} no es un número</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:181</extracomment>
        <source>{what} after day {day} of {name}</source>
        <translation>{what} tras el día {day} de {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:173</extracomment>
        <source>{what} on day {day} of {name}</source>
        <translation>{what} el día {day} de {name}</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/widgets/bad_input.py:37</extracomment>
        <source>{where} is empty: type a number (or delete the value)</source>
        <translation>{where} está vacío: escribe un número (o borra el valor)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/lab/unroll_length.py:143</extracomment>
        <source>|dSSR/dw2| stays near {value} from N = {n} on: </source>
        <translation>|dSSR/dw2| se queda cerca de {value} a partir de N = {n}: </translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:200</extracomment>
        <source>|∂prediction/∂x1| after {days} days for {label}</source>
        <translation>|∂predicción/∂x1| tras {days} días para {label}</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/receipt.py:163</extracomment>
        <source>−2(target − prediction)</source>
        <translation>−2(objetivo − predicción)</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:263</extracomment>
        <source>⚠ {name} (cannot be used)</source>
        <translation>⚠ {name} (no se puede usar)</translation>
    </message>
</context>
</TS>
