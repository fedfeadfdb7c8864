<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DeletePromptsCommand</name>
    <message>
        <source>Delete Prompt</source>
        <translation>Eliminar prompt</translation>
    </message>
    <message>
        <source>Delete %L1 Prompts</source>
        <translation>Eliminar %L1 prompts</translation>
    </message>
</context>
<context>
    <name>EditTagsCommand</name>
    <message>
        <source>Edit Tags</source>
        <translation>Editar etiquetas</translation>
    </message>
</context>
<context>
    <name>PromptDetails</name>
    <message>
        <source>This prompt is no longer in the library.</source>
        <translation>Este prompt ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Similarity search is not available.</source>
        <translation>La búsqueda por similitud no está disponible.</translation>
    </message>
    <message>
        <source>No other prompts yet.</source>
        <translation>Todavía no hay otros prompts.</translation>
    </message>
</context>
<context>
    <name>athanor::CommandPalette</name>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Escribir un comando…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityDetailView</name>
    <message>
        <source>The selected community prompt</source>
        <translation>El prompt de la comunidad seleccionado</translation>
    </message>
    <message>
        <source>Like this prompt (once; press again to take it back)</source>
        <translation>Dar «Me gusta» a este prompt (una vez; pulse de nuevo para retirarlo)</translation>
    </message>
    <message>
        <source>Save this prompt to read it again later</source>
        <translation>Guardar este prompt para volver a leerlo más tarde</translation>
    </message>
    <message>
        <source>Copy this prompt into your library to change it; its lineage points here</source>
        <translation>Copiar este prompt en su biblioteca para modificarlo; su linaje apunta aquí</translation>
    </message>
    <message>
        <source>Remix</source>
        <translation>Remezclar</translation>
    </message>
    <message>
        <source>Publish it to everyone</source>
        <translation>Publicarlo para todos</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Keep it out of the community library</source>
        <translation>Mantenerlo fuera de la biblioteca de la comunidad</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Show it first, with a ★</source>
        <translation>Mostrarlo primero, con una ★</translation>
    </message>
    <message>
        <source>Mark it as checked by a moderator, with a ✓</source>
        <translation>Marcarlo como revisado por un moderador, con una ✓</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a prompt to read it in full.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un prompt para leerlo completo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unlike</source>
        <translation>Ya no me gusta</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Unsave</source>
        <translation>Quitar de guardados</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Unfeature</source>
        <translation>Dejar de destacar</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>Unverify</source>
        <translation>Quitar verificación</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Techniques:</source>
        <translation>Técnicas:</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Creado a partir de</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityItemDelegate</name>
    <message>
        <source>★ featured</source>
        <translation>★ destacado</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verificado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>saved %L1</source>
        <translation>guardado %L1</translation>
    </message>
    <message>
        <source>remixed %L1</source>
        <translation>remezclado %L1</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityListModel</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>featured</source>
        <translation>destacado</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>1 like</source>
        <translation>1 me gusta</translation>
    </message>
    <message>
        <source>%L1 likes</source>
        <translation>%L1 me gusta</translation>
    </message>
    <message>
        <source>1 save</source>
        <translation>1 guardado</translation>
    </message>
    <message>
        <source>%L1 saves</source>
        <translation>%L1 guardados</translation>
    </message>
    <message>
        <source>1 remix</source>
        <translation>1 remezcla</translation>
    </message>
    <message>
        <source>%L1 remixes</source>
        <translation>%L1 remezclas</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityPane</name>
    <message>
        <source>Search the community</source>
        <translation>Buscar en la comunidad</translation>
    </message>
    <message>
        <source>Search the community…</source>
        <translation>Buscar en la comunidad…</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Trending: likes and saves over the last 7 days; New: newest first; Top: most likes and saves</source>
        <translation>Tendencia: «me gusta» y guardados de los últimos 7 días; Nuevos: los más recientes primero; Mejores: más «me gusta» y guardados</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Mejores</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>List the community prompts again</source>
        <translation>Volver a listar los prompts de la comunidad</translation>
    </message>
    <message>
        <source>Moderation queue</source>
        <translation>Cola de moderación</translation>
    </message>
    <message>
        <source>Moderators: the prompts waiting for approval</source>
        <translation>Moderadores: los prompts que esperan aprobación</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <source>Share one of your library&apos;s prompts with the community</source>
        <translation>Compartir uno de los prompts de su biblioteca con la comunidad</translation>
    </message>
    <message>
        <source>Talking to the server</source>
        <translation>Comunicando con el servidor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Community prompts</source>
        <translation>Prompts de la comunidad</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Not connected — showing the 1 prompt cached on this computer. Set a server in Edit ▸ Server…</source>
        <translation>Sin conexión: se muestra el prompt guardado en caché en este equipo. Configure un servidor en Editar ▸ Servidor…</translation>
    </message>
    <message>
        <source>Not connected — showing the %L1 prompts cached on this computer. Set a server in Edit ▸ Server…</source>
        <translation>Sin conexión: se muestran los %L1 prompts guardados en caché en este equipo. Configure un servidor en Editar ▸ Servidor…</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1. Showing the cache.</source>
        <translation>No se puede acceder al servidor: %1. Se muestra la caché.</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>No se pudo leer la caché: %1</translation>
    </message>
    <message>
        <source>Nothing is waiting for approval.

Only moderators see the queue: for everyone else it is always empty.</source>
        <translation>No hay nada pendiente de aprobación.

Solo los moderadores ven la cola: para los demás siempre está vacía.</translation>
    </message>
    <message>
        <source>No community prompt matches “%1”.</source>
        <translation>Ningún prompt de la comunidad coincide con «%1».</translation>
    </message>
    <message>
        <source>No community prompts yet.

Share one of yours with “Publish…”.</source>
        <translation>Todavía no hay prompts de la comunidad.

Comparta uno de los suyos con «Publicar…».</translation>
    </message>
    <message>
        <source>Nothing is cached on this computer yet: the prompts you see while connected stay readable offline.</source>
        <translation>Todavía no hay nada en caché en este equipo: los prompts que vea mientras esté conectado seguirán disponibles sin conexión.</translation>
    </message>
    <message>
        <source>No server is set: choose one in Edit ▸ Server… first.</source>
        <translation>No hay ningún servidor configurado: elija uno en Editar ▸ Servidor… primero.</translation>
    </message>
    <message>
        <source>The server did not do it: %1</source>
        <translation>El servidor no lo hizo: %1</translation>
    </message>
    <message>
        <source>Remixed into your library as “%1”.</source>
        <translation>Remezclado en su biblioteca como «%1».</translation>
    </message>
    <message>
        <source>Remix of %1</source>
        <translation>Remezcla de %1</translation>
    </message>
    <message>
        <source>Approved “%1”: everyone can see it now.</source>
        <translation>«%1» aprobado: ahora todos pueden verlo.</translation>
    </message>
    <message>
        <source>Rejected “%1”.</source>
        <translation>«%1» rechazado.</translation>
    </message>
    <message>
        <source>Published “%1”: it is pending until a moderator approves it.</source>
        <translation>«%1» publicado: queda pendiente hasta que un moderador lo apruebe.</translation>
    </message>
</context>
<context>
    <name>athanor::ComposerOptions</name>
    <message>
        <source>The voice of the enhanced prompt; Automatic picks one from the intent</source>
        <translation>El tono del prompt mejorado; Automático elige uno a partir de la intención</translation>
    </message>
    <message>
        <source>Lays the prompt out the way this model family reads best; you can also type a model name such as gpt-4o or claude-sonnet-4</source>
        <translation>Organiza el prompt de la forma que mejor lee esta familia de modelos; también puede escribir un nombre de modelo como gpt-4o o claude-sonnet-4</translation>
    </message>
    <message>
        <source>How many techniques Athanor applies when it chooses them</source>
        <translation>Cuántas técnicas aplica Athanor cuando es él quien las elige</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Target model</source>
        <translation>&amp;Modelo de destino</translation>
    </message>
    <message>
        <source>&amp;Max techniques</source>
        <translation>Máximo de &amp;técnicas</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Genérico</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Open models</source>
        <translation>Modelos abiertos</translation>
    </message>
