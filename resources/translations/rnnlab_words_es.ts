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
        <extracomment>rnngui/model/project_file.py:561</extracomment>
        <source> (or null: off)</source>
        <translation> (o null: desactivado)</translation>
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
        <extracomment>rnngui/model/numbers.py:188</extracomment>
        <source>(nothing)</source>
        <translation>(nada)</translation>
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
        <extracomment>rnngui/engine/diagnose.py:180</extracomment>
        <source>Bouncing — the loss rose in {rises} of the last {steps} steps and |dSSR/d{name}| reached {gradient}: {cause}. Try a smaller learning rate or clipping.</source>
        <translation>Rebota — la pérdida subió en {rises} de los últimos {steps} pasos y |dSSR/d{name}| llegó a {gradient}: {cause}. Prueba con una tasa de aprendizaje más pequeña o con recorte (clipping).</translation>
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
        <extracomment>rnngui/lesson/compute.py:78</extracomment>
        <source>copies of the network unrolled for {name}</source>
        <translation>copias de la red desplegada para {name}</translation>
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
        <extracomment>rnngui/lesson/compute.py:88</extracomment>
        <source>first input&apos;s multiplier after {unrolls} feedback loops at w2 = {w2}</source>
        <translation>multiplicador de la primera entrada tras {unrolls} vueltas del bucle con w2 = {w2}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/csv_data.py:455</extracomment>
        <source>holds {text}</source>
        <translation>contiene {text}</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:98</extracomment>
        <source>infinity cannot be used: type a finite number</source>
        <translation>no se puede usar infinito: escribe un número finito</translation>
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
        <extracomment>rnngui/lesson/compute.py:149</extracomment>
        <source>long-term memory</source>
        <translation>memoria a largo plazo</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:79</extracomment>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:96</extracomment>
        <source>NaN is not a number a network can learn from</source>
        <translation>NaN no es un número del que una red pueda aprender</translation>
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
        <extracomment>rnngui/engine/diagnose.py:356</extracomment>
        <source>One step did it: at step 1 the loop had multiplied day 1&apos;s signal by {gain} over {loops} loops, |dSSR/d{name}| was {gradient}, and that one step moved the parameters by {step_size}: exploding gradients. Try a much smaller learning rate or clipping.</source>
        <translation>Bastó un paso: en el paso 1 el bucle había multiplicado la señal del día 1 por {gain} a lo largo de {loops} vueltas, |dSSR/d{name}| era {gradient} y ese único paso movió los parámetros {step_size}: gradientes que explotan. Prueba con una tasa de aprendizaje mucho más pequeña o con recorte (clipping).</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:99</extracomment>
        <source>parameters to train, unrolled {unrolls} times</source>
        <translation>parámetros que entrenar, desplegada {unrolls} veces</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:143</extracomment>
        <source>potential long-term memory</source>
        <translation>memoria a largo plazo potencial</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:72</extracomment>
        <source>prediction for {name} with the current weights</source>
        <translation>predicción para {name} con los pesos actuales</translation>
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
        <extracomment>rnngui/model/project_file.py:83</extracomment>
        <source>sequence {number}</source>
        <translation>secuencia {number}</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:149</extracomment>
        <source>short-term memory</source>
        <translation>memoria a corto plazo</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:433</extracomment>
        <source>Some of this step could not be set up: {problems}.</source>
        <translation>Parte de este paso no se pudo preparar: {problems}.</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:117</extracomment>
        <source>SSR over the training sequences with the current weights</source>
        <translation>SSR sobre las secuencias de entrenamiento con los pesos actuales</translation>
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
        <extracomment>rnngui/model/project_file.py:79</extracomment>
        <source>target</source>
        <translation>objetivo</translation>
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
        <extracomment>rnngui/lesson/compute.py:197</extracomment>
        <source>the current network</source>
        <translation>la red actual</translation>
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
        <extracomment>rnngui/engine/diagnose.py:177</extracomment>
        <source>the gradient is not huge, but the learning rate makes each step overshoot</source>
        <translation>el gradiente no es enorme, pero la tasa de aprendizaje hace que cada paso se pase</translation>
    </message>
    <message>
        <extracomment>rnngui/model/project_file.py:327</extracomment>
        <source>the JSON is nested too deeply to be a project file</source>
        <translation>el JSON está anidado a demasiada profundidad para ser un archivo de proyecto</translation>
    </message>
    <message>
        <extracomment>rnngui/ui/teaching/lesson_panel.py:560</extracomment>
        <source>The lesson&apos;s figure is {figure}; the current weights give {value}.</source>
        <translation>La cifra de la lección es {figure}; los pesos actuales dan {value}.</translation>
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
        <extracomment>rnngui/model/project_file.py:225</extracomment>
        <source>the project</source>
        <translation>el proyecto</translation>
    </message>
    <message>
        <extracomment>rnngui/model/numbers.py:88</extracomment>
        <source>the text is empty: type a number</source>
        <translation>el texto está vacío: escribe un número</translation>
    </message>
    <message>
        <extracomment>rnngui/lesson/compute.py:122</extracomment>
        <source>the {cell} has no parameter {name} (it has {names})</source>
        <translation>la {cell} no tiene el parámetro {name} (tiene {names})</translation>
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
        <extracomment>rnngui/lesson/compute.py:125</extracomment>
        <source>{name} now</source>
        <translation>{name} ahora</translation>
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
        <extracomment>rnngui/lesson/compute.py:200</extracomment>
        <source>|∂prediction/∂x1| after {days} days for {label}</source>
        <translation>|∂predicción/∂x1| tras {days} días para {label}</translation>
    </message>
</context>
</TS>
