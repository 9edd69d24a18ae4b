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
        <extracomment>rnngui/model/project_file.py:345</extracomment>
        <source>&quot;format&quot; is {format}; an RNN Lab project says &quot;format&quot;: &quot;rnnlab&quot;</source>
        <translation>&quot;format&quot; es {format}; un proyecto de RNN Lab dice &quot;format&quot;: &quot;rnnlab&quot;</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:525</extracomment>
        <source>(You did not write a guess: next time, predict first.)</source>
        <translation>(No escribiste ninguna estimación: la próxima vez, predice primero.)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:151</extracomment>
        <source>a cell over {limit} characters (an unclosed quote &quot; swallows the rest of the file?): the file is read up to here</source>
        <translation>una celda de más de {limit} caracteres (¿unas comillas &quot; sin cerrar se tragan el resto del archivo?): el archivo se lee hasta aquí</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:369</extracomment>
        <source>a training run</source>
        <translation>una ejecución de entrenamiento</translation>
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
        <extracomment>rnngui/engine/diagnose.py:180</extracomment>
        <source>Bouncing — the loss rose in {rises} of the last {steps} steps and |dSSR/d{name}| reached {gradient}: {cause}. Try a smaller learning rate or clipping.</source>
        <translation>Rebota — la pérdida subió en {rises} de los últimos {steps} pasos y |dSSR/d{name}| llegó a {gradient}: {cause}. Prueba con una tasa de aprendizaje más pequeña o con recorte (clipping).</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:108</extracomment>
        <source>Clipping is on: {clipped} of the last {count} gradients were clipped.</source>
        <translation>El recorte está activado: se recortaron {clipped} de los últimos {count} gradientes.</translation>
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
        <extracomment>rnngui/engine/diagnose.py:145</extracomment>
        <source>Diverged — numbers overflowed at step {step}; the last finite parameters were kept. Try a smaller learning rate or turn on gradient clipping.</source>
        <translation>Divergió — los números se desbordaron en el paso {step}; se conservaron los últimos parámetros finitos. Prueba con una tasa de aprendizaje más pequeña o activa el recorte de gradientes.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:443</extracomment>
        <source>empty cell inside {name}</source>
        <translation>celda vacía dentro de {name}</translation>
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
        <extracomment>rnngui/model/csv_data.py:76</extracomment>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:455</extracomment>
        <source>holds {text}</source>
        <translation>contiene {text}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:455</extracomment>
        <source>is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:351</extracomment>
        <source>Lesson step {number} loaded “{name}”. Edit → Undo brings your project back.</source>
        <translation>El paso {number} de la lección cargó «{name}». Editar → Deshacer te devuelve tu proyecto.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:554</extracomment>
        <source>lesson: {figure}</source>
        <translation>lección: {figure}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:402</extracomment>
        <source>no name column and value column to read</source>
        <translation>no hay una columna de nombres y otra de valores que leer</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:123</extracomment>
        <source>not UTF-8 text: byte 0x{byte} at offset {offset}. Save the file from the spreadsheet as &apos;CSV UTF-8&apos; and import it again</source>
        <translation>no es texto UTF-8: byte 0x{byte} en la posición {offset}. Guarda el archivo desde la hoja de cálculo como &apos;CSV UTF-8&apos; e impórtalo de nuevo</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:319</extracomment>
        <source>not valid JSON at line {line}, column {column}: {error}</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: {error}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:317</extracomment>
        <source>not valid JSON at line {line}, column {column}: {error} (the file looks cut short)</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: {error} (el archivo parece cortado)</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:356</extracomment>
        <source>One step did it: at step 1 the loop had multiplied day 1&apos;s signal by {gain} over {loops} loops, |dSSR/d{name}| was {gradient}, and that one step moved the parameters by {step_size}: exploding gradients. Try a much smaller learning rate or clipping.</source>
        <translation>Bastó un paso: en el paso 1 el bucle había multiplicado la señal del día 1 por {gain} a lo largo de {loops} vueltas, |dSSR/d{name}| era {gradient} y ese único paso movió los parámetros {step_size}: gradientes que explotan. Prueba con una tasa de aprendizaje mucho más pequeña o con recorte (clipping).</translation>
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
        <extracomment>rnngui/ui/teaching/lesson_panel.py:433</extracomment>
        <source>Some of this step could not be set up: {problems}.</source>
        <translation>Parte de este paso no se pudo preparar: {problems}.</translation>
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
        <extracomment>rnngui/ui/teaching/lesson_panel.py:559</extracomment>
        <source>That is the lesson&apos;s figure, {figure}.</source>
        <translation>Es la cifra de la lección, {figure}.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:409</extracomment>
        <source>the dates are not all in one format: the rows keep the file&apos;s order</source>
        <translation>las fechas no están todas en un mismo formato: las filas conservan el orden del archivo</translation>
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
        <extracomment>rnngui/model/project_file.py:286</extracomment>
        <source>the file contains {name}, which is not a number a project can hold</source>
        <translation>el archivo contiene {name}, que no es un número que un proyecto pueda guardar</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:301</extracomment>
        <source>the file holds a value RNN Lab cannot use ({kind}: {error})</source>
        <translation>el archivo contiene un valor que RNN Lab no puede usar ({kind}: {error})</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:329</extracomment>
        <source>the file holds no values</source>
        <translation>el archivo no contiene valores</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:341</extracomment>
        <source>the file holds {kind}, not a project (a JSON object)</source>
        <translation>el archivo contiene {kind}, no un proyecto (un objeto JSON)</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:114</extracomment>
        <source>the file is over {size} MB</source>
        <translation>el archivo supera los {size} MB</translation>
    </message>
    <message>
        <extracomment>rnngui/engine/diagnose.py:177</extracomment>
        <source>the gradient is not huge, but the learning rate makes each step overshoot</source>
        <translation>el gradiente no es enorme, pero la tasa de aprendizaje hace que cada paso se pase</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:322</extracomment>
        <source>the JSON is nested too deeply to be a project file</source>
        <translation>el JSON está anidado a demasiada profundidad para ser un archivo de proyecto</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:560</extracomment>
        <source>The lesson&apos;s figure is {figure}; the current weights give {value}.</source>
        <translation>La cifra de la lección es {figure}; los pesos actuales dan {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:372</extracomment>
        <source>this file was written by a newer RNN Lab (format version {version}); this RNN Lab reads versions up to {newest}. Update RNN Lab to open it.</source>
        <translation>este archivo lo escribió un RNN Lab más reciente (versión de formato {version}); este RNN Lab lee versiones hasta la {newest}. Actualiza RNN Lab para abrirlo.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:372</extracomment>
        <source>This lesson step loads “{name}” in place of your project, which has {lost}. Edit → Undo brings your project back. Go on?</source>
        <translation>Este paso de la lección carga «{name}» en lugar de tu proyecto, que tiene {lost}. Editar → Deshacer te devuelve tu proyecto. ¿Continuar?</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:448</extracomment>
        <source>Try this:</source>
        <translation>Prueba esto:</translation>
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
        <extracomment>rnngui/lesson/compute.py:310</extracomment>
        <source>Your answer {answer} is off by {difference}: the engine says {value}.</source>
        <translation>Tu respuesta {answer} se desvía en {difference}: el motor dice {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:305</extracomment>
        <source>Your answer {answer} is off: the engine&apos;s {value} is {times} times bigger.</source>
        <translation>Tu respuesta {answer} no acierta: el {value} del motor es {times} veces mayor.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:308</extracomment>
        <source>Your answer {answer} is off: the engine&apos;s {value} is {times} times smaller.</source>
        <translation>Tu respuesta {answer} no acierta: el {value} del motor es {times} veces menor.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:301</extracomment>
        <source>Your answer {answer} is right: the engine says {value}.</source>
        <translation>Tu respuesta {answer} es correcta: el motor dice {value}.</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:340</extracomment>
        <source>Your project was kept. Press Next or choose a step to let the lesson set up the app (Edit → Undo brings your project back).</source>
        <translation>Tu proyecto se ha conservado. Pulsa Siguiente o elige un paso para que la lección prepare la aplicación (Editar → Deshacer te devuelve tu proyecto).</translation>
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
        <extracomment>rnngui/model/csv_data.py:107</extracomment>
        <source>{text} is a missing value, not a number</source>
        <translation>{text} es un valor que falta, no un número</translation>
    </message>
</context>
</TS>