</context>
<context>
    <name>athanor::ComposerPane</name>
    <message>
        <source>Loading the enhancement engine…</source>
        <translation>Cargando el motor de mejora…</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Write your prompt here. Variables like {{name}}, tags like &lt;context&gt; and ``` code fences are highlighted. Ctrl+Return enhances it.</source>
        <translation>Escriba aquí su prompt. Se resaltan las variables como {{name}}, las etiquetas como &lt;context&gt; y los bloques de código ```. Ctrl+Return lo mejora.</translation>
    </message>
    <message>
        <source>Enhance</source>
        <translation>Mejorar</translation>
    </message>
    <message>
        <source>Enhancing…</source>
        <translation>Mejorando…</translation>
    </message>
    <message>
        <source>The enhancement engine could not be loaded: %1</source>
        <translation>No se pudo cargar el motor de mejora: %1</translation>
    </message>
    <message>
        <source>Write a prompt first, then press Enhance.</source>
        <translation>Escriba primero un prompt y pulse Mejorar.</translation>
    </message>
    <message>
        <source>No technique is checked. Check at least one, or press Automatic to let Athanor choose.</source>
        <translation>No hay ninguna técnica marcada. Marque al menos una o pulse Automático para que Athanor elija.</translation>
    </message>
    <message>
        <source>Cannot enhance: %1</source>
        <translation>No se puede mejorar: %1</translation>
    </message>
    <message>
        <source>The enhanced prompt is shown but could not be kept in your history: %1</source>
        <translation>Se muestra el prompt mejorado, pero no se pudo guardar en su historial: %1</translation>
    </message>
    <message>
        <source>Enhanced with 1 technique in %1 ms; kept in your history.</source>
        <translation>Mejorado con 1 técnica en %1 ms; guardado en su historial.</translation>
    </message>
    <message>
        <source>Enhanced with %1 techniques in %2 ms; kept in your history.</source>
        <translation>Mejorado con %1 técnicas en %2 ms; guardado en su historial.</translation>
    </message>
    <message>
        <source>Accept enhancement</source>
        <translation>Aceptar la mejora</translation>
    </message>
    <message>
        <source>The enhanced prompt is now in the editor. Undo (Ctrl+Z) brings the old one back.</source>
        <translation>El prompt mejorado está ahora en el editor. Deshacer (Ctrl+Z) recupera el anterior.</translation>
    </message>
    <message>
        <source>Already in your library as prompt %1 (kept when it was enhanced; its parent is your original, prompt %2).</source>
        <translation>Ya está en su biblioteca como prompt %1 (se guardó al mejorarlo; su padre es su original, el prompt %2).</translation>
    </message>
    <message>
        <source>The prompt could not be saved to your library: %1</source>
        <translation>No se pudo guardar el prompt en su biblioteca: %1</translation>
    </message>
    <message>
        <source>This text is already in your library as prompt %1.</source>
        <translation>Este texto ya está en su biblioteca como prompt %1.</translation>
    </message>
    <message>
        <source>Saved to your library as prompt %1.</source>
        <translation>Guardado en su biblioteca como prompt %1.</translation>
    </message>
    <message>
        <source>Saved to your library as prompt %1, derived from prompt %2.</source>
        <translation>Guardado en su biblioteca como prompt %1, derivado del prompt %2.</translation>
    </message>
    <message>
        <source>Use template %1</source>
        <translation>Usar la plantilla %1</translation>
    </message>
    <message>
        <source>The use of this prompt was not counted: %1</source>
        <translation>No se contabilizó el uso de este prompt: %1</translation>
    </message>
    <message>
        <source>Open a prompt from the library</source>
        <translation>Abrir un prompt de la biblioteca</translation>
    </message>
    <message>
        <source>Enhance the prompt offline (Ctrl+Return)</source>
        <translation>Mejorar el prompt sin conexión (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Waiting for the enhancement engine</source>
        <translation>Esperando al motor de mejora</translation>
    </message>
    <message>
        <source>Correction stored (%1 so far); the classifier retrains after every %2.</source>
        <translation>Corrección guardada (%1 hasta ahora); el clasificador se vuelve a entrenar cada %2.</translation>
    </message>
    <message>
        <source>Correction stored; retraining the classifier…</source>
        <translation>Corrección guardada; volviendo a entrenar el clasificador…</translation>
    </message>
    <message>
        <source>Retraining failed: %1</source>
        <translation>Falló el reentrenamiento: %1</translation>
    </message>
    <message>
        <source>Classifier %1: accuracy %2 on held-out prompts (%3 had %4); %5.</source>
        <translation>Clasificador %1: precisión %2 en prompts reservados (%3 tenía %4); %5.</translation>
    </message>
    <message>
        <source>Composer ▸ Enhance</source>
        <translation>Compositor ▸ Mejorar</translation>
    </message>
</context>
<context>
    <name>athanor::ComposerResultView</name>
    <message>
        <source>Original prompt</source>
        <translation>Prompt original</translation>
    </message>
    <message>
        <source>Your prompt as it was enhanced.</source>
        <translation>Su prompt tal como se mejoró.</translation>
    </message>
    <message>
        <source>Enhanced prompt with changes highlighted</source>
        <translation>Prompt mejorado con los cambios resaltados</translation>
    </message>
    <message>
        <source>Press Enhance (Ctrl+Return) to see the enhanced prompt here.</source>
        <translation>Pulse Mejorar (Ctrl+Return) para ver aquí el prompt mejorado.</translation>
    </message>
    <message>
        <source>Enhanced prompt, editable</source>
        <translation>Prompt mejorado, editable</translation>
    </message>
    <message>
        <source>Techniques applied and improvements</source>
        <translation>Técnicas aplicadas y mejoras</translation>
    </message>
    <message>
        <source>The techniques applied and why appear here.</source>
        <translation>Aquí aparecen las técnicas aplicadas y el porqué.</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Mejorado</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>What was applied</source>
        <translation>Qué se aplicó</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Put the enhanced prompt into the editor as your new prompt (undoable)</source>
        <translation>Poner el prompt mejorado en el editor como su nuevo prompt (se puede deshacer)</translation>
    </message>
    <message>
        <source>Edit further</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Edit the enhanced prompt in place</source>
        <translation>Editar el prompt mejorado en su lugar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the enhanced prompt to the clipboard</source>
        <translation>Copiar el prompt mejorado al portapapeles</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>Guardar en la biblioteca</translation>
    </message>
    <message>
        <source>Keep the enhanced prompt, with your edits, in your library</source>
        <translation>Guardar el prompt mejorado, con sus cambios, en su biblioteca</translation>
    </message>
    <message>
        <source>Correct intent…</source>
        <translation>Corregir la intención…</translation>
    </message>
    <message>
        <source>Tell the classifier the right intent and complexity of this prompt</source>
        <translation>Indicar al clasificador la intención y la complejidad correctas de este prompt</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Mostrar cambios</translation>
    </message>
    <message>
        <source>Show the edited prompt with its changes against the original</source>
        <translation>Mostrar el prompt editado con sus cambios respecto al original</translation>
    </message>
    <message>
        <source>Enhanced, edited by you: additions highlighted</source>
        <translation>Mejorado y editado por usted: adiciones resaltadas</translation>
    </message>
    <message>
        <source>Enhanced: additions highlighted</source>
        <translation>Mejorado: adiciones resaltadas</translation>
    </message>
    <message>
        <source>Copied the enhanced prompt to the clipboard.</source>
        <translation>Prompt mejorado copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Intent &lt;b&gt;%1&lt;/b&gt; (%2) · complexity &lt;b&gt;%3/5&lt;/b&gt; · persona &lt;b&gt;%4&lt;/b&gt; · laid out for &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Intención &lt;b&gt;%1&lt;/b&gt; (%2) · complejidad &lt;b&gt;%3/5&lt;/b&gt; · persona &lt;b&gt;%4&lt;/b&gt; · organizado para &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Técnicas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Mejoras</translation>
    </message>
</context>
<context>
    <name>athanor::CorrectionDialog</name>
    <message>
        <source>Correct the detected intent</source>
        <translation>Corregir la intención detectada</translation>
    </message>
    <message>
        <source>Detected: %1, complexity %2. The classifier learns from your corrections: it is retrained after every ten, and a new version is kept only if it is not worse.</source>
        <translation>Detectado: %1, complejidad %2. El clasificador aprende de sus correcciones: se vuelve a entrenar cada diez y solo se conserva una nueva versión si no es peor.</translation>
    </message>
    <message>
        <source>no intent</source>
        <translation>sin intención</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complejidad</translation>
    </message>
</context>
<context>
    <name>athanor::DatabaseErrorDialog</name>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>&lt;p&gt;File: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Archivo: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Abrir otra…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Crear nueva…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Athanor databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de Athanor (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
</context>
<context>
    <name>athanor::DuplicateGroupModel</name>
    <message>
        <source>%L1 near-identical prompts</source>
        <translation>%L1 prompts casi idénticos</translation>
    </message>
    <message>
        <source>oldest</source>
        <translation>el más antiguo</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
</context>
<context>
    <name>athanor::DuplicatesDialog</name>
    <message>
        <source>Near-Duplicate Prompts</source>
        <translation>Prompts casi duplicados</translation>
    </message>
    <message>
        <source>How alike two prompts must be (cosine similarity of their embeddings) to be grouped</source>
        <translation>Cuánto deben parecerse dos prompts (similitud coseno de sus embeddings) para agruparlos</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Similarity at least:</source>
        <translation>Similitud &amp;mínima:</translation>
    </message>
    <message>
        <source>Identical prompts are never imported twice; this finds prompts worded almost alike.</source>
        <translation>Los prompts idénticos nunca se importan dos veces; esto encuentra prompts redactados casi igual.</translation>
    </message>
    <message>
        <source>Delete &amp;Selected</source>
        <translation>Eliminar &amp;seleccionados</translation>
    </message>
    <message>
        <source>Delete All but the &amp;Oldest</source>
        <translation>Eliminar todos salvo el más &amp;antiguo</translation>
    </message>
    <message>
        <source>Keeps the oldest prompt of each group and deletes the others (undoable)</source>
        <translation>Conserva el prompt más antiguo de cada grupo y elimina los demás (se puede deshacer)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>No se pudieron buscar duplicados: %1</translation>
    </message>
    <message>
        <source>No near-duplicates at this similarity.</source>
        <translation>No hay casi duplicados con esta similitud.</translation>
    </message>
    <message>
        <source>%L1 group, %L2 prompts in all.</source>
        <translation>%L1 grupo, %L2 prompts en total.</translation>
    </message>
    <message>
        <source>%L1 groups, %L2 prompts in all.</source>
        <translation>%L1 grupos, %L2 prompts en total.</translation>
    </message>
    <message>
        <source>Comparing every prompt with its nearest neighbours…</source>
        <translation>Comparando cada prompt con sus vecinos más cercanos…</translation>
    </message>
</context>
<context>
    <name>athanor::ExperimentTableModel</name>
    <message>
        <source>1 more run</source>
        <translation>1 ejecución más</translation>
    </message>
    <message>
        <source>%1 more runs</source>
        <translation>%1 ejecuciones más</translation>
    </message>
    <message>
        <source>%1 of %2 runs rated 4 or 5 stars; the success rate is between the bracketed figures with 95 % confidence (Wilson interval)</source>
        <translation>%1 de %2 ejecuciones valoradas con 4 o 5 estrellas; la tasa de éxito está entre las cifras entre corchetes con un 95 % de confianza (intervalo de Wilson)</translation>
    </message>
    <message>
        <source>Share of runs rated 4 or 5 stars, with its 95 % confidence interval</source>
        <translation>Proporción de ejecuciones valoradas con 4 o 5 estrellas, con su intervalo de confianza del 95 %</translation>
    </message>
    <message>
        <source>The chance of a difference this large if both variants were equally good; a winner needs under 0.05</source>
        <translation>La probabilidad de una diferencia así de grande si ambas variantes fueran igual de buenas; para que haya ganadora debe ser inferior a 0,05</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>A runs</source>
        <translation>Ejecuciones A</translation>
    </message>
    <message>
        <source>A success rate</source>
        <translation>Tasa de éxito A</translation>
    </message>
    <message>
        <source>B runs</source>
        <translation>Ejecuciones B</translation>
    </message>
    <message>
        <source>B success rate</source>
        <translation>Tasa de éxito B</translation>
    </message>
    <message>
        <source>p-value (test)</source>
        <translation>Valor p (prueba)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>%1 % (%2–%3 %)</source>
        <translation>%1 % (%2–%3 %)</translation>
    </message>
    <message>
        <source>&lt; 0.001</source>
        <translation>&lt; 0,001</translation>
    </message>
    <message>
        <source>%1 (z-test)</source>
        <translation>%1 (prueba z)</translation>
    </message>
    <message>
        <source>%1 (Fisher)</source>
        <translation>%1 (Fisher)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Techniques: %1</source>
        <translation>Técnicas: %1</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <translation>Gana %1</translation>
    </message>
    <message>
        <source>Stopped, no winner</source>
        <translation>Detenido, sin ganadora</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aún no hay ejecuciones</translation>
    </message>
    <message>
        <source>Needs %1 runs per arm</source>
        <translation>Necesita %1 ejecuciones por variante</translation>
    </message>
    <message>
        <source>No significant difference yet</source>
        <translation>Aún no hay una diferencia significativa</translation>
    </message>
    <message>
        <source>Stopped before any run.</source>
        <translation>Detenido antes de cualquier ejecución.</translation>
    </message>
    <message>
        <source>No runs yet. Record a run for each use of a variant: 4 or 5 stars count as a success, and a winner needs p under 0.05 with at least %1 runs in each arm.</source>
        <translation>Aún no hay ejecuciones. Registre una ejecución por cada uso de una variante: 4 o 5 estrellas cuentan como éxito, y para que haya ganadora hace falta p inferior a 0,05 con al menos %1 ejecuciones en cada variante.</translation>
    </message>
    <message>
        <source>Only %1 has runs so far: nothing to compare yet.</source>
        <translation>Por ahora solo %1 tiene ejecuciones: todavía no hay nada que comparar.</translation>
    </message>
    <message>
        <source>The two-proportion z-test is used, as every expected count of successes and failures is at least 5.</source>
        <translation>Se usa la prueba z de dos proporciones, ya que todos los recuentos esperados de éxitos y fracasos son al menos 5.</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test is used, as some expected count of successes or failures is under 5, too few for the z-test.</source>
        <translation>Se usa la prueba exacta de Fisher, ya que algún recuento esperado de éxitos o fracasos es inferior a 5, demasiado poco para la prueba z.</translation>
    </message>
    <message>
        <source>If A and B were equally good, a difference at least this large would turn up by chance with probability %1.</source>
        <translation>Si A y B fueran igual de buenas, una diferencia al menos así de grande aparecería por azar con una probabilidad de %1.</translation>
    </message>
    <message>
        <source>under 0.001</source>
        <translation>inferior a 0,001</translation>
    </message>
    <message>
        <source>A needs %1</source>
        <translation>A necesita %1</translation>
    </message>
    <message>
        <source>B needs %1</source>
        <translation>B necesita %1</translation>
    </message>
    <message>
        <source>The experiment was stopped without a winner: it takes no more runs.</source>
        <translation>El experimento se detuvo sin ganadora: no admite más ejecuciones.</translation>
    </message>
    <message>
        <source>%1 is better: that probability is under 0.05 and each arm has at least %2 runs.</source>
        <translation>%1 es mejor: esa probabilidad es inferior a 0,05 y cada variante tiene al menos %2 ejecuciones.</translation>
    </message>
    <message>
        <source>The difference looks real, but no winner is declared before each arm has %1 runs: %2.</source>
        <translation>La diferencia parece real, pero no se declara ganadora hasta que cada variante tenga %1 ejecuciones: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No winner yet: a winner needs at least %1 runs in each arm (%2) and a probability under 0.05.</source>
        <translation>Aún no hay ganadora: hacen falta al menos %1 ejecuciones en cada variante (%2) y una probabilidad inferior a 0,05.</translation>
    </message>
    <message>
        <source>No significant difference yet: the probability must be under 0.05. Record more runs, or stop the experiment if the difference does not matter.</source>
        <translation>Aún no hay una diferencia significativa: la probabilidad debe ser inferior a 0,05. Registre más ejecuciones o detenga el experimento si la diferencia no importa.</translation>
    </message>
    <message>
        <source>The experiment is complete: it takes no more runs.</source>
        <translation>El experimento ha finalizado: no admite más ejecuciones.</translation>
    </message>
</context>
<context>
    <name>athanor::ExperimentsView</name>
    <message>
        <source>No runs yet.</source>
        <translation>Aún no hay ejecuciones.</translation>
    </message>
    <message>
        <source>%1 of %2 runs succeeded: %3 %, with 95 % confidence between %4 and %5 %.</source>
        <translation>%1 de %2 ejecuciones tuvieron éxito: %3 %, con un 95 % de confianza entre %4 y %5 %.</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source> — the winner</source>
        <translation> — la ganadora</translation>
    </message>
    <message>
        <source>New experiment…</source>
        <translation>Nuevo experimento…</translation>
    </message>
    <message>
        <source>Start an A/B experiment: two prompts or two sets of techniques for one intent</source>
        <translation>Iniciar un experimento A/B: dos prompts o dos conjuntos de técnicas para una intención</translation>
    </message>
    <message>
        <source>Record a run…</source>
        <translation>Registrar una ejecución…</translation>
    </message>
    <message>
        <source>Rate one use of the selected experiment&apos;s next variant (or of either)</source>
        <translation>Valorar un uso de la siguiente variante del experimento seleccionado (o de cualquiera de las dos)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>End the selected experiment without a winner: it takes no more runs</source>
        <translation>Finalizar el experimento seleccionado sin ganadora: no admitirá más ejecuciones</translation>
    </message>
    <message>
        <source>A/B experiments</source>
        <translation>Experimentos A/B</translation>
    </message>
    <message>
        <source>The selected experiment</source>
        <translation>El experimento seleccionado</translation>
    </message>
    <message>
        <source>No experiments yet.

An A/B experiment compares two prompts, or two sets of techniques, for one intent. Press “New experiment…” (or run athanor-cli experiment create --name N --intent PATH --prompt-a A --prompt-b B), then record a rating for every run: a winner is declared when the difference is significant and each variant has enough runs.</source>
        <translation>Aún no hay experimentos.

Un experimento A/B compara dos prompts, o dos conjuntos de técnicas, para una intención. Pulse «Nuevo experimento…» (o ejecute athanor-cli experiment create --name N --intent PATH --prompt-a A --prompt-b B) y registre una valoración de cada ejecución: se declara una ganadora cuando la diferencia es significativa y cada variante tiene suficientes ejecuciones.</translation>
    </message>
    <message>
        <source>The experiments could not be read: %1</source>
        <translation>No se pudieron leer los experimentos: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an experiment to see its variants and verdict.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un experimento para ver sus variantes y su veredicto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Intent %1 · %2 · runs assigned %3 · at least %4 runs per variant before a winner</source>
        <translation>Intención %1 · %2 · ejecuciones asignadas %3 · al menos %4 ejecuciones por variante antes de declarar ganadora</translation>
    </message>
    <message>
        <source>at random</source>
        <translation>al azar</translation>
    </message>
    <message>
        <source>alternately</source>
        <translation>alternativamente</translation>
    </message>
    <message>
        <source>A run is a success when it is rated 4 or 5 stars.</source>
        <translation>Una ejecución es un éxito si se valora con 4 o 5 estrellas.</translation>
    </message>
    <message>
        <source>Created. Record a run each time you use one of its variants.</source>
        <translation>Creado. Registre una ejecución cada vez que use una de sus variantes.</translation>
    </message>
    <message>
        <source>Select an experiment first.</source>
        <translation>Seleccione primero un experimento.</translation>
    </message>
    <message>
        <source>Recorded. %1 is complete: %2.</source>
        <translation>Registrada. %1 ha finalizado: %2.</translation>
    </message>
    <message>
        <source>Recorded a %1-star run of %2.</source>
        <translation>Registrada una ejecución de %2 valorada con %1 ★.</translation>
    </message>
    <message>
        <source>Not stopped: %1.</source>
        <translation>No se detuvo: %1.</translation>
    </message>
    <message>
        <source>Stopped: the experiment takes no more runs.</source>
        <translation>Detenido: el experimento no admite más ejecuciones.</translation>
    </message>
</context>
<context>
    <name>athanor::ExportDialog</name>
    <message>
        <source>Export All Prompts</source>
        <translation>Exportar todos los prompts</translation>
    </message>
    <message>
        <source>Export Selected Prompts</source>
        <translation>Exportar los prompts seleccionados</translation>
    </message>
    <message>
        <source>Every prompt in the library is exported.</source>
        <translation>Se exportan todos los prompts de la biblioteca.</translation>
    </message>
    <message>
        <source>Selected prompts to export: %L1</source>
        <translation>Prompts seleccionados para exportar: %L1</translation>
    </message>
    <message>
        <source>JSON: everything, imports back as it was</source>
        <translation>JSON: todo, se vuelve a importar tal cual</translation>
    </message>
    <message>
        <source>JSON Lines: one prompt per line</source>
        <translation>JSON Lines: un prompt por línea</translation>
    </message>
    <message>
        <source>CSV: prompt, title, tags, model, temperature</source>
        <translation>CSV: prompt, título, etiquetas, modelo, temperatura</translation>
    </message>
    <message>
        <source>Markdown: for reading</source>
        <translation>Markdown: para leer</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export Prompts To</source>
        <translation>Exportar los prompts a</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo al que exportar.</translation>
    </message>
    <message>
        <source>The prompts could not be exported: %1</source>
        <translation>No se pudieron exportar los prompts: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>athanor::ImportController</name>
    <message>
        <source>Import Prompt Files</source>
        <translation>Importar archivos de prompts</translation>
    </message>
    <message>
        <source>Prompt files (*.txt *.md *.markdown *.csv *.json *.jsonl *.yaml *.yml *.prompt *.prompty)</source>
        <translation>Archivos de prompts (*.txt *.md *.markdown *.csv *.json *.jsonl *.yaml *.yml *.prompt *.prompty)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Prompt Files</source>
        <translation>Importar una carpeta de archivos de prompts</translation>
    </message>
</context>
<context>
    <name>athanor::ImportProgressDialog</name>
    <message>
        <source>Importing Prompts</source>
        <translation>Importando prompts</translation>
    </message>
    <message>
        <source>Looking for prompt files…</source>
        <translation>Buscando archivos de prompts…</translation>
    </message>
    <message>
        <source>Stop after the file being read; the files imported so far stay.</source>
        <translation>Detenerse tras el archivo que se está leyendo; los archivos importados hasta ahora se conservan.</translation>
    </message>
    <message>
        <source>%L1 of %L2 files done</source>
        <translation>%L1 de %L2 archivos procesados</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelando tras el archivo actual…</translation>
    </message>
</context>
<context>
    <name>athanor::ImportResultDialog</name>
    <message>
        <source>Import Results</source>
        <translation>Resultados de la importación</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <source>Import cancelled: the files imported before it stay in the library</source>
        <translation>Importación cancelada: los archivos importados antes se conservan en la biblioteca</translation>
    </message>
    <message>
        <source>Import finished, but some files could not be imported</source>
        <translation>Importación finalizada, pero algunos archivos no se pudieron importar</translation>
    </message>
    <message>
        <source>Prompts imported:</source>
        <translation>Prompts importados:</translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation>Duplicados omitidos:</translation>
    </message>
    <message>
        <source>Files imported:</source>
        <translation>Archivos importados:</translation>
    </message>
    <message>
        <source>Files not imported:</source>
        <translation>Archivos no importados:</translation>
    </message>
    <message>
        <source>Nothing of these files was imported:</source>
        <translation>No se importó nada de estos archivos:</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>Copy the counts and one “file:line: reason” line per failure</source>
        <translation>Copiar los recuentos y una línea «archivo:línea: motivo» por cada fallo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Prompts imported: %L1</source>
        <translation>Prompts importados: %L1</translation>
    </message>
    <message>
        <source>Duplicates skipped: %L1</source>
        <translation>Duplicados omitidos: %L1</translation>
    </message>
    <message>
        <source>Files imported: %L1</source>
        <translation>Archivos importados: %L1</translation>
    </message>
    <message>
        <source>Files not imported: %L1</source>
        <translation>Archivos no importados: %L1</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Se canceló la importación.</translation>
    </message>
</context>
<context>
    <name>athanor::LibraryFilterPanel</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>P&amp;roveedor:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>R&amp;ating:</source>
        <translation>&amp;Valoración:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>U&amp;ntil</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creado desde</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creado hasta</translation>
    </message>
</context>
<context>
    <name>athanor::LibraryIndexService</name>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Reconstruyendo el índice de búsqueda</translation>
    </message>
    <message>
        <source>Indexing prompts for search</source>
        <translation>Indexando prompts para la búsqueda</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Actualizando el índice de búsqueda</translation>
    </message>
</context>
<context>
    <name>athanor::LibraryPane</name>
    <message>
        <source>The library sorts by Created or Uses.</source>
        <translation>La biblioteca se ordena por Creado o Usos.</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>No se pudo leer la biblioteca: %1</translation>
    </message>
    <message>
        <source>The use of this prompt was not counted: %1</source>
        <translation>No se contabilizó el uso de este prompt: %1</translation>
    </message>
    <message>
        <source>Copied the prompt to the clipboard.</source>
        <translation>Prompt copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation>Buscar en la biblioteca (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>By &amp;meaning</source>
        <translation>Por &amp;significado</translation>
    </message>
    <message>
        <source>Find prompts that mean the same thing, not only those with the same words</source>
        <translation>Encontrar prompts que signifiquen lo mismo, no solo los que tengan las mismas palabras</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Mostrar u ocultar los filtros</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import prompt files or drop them here</source>
        <translation>Importar archivos de prompts o soltarlos aquí</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the selected prompts, or all of them when none is selected</source>
        <translation>Exportar los prompts seleccionados, o todos si no hay ninguno seleccionado</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Duplicados…</translation>
    </message>
    <message>
        <source>Group prompts that are worded almost alike</source>
        <translation>Agrupar los prompts redactados casi igual</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected prompts (Del; undo with Ctrl+Z)</source>
        <translation>Eliminar los prompts seleccionados (Supr; deshacer con Ctrl+Z)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Filters apply to the list, not to searches</source>
        <translation>Los filtros se aplican a la lista, no a las búsquedas</translation>
    </message>
    <message>
        <source>Search by meaning is not available.</source>
        <translation>La búsqueda por significado no está disponible.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Falló la búsqueda: %1</translation>
    </message>
    <message>
        <source>1 prompt close in meaning</source>
        <translation>1 prompt de significado cercano</translation>
    </message>
    <message>
        <source>%L1 prompts closest in meaning</source>
        <translation>Los %L1 prompts de significado más cercano</translation>
    </message>
    <message>
        <source>the best %1 matches</source>
        <translation>las %1 mejores coincidencias</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <source>%L1 matches</source>
        <translation>%L1 coincidencias</translation>
    </message>
    <message>
        <source>Delete Prompts</source>
        <translation>Eliminar prompts</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>No se eliminó nada: %1</translation>
    </message>
    <message>
        <source>The prompts could not be restored: %1</source>
        <translation>No se pudieron restaurar los prompts: %1</translation>
    </message>
    <message>
        <source>The prompts could not be deleted again: %1</source>
        <translation>No se pudieron volver a eliminar los prompts: %1</translation>
    </message>
    <message>
        <source>Restored 1 prompt.</source>
        <translation>1 prompt restaurado.</translation>
    </message>
    <message>
        <source>Restored %L1 prompts.</source>
        <translation>%L1 prompts restaurados.</translation>
    </message>
    <message>
        <source>Deleted 1 prompt. Undo with Ctrl+Z.</source>
        <translation>1 prompt eliminado. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Deleted %L1 prompts. Undo with Ctrl+Z.</source>
        <translation>%L1 prompts eliminados. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>The tags could not be changed: %1</source>
        <translation>No se pudieron cambiar las etiquetas: %1</translation>
    </message>
    <message>
        <source>Near-duplicate search needs the vector index.</source>
        <translation>La búsqueda de casi duplicados necesita el índice vectorial.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
</context>
<context>
    <name>athanor::MainWindow</name>
    <message>
        <source>Techniques</source>
        <translation>Técnicas</translation>
    </message>
    <message>
        <source>Browse the catalog of prompt-engineering techniques by category: their patterns, templates, worked examples and sources, and the intents each one serves best.</source>
        <translation>Explore por categorías el catálogo de técnicas de ingeniería de prompts: sus patrones, plantillas, ejemplos resueltos y fuentes, y las intenciones a las que mejor sirve cada una.</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Compositor</translation>
    </message>
    <message>
        <source>Write a prompt and have it enhanced offline: its intent and complexity detected, the best techniques chosen and applied, the original and the enhanced prompt side by side.</source>
        <translation>Escriba un prompt y mejórelo sin conexión: se detectan su intención y su complejidad, se eligen y aplican las mejores técnicas, y se muestran el prompt original y el mejorado uno junto a otro.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Your prompts: drop prompt files of common formats to import them, search by words or by meaning, follow each prompt&apos;s lineage, export.</source>
        <translation>Sus prompts: suelte archivos de prompts en formatos habituales para importarlos, busque por palabras o por significado, siga el linaje de cada prompt y expórtelos.</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Banco de pruebas</translation>
    </message>
    <message>
        <source>Run one prompt against several providers and models side by side as they stream, and refine it in three phases: prima materia, solutio, coagulatio.</source>
        <translation>Ejecute un prompt con varios proveedores y modelos a la vez, viendo las respuestas en paralelo a medida que llegan, y refínelo en tres fases: prima materia, solutio, coagulatio.</translation>
    </message>
    <message>
        <source>Ratings &amp; Trends</source>
        <translation>Valoraciones y tendencias</translation>
    </message>
    <message>
        <source>Rate results, see how each technique performs over time in charts, and run A/B experiments between prompts or technique sets.</source>
        <translation>Valore resultados, vea en gráficos cómo rinde cada técnica a lo largo del tiempo y realice experimentos A/B entre prompts o conjuntos de técnicas.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Browse, like, save and remix prompts shared through an optional Athanor server, and publish your own.</source>
        <translation>Explore, marque con «Me gusta», guarde y remezcle prompts compartidos a través de un servidor Athanor opcional, y publique los suyos.</translation>
    </message>
    <message>
        <source>Athanor</source>
        <translation>Athanor</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Similarity search uses local embeddings.</source>
        <translation>La búsqueda por similitud usa embeddings locales.</translation>
    </message>
    <message>
        <source>Connecting to %1 for embeddings…</source>
        <translation>Conectando con %1 para los embeddings…</translation>
    </message>
    <message>
        <source>Similarity search stays on %1: %2</source>
        <translation>La búsqueda por similitud sigue usando %1: %2</translation>
    </message>
    <message>
        <source>Similarity search uses %1.</source>
        <translation>La búsqueda por similitud usa %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Prompt</source>
        <translation>&amp;Nuevo prompt</translation>
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
        <source>&amp;Providers…</source>
        <translation>&amp;Proveedores…</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Servidor…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;Side Bar</source>
        <translation>Mostrar barra &amp;lateral</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Athanor</source>
        <translation>&amp;Acerca de Athanor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Counting prompts…</source>
        <translation>Contando prompts…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import prompt files: text, Markdown, CSV, JSON, JSON Lines, YAML, .prompt and .prompty. You can also drop files or folders on the window.</source>
        <translation>Importar archivos de prompts: texto, Markdown, CSV, JSON, JSON Lines, YAML, .prompt y .prompty. También puede soltar archivos o carpetas en la ventana.</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import every prompt file in a folder and its subfolders.</source>
        <translation>Importar todos los archivos de prompts de una carpeta y sus subcarpetas.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export every prompt to JSON, JSON Lines, CSV or Markdown.</source>
        <translation>Exportar todos los prompts a JSON, JSON Lines, CSV o Markdown.</translation>
    </message>
    <message>
        <source>Prompts exported: %L1 to %2</source>
        <translation>Prompts exportados: %L1 a %2</translation>
    </message>
    <message>
        <source>Search index: %1</source>
        <translation>Índice de búsqueda: %1</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 de %L2</translation>
    </message>
    <message>
        <source>Prompts: unknown</source>
        <translation>Prompts: desconocido</translation>
    </message>
    <message>
        <source>1 prompt</source>
        <translation>1 prompt</translation>
    </message>
    <message>
        <source>%L1 prompts</source>
        <translation>%L1 prompts</translation>
    </message>
    <message>
        <source>About Athanor</source>
        <translation>Acerca de Athanor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Athanor %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for prompt engineering.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Athanor %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo de escritorio para la ingeniería de prompts.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;&lt;p&gt;Compilado con Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Find a &amp;Command…</source>
        <translation>Buscar un &amp;comando…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>athanor::NavigationModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>athanor::NewExperimentDialog</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>or techniques</source>
        <translation>o técnicas</translation>
    </message>
    <message>
        <source>New A/B experiment</source>
        <translation>Nuevo experimento A/B</translation>
    </message>
    <message>
        <source>Experiment name</source>
        <translation>Nombre del experimento</translation>
    </message>
    <message>
        <source>e.g. few-shot or chain-of-thought for stories</source>
        <translation>p. ej., few-shot o cadena de pensamiento para relatos</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>The kind of prompt the experiment is about</source>
        <translation>El tipo de prompt al que se refiere el experimento</translation>
    </message>
    <message>
        <source>Variant %1 prompt</source>
        <translation>Prompt de la variante %1</translation>
    </message>
    <message>
        <source>The prompt to try as variant %1</source>
        <translation>El prompt que se probará como variante %1</translation>
    </message>
    <message>
        <source>Variant %1 technique codes</source>
        <translation>Códigos de técnica de la variante %1</translation>
    </message>
    <message>
        <source>codes, comma-separated: few_shot, chain_of_thought</source>
        <translation>códigos separados por comas: few_shot, chain_of_thought</translation>
    </message>
    <message>
        <source>Assignment of runs</source>
        <translation>Asignación de ejecuciones</translation>
    </message>
    <message>
        <source>Alternately (the variant with fewer runs, A on a tie)</source>
        <translation>Alternativamente (la variante con menos ejecuciones; A en caso de empate)</translation>
    </message>
    <message>
        <source>At random</source>
        <translation>Al azar</translation>
    </message>
    <message>
        <source>Minimum runs per variant</source>
        <translation>Mínimo de ejecuciones por variante</translation>
    </message>
    <message>
        <source>No winner is declared before each variant has this many runs</source>
        <translation>No se declara ganadora hasta que cada variante tenga este número de ejecuciones</translation>
    </message>
    <message>
        <source>The catalog has no intents: type the intent&apos;s path.</source>
        <translation>El catálogo no tiene intenciones: escriba la ruta de la intención.</translation>
    </message>
    <message>
        <source>The intents could not be read (%1): type the intent&apos;s path.</source>
        <translation>No se pudieron leer las intenciones (%1): escriba la ruta de la intención.</translation>
    </message>
    <message>
        <source>Compare two prompts, or two sets of techniques, for one intent. Each run is rated 1 to 5 stars; 4 or 5 stars count as a success.</source>
        <translation>Compare dos prompts, o dos conjuntos de técnicas, para una intención. Cada ejecución se valora de 1 a 5 estrellas; 4 o 5 estrellas cuentan como éxito.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Variant A</source>
        <translation>Variante A</translation>
    </message>
    <message>
        <source>Variant B</source>
        <translation>Variante B</translation>
    </message>
    <message>
        <source>Assign runs</source>
        <translation>Asignar ejecuciones</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>give the experiment a name</source>
        <translation>dé un nombre al experimento</translation>
    </message>
    <message>
        <source>choose an intent</source>
        <translation>elija una intención</translation>
    </message>
    <message>
        <source>give variant A a prompt or technique codes</source>
        <translation>dé a la variante A un prompt o códigos de técnica</translation>
    </message>
    <message>
        <source>give variant B a prompt or technique codes</source>
        <translation>dé a la variante B un prompt o códigos de técnica</translation>
    </message>
    <message>
        <source>compare like with like: give both variants a prompt, or both technique codes, not both</source>
        <translation>compare elementos equivalentes: dé a ambas variantes un prompt o a ambas códigos de técnica, no ambas cosas</translation>
    </message>
    <message>
        <source>no technique with the code %1 (the Techniques pane lists them)</source>
        <translation>no hay ninguna técnica con el código %1 (el panel Técnicas las enumera)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not created: %1.</source>
        <translation>No se creó: %1.</translation>
    </message>
</context>
<context>
    <name>athanor::PlaygroundColumn</name>
    <message>
        <source>Provider of column %1</source>
        <translation>Proveedor de la columna %1</translation>
    </message>
    <message>
        <source>Model of column %1</source>
        <translation>Modelo de la columna %1</translation>
    </message>
    <message>
        <source>Ask the provider for its models</source>
        <translation>Pedir al proveedor sus modelos</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Actualizar modelos</translation>
    </message>
    <message>
        <source>Temperature of column %1</source>
        <translation>Temperatura de la columna %1</translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation>Quitar esta columna</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>Quitar la columna %1</translation>
    </message>
    <message>
        <source>Answer of column %1</source>
        <translation>Respuesta de la columna %1</translation>
    </message>
    <message>
        <source>The answer streams here.</source>
        <translation>La respuesta aparece aquí a medida que llega.</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>Guardar en la biblioteca</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Esperando a %1…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Recibiendo…</translation>
    </message>
    <message>
        <source>%1 — retry %2 in %3 s</source>
        <translation>%1 — reintento %2 en %3 s</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>%1 tokens (%2 in, %3 out) · %4 · %5 s</source>
        <translation>%1 tokens (%2 de entrada, %3 de salida) · %4 · %5 s</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Pidiendo a %1 sus modelos…</translation>
    </message>
    <message>
        <source>1 model available</source>
        <translation>1 modelo disponible</translation>
    </message>
    <message>
        <source>%1 models available</source>
        <translation>%1 modelos disponibles</translation>
    </message>
</context>
<context>
    <name>athanor::PlaygroundPane</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Write or paste a prompt, then Run (Ctrl+Return) to compare models, or Refine it in three phases.</source>
        <translation>Escriba o pegue un prompt y luego pulse Ejecutar (Ctrl+Return) para comparar modelos, o Refínelo en tres fases.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt de sistema</translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation>Prompt de sistema (opcional)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run the prompt in every column (Ctrl+Return)</source>
        <translation>Ejecutar el prompt en todas las columnas (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop every column (Esc)</source>
        <translation>Detener todas las columnas (Esc)</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Añadir columna</translation>
    </message>
    <message>
        <source>Providers…</source>
        <translation>Proveedores…</translation>
    </message>
    <message>
        <source>API keys, base URLs and default models</source>
        <translation>Claves de API, URL base y modelos predeterminados</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>Comparar modelos</translation>
    </message>
    <message>
        <source>Refine in three phases</source>
        <translation>Refinar en tres fases</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Escriba primero un prompt.</translation>
    </message>
    <message>
        <source>Saved to the library, linked to its prompt.</source>
        <translation>Guardado en la biblioteca, vinculado a su prompt.</translation>
    </message>
    <message>
        <source>Playground ▸ Run</source>
        <translation>Banco de pruebas ▸ Ejecutar</translation>
    </message>
    <message>
        <source>Playground ▸ Stop</source>
        <translation>Banco de pruebas ▸ Detener</translation>
    </message>
</context>
<context>
    <name>athanor::PriceTableModel</name>
    <message>
        <source>The shipped price</source>
        <translation>El precio de serie</translation>
    </message>
    <message>
        <source>Your price; shipped: $%1 in, $%2 out per million tokens</source>
        <translation>Su precio; de serie: $%1 de entrada, $%2 de salida por millón de tokens</translation>
    </message>
    <message>
        <source>Your price; the shipped table does not know this model</source>
        <translation>Su precio; la tabla de serie no conoce este modelo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Input $/M tokens</source>
        <translation>Entrada $/M tokens</translation>
    </message>
    <message>
        <source>Output $/M tokens</source>
        <translation>Salida $/M tokens</translation>
    </message>
</context>
<context>
    <name>athanor::PromptChips</name>
    <message>
        <source>Intent: …</source>
        <translation>Intención: …</translation>
    </message>
    <message>
        <source>Complexity …</source>
        <translation>Complejidad …</translation>
    </message>
    <message>
        <source>≈ %L1 tokens</source>
        <translation>≈ %L1 tokens</translation>
    </message>
    <message>
        <source>%L1 characters; models count roughly four characters per token</source>
        <translation>%L1 caracteres; los modelos cuentan aproximadamente cuatro caracteres por token</translation>
    </message>
    <message>
        <source>Intent: —</source>
        <translation>Intención: —</translation>
    </message>
    <message>
        <source>Write a prompt to see what it asks for.</source>
        <translation>Escriba un prompt para ver qué pide.</translation>
    </message>
    <message>
        <source>Complexity —</source>
        <translation>Complejidad —</translation>
    </message>
    <message>
        <source>Intent: %1 · %2%</source>
        <translation>Intención: %1 · %2%</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>No other intent is likely.</source>
        <translation>No es probable ninguna otra intención.</translation>
    </message>
    <message>
        <source>Other possible intents:
%1</source>
        <translation>Otras intenciones posibles:
%1</translation>
    </message>
    <message>
        <source>Complexity %1/5</source>
        <translation>Complejidad %1/5</translation>
    </message>
    <message>
        <source>Short and simple: no sub-tasks, constraints, code or data.</source>
        <translation>Corto y sencillo: sin subtareas, restricciones, código ni datos.</translation>
    </message>
</context>
<context>
    <name>athanor::PromptDetailView</name>
    <message>
        <source>comma, separated</source>
        <translation>separadas, por, comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Set these tags (Enter); undo with Ctrl+Z</source>
        <translation>Aplicar estas etiquetas (Intro); deshacer con Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the full prompt to the clipboard</source>
        <translation>Copiar el prompt completo al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Use in</source>
        <translation>&amp;Usar en</translation>
    </message>
    <message>
        <source>Use this prompt in another pane</source>
        <translation>Usar este prompt en otro panel</translation>
    </message>
    <message>
        <source>Enhance in the Composer</source>
        <translation>Mejorar en el Compositor</translation>
    </message>
    <message>
        <source>Try in the Playground</source>
        <translation>Probar en el Banco de pruebas</translation>
    </message>
    <message>
        <source>Publish to the Community…</source>
        <translation>Publicar en la Comunidad…</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a prompt to see it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione un prompt para verlo aquí.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Untitled prompt</source>
        <translation>Prompt sin título</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máx. de tokens</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>used %1 · rated %2 · selected %3 · input of %4 generations</source>
        <translation>usos: %1 · valoraciones: %2 · selecciones: %3 · entrada de %4 generaciones</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Linaje</translation>
    </message>
    <message>
        <source>No parents or children.</source>
        <translation>Sin padres ni hijos.</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Creado a partir de:</translation>
    </message>
    <message>
        <source>Led to:</source>
        <translation>Dio lugar a:</translation>
    </message>
    <message>
        <source>Most similar</source>
        <translation>Más similares</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texto del prompt</translation>
    </message>
    <message>
        <source>Prompt details</source>
        <translation>Detalles del prompt</translation>
    </message>
</context>
<context>
    <name>athanor::PromptTableModel</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Provider / model</source>
        <translation>Proveedor / modelo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderSettingsDialog</name>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation>Quitar del llavero</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>%1 needs no key.</source>
        <translation>%1 no necesita clave.</translation>
    </message>
    <message>
        <source>Using the environment variable %1, which overrides the keychain.</source>
        <translation>Se usa la variable de entorno %1, que tiene prioridad sobre el llavero.</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation>Hay una clave guardada en el llavero del sistema. Escriba una nueva para reemplazarla.</translation>
    </message>
    <message>
        <source>No key. The keychain is switched off (ATHANOR_KEYCHAIN=off): set %1.</source>
        <translation>No hay clave. El llavero está desactivado (ATHANOR_KEYCHAIN=off): defina %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>No key yet. It will be stored in the system keychain, or set %1.</source>
        <translation>Aún no hay clave. Se guardará en el llavero del sistema; o bien defina %1.</translation>
    </message>
    <message>
        <source>The keychain cannot be read (%1). Set %2 instead.</source>
        <translation>No se puede leer el llavero (%1). Defina %2 en su lugar.</translation>
    </message>
    <message>
        <source>paste the key</source>
        <translation>pegue la clave</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://.</source>
        <translation>La URL base debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected: 1 model available.</source>
        <translation>Conectado: 1 modelo disponible.</translation>
    </message>
    <message>
        <source>Connected: %1 models available.</source>
        <translation>Conectado: %1 modelos disponibles.</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Filtrar modelos</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>Precios por millón de tokens</translation>
    </message>
    <message>
        <source>model name, e.g. my-finetune</source>
        <translation>nombre del modelo, p. ej., my-finetune</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Reset to shipped</source>
        <translation>Restablecer el de serie</translation>
    </message>
    <message>
        <source>Back to the shipped price; a model you added is removed</source>
        <translation>Volver al precio de serie; si añadió el modelo usted, se elimina</translation>
    </message>
    <message>
        <source>US dollars per million tokens. Bold rows are yours; they are saved to %1 and replace the shipped prices. Ollama costs nothing.</source>
        <translation>Dólares estadounidenses por millón de tokens. Las filas en negrita son suyas; se guardan en %1 y reemplazan los precios de serie. Ollama no cuesta nada.</translation>
    </message>
    <message>
        <source>Prices saved.</source>
        <translation>Precios guardados.</translation>
    </message>
    <message>
        <source>Embeddings for similarity search</source>
        <translation>Embeddings para la búsqueda por similitud</translation>
    </message>
    <message>
        <source>The library finds similar prompts by comparing embeddings. &quot;local&quot; works offline and is instant. A provider&apos;s model (&lt;provider&gt;:&lt;model&gt;) sends every prompt to that provider once, with its key, and each query when you search; its vectors get their own index, so switching back keeps the local one.</source>
        <translation>La biblioteca encuentra prompts similares comparando embeddings. «local» funciona sin conexión y es instantáneo. Un modelo de un proveedor (&lt;proveedor&gt;:&lt;modelo&gt;) envía cada prompt una vez a ese proveedor, con su clave, y cada consulta al buscar; sus vectores tienen su propio índice, así que al volver a «local» se conserva el índice local.</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
</context>
<context>
    <name>athanor::PublishDialog</name>
    <message>
        <source>Publish to the community</source>
        <translation>Publicar en la comunidad</translation>
    </message>
    <message>
        <source>Prompt id</source>
        <translation>Id. del prompt</translation>
    </message>
    <message>
        <source>the id of a prompt in your library</source>
        <translation>el id. de un prompt de su biblioteca</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What it is for, in a sentence or two (optional)</source>
        <translation>Para qué sirve, en una o dos frases (opcional)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Shared prompts stay pending until a moderator approves them; then everyone on the server can read, like and remix them.</source>
        <translation>Los prompts compartidos quedan pendientes hasta que un moderador los aprueba; después, todos los usuarios del servidor pueden leerlos, marcarlos con «Me gusta» y remezclarlos.</translation>
    </message>
    <message>
        <source>Copy a prompt&apos;s id from the Library&apos;s detail panel.</source>
        <translation>Copie el id. de un prompt desde el panel de detalles de la Biblioteca.</translation>
    </message>
    <message>
        <source>No prompt in your library has this id.</source>
        <translation>Ningún prompt de su biblioteca tiene este id.</translation>
    </message>
    <message>
        <source>No server is set: choose one in Edit ▸ Server… first.</source>
        <translation>No hay ningún servidor configurado: elija uno en Editar ▸ Servidor… primero.</translation>
    </message>
    <message>
        <source>A published prompt needs a title.</source>
        <translation>Un prompt publicado necesita un título.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>No se publicó: %1</translation>
    </message>
</context>
<context>
    <name>athanor::RatingListModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Útil</translation>
    </message>
    <message>
        <source>Met expectations</source>
        <translation>Cumplió las expectativas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Suggested improvement</source>
        <translation>Mejora sugerida</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
</context>
<context>
    <name>athanor::RatingPanel</name>
    <message>
        <source>Helpful?</source>
        <translation>¿Útil?</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Útil</translation>
    </message>
    <message>
        <source>Not helpful</source>
        <translation>No útil</translation>
    </message>
    <message>
        <source>Was it helpful</source>
        <translation>¿Fue útil?</translation>
    </message>
    <message>
        <source>Met expectations?</source>
        <translation>¿Cumplió las expectativas?</translation>
    </message>
    <message>
        <source>Met expectations</source>
        <translation>Cumplió las expectativas</translation>
    </message>
    <message>
        <source>Fell short</source>
        <translation>Se quedó corto</translation>
    </message>
    <message>
        <source>Did it meet expectations</source>
        <translation>¿Cumplió las expectativas?</translation>
    </message>
    <message>
        <source>Suggested improvement (optional)</source>
        <translation>Mejora sugerida (opcional)</translation>
    </message>
    <message>
        <source>Suggested improvement</source>
        <translation>Mejora sugerida</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Valorar</translation>
    </message>
    <message>
        <source>Store the rating; ratings of enhanced prompts teach the recommender</source>
        <translation>Guardar la valoración; las valoraciones de prompts mejorados enseñan al recomendador</translation>
    </message>
    <message>
        <source>Your rating:</source>
        <translation>Su valoración:</translation>
    </message>
    <message>
        <source>Rated 1 star.</source>
        <translation>Valorado con 1 estrella.</translation>
    </message>
    <message>
        <source>Rated %1 stars.</source>
        <translation>Valorado con %1 estrellas.</translation>
    </message>
    <message>
        <source>It teaches the recommender about %1 for %2.</source>
        <translation>Enseña al recomendador sobre %1 para %2.</translation>
    </message>
</context>
<context>
    <name>athanor::RecordRunDialog</name>
    <message>
        <source>Record a run of %1</source>
        <translation>Registrar una ejecución de %1</translation>
    </message>
    <message>
        <source>The next variant could not be chosen: %1</source>
        <translation>No se pudo elegir la siguiente variante: %1</translation>
    </message>
    <message>
        <source>Next run: variant %1 (runs are assigned %2; so far A has %3 runs, B %4). Use it, then rate the result: 4 or 5 stars count as a success. You may record a run of the other variant instead.</source>
        <translation>Siguiente ejecución: variante %1 (las ejecuciones se asignan %2; hasta ahora A tiene %3 ejecuciones y B %4). Úsela y valore el resultado: 4 o 5 estrellas cuentan como éxito. También puede registrar en su lugar una ejecución de la otra variante.</translation>
    </message>
    <message>
        <source>at random</source>
        <translation>al azar</translation>
    </message>
    <message>
        <source>alternately</source>
        <translation>alternativamente</translation>
    </message>
    <message>
        <source>A (next)</source>
        <translation>A (siguiente)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Variant A</source>
        <translation>Variante A</translation>
    </message>
    <message>
        <source>B (next)</source>
        <translation>B (siguiente)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Variant B</source>
        <translation>Variante B</translation>
    </message>
    <message>
        <source>The chosen variant&apos;s prompt or techniques</source>
        <translation>El prompt o las técnicas de la variante elegida</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Rate the run first: 1 to 5 stars.</source>
        <translation>Valore primero la ejecución: de 1 a 5 estrellas.</translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation>No se registró: %1.</translation>
    </message>
</context>
<context>
    <name>athanor::RefineView</name>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>modelo predeterminado</translation>
    </message>
    <message>
        <source>Target model</source>
        <translation>Modelo de destino</translation>
    </message>
    <message>
        <source>same as the model</source>
        <translation>el mismo que el modelo</translation>
    </message>
    <message>
        <source>Variants per phase</source>
        <translation>Variantes por fase</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>LLM judge</source>
        <translation>Juez LLM</translation>
    </message>
    <message>
        <source>Ask the model to grade each variant 1-10 (one more request per variant).</source>
        <translation>Pedir al modelo que califique cada variante de 1 a 10 (una solicitud más por variante).</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Refinar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Phases and variants</source>
        <translation>Fases y variantes</translation>
    </message>
    <message>
        <source>Selected variant</source>
        <translation>Variante seleccionada</translation>
    </message>
    <message>
        <source>Use as prompt</source>
        <translation>Usar como prompt</translation>
    </message>
    <message>
        <source>Show in Library</source>
        <translation>Mostrar en la Biblioteca</translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation>Proveedor y modelo</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Write a prompt above first.</source>
        <translation>Escriba primero un prompt arriba.</translation>
    </message>
    <message>
        <source>Choose at least one phase.</source>
        <translation>Elija al menos una fase.</translation>
    </message>
    <message>
        <source>%1, round %2…</source>
        <translation>%1, ronda %2…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Done: the best final variant scores %1.</source>
        <translation>Hecho: la mejor variante final obtiene una puntuación de %1.</translation>
    </message>
</context>
<context>
    <name>athanor::SearchResultModel</name>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
</context>
<context>
    <name>athanor::ServerDialog</name>
    <message>
        <source>Connected, but this database has no Athanor schema yet: its administrator runs athanor-cli server init.</source>
        <translation>Conectado, pero esta base de datos aún no tiene el esquema de Athanor: su administrador debe ejecutar athanor-cli server init.</translation>
    </message>
    <message>
        <source>Connected as %1, who is not an Athanor user of this server: its administrator runs athanor-cli server add-user %1.</source>
        <translation>Conectado como %1, que no es usuario de Athanor en este servidor: su administrador debe ejecutar athanor-cli server add-user %1.</translation>
    </message>
    <message>
        <source>Connected as %1 (moderator); server schema version %2.</source>
        <translation>Conectado como %1 (moderador); versión del esquema del servidor: %2.</translation>
    </message>
    <message>
        <source>Connected as %1; server schema version %2.</source>
        <translation>Conectado como %1; versión del esquema del servidor: %2.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Prefer TLS</source>
        <translation>Preferir TLS</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Exigir TLS</translation>
    </message>
    <message>
        <source>Require TLS and verify the server</source>
        <translation>Exigir TLS y verificar el servidor</translation>
    </message>
    <message>
        <source>No TLS (loopback only)</source>
        <translation>Sin TLS (solo loopback)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>&amp;Forget this server</source>
        <translation>&amp;Olvidar este servidor</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>Pue&amp;rto</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation>T&amp;LS</translation>
    </message>
    <message>
        <source>An optional PostgreSQL server syncs your library between computers and shares the community library. Its administrator gives you these details.</source>
        <translation>Un servidor PostgreSQL opcional sincroniza su biblioteca entre equipos y comparte la biblioteca de la comunidad. Su administrador le facilita estos datos.</translation>
    </message>
    <message>
        <source>A password is stored in the keychain; type one to replace it.</source>
        <translation>Hay una contraseña guardada en el llavero; escriba otra para reemplazarla.</translation>
    </message>
    <message>
        <source>No password stored.</source>
        <translation>No hay ninguna contraseña guardada.</translation>
    </message>
    <message>
        <source>The password comes from %1.</source>
        <translation>La contraseña procede de %1.</translation>
    </message>
    <message>
        <source>Give the host, the database and your user name.</source>
        <translation>Indique el host, la base de datos y su nombre de usuario.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The server and its password are forgotten. The library keeps what it synced.</source>
        <translation>Se han olvidado el servidor y su contraseña. La biblioteca conserva lo que sincronizó.</translation>
    </message>
</context>
<context>
    <name>athanor::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Enhancement</source>
        <translation>M&amp;ejora</translation>
    </message>
    <message>
        <source>&amp;Providers and Server</source>
        <translation>Pro&amp;veedores y servidor</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
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
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <source>The library open now: %1
The language and the data folder apply at the next start. Empty means the app-data folder.</source>
        <translation>Biblioteca abierta ahora: %1
El idioma y la carpeta de datos se aplican en el próximo inicio. Si se deja vacía, se usa la carpeta de datos de la aplicación.</translation>
    </message>
    <message>
        <source>ATHANOR_DB is set: it names the library, whatever the folder.</source>
        <translation>ATHANOR_DB está definida: determina la biblioteca, sea cual sea la carpeta.</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Target model:</source>
        <translation>&amp;Modelo de destino:</translation>
    </message>
    <message>
        <source>&amp;Max techniques:</source>
        <translation>Máximo de &amp;técnicas:</translation>
    </message>
    <message>
        <source>What the Composer starts with; you can change them there for each prompt.</source>
        <translation>Los valores con los que empieza el Compositor; puede cambiarlos allí para cada prompt.</translation>
    </message>
    <message>
        <source>Athanor works offline. Give it API keys (kept in the system keychain), base URLs and default models of OpenAI, Anthropic, Google Gemini, OpenRouter or Ollama to refine prompts and run them in the Playground.</source>
        <translation>Athanor funciona sin conexión. Indíquele las claves de API (guardadas en el llavero del sistema), las URL base y los modelos predeterminados de OpenAI, Anthropic, Google Gemini, OpenRouter u Ollama para refinar prompts y ejecutarlos en el Banco de pruebas.</translation>
    </message>
    <message>
        <source>Configure P&amp;roviders…</source>
        <translation>Configurar p&amp;roveedores…</translation>
    </message>
    <message>
        <source>Configure &amp;Server…</source>
        <translation>Configurar &amp;servidor…</translation>
    </message>
    <message>
        <source>Your library syncs with %1.</source>
        <translation>Su biblioteca se sincroniza con %1.</translation>
    </message>
    <message>
        <source>No sync server is set: the library stays on this computer. A server syncs it across computers and shares the community library.</source>
        <translation>No hay ningún servidor de sincronización configurado: la biblioteca se queda en este equipo. Un servidor la sincroniza entre equipos y comparte la biblioteca de la comunidad.</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>%1 has no library yet. Copy the library open now into it?

Copy: the next start opens the copy there (this one stays where it is).
Don&apos;t copy: the next start begins an empty library there.</source>
        <translation>%1 todavía no tiene biblioteca. ¿Copiar en ella la biblioteca abierta ahora?

Copiar: en el próximo inicio se abrirá allí la copia (esta se queda donde está).
No copiar: en el próximo inicio se empezará allí una biblioteca vacía.</translation>
    </message>
    <message>
        <source>The library could not be copied: %1</source>
        <translation>No se pudo copiar la biblioteca: %1</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>No se puede crear %1.</translation>
    </message>
</context>
<context>
    <name>athanor::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>athanor::StarRating</name>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Rate 1 star</source>
        <translation>Valorar con 1 estrella</translation>
    </message>
    <message>
        <source>Rate %1 stars</source>
        <translation>Valorar con %1 estrellas</translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation>%1 de 5 estrellas</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
</context>
<context>
    <name>athanor::SyncController</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <source>Send this library&apos;s changes to the server and bring in the others</source>
        <translation>Enviar al servidor los cambios de esta biblioteca y traer los demás</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sincronización: %1</translation>
    </message>
    <message>
        <source>Syncing: %1 sent…</source>
        <translation>Sincronizando: %1 enviados…</translation>
    </message>
    <message>
        <source>Syncing: %1 received…</source>
        <translation>Sincronizando: %1 recibidos…</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Sincronizando con %1…</translation>
    </message>
    <message>
        <source>Sync failed: the changes wait</source>
        <translation>Falló la sincronización: los cambios quedan en espera</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>Sincronizado: %1 enviados, %2 recibidos</translation>
    </message>
    <message>
        <source>1 conflict kept as a copy</source>
        <translation>1 conflicto guardado como copia</translation>
    </message>
    <message>
        <source>%1 conflicts kept as copies</source>
        <translation>%1 conflictos guardados como copias</translation>
    </message>
    <message>
        <source>%1 changes still wait</source>
        <translation>%1 cambios siguen en espera</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueChooser</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Forget your changes and let Athanor choose the techniques for each prompt</source>
        <translation>Descartar sus cambios y dejar que Athanor elija las técnicas para cada prompt</translation>
    </message>
    <message>
        <source>Techniques to apply</source>
        <translation>Técnicas que aplicar</translation>
    </message>
    <message>
        <source>Add a technique</source>
        <translation>Añadir una técnica</translation>
    </message>
    <message>
        <source>Apply a technique that is not recommended for this prompt</source>
        <translation>Aplicar una técnica que no se recomienda para este prompt</translation>
    </message>
    <message>
        <source>Add a technique…</source>
        <translation>Añadir una técnica…</translation>
    </message>
    <message>
        <source>Techniques appear here as you write.</source>
        <translation>Las técnicas aparecen aquí mientras escribe.</translation>
    </message>
    <message>
        <source>Recommended for this prompt:</source>
        <translation>Recomendadas para este prompt:</translation>
    </message>
    <message>
        <source>Added by you: %1</source>
        <translation>Añadidas por usted: %1</translation>
    </message>
    <message>
        <source>Your choice: Enhance applies exactly the checked techniques.</source>
        <translation>Su elección: Mejorar aplica exactamente las técnicas marcadas.</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueDetailView</name>
    <message>
        <source>Technique details</source>
        <translation>Detalles de la técnica</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Choose a technique on the left to see how it works, its templates, worked examples and sources.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Elija una técnica a la izquierda para ver cómo funciona, sus plantillas, ejemplos resueltos y fuentes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · complexity %2 of 5 · base effectiveness %3 · code &lt;code&gt;%4&lt;/code&gt;</source>
        <translation>%1 · complejidad %2 de 5 · eficacia base %3 · código &lt;code&gt;%4&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This technique is disabled:&lt;/b&gt; recommendations leave it out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Esta técnica está desactivada:&lt;/b&gt; las recomendaciones la omiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;When to use&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Cuándo usarla&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;When not to use&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Cuándo no usarla&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Prerequisites&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Requisitos previos&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not combined with:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No se combina con:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Templates&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Plantillas&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, obligatoria</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Worked examples&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ejemplos resueltos&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Antes&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;After&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Después&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Serves best&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Ideal para&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sources&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Fuentes&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueEditorDialog</name>
    <message>
        <source>New Technique</source>
        <translation>Nueva técnica</translation>
    </message>
    <message>
        <source>Edit Technique</source>
        <translation>Editar técnica</translation>
    </message>
    <message>
        <source>lower_case_code</source>
        <translation>codigo_en_minusculas</translation>
    </message>
    <message>
        <source>One situation per line</source>
        <translation>Una situación por línea</translation>
    </message>
    <message>
        <source>The sentence the enhancer adds to a prompt to apply this technique</source>
        <translation>La frase que el mejorador añade a un prompt para aplicar esta técnica</translation>
    </message>
    <message>
        <source>The template, with {{variables}}</source>
        <translation>La plantilla, con {{variables}}</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valor predeterminado</translation>
    </message>
    <message>
        <source>Declare Used Variables</source>
        <translation>Declarar variables usadas</translation>
    </message>
    <message>
        <source>Adds a row for every {{variable}} the template uses but does not declare yet.</source>
        <translation>Añade una fila por cada {{variable}} que la plantilla usa pero aún no declara.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complejidad</translation>
    </message>
    <message>
        <source>Base effectiveness</source>
        <translation>Eficacia base</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Cuándo usarla</translation>
    </message>
    <message>
        <source>When not to use</source>
        <translation>Cuándo no usarla</translation>
    </message>
    <message>
        <source>Applied in section</source>
        <translation>Se aplica en la sección</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>Describir %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; is taken</source>
        <translation>el código «%1» ya está en uso</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueTreeModel</name>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Decomposition</source>
        <translation>Descomposición</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Role &amp; persona</source>
        <translation>Rol y persona</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Output control</source>
        <translation>Control de la salida</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (desactivada)</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Complexity, 1 (simple) to 5 (demanding)</source>
        <translation>Complejidad, de 1 (sencilla) a 5 (exigente)</translation>
    </message>
    <message>
        <source>Base effectiveness, 0 to 1, used when no intent mapping exists</source>
        <translation>Eficacia base, de 0 a 1; se usa cuando no hay una correspondencia con la intención</translation>
    </message>
</context>
<context>
    <name>athanor::TechniquesPane</name>
    <message>
        <source>Search techniques (Ctrl+F)</source>
        <translation>Buscar técnicas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search techniques</source>
        <translation>Buscar técnicas</translation>
    </message>
    <message>
        <source>Complexity filter</source>
        <translation>Filtro de complejidad</translation>
    </message>
    <message>
        <source>Any complexity</source>
        <translation>Cualquier complejidad</translation>
    </message>
    <message>
        <source>Simple (1–2)</source>
        <translation>Sencilla (1–2)</translation>
    </message>
    <message>
        <source>Moderate (3)</source>
        <translation>Moderada (3)</translation>
    </message>
    <message>
        <source>Advanced (4–5)</source>
        <translation>Avanzada (4–5)</translation>
    </message>
    <message>
        <source>Techniques by category</source>
        <translation>Técnicas por categoría</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favorita</translation>
    </message>
    <message>
        <source>Favourites get a bonus when techniques are recommended.</source>
        <translation>Las favoritas reciben una bonificación cuando se recomiendan técnicas.</translation>
    </message>
    <message>
        <source>Use in Composer</source>
        <translation>Usar en el Compositor</translation>
    </message>
    <message>
        <source>Open this technique&apos;s template in the Composer</source>
        <translation>Abrir la plantilla de esta técnica en el Compositor</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Create your own technique</source>
        <translation>Crear su propia técnica</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Disabled techniques are left out of recommendations</source>
        <translation>Las técnicas desactivadas se omiten en las recomendaciones</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Técnicas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>The technique catalog could not be read: %1</source>
        <translation>No se pudo leer el catálogo de técnicas: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The catalog is empty. It is installed when Athanor starts; run &lt;code&gt;athanor-cli init&lt;/code&gt; to install it now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El catálogo está vacío. Se instala al iniciar Athanor; ejecute &lt;code&gt;athanor-cli init&lt;/code&gt; para instalarlo ahora.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorita</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The user&apos;s task</source>
        <translation>La tarea del usuario</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The technique could not be saved: %1</source>
        <translation>No se pudo guardar la técnica: %1</translation>
    </message>
    <message>
        <source>The technique could not be changed: %1</source>
        <translation>No se pudo cambiar la técnica: %1</translation>
    </message>
    <message>
        <source>The favourite could not be saved: %1</source>
        <translation>No se pudo guardar la favorita: %1</translation>
    </message>
    <message>
        <source>Techniques ▸ Search</source>
        <translation>Técnicas ▸ Buscar</translation>
    </message>
</context>
<context>
    <name>athanor::TemplateEditDialog</name>
    <message>
        <source>Edit template</source>
        <translation>Editar plantilla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The template declares no variables, so the text cannot use any.</source>
        <translation>La plantilla no declara variables, así que el texto no puede usar ninguna.</translation>
    </message>
    <message>
        <source>The text must use exactly these variables: %1</source>
        <translation>El texto debe usar exactamente estas variables: %1</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>el texto está vacío</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>No se guardó: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>athanor::TemplateForm</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>%1 (default: %2)</source>
        <translation>%1 (predeterminado: %2)</translation>
    </message>
    <message>
        <source>%1 — separate items with commas</source>
        <translation>%1 — separe los elementos con comas</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
</context>
<context>
    <name>athanor::TemplateListModel</name>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>v%1 (edited)</source>
        <translation>v%1 (editada)</translation>
    </message>
    <message>
        <source>The catalog&apos;s version</source>
        <translation>La versión del catálogo</translation>
    </message>
    <message>
        <source>Edited by you: catalog upgrades leave it as it is</source>
        <translation>Editada por usted: las actualizaciones del catálogo no la modifican</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>athanor::TemplateValuesDialog</name>
    <message>
        <source>Use template: %1</source>
        <translation>Usar plantilla: %1</translation>
    </message>
    <message>
        <source>“%1” needs a few more values before it can go into the Composer. Fields marked * are required.</source>
        <translation>«%1» necesita algunos valores más antes de poder pasar al Compositor. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>Use in Composer</source>
        <translation>Usar en el Compositor</translation>
    </message>
</context>
<context>
    <name>athanor::TemplatesView</name>
    <message>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <source>Intent filter</source>
        <translation>Filtro de intención</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation>Esta plantilla no tiene variables.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>Vista previa del prompt</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>Copiar prompt</translation>
    </message>
    <message>
        <source>Copy the filled-in prompt to the clipboard</source>
        <translation>Copiar el prompt completado al portapapeles</translation>
    </message>
    <message>
        <source>Use in Composer</source>
        <translation>Usar en el Compositor</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Editar plantilla…</translation>
    </message>
    <message>
        <source>Save a changed text as a new version; the old versions stay in the history</source>
        <translation>Guardar un texto modificado como nueva versión; las versiones anteriores se conservan en el historial</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>official</source>
        <translation>oficial</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (actual)</translation>
    </message>
    <message>
        <source>Changes against the current version</source>
        <translation>Cambios respecto a la versión actual</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <source>Copy this version&apos;s text into a new current version</source>
        <translation>Copiar el texto de esta versión en una nueva versión actual</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>No se pudieron leer las plantillas: %1</translation>
    </message>
    <message>
        <source>All intents</source>
        <translation>Todas las intenciones</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Aún no hay plantillas</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Elija una plantilla</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>Choose a version to see how the current text differs from it.</source>
        <translation>Elija una versión para ver en qué se diferencia de ella el texto actual.</translation>
    </message>
    <message>
        <source>This is the only version. Editing the template adds a new one; this one stays here.</source>
        <translation>Esta es la única versión. Al editar la plantilla se añade una nueva; esta se conserva aquí.</translation>
    </message>
    <message>
        <source>Open the filled template in the Composer</source>
        <translation>Abrir la plantilla completada en el Compositor</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>Esta es la versión actual.</translation>
    </message>
    <message>
        <source>From v%1 to the current v%2: &lt;span style=&quot;background-color: #c6efce;&quot;&gt;added&lt;/span&gt;, &lt;span style=&quot;color: #b00020; text-decoration: line-through;&quot;&gt;removed&lt;/span&gt;.</source>
        <translation>De la v%1 a la v%2 actual: &lt;span style=&quot;background-color: #c6efce;&quot;&gt;añadido&lt;/span&gt;, &lt;span style=&quot;color: #b00020; text-decoration: line-through;&quot;&gt;eliminado&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>There is no Composer in this window to hand the template to.</source>
        <translation>No hay ningún Compositor en esta ventana al que pasar la plantilla.</translation>
    </message>
</context>
<context>
    <name>athanor::TrendsPane</name>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Valoración media</translation>
    </message>
    <message>
        <source>Success: a rating of 4 or 5 stars</source>
        <translation>Éxito: una valoración de 4 o 5 estrellas</translation>
    </message>
    <message>
        <source>Enhancements by intent</source>
        <translation>Mejoras por intención</translation>
    </message>
    <message>
        <source>Enhancements by complexity</source>
        <translation>Mejoras por complejidad</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Save the trend chart as a PNG image</source>
        <translation>Guardar el gráfico de tendencias como imagen PNG</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportar datos…</translation>
    </message>
    <message>
        <source>Save the figures behind the chart as CSV</source>
        <translation>Guardar como CSV las cifras en las que se basa el gráfico</translation>
    </message>
    <message>
        <source>Techniques shown</source>
        <translation>Técnicas mostradas</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Show 90 days of synthetic history from a separate demo database; your data is not touched</source>
        <translation>Mostrar 90 días de historial sintético de una base de datos de demostración independiente; sus datos no se modifican</translation>
    </message>
    <message>
        <source>Demo data: synthetic history in a separate database, not yours. Press Demo data again for your own.</source>
        <translation>Datos de demostración: historial sintético en una base de datos independiente, no la suya. Vuelva a pulsar Datos de demostración para ver los suyos.</translation>
    </message>
    <message>
        <source>Ratings in the range</source>
        <translation>Valoraciones en el intervalo</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latencia media</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Clasificador</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimentos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>No enhancements between %1 and %2.

Enhance prompts in the Composer and rate the results (or rate them with athanor-cli rate): each technique&apos;s success rate and average rating then appear here over time.</source>
        <translation>No hay mejoras entre %1 y %2.

Mejore prompts en el Compositor y valore los resultados (o valórelos con athanor-cli rate): la tasa de éxito y la valoración media de cada técnica aparecerán aquí a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>%1 (1 use)</source>
        <translation>%1 (1 uso)</translation>
    </message>
    <message>
        <source>%1 (%2 uses)</source>
        <translation>%1 (%2 usos)</translation>
    </message>
    <message>
        <source>Average rating per technique</source>
        <translation>Valoración media por técnica</translation>
    </message>
    <message>
        <source>Success rate per technique (ratings of 4 or 5)</source>
        <translation>Tasa de éxito por técnica (valoraciones de 4 o 5)</translation>
    </message>
    <message>
        <source>%1, from %2
%3 uses, %4 ratings
success rate %5, average rating %6</source>
        <translation>%1, desde %2
%3 usos, %4 valoraciones
tasa de éxito %5, valoración media %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Enhancements</source>
        <translation>Mejoras</translation>
    </message>
    <message>
        <source>%1: %2 enhancements</source>
        <translation>%1: %2 mejoras</translation>
    </message>
    <message>
        <source>No generations through a provider in this range (the Playground and athanor-cli generate record them)</source>
        <translation>No hay generaciones a través de un proveedor en este intervalo (el Banco de pruebas y athanor-cli generate las registran)</translation>
    </message>
    <message>
        <source>Cost per provider and model (US dollars, known prices only)</source>
        <translation>Coste por proveedor y modelo (dólares estadounidenses, solo precios conocidos)</translation>
    </message>
    <message>
        <source>Mean latency per provider and model (seconds)</source>
        <translation>Latencia media por proveedor y modelo (segundos)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No classifier versions yet: correct detected intents (Composer ▸ Correct intent…) to train one</source>
        <translation>Aún no hay versiones del clasificador: corrija intenciones detectadas (Compositor ▸ Corregir la intención…) para entrenar una</translation>
    </message>
    <message>
        <source>the shipped examples</source>
        <translation>los ejemplos de serie</translation>
    </message>
    <message>
        <source>Accuracy on held-out prompts (%)</source>
        <translation>Precisión en prompts reservados (%)</translation>
    </message>
    <message>
        <source>Intent classifier accuracy per version (in use: %1)</source>
        <translation>Precisión del clasificador de intenciones por versión (en uso: %1)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Could not write %1: check the folder and the free space.</source>
        <translation>No se pudo escribir %1: compruebe la carpeta y el espacio libre.</translation>
    </message>
    <message>
        <source>The demo data could not be made: %1</source>
        <translation>No se pudieron generar los datos de demostración: %1</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
</context>
<context>
    <name>athanor::VariantTreeModel</name>
    <message>
        <source>Prima materia</source>
        <translation>Prima materia</translation>
    </message>
    <message>
        <source>Solutio</source>
        <translation>Solutio</translation>
    </message>
    <message>
        <source>Coagulatio</source>
        <translation>Coagulatio</translation>
    </message>
    <message>
        <source>Variant %1 (round %2)</source>
        <translation>Variante %1 (ronda %2)</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Phase / variant</source>
        <translation>Fase / variante</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
</context>
<context>
    <name>athanor::WelcomeDialog</name>
    <message>
        <source>Welcome to Athanor</source>
        <translation>Le damos la bienvenida a Athanor</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Athanor&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Le damos la bienvenida a Athanor&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workbench for prompts: it finds what a prompt is for, applies the prompt-engineering techniques that suit it, keeps your prompts searchable, and learns from your ratings. Everything works offline; language-model providers and a sync server are optional (Edit ▸ Settings…).</source>
        <translation>Un banco de trabajo para prompts: detecta para qué sirve un prompt, aplica las técnicas de ingeniería de prompts que le convienen, permite buscar en sus prompts y aprende de sus valoraciones. Todo funciona sin conexión; los proveedores de modelos de lenguaje y un servidor de sincronización son opcionales (Editar ▸ Configuración…).</translation>
    </message>
    <message>
        <source>Add 12 &amp;sample prompts to the library (tagged &quot;sample&quot;, easy to delete)</source>
        <translation>Añadir 12 prompts de &amp;ejemplo a la biblioteca (con la etiqueta «sample», fáciles de eliminar)</translation>
    </message>
    <message>
        <source>Show &amp;demo analytics in Ratings &amp; Trends (synthetic, in a separate database)</source>
        <translation>Mostrar análisis de &amp;demostración en Valoraciones y tendencias (sintéticos, en una base de datos independiente)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two things to try first&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Write a prompt in the &lt;b&gt;Composer&lt;/b&gt; and press &lt;b&gt;Enhance&lt;/b&gt; (Ctrl+Return): see its intent, the techniques chosen and the result.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import&lt;/b&gt; your own prompt files: drop files or folders on the window, or use File ▸ Import… (text, Markdown, JSON, CSV, YAML, Prompty, Dotprompt…).&lt;/li&gt;&lt;/ol&gt;Ctrl+K finds any command; F1 lists the keyboard shortcuts.</source>
        <translation>&lt;b&gt;Dos cosas para probar primero&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Escriba un prompt en el &lt;b&gt;Compositor&lt;/b&gt; y pulse &lt;b&gt;Mejorar&lt;/b&gt; (Ctrl+Return): verá su intención, las técnicas elegidas y el resultado.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Importe&lt;/b&gt; sus propios archivos de prompts: suelte archivos o carpetas en la ventana o use Archivo ▸ Importar… (texto, Markdown, JSON, CSV, YAML, Prompty, Dotprompt…).&lt;/li&gt;&lt;/ol&gt;Ctrl+K encuentra cualquier comando; F1 muestra los atajos de teclado.</translation>
    </message>
    <message>
        <source>Open the &amp;Composer</source>
        <translation>Abrir el &amp;Compositor</translation>
    </message>
    <message>
        <source>&amp;Import Prompt Files…</source>
        <translation>&amp;Importar archivos de prompts…</translation>
    </message>
    <message>
        <source>Just Look &amp;Around</source>
        <translation>Solo echar un &amp;vistazo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop workbench for prompt engineering.</source>
        <translation>Un banco de trabajo de escritorio para la ingeniería de prompts.</translation>
    </message>
    <message>
        <source>The database to open (default: $ATHANOR_DB, else the app-data folder).</source>
        <translation>La base de datos que se abrirá (predeterminada: $ATHANOR_DB; si no, la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <source>Technique catalog</source>
        <translation>Catálogo de técnicas</translation>
    </message>
    <message>
        <source>The technique catalog could not be installed: %1</source>
        <translation>No se pudo instalar el catálogo de técnicas: %1</translation>
    </message>
    <message>
        <source>Prompt files or folders to import.</source>
        <translation>Archivos o carpetas de prompts que se importarán.</translation>
    </message>
</context>
</TS>
