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
    <name>athanor::AnalyticsRepository</name>
    <message>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>no se pudo obtener la hora actual</translation>
    </message>
</context>
<context>
    <name>athanor::AnthropicProtocol</name>
    <message>
        <source>the answer has no &quot;content&quot; list</source>
        <translation>la respuesta no tiene ninguna lista &quot;content&quot;</translation>
    </message>
</context>
<context>
    <name>athanor::ApiKeyStore</name>
    <message>
        <source>the %1 key</source>
        <translation>la clave de %1</translation>
    </message>
    <message>
        <source>Set the environment variable %1 instead.</source>
        <translation>Defina en su lugar la variable de entorno %1.</translation>
    </message>
</context>
<context>
    <name>athanor::AthanorExportFormat</name>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>«%1» debe ser texto</translation>
    </message>
    <message>
        <source>each entry of &apos;prompts&apos; must be an object with a content</source>
        <translation>cada entrada de &apos;prompts&apos; debe ser un objeto con un contenido</translation>
    </message>
    <message>
        <source>the prompt has no content</source>
        <translation>el prompt no tiene contenido</translation>
    </message>
    <message>
        <source>&apos;context&apos; must be a list of {type, content} texts</source>
        <translation>&apos;context&apos; debe ser una lista de textos {type, content}</translation>
    </message>
    <message>
        <source>not an Athanor export: &quot;format&quot;: &quot;athanor-export&quot; is missing</source>
        <translation>no es una exportación de Athanor: falta &quot;format&quot;: &quot;athanor-export&quot;</translation>
    </message>
    <message>
        <source>the export needs a whole-number &quot;version&quot;</source>
        <translation>la exportación necesita un &quot;version&quot; con un número entero</translation>
    </message>
    <message>
        <source>this export is version %1; this Athanor reads version %2 (update Athanor)</source>
        <translation>esta exportación es de la versión %1; este Athanor lee la versión %2 (actualice Athanor)</translation>
    </message>
    <message>
        <source>the export needs a &quot;prompts&quot; list</source>
        <translation>la exportación necesita una lista &quot;prompts&quot;</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogInstaller</name>
    <message>
        <source>cannot store effectiveness %1/%2</source>
        <translation>no se puede guardar la eficacia %1/%2</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogLint</name>
    <message>
        <source>variable &apos;%1&apos; is declared twice</source>
        <translation>la variable «%1» está declarada dos veces</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is declared but not used</source>
        <translation>la variable «%1» está declarada pero no se usa</translation>
    </message>
    <message>
        <source>default of &apos;%1&apos;: %2</source>
        <translation>valor predeterminado de «%1»: %2</translation>
    </message>
    <message>
        <source>&apos;{{%1}}&apos; is used but not declared</source>
        <translation>«{{%1}}» se usa pero no está declarada</translation>
    </message>
    <message>
        <source>the code must be lower-case letters, digits and &apos;_&apos;</source>
        <translation>el código debe constar de letras minúsculas, dígitos y «_»</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;</source>
        <translation>categoría desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;</source>
        <translation>rol desconocido «%1»</translation>
    </message>
    <message>
        <source>the description is missing or too short</source>
        <translation>falta la descripción o es demasiado corta</translation>
    </message>
    <message>
        <source>complexity must be 1 to 5</source>
        <translation>la complejidad debe estar entre 1 y 5</translation>
    </message>
    <message>
        <source>base effectiveness must be 0 to 1</source>
        <translation>la eficacia base debe estar entre 0 y 1</translation>
    </message>
    <message>
        <source>no &apos;when to use&apos;</source>
        <translation>falta «cuándo usarla»</translation>
    </message>
    <message>
        <source>no &apos;when not to use&apos;</source>
        <translation>falta «cuándo no usarla»</translation>
    </message>
    <message>
        <source>unknown apply section &apos;%1&apos;</source>
        <translation>sección de aplicación desconocida «%1»</translation>
    </message>
    <message>
        <source>no apply instruction</source>
        <translation>falta la instrucción de aplicación</translation>
    </message>
    <message>
        <source>apply: %1</source>
        <translation>aplicación: %1</translation>
    </message>
    <message>
        <source>apply variable &apos;%1&apos; needs a default</source>
        <translation>la variable de aplicación «%1» necesita un valor predeterminado</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>falta la fuente</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; needs a title, authors, a year and a URL</source>
        <translation>la fuente «%1» necesita un título, autores, un año y una URL</translation>
    </message>
    <message>
        <source>no pattern template</source>
        <translation>falta la plantilla de patrón</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; has no template</source>
        <translation>el patrón «%1» no tiene plantilla</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: %2</source>
        <translation>patrón «%1»: %2</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; names unknown intent &apos;%2&apos;</source>
        <translation>el patrón «%1» nombra una intención desconocida «%2»</translation>
    </message>
    <message>
        <source>no worked example</source>
        <translation>falta un ejemplo resuelto</translation>
    </message>
    <message>
        <source>an example needs a &apos;before&apos; and an &apos;after&apos;</source>
        <translation>un ejemplo necesita un «before» y un «after»</translation>
    </message>
    <message>
        <source>example names unknown intent &apos;%1&apos;</source>
        <translation>el ejemplo nombra una intención desconocida «%1»</translation>
    </message>
    <message>
        <source>conflicts with itself</source>
        <translation>es incompatible consigo misma</translation>
    </message>
    <message>
        <source>conflicts with unknown technique &apos;%1&apos;</source>
        <translation>es incompatible con una técnica desconocida «%1»</translation>
    </message>
    <message>
        <source>template &apos;%1&apos;: %2</source>
        <translation>plantilla «%1»: %2</translation>
    </message>
    <message>
        <source>no template text</source>
        <translation>falta el texto de la plantilla</translation>
    </message>
    <message>
        <source>applies no technique</source>
        <translation>no aplica ninguna técnica</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>técnica desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown intent &apos;%1&apos;</source>
        <translation>intención desconocida «%1»</translation>
    </message>
    <message>
        <source>technique %1: the code is used twice</source>
        <translation>técnica %1: el código se usa dos veces</translation>
    </message>
    <message>
        <source>intent %1: the path is used twice</source>
        <translation>intención %1: la ruta se usa dos veces</translation>
    </message>
    <message>
        <source>intent %1: no parent %2</source>
        <translation>intención %1: no existe el padre %2</translation>
    </message>
    <message>
        <source>intent %1: needs a name and keywords</source>
        <translation>intención %1: necesita un nombre y palabras clave</translation>
    </message>
    <message>
        <source>effectiveness %1: declared twice</source>
        <translation>eficacia %1: declarada dos veces</translation>
    </message>
    <message>
        <source>effectiveness %1: unknown intent</source>
        <translation>eficacia %1: intención desconocida</translation>
    </message>
    <message>
        <source>effectiveness %1: unknown technique</source>
        <translation>eficacia %1: técnica desconocida</translation>
    </message>
    <message>
        <source>template &apos;%1&apos;: the name is used twice</source>
        <translation>plantilla «%1»: el nombre se usa dos veces</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogLoader</name>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation>falta «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>«%1» debe ser texto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>«%1» debe ser un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation>«%1» debe estar entre %2 y %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>«%1» debe ser true o false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>«%1» debe ser una lista</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of text</source>
        <translation>«%1» debe ser una lista de textos</translation>
    </message>
    <message>
        <source>a variable must be a map with name and type</source>
        <translation>una variable debe ser un mapa con name y type</translation>
    </message>
    <message>
        <source>unknown variable type &apos;%1&apos;</source>
        <translation>tipo de variable desconocido «%1»</translation>
    </message>
    <message>
        <source>enum variable &apos;%1&apos; needs choices</source>
        <translation>la variable enum «%1» necesita opciones (choices)</translation>
    </message>
    <message>
        <source>a technique must be a map</source>
        <translation>una técnica debe ser un mapa</translation>
    </message>
    <message>
        <source>an intent must be a map</source>
        <translation>una intención debe ser un mapa</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must start with its parent&apos;s code &apos;%2.&apos;</source>
        <translation>«%1» debe empezar por el código de su padre «%2.»</translation>
    </message>
    <message>
        <source>top-level intent &apos;%1&apos; must not contain a dot</source>
        <translation>la intención de nivel superior «%1» no debe contener ningún punto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be exactly one level below &apos;%2&apos;</source>
        <translation>«%1» debe estar exactamente un nivel por debajo de «%2»</translation>
    </message>
    <message>
        <source>the file must hold a YAML list</source>
        <translation>el archivo debe contener una lista YAML</translation>
    </message>
    <message>
        <source>cannot read the catalog file</source>
        <translation>no se puede leer el archivo del catálogo</translation>
    </message>
    <message>
        <source>&apos;complexity_adjustment&apos; must map 1-5 to a number</source>
        <translation>&apos;complexity_adjustment&apos; debe asignar un número a cada nivel del 1 al 5</translation>
    </message>
    <message>
        <source>complexity levels are 1 to 5</source>
        <translation>los niveles de complejidad van del 1 al 5</translation>
    </message>
    <message>
        <source>&apos;domain_adjustments&apos; must map a domain to a number</source>
        <translation>&apos;domain_adjustments&apos; debe asignar un número a cada dominio</translation>
    </message>
    <message>
        <source>the catalog version must be 1 or more</source>
        <translation>la versión del catálogo debe ser 1 o mayor</translation>
    </message>
    <message>
        <source>catalog.yaml needs a whole-number &apos;version&apos;</source>
        <translation>catalog.yaml necesita un &apos;version&apos; con un número entero</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogRepository</name>
    <message>
        <source>no intent %1</source>
        <translation>no existe la intención %1</translation>
    </message>
    <message>
        <source>athanor-cli intents lists them</source>
        <translation>athanor-cli intents las enumera</translation>
    </message>
    <message>
        <source>no technique %1</source>
        <translation>no existe la técnica %1</translation>
    </message>
    <message>
        <source>athanor-cli techniques lists them</source>
        <translation>athanor-cli techniques las enumera</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogSync</name>
    <message>
        <source>the server&apos;s technique %1 is not a technique</source>
        <translation>la técnica %1 del servidor no es una técnica</translation>
    </message>
    <message>
        <source>template family %1 vanished</source>
        <translation>la familia de plantillas %1 ha desaparecido</translation>
    </message>
</context>
<context>
    <name>athanor::ChatMessages</name>
    <message>
        <source>the conversation has no system or user message with text</source>
        <translation>la conversación no tiene ningún mensaje de sistema ni de usuario con texto</translation>
    </message>
    <message>
        <source>message %1 needs a role and a content</source>
        <translation>el mensaje %1 necesita un rol y un contenido</translation>
    </message>
    <message>
        <source>message %1: content must be text</source>
        <translation>mensaje %1: el contenido debe ser texto</translation>
    </message>
</context>
<context>
    <name>athanor::ClassifierRepository</name>
    <message>
        <source>a complexity is 1 to 5, not %1</source>
        <translation>una complejidad va de 1 a 5, no %1</translation>
    </message>
    <message>
        <source>no prompt with id %1</source>
        <translation>no hay ningún prompt con el id %1</translation>
    </message>
    <message>
        <source>not worse than the active version: activated</source>
        <translation>no es peor que la versión activa: activada</translation>
    </message>
    <message>
        <source>less accurate than the active version on the held-out prompts: not activated</source>
        <translation>menos precisa que la versión activa en los prompts reservados: no activada</translation>
    </message>
    <message>
        <source>loses more than %1 points on the held-out official examples: not activated</source>
        <translation>pierde más de %1 puntos en los ejemplos oficiales reservados: no activada</translation>
    </message>
    <message>
        <source>the official examples are in use already: nothing to roll back</source>
        <translation>los ejemplos oficiales ya están en uso: no hay nada que revertir</translation>
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
    <name>athanor::CommunityRepository</name>
    <message>
        <source>the server refused to %1: %2</source>
        <translation>el servidor se negó a %1: %2</translation>
    </message>
    <message>
        <source>list the community library</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>listar la biblioteca de la comunidad</translation>
    </message>
    <message>
        <source>say who moderates</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>indicar quién modera</translation>
    </message>
    <message>
        <source>no community prompt %1 in the cache</source>
        <translation>no hay ningún prompt de la comunidad %1 en la caché</translation>
    </message>
    <message>
        <source>no prompt with id %1</source>
        <translation>no hay ningún prompt con el id %1</translation>
    </message>
    <message>
        <source>a published prompt needs a title</source>
        <translation>un prompt publicado necesita un título</translation>
    </message>
    <message>
        <source>publish the prompt</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>publicar el prompt</translation>
    </message>
    <message>
        <source>read the community prompt</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>leer el prompt de la comunidad</translation>
    </message>
    <message>
        <source>no community prompt %1 (or not one you may see)</source>
        <translation>no existe el prompt de la comunidad %1 (o no tiene permiso para verlo)</translation>
    </message>
    <message>
        <source>remix</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>remezclar</translation>
    </message>
    <message>
        <source>Remix of %1</source>
        <translation>Remezcla de %1</translation>
    </message>
    <message>
        <source>moderate</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>moderar</translation>
    </message>
</context>
<context>
    <name>athanor::ComplexityEstimator</name>
    <message>
        <source>long: %1 words</source>
        <translation>largo: %1 palabras</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 palabras</translation>
    </message>
    <message>
        <source>a persona</source>
        <translation>una persona</translation>
    </message>
    <message>
        <source>%1 separate sub-task</source>
        <translation>%1 subtarea independiente</translation>
    </message>
    <message>
        <source>%1 separate sub-tasks</source>
        <translation>%1 subtareas independientes</translation>
    </message>
    <message>
        <source>%1 explicit constraint</source>
        <translation>%1 restricción explícita</translation>
    </message>
    <message>
        <source>%1 explicit constraints</source>
        <translation>%1 restricciones explícitas</translation>
    </message>
    <message>
        <source>contains a code block</source>
        <translation>contiene un bloque de código</translation>
    </message>
    <message>
        <source>contains %1 code blocks</source>
        <translation>contiene %1 bloques de código</translation>
    </message>
    <message>
        <source>contains a line that looks like code</source>
        <translation>contiene una línea que parece código</translation>
    </message>
    <message>
        <source>contains code (%1 lines)</source>
        <translation>contiene código (%1 líneas)</translation>
    </message>
    <message>
        <source>contains inline code</source>
        <translation>contiene código en línea</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>datos JSON</translation>
    </message>
    <message>
        <source>tabular data</source>
        <translation>datos tabulares</translation>
    </message>
    <message>
        <source>many numbers (%1)</source>
        <translation>muchos números (%1)</translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation>contiene %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>uses domain terms: %1</source>
        <translation>usa términos de dominio: %1</translation>
    </message>
    <message>
        <source>%1 audiences or roles (%2)</source>
        <translation>%1 públicos o roles (%2)</translation>
    </message>
    <message>
        <source>%1 sentence</source>
        <translation>%1 oración</translation>
    </message>
    <message>
        <source>%1 sentences</source>
        <translation>%1 oraciones</translation>
    </message>
    <message>
        <source>%1 question</source>
        <translation>%1 pregunta</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 preguntas</translation>
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
    <name>athanor::CsvFormat</name>
    <message>
        <source>the header has no &apos;prompt&apos; column</source>
        <translation>el encabezado no tiene ninguna columna &apos;prompt&apos;</translation>
    </message>
    <message>
        <source>the record has %1 fields but the header has %2</source>
        <translation>el registro tiene %1 campos, pero el encabezado tiene %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; in field %3 is not a number</source>
        <translation>el valor «%2» de %1 en el campo %3 no es un número</translation>
    </message>
</context>
<context>
    <name>athanor::CsvReader</name>
    <message>
        <source>unclosed quote in field %1</source>
        <translation>comilla sin cerrar en el campo %1</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1</source>
        <translation>texto inesperado después de la comilla de cierre del campo %1</translation>
    </message>
</context>
<context>
    <name>athanor::Database</name>
    <message>
        <source>restore a backup, or open another database</source>
        <translation>restaure una copia de seguridad o abra otra base de datos</translation>
    </message>
    <message>
        <source>there is a file there already</source>
        <translation>ya existe un archivo ahí</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>the library could not be copied: %1</source>
        <translation>no se pudo copiar la biblioteca: %1</translation>
    </message>
    <message>
        <source>no database here</source>
        <translation>aquí no hay ninguna base de datos</translation>
    </message>
    <message>
        <source>create one with: athanor-cli --db %1 init</source>
        <translation>cree una con: athanor-cli --db %1 init</translation>
    </message>
    <message>
        <source>not an Athanor database: the file is not an SQLite database</source>
        <translation>no es una base de datos de Athanor: el archivo no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>choose another file, or start a new database</source>
        <translation>elija otro archivo o cree una base de datos nueva</translation>
    </message>
    <message>
        <source>the database file is damaged: it is shorter than its header says (%1 bytes)</source>
        <translation>el archivo de la base de datos está dañado: es más corto de lo que indica su encabezado (%1 bytes)</translation>
    </message>
    <message>
        <source>not an Athanor database: an SQLite file of another program</source>
        <translation>no es una base de datos de Athanor: es un archivo SQLite de otro programa</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Athanor (schema %1, this build knows up to %2)</source>
        <translation>la base de datos la escribió una versión más reciente de Athanor (esquema %1; esta compilación conoce hasta el %2)</translation>
    </message>
    <message>
        <source>update Athanor, or open another database</source>
        <translation>actualice Athanor o abra otra base de datos</translation>
    </message>
    <message>
        <source>cannot create the folder for the database</source>
        <translation>no se puede crear la carpeta de la base de datos</translation>
    </message>
    <message>
        <source>the database file is damaged: %1</source>
        <translation>el archivo de la base de datos está dañado: %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>no se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>the database file is damaged or unreadable: %1</source>
        <translation>el archivo de la base de datos está dañado o no se puede leer: %1</translation>
    </message>
    <message>
        <source>the library was not migrated: its backup failed: %1</source>
        <translation>la biblioteca no se migró: su copia de seguridad falló: %1</translation>
    </message>
    <message>
        <source>free some disk space, then open it again</source>
        <translation>libere espacio en disco y vuelva a abrirla</translation>
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
    <name>athanor::DatabaseReport</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>falló %1: %2</translation>
    </message>
    <message>
        <source>integrity check</source>
        <extracomment>A step of the database check; completes &quot;%1 failed: %2&quot;.</extracomment>
        <translation>la comprobación de integridad</translation>
    </message>
    <message>
        <source>reading the journal mode</source>
        <extracomment>A step of the database check; completes &quot;%1 failed: %2&quot;.</extracomment>
        <translation>la lectura del modo de journal</translation>
    </message>
    <message>
        <source>listing tables</source>
        <extracomment>A step of the database check; completes &quot;%1 failed: %2&quot;.</extracomment>
        <translation>el listado de tablas</translation>
    </message>
    <message>
        <source>counting %1 failed: %2</source>
        <translation>falló el recuento de %1: %2</translation>
    </message>
</context>
<context>
    <name>athanor::DemoHistory</name>
    <message>
        <source>the technique catalog is not installed</source>
        <translation>el catálogo de técnicas no está instalado</translation>
    </message>
    <message>
        <source>Demo prompt %1 of %2</source>
        <translation>Prompt de demostración %1 de %2</translation>
    </message>
    <message>
        <source>cannot write the demo history: %1</source>
        <translation>no se puede escribir el historial de demostración: %1</translation>
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
    <name>athanor::EmbedderChoice</name>
    <message>
        <source>unknown embedder &quot;%1&quot;; use local or &lt;provider&gt;[:&lt;model&gt;], e.g. %2</source>
        <translation>embedder desconocido &quot;%1&quot;; use local o &lt;proveedor&gt;[:&lt;modelo&gt;], p. ej. %2</translation>
    </message>
    <message>
        <source>%1 has no embeddings API</source>
        <translation>%1 no tiene API de embeddings</translation>
    </message>
    <message>
        <source>Use local, openai, google or ollama.</source>
        <translation>Use local, openai, google u ollama.</translation>
    </message>
</context>
<context>
    <name>athanor::EmbeddingCodec</name>
    <message>
        <source>an embedding blob is too short (%1 bytes)</source>
        <translation>un blob de embedding es demasiado corto (%1 bytes)</translation>
    </message>
    <message>
        <source>an embedding has %1 dimensions, the model has %2</source>
        <translation>un embedding tiene %1 dimensiones; el modelo tiene %2</translation>
    </message>
    <message>
        <source>an embedding blob has an invalid scale</source>
        <translation>un blob de embedding tiene una escala no válida</translation>
    </message>
</context>
<context>
    <name>athanor::EmbeddingRepository</name>
    <message>
        <source>cannot store an embedding</source>
        <translation>no se puede guardar un embedding</translation>
    </message>
    <message>
        <source>indexing was cancelled</source>
        <translation>se canceló la indexación</translation>
    </message>
    <message>
        <source>the number of results must be at least 1</source>
        <translation>el número de resultados debe ser al menos 1</translation>
    </message>
    <message>
        <source>no prompt with this id</source>
        <translation>no hay ningún prompt con este id</translation>
    </message>
    <message>
        <source>the text to compare with is empty</source>
        <translation>el texto con el que comparar está vacío</translation>
    </message>
</context>
<context>
    <name>athanor::EnhancementBatch</name>
    <message>
        <source>the file holds no prompts</source>
        <translation>el archivo no contiene prompts</translation>
    </message>
</context>
<context>
    <name>athanor::EnhancementRepository</name>
    <message>
        <source>the technique catalog is not installed</source>
        <translation>el catálogo de técnicas no está instalado</translation>
    </message>
    <message>
        <source>run: athanor-cli init</source>
        <translation>ejecute: athanor-cli init</translation>
    </message>
</context>
<context>
    <name>athanor::Enhancer</name>
    <message>
        <source>unknown target model &apos;%1&apos;</source>
        <translation>modelo de destino desconocido «%1»</translation>
    </message>
    <message>
        <source>use a model name such as gpt-4o, claude-sonnet-4, gemini-2.0-flash or llama3.1, or a family: %1</source>
        <translation>use un nombre de modelo como gpt-4o, claude-sonnet-4, gemini-2.0-flash o llama3.1, o una familia: %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegida por usted</translation>
    </message>
    <message>
        <source>rated %1 for %2</source>
        <translation>valorada con %1 para %2</translation>
    </message>
    <message>
        <source>base effectiveness %1</source>
        <translation>eficacia base %1</translation>
    </message>
    <message>
        <source> (catalog %1, %2 from 1 rating)</source>
        <translation> (catálogo %1, %2 según 1 valoración)</translation>
    </message>
    <message>
        <source> (catalog %1, %2 from %3 ratings)</source>
        <translation> (catálogo %1, %2 según %3 valoraciones)</translation>
    </message>
    <message>
        <source>, fits complexity %1</source>
        <translation>, se ajusta a la complejidad %1</translation>
    </message>
    <message>
        <source>, one of your favourites</source>
        <translation>, una de sus favoritas</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>el prompt está vacío</translation>
    </message>
    <message>
        <source>give the prompt as an argument, or &apos;-&apos; to read it from standard input</source>
        <translation>pase el prompt como argumento, o &apos;-&apos; para leerlo de la entrada estándar</translation>
    </message>
    <message>
        <source>unknown persona &apos;%1&apos;</source>
        <translation>persona desconocida «%1»</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>elija una de estas: %1</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>técnica desconocida «%1»</translation>
    </message>
    <message>
        <source>valid codes: %1</source>
        <translation>códigos válidos: %1</translation>
    </message>
    <message>
        <source>did you mean: %1?</source>
        <translation>¿quiso decir: %1?</translation>
    </message>
    <message>
        <source>%1 and %2 do not go together</source>
        <translation>%1 y %2 no son compatibles</translation>
    </message>
    <message>
        <source>choose one of them</source>
        <translation>elija una de las dos</translation>
    </message>
    <message>
        <source>Applied %1 (%2): %3</source>
        <translation>Se aplicó %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>athanor::ExperimentRepository</name>
    <message>
        <source>an experiment needs a name</source>
        <translation>un experimento necesita un nombre</translation>
    </message>
    <message>
        <source>the minimum of runs per arm is at least 1</source>
        <translation>el mínimo de ejecuciones por variante es al menos 1</translation>
    </message>
    <message>
        <source>give two prompts or two technique sets</source>
        <translation>indique dos prompts o dos conjuntos de técnicas</translation>
    </message>
    <message>
        <source>no experiment with id %1</source>
        <translation>no hay ningún experimento con el id %1</translation>
    </message>
    <message>
        <source>a rating is 1 to 5 stars, not %1</source>
        <translation>una valoración va de 1 a 5 estrellas, no %1</translation>
    </message>
    <message>
        <source>the variant is A or B, not %1</source>
        <translation>la variante es A o B, no %1</translation>
    </message>
    <message>
        <source>experiment %1 is %2: it takes no more runs</source>
        <translation>el experimento %1 tiene el estado %2: no admite más ejecuciones</translation>
    </message>
    <message>
        <source>experiment %1 vanished</source>
        <translation>el experimento %1 ha desaparecido</translation>
    </message>
    <message>
        <source>experiment %1 is %2 already</source>
        <translation>el experimento %1 ya tiene el estado %2</translation>
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
    <name>athanor::FeedbackRepository</name>
    <message>
        <source>a rating is 1 to 5 stars, not %1</source>
        <translation>una valoración va de 1 a 5 estrellas, no %1</translation>
    </message>
</context>
<context>
    <name>athanor::FrontMatter</name>
    <message>
        <source>the file must start with a --- line opening the front matter</source>
        <translation>el archivo debe empezar con una línea --- que abra el front matter</translation>
    </message>
    <message>
        <source>the front matter opened on line 1 is never closed with ---</source>
        <translation>el front matter abierto en la línea 1 nunca se cierra con ---</translation>
    </message>
    <message>
        <source>the front matter must be a YAML map of keys and values</source>
        <translation>el front matter debe ser un mapa YAML de claves y valores</translation>
    </message>
</context>
<context>
    <name>athanor::FtsRanking</name>
    <message>
        <source>not an SQLite connection</source>
        <translation>no es una conexión SQLite</translation>
    </message>
    <message>
        <source>this SQLite has no FTS5</source>
        <translation>este SQLite no tiene FTS5</translation>
    </message>
    <message>
        <source>cannot register the full-text ranking: %1</source>
        <translation>no se puede registrar la clasificación de texto completo: %1</translation>
    </message>
</context>
<context>
    <name>athanor::GeminiProtocol</name>
    <message>
        <source>the answer has no &quot;candidates&quot; list</source>
        <translation>la respuesta no tiene ninguna lista &quot;candidates&quot;</translation>
    </message>
    <message>
        <source>embedding %1 is not a list of numbers</source>
        <translation>el embedding %1 no es una lista de números</translation>
    </message>
</context>
<context>
    <name>athanor::GithubPromptFormat</name>
    <message>
        <source>a prompt file is a YAML map with name, model and messages</source>
        <translation>un archivo de prompt es un mapa YAML con name, model y messages</translation>
    </message>
    <message>
        <source>a prompt file needs a &apos;messages&apos; list of {role, content}</source>
        <translation>un archivo de prompt necesita una lista &apos;messages&apos; de {role, content}</translation>
    </message>
    <message>
        <source>a message needs a role and a content</source>
        <translation>un mensaje necesita un rol y un contenido</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (system, user or assistant)</source>
        <translation>rol desconocido «%1» (system, user o assistant)</translation>
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
    <name>athanor::ImportFormatRegistry</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>the UTF-16 file ends in the middle of a character</source>
        <translation>el archivo UTF-16 termina en mitad de un carácter</translation>
    </message>
    <message>
        <source>the file is truncated; export it again</source>
        <translation>el archivo está truncado; vuelva a exportarlo</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 (an unpaired surrogate)</source>
        <translation>el archivo no es UTF-16 válido (un sustituto desemparejado)</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); the file is binary or in another encoding</source>
        <translation>UTF-8 no válido (byte 0x%1); el archivo es binario o tiene otra codificación</translation>
    </message>
    <message>
        <source>the file holds a NUL character: it is binary, not text</source>
        <translation>el archivo contiene un carácter NUL: es binario, no texto</translation>
    </message>
    <message>
        <source>import text files (UTF-8 or UTF-16 with a BOM)</source>
        <translation>importe archivos de texto (UTF-8, o UTF-16 con BOM)</translation>
    </message>
</context>
<context>
    <name>athanor::ImportJob</name>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>the file is larger than the %1 MB limit</source>
        <translation>el archivo supera el límite de %1 MB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>not a prompt file format Athanor reads</source>
        <translation>no es un formato de archivo de prompts que Athanor sepa leer</translation>
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
    <message>
        <source>Import stopped: %1. The files imported before it stay in the library.</source>
        <translation>Importación detenida: %1. Los archivos importados antes se quedan en la biblioteca.</translation>
    </message>
    <message>
        <source>Files not tried:</source>
        <translation>Archivos no intentados:</translation>
    </message>
    <message>
        <source>The import stopped: %1 (%2).</source>
        <translation>La importación se detuvo: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>athanor::ImportSupport</name>
    <message>
        <source>the file holds no prompt</source>
        <translation>el archivo no contiene ningún prompt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from 0 to %2</source>
        <translation>«%1» debe ser un número entero de 0 a %2</translation>
    </message>
</context>
<context>
    <name>athanor::ImportWriter</name>
    <message>
        <source>the temperature must be between 0 and 2</source>
        <translation>la temperatura debe estar entre 0 y 2</translation>
    </message>
    <message>
        <source>token counts cannot be negative</source>
        <translation>los recuentos de tokens no pueden ser negativos</translation>
    </message>
    <message>
        <source>the phase must be prima-materia, solutio or coagulatio</source>
        <translation>la fase debe ser prima-materia, solutio o coagulatio</translation>
    </message>
    <message>
        <source>the provider must be openai, anthropic, google, openrouter or ollama</source>
        <translation>el proveedor debe ser openai, anthropic, google, openrouter u ollama</translation>
    </message>
    <message>
        <source>the prompt could not be stored: %1</source>
        <translation>no se pudo guardar el prompt: %1</translation>
    </message>
    <message>
        <source>cannot read the library</source>
        <translation>no se puede leer la biblioteca</translation>
    </message>
</context>
<context>
    <name>athanor::JsonRecord</name>
    <message>
        <source>expected a JSON object with a prompt, content, text or template field (or messages, instruction or conversations), or a string</source>
        <translation>se esperaba un objeto JSON con un campo prompt, content, text o template (o messages, instruction o conversations), o una cadena</translation>
    </message>
    <message>
        <source>a ShareGPT turn needs &apos;from&apos; and a text &apos;value&apos;</source>
        <translation>un turno de ShareGPT necesita &apos;from&apos; y un texto &apos;value&apos;</translation>
    </message>
    <message>
        <source>the ShareGPT conversation has no human turn with text</source>
        <translation>la conversación de ShareGPT no tiene ningún turno humano con texto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>«%1» debe ser un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of text</source>
        <translation>«%1» debe ser una lista de textos</translation>
    </message>
    <message>
        <source>expected a list of {role, content} messages</source>
        <translation>se esperaba una lista de mensajes {role, content}</translation>
    </message>
    <message>
        <source>the prompt text is empty</source>
        <translation>el texto del prompt está vacío</translation>
    </message>
</context>
<context>
    <name>athanor::JsonText</name>
    <message>
        <source>an object is not closed (a &apos;}&apos; or a &apos;,&apos; is missing)</source>
        <translation>un objeto no está cerrado (falta una &apos;}&apos; o una &apos;,&apos;)</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing after a key</source>
        <translation>falta un &apos;:&apos; después de una clave</translation>
    </message>
    <message>
        <source>a list is not closed (a &apos;]&apos; or a &apos;,&apos; is missing)</source>
        <translation>una lista no está cerrada (falta un &apos;]&apos; o una &apos;,&apos;)</translation>
    </message>
    <message>
        <source>a &apos;,&apos; is missing between two values</source>
        <translation>falta una &apos;,&apos; entre dos valores</translation>
    </message>
    <message>
        <source>this is not a JSON value (text needs double quotes)</source>
        <translation>esto no es un valor JSON (el texto necesita comillas dobles)</translation>
    </message>
    <message>
        <source>the JSON ends in the middle of a number</source>
        <translation>el JSON termina en mitad de un número</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>un número está mal formado</translation>
    </message>
    <message>
        <source>a string holds an invalid \ escape</source>
        <translation>una cadena contiene un escape \ no válido</translation>
    </message>
    <message>
        <source>a string holds invalid UTF-8</source>
        <translation>una cadena contiene UTF-8 no válido</translation>
    </message>
    <message>
        <source>a string is not closed (a &apos;&quot;&apos; is missing)</source>
        <translation>una cadena no está cerrada (falta un &apos;&quot;&apos;)</translation>
    </message>
    <message>
        <source>a JSON object or list was expected</source>
        <translation>se esperaba un objeto o una lista JSON</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a prompt file</source>
        <translation>el JSON está anidado a demasiada profundidad para ser un archivo de prompts</translation>
    </message>
    <message>
        <source>the JSON document is too large</source>
        <translation>el documento JSON es demasiado grande</translation>
    </message>
    <message>
        <source>there is more text after the JSON value (one value per file; JSONL wants .jsonl)</source>
        <translation>hay más texto después del valor JSON (un valor por archivo; para JSONL use .jsonl)</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON no válido</translation>
    </message>
    <message>
        <source>one JSON value per line is expected</source>
        <translation>se espera un valor JSON por línea</translation>
    </message>
</context>
<context>
    <name>athanor::LangfuseFormat</name>
    <message>
        <source>expected a Langfuse prompt: an object with a name and a prompt</source>
        <translation>se esperaba un prompt de Langfuse: un objeto con un name y un prompt</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; must be text or a list of {role, content} messages</source>
        <translation>&apos;prompt&apos; debe ser texto o una lista de mensajes {role, content}</translation>
    </message>
    <message>
        <source>the prompt text is empty</source>
        <translation>el texto del prompt está vacío</translation>
    </message>
</context>
<context>
    <name>athanor::LearningRepository</name>
    <message>
        <source>a rating is 1 to 5 stars, not %1</source>
        <translation>una valoración va de 1 a 5 estrellas, no %1</translation>
    </message>
    <message>
        <source>no prompt with id %1</source>
        <translation>no hay ningún prompt con el id %1</translation>
    </message>
    <message>
        <source>no totals</source>
        <translation>no se pudieron obtener los totales</translation>
    </message>
    <message>
        <source>no techniques</source>
        <translation>no se pudieron obtener las técnicas</translation>
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
    <message>
        <source>Library Upgraded</source>
        <translation>Biblioteca actualizada</translation>
    </message>
    <message>
        <source>Your library was upgraded to this version of Athanor. A copy of it as it was is kept at:

%1

Delete the copy once you no longer need to go back to the older version.</source>
        <translation>Su biblioteca se actualizó a esta versión de Athanor. Se guarda una copia tal como estaba en:

%1

Borre la copia cuando ya no necesite volver a la versión anterior.</translation>
    </message>
</context>
<context>
    <name>athanor::MarkdownFrontMatterFormat</name>
    <message>
        <source>the prompt after the front matter is empty</source>
        <translation>el prompt que sigue al front matter está vacío</translation>
    </message>
</context>
<context>
    <name>athanor::Migrator</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>no se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Athanor (schema %1, this build knows up to %2)</source>
        <translation>la base de datos la escribió una versión más reciente de Athanor (esquema %1; esta compilación conoce hasta el %2)</translation>
    </message>
    <message>
        <source>update Athanor, or open another database</source>
        <translation>actualice Athanor o abra otra base de datos</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>falta la migración %1</translation>
    </message>
    <message>
        <source>cannot start migration %1: %2</source>
        <translation>no se puede iniciar la migración %1: %2</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>falló la migración %1 (%2): %3</translation>
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
    <name>athanor::NearDuplicateFinder</name>
    <message>
        <source>the similarity threshold must be above 0 and at most 1</source>
        <translation>el umbral de similitud debe ser mayor que 0 y como máximo 1</translation>
    </message>
    <message>
        <source>the vector index is missing or out of date</source>
        <translation>el índice vectorial falta o está desactualizado</translation>
    </message>
    <message>
        <source>wait for the index to be rebuilt, or run athanor-cli similar once</source>
        <translation>espere a que se reconstruya el índice o ejecute athanor-cli similar una vez</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
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
    <name>athanor::OllamaProtocol</name>
    <message>
        <source>the answer has no &quot;message&quot;</source>
        <translation>la respuesta no tiene ningún &quot;message&quot;</translation>
    </message>
    <message>
        <source>embedding %1 is not a list of numbers</source>
        <translation>el embedding %1 no es una lista de números</translation>
    </message>
</context>
<context>
    <name>athanor::OpenAiProtocol</name>
    <message>
        <source>the answer has no choices</source>
        <translation>la respuesta no tiene choices</translation>
    </message>
    <message>
        <source>choices[0].message.content is not text</source>
        <translation>choices[0].message.content no es texto</translation>
    </message>
    <message>
        <source>an embedding has no valid index</source>
        <translation>un embedding no tiene un índice válido</translation>
    </message>
    <message>
        <source>embedding %1 is not a list of numbers</source>
        <translation>el embedding %1 no es una lista de números</translation>
    </message>
</context>
<context>
    <name>athanor::Phase</name>
    <message>
        <source>use a comma-separated list of %1 (or prima)</source>
        <translation>use una lista separada por comas de %1 (o prima)</translation>
    </message>
    <message>
        <source>no phase given</source>
        <translation>no se indicó ninguna fase</translation>
    </message>
    <message>
        <source>empty phase name in &apos;%1&apos;</source>
        <translation>nombre de fase vacío en «%1»</translation>
    </message>
    <message>
        <source>unknown phase &apos;%1&apos;</source>
        <translation>fase desconocida «%1»</translation>
    </message>
    <message>
        <source>did you mean %1? %2</source>
        <translation>¿quiso decir %1? %2</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; is given twice</source>
        <translation>la fase «%1» se indica dos veces</translation>
    </message>
</context>
<context>
    <name>athanor::PhasePromptLibrary</name>
    <message>
        <source>unknown placeholder %1 in &apos;%2&apos;; known: %3</source>
        <translation>marcador desconocido %1 en «%2»; conocidos: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must contain %2</source>
        <translation>«%1» debe contener %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>«%1» debe ser texto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>«%1» está vacío</translation>
    </message>
    <message>
        <source>the file must hold a YAML map</source>
        <translation>el archivo debe contener un mapa YAML</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a map</source>
        <translation>«%1» debe ser un mapa</translation>
    </message>
    <message>
        <source>keys must be text</source>
        <translation>las claves deben ser texto</translation>
    </message>
    <message>
        <source>unknown entry &apos;%1&apos;; expected one of: %2</source>
        <translation>entrada desconocida «%1»; se esperaba una de estas: %2</translation>
    </message>
    <message>
        <source>cannot read the phase prompts file</source>
        <translation>no se puede leer el archivo de prompts de fase</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source>the phase prompts lack &apos;%1&apos;</source>
        <translation>a los prompts de fase les falta «%1»</translation>
    </message>
</context>
<context>
    <name>athanor::PhaseRunner</name>
    <message>
        <source>no phase to run</source>
        <translation>no hay ninguna fase que ejecutar</translation>
    </message>
    <message>
        <source>the model returned an empty answer</source>
        <translation>el modelo devolvió una respuesta vacía</translation>
    </message>
    <message>
        <source>no variant was generated</source>
        <translation>no se generó ninguna variante</translation>
    </message>
    <message>
        <source>the generation was cancelled</source>
        <translation>se canceló la generación</translation>
    </message>
</context>
<context>
    <name>athanor::PlainTextFormat</name>
    <message>
        <source>the file holds no prompt: only blank text and --- separators</source>
        <translation>el archivo no contiene ningún prompt: solo texto en blanco y separadores ---</translation>
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
    <name>athanor::PriceTable</name>
    <message>
        <source>cannot read the price table: %1</source>
        <translation>no se puede leer la tabla de precios: %1</translation>
    </message>
    <message>
        <source>the price of %1 needs input and output</source>
        <translation>el precio de %1 necesita entrada y salida</translation>
    </message>
    <message>
        <source>the price of %1 is negative</source>
        <translation>el precio de %1 es negativo</translation>
    </message>
    <message>
        <source>the price table is malformed: %1</source>
        <translation>la tabla de precios está mal formada: %1</translation>
    </message>
    <message>
        <source>cannot save the price table: %1</source>
        <translation>no se puede guardar la tabla de precios: %1</translation>
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
    <name>athanor::PromptArchive</name>
    <message>
        <source>no prompt with this id; nothing was deleted</source>
        <translation>no hay ningún prompt con este id; no se eliminó nada</translation>
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
    <name>athanor::PromptExporter</name>
    <message>
        <source>unknown export format &apos;%1&apos;</source>
        <translation>formato de exportación desconocido «%1»</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>elija uno de estos: %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>no se puede escribir la exportación: %1</translation>
    </message>
</context>
<context>
    <name>athanor::PromptLayout</name>
    <message>
        <source>XML tags, as Anthropic models prefer</source>
        <translation>etiquetas XML, como prefieren los modelos de Anthropic</translation>
    </message>
    <message>
        <source>labelled blocks, as Google recommends for Gemini</source>
        <translation>bloques etiquetados, como recomienda Google para Gemini</translation>
    </message>
    <message>
        <source>&apos;###&apos; sections, which open models follow well</source>
        <translation>secciones «###», que los modelos abiertos siguen bien</translation>
    </message>
    <message>
        <source>Markdown headings, as OpenAI&apos;s guide suggests</source>
        <translation>encabezados Markdown, como sugiere la guía de OpenAI</translation>
    </message>
    <message>
        <source>Markdown headings</source>
        <translation>encabezados Markdown</translation>
    </message>
    <message>
        <source>Organised into %1 labelled sections with %2; the original prompt is kept word for word in its own task section</source>
        <translation>Organizado en %1 secciones etiquetadas con %2; el prompt original se conserva palabra por palabra en su propia sección de tarea</translation>
    </message>
</context>
<context>
    <name>athanor::PromptQueries</name>
    <message>
        <source>no such filter column</source>
        <translation>no existe esa columna de filtro</translation>
    </message>
</context>
<context>
    <name>athanor::PromptRepository</name>
    <message>
        <source>a prompt cannot be empty</source>
        <translation>un prompt no puede estar vacío</translation>
    </message>
    <message>
        <source>a prompt with the same content exists already (%1)</source>
        <translation>ya existe un prompt con el mismo contenido (%1)</translation>
    </message>
    <message>
        <source>cannot save the prompt: %1</source>
        <translation>no se puede guardar el prompt: %1</translation>
    </message>
    <message>
        <source>cannot count prompts: %1</source>
        <translation>no se pueden contar los prompts: %1</translation>
    </message>
    <message>
        <source>cannot delete the prompt: %1</source>
        <translation>no se puede eliminar el prompt: %1</translation>
    </message>
    <message>
        <source>no prompt with this id</source>
        <translation>no hay ningún prompt con este id</translation>
    </message>
    <message>
        <source>no prompt with this id; nothing was deleted</source>
        <translation>no hay ningún prompt con este id; no se eliminó nada</translation>
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
    <name>athanor::PromptfooYamlFormat</name>
    <message>
        <source>expected a prompt text or a map with raw (and optional id, label)</source>
        <translation>se esperaba un texto de prompt o un mapa con raw (y, opcionalmente, id y label)</translation>
    </message>
    <message>
        <source>the prompt text is empty</source>
        <translation>el texto del prompt está vacío</translation>
    </message>
    <message>
        <source>a promptfoo prompt file is a YAML list of prompts</source>
        <translation>un archivo de prompts de promptfoo es una lista YAML de prompts</translation>
    </message>
</context>
<context>
    <name>athanor::PromptyFormat</name>
    <message>
        <source>&apos;model&apos; must be a map with api, configuration, parameters</source>
        <translation>&apos;model&apos; debe ser un mapa con api, configuration y parameters</translation>
    </message>
</context>
<context>
    <name>athanor::ProtocolJson</name>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>the answer has no &quot;%1&quot; list</source>
        <translation>la respuesta no tiene ninguna lista &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderCall</name>
    <message>
        <source>a streamed event is larger than %1 MB</source>
        <translation>un evento transmitido supera los %1 MB</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la respuesta supera los %1 MB</translation>
    </message>
    <message>
        <source>the stream ended before the answer was complete</source>
        <translation>la transmisión terminó antes de que la respuesta estuviera completa</translation>
    </message>
    <message>
        <source>the answer is longer than %1 million characters: the server kept streaming</source>
        <translation>la respuesta supera los %1 millones de caracteres: el servidor siguió transmitiendo sin fin</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderClient</name>
    <message>
        <source>%1 embeddings for %2 texts</source>
        <translation>%1 embeddings para %2 textos</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderError</name>
    <message>
        <source>Set the %1 key in Edit ▸ Providers…, or in the environment variable %2.</source>
        <translation>Defina la clave de %1 en Editar ▸ Proveedores… o en la variable de entorno %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>No API key for %1 (HTTP 401%2)</source>
        <translation>No hay clave de API para %1 (HTTP 401%2)</translation>
    </message>
    <message>
        <source>%1 rejected the API key (HTTP 401%2)</source>
        <translation>%1 rechazó la clave de API (HTTP 401%2)</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403%2)</source>
        <translation>%1 denegó el acceso (HTTP 403%2)</translation>
    </message>
    <message>
        <source>Check that the key may use the model %1. </source>
        <translation>Compruebe que la clave puede usar el modelo %1. </translation>
    </message>
    <message>
        <source>%1 does not know the model &quot;%2&quot; (HTTP 404%3)</source>
        <translation>%1 no conoce el modelo &quot;%2&quot; (HTTP 404%3)</translation>
    </message>
    <message>
        <source>List the available models with: athanor-cli models --provider %1</source>
        <translation>Vea los modelos disponibles con: athanor-cli models --provider %1</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests (HTTP 429%2)</source>
        <translation>%1 está limitando la frecuencia de las solicitudes (HTTP 429%2)</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or check the quota of the account.</source>
        <translation>Espere un momento y vuelva a intentarlo, o compruebe la cuota de la cuenta.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2%3)</source>
        <translation>%1 tuvo un error del servidor (HTTP %2%3)</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2%3)</source>
        <translation>%1 rechazó la solicitud (HTTP %2%3)</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
    <message>
        <source>Is Ollama running? Start it with: ollama serve</source>
        <translation>¿Se está ejecutando Ollama? Inícielo con: ollama serve</translation>
    </message>
    <message>
        <source>Check the network connection and the base URL.</source>
        <translation>Compruebe la conexión de red y la URL base.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 no respondió en %2 s</translation>
    </message>
    <message>
        <source>Try again, or raise the timeout in Edit ▸ Providers…</source>
        <translation>Vuelva a intentarlo o aumente el tiempo de espera en Editar ▸ Proveedores…</translation>
    </message>
    <message>
        <source>%1 sent an answer Athanor cannot read: %2</source>
        <translation>%1 envió una respuesta que Athanor no puede leer: %2</translation>
    </message>
    <message>
        <source>Check that the base URL points at a %1-compatible API.</source>
        <translation>Compruebe que la URL base apunta a una API compatible con %1.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled</source>
        <translation>Se canceló la solicitud a %1</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderSettings</name>
    <message>
        <source>the base URL of %1 is not an http(s) URL</source>
        <translation>la URL base de %1 no es una URL http(s)</translation>
    </message>
    <message>
        <source>Set it in Edit ▸ Providers…, or in the environment variable %1.</source>
        <translation>Defínala en Editar ▸ Proveedores… o en la variable de entorno %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source> (The keychain could not be read: %1.)</source>
        <translation> (No se pudo leer el llavero: %1.)</translation>
    </message>
    <message>
        <source>no API key for %1</source>
        <translation>no hay clave de API para %1</translation>
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
    <name>athanor::RemoteEmbedder</name>
    <message>
        <source>%1 has no embeddings API</source>
        <translation>%1 no tiene API de embeddings</translation>
    </message>
    <message>
        <source>Use openai, google or ollama for embeddings.</source>
        <translation>Use openai, google u ollama para los embeddings.</translation>
    </message>
    <message>
        <source>the provider returned a vector of %1 dimensions instead of %2</source>
        <translation>el proveedor devolvió un vector de %1 dimensiones en lugar de %2</translation>
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
    <name>athanor::SecretStore</name>
    <message>
        <source>the keychain is switched off (ATHANOR_KEYCHAIN=off)</source>
        <translation>el llavero está desactivado (ATHANOR_KEYCHAIN=off)</translation>
    </message>
    <message>
        <source>cannot store %1 in the keychain: %2</source>
        <translation>no se puede guardar %1 en el llavero: %2</translation>
    </message>
    <message>
        <source>cannot remove %1 from the keychain: %2</source>
        <translation>no se puede quitar %1 del llavero: %2</translation>
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
    <name>athanor::ServerSchema</name>
    <message>
        <source>the server&apos;s schema is version %1, newer than this Athanor knows (%2)</source>
        <translation>el esquema del servidor es la versión %1, más reciente de lo que conoce este Athanor (%2)</translation>
    </message>
    <message>
        <source>update Athanor</source>
        <translation>actualice Athanor</translation>
    </message>
    <message>
        <source>cannot read the migration</source>
        <translation>no se puede leer la migración</translation>
    </message>
    <message>
        <source>a user name is lower-case letters, digits and _, starting with a letter</source>
        <translation>un nombre de usuario consta de letras minúsculas, dígitos y _, y empieza por una letra</translation>
    </message>
    <message>
        <source>a role of that name exists already</source>
        <translation>ya existe un rol con ese nombre</translation>
    </message>
</context>
<context>
    <name>athanor::ServerSettings</name>
    <message>
        <source>the server password</source>
        <translation>la contraseña del servidor</translation>
    </message>
    <message>
        <source>It is kept for this session only; set PGPASSWORD to avoid typing it.</source>
        <translation>Solo se conserva durante esta sesión; defina PGPASSWORD para no tener que escribirla.</translation>
    </message>
</context>
<context>
    <name>athanor::ServerUrl</name>
    <message>
        <source>not a PostgreSQL URL (postgres://user@host:port/database)</source>
        <translation>no es una URL de PostgreSQL (postgres://usuario@host:puerto/base_de_datos)</translation>
    </message>
    <message>
        <source>the URL needs a user and a database (postgres://user@host:port/database)</source>
        <translation>la URL necesita un usuario y una base de datos (postgres://usuario@host:puerto/base_de_datos)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>el controlador PostgreSQL de Qt (QPSQL) no está instalado</translation>
    </message>
    <message>
        <source>install libqt6sql6-psql</source>
        <translation>instale libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>no se puede conectar con el servidor: %1</translation>
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
    <name>athanor::SqlHelpers</name>
    <message>
        <source>cannot prepare a query: %1</source>
        <translation>no se puede preparar una consulta: %1</translation>
    </message>
    <message>
        <source>a query failed: %1</source>
        <translation>falló una consulta: %1</translation>
    </message>
    <message>
        <source>free some disk space, then try again: nothing of the unfinished change was kept</source>
        <translation>libere espacio en disco y vuelva a intentarlo: no se guardó nada del cambio sin terminar</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk could not be written (is it full?): %1</source>
        <translation>no se pudo escribir en el disco (¿está lleno?): %1</translation>
    </message>
    <message>
        <source>the library is read-only: Athanor cannot write to the file or its folder</source>
        <translation>la biblioteca es de solo lectura: Athanor no puede escribir en el archivo ni en su carpeta</translation>
    </message>
    <message>
        <source>allow writing to the file and to its folder, or work on a copy in a folder you can write to</source>
        <translation>permita escribir en el archivo y en su carpeta, o trabaje con una copia en una carpeta en la que pueda escribir</translation>
    </message>
</context>
<context>
    <name>athanor::SqliteStatement</name>
    <message>
        <source>not an SQLite connection</source>
        <translation>no es una conexión SQLite</translation>
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
    <name>athanor::SyncApplier</name>
    <message>
        <source>a query failed: %1</source>
        <translation>falló una consulta: %1</translation>
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
    <name>athanor::SyncEngine</name>
    <message>
        <source>the server did not take the sync: %1</source>
        <translation>el servidor no aceptó la sincronización: %1</translation>
    </message>
    <message>
        <source>the server has no sync tables yet</source>
        <translation>el servidor aún no tiene tablas de sincronización</translation>
    </message>
    <message>
        <source>its administrator runs: athanor-cli server init</source>
        <translation>su administrador debe ejecutar: athanor-cli server init</translation>
    </message>
    <message>
        <source>the server answered %1 of %2 changes</source>
        <translation>el servidor respondió a %1 de %2 cambios</translation>
    </message>
    <message>
        <source>no such synced entity: %1</source>
        <translation>no existe esa entidad sincronizada: %1</translation>
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
    <name>athanor::TechniqueRepository</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>técnica desconocida «%1»</translation>
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
    <name>athanor::TemplateRenderer</name>
    <message>
        <source>&apos;%1&apos; takes one line of text</source>
        <translation>«%1» admite una sola línea de texto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a whole number, not &apos;%2&apos;</source>
        <translation>«%1» admite un número entero, no «%2»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number, not &apos;%2&apos;</source>
        <translation>«%1» admite un número, no «%2»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes yes or no, not &apos;%2&apos;</source>
        <translation>«%1» admite sí o no, no «%2»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one of %2, not &apos;%3&apos;</source>
        <translation>«%1» admite uno de estos valores: %2, no «%3»</translation>
    </message>
    <message>
        <source>the template has no variable &apos;%1&apos; (it has: %2)</source>
        <translation>la plantilla no tiene ninguna variable «%1» (tiene: %2)</translation>
    </message>
    <message>
        <source>the required variable &apos;%1&apos; has no value</source>
        <translation>la variable obligatoria «%1» no tiene valor</translation>
    </message>
    <message>
        <source>the required variable &apos;%1&apos; is empty</source>
        <translation>la variable obligatoria «%1» está vacía</translation>
    </message>
    <message>
        <source>the template uses &apos;%1&apos; but does not declare it</source>
        <translation>la plantilla usa «%1» pero no la declara</translation>
    </message>
</context>
<context>
    <name>athanor::TemplateRepository</name>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>el texto está vacío</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>técnica desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown intent &apos;%1&apos;</source>
        <translation>intención desconocida «%1»</translation>
    </message>
    <message>
        <source>the template cannot be saved: %1</source>
        <translation>no se puede guardar la plantilla: %1</translation>
    </message>
    <message>
        <source>no such template</source>
        <translation>no existe esa plantilla</translation>
    </message>
    <message>
        <source>the template has no family to add a version to</source>
        <translation>la plantilla no tiene ninguna familia a la que añadir una versión</translation>
    </message>
    <message>
        <source>version %1 is already the current one</source>
        <translation>la versión %1 ya es la actual</translation>
    </message>
    <message>
        <source>the template has no version %1</source>
        <translation>la plantilla no tiene ninguna versión %1</translation>
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
    <name>athanor::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>no se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>no se puede confirmar: %1</translation>
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
    <name>athanor::UsageRepository</name>
    <message>
        <source>no prompt with id %1</source>
        <translation>no hay ningún prompt con el id %1</translation>
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
    <name>athanor::VectorIndex</name>
    <message>
        <source>the index is rebuilt from the stored embeddings; similar-prompt search is exact (slower) until then</source>
        <translation>el índice se reconstruye a partir de los embeddings guardados; hasta entonces, la búsqueda de prompts similares es exacta (más lenta)</translation>
    </message>
    <message>
        <source>no saved vector index</source>
        <translation>no hay ningún índice vectorial guardado</translation>
    </message>
    <message>
        <source>cannot read the vector index manifest</source>
        <translation>no se puede leer el manifiesto del índice vectorial</translation>
    </message>
    <message>
        <source>the vector index was saved in another format (%1, this version reads %2)</source>
        <translation>el índice vectorial se guardó en otro formato (%1; esta versión lee %2)</translation>
    </message>
    <message>
        <source>the vector index manifest is damaged or of another format</source>
        <translation>el manifiesto del índice vectorial está dañado o tiene otro formato</translation>
    </message>
    <message>
        <source>the vector index file is damaged (its checksum does not match)</source>
        <translation>el archivo del índice vectorial está dañado (su suma de comprobación no coincide)</translation>
    </message>
    <message>
        <source>the vector index is out of date (it covers %1 prompts, the database has %2 with embeddings)</source>
        <translation>el índice vectorial está desactualizado (abarca %1 prompts; la base de datos tiene %2 con embeddings)</translation>
    </message>
    <message>
        <source>the vector index file cannot be loaded</source>
        <translation>no se puede cargar el archivo del índice vectorial</translation>
    </message>
    <message>
        <source>the vector index file does not match its manifest</source>
        <translation>el archivo del índice vectorial no coincide con su manifiesto</translation>
    </message>
    <message>
        <source>a vector has %1 dimensions, the index %2</source>
        <translation>un vector tiene %1 dimensiones; el índice, %2</translation>
    </message>
    <message>
        <source>the vector index is not loaded</source>
        <translation>el índice vectorial no está cargado</translation>
    </message>
    <message>
        <source>cannot add to the vector index: %1</source>
        <translation>no se puede añadir al índice vectorial: %1</translation>
    </message>
    <message>
        <source>%1 vectors of %2 floats expected, %3 floats given</source>
        <translation>se esperaban %1 vectores de %2 floats; se recibieron %3 floats</translation>
    </message>
    <message>
        <source>cannot add to the vector index (out of memory?)</source>
        <translation>no se puede añadir al índice vectorial (¿falta memoria?)</translation>
    </message>
    <message>
        <source>cannot delete from the vector index: %1</source>
        <translation>no se puede eliminar del índice vectorial: %1</translation>
    </message>
    <message>
        <source>the vector index failed: %1</source>
        <translation>falló el índice vectorial: %1</translation>
    </message>
    <message>
        <source>not enough memory for a vector index of %1 prompts</source>
        <translation>no hay memoria suficiente para un índice vectorial de %1 prompts</translation>
    </message>
    <message>
        <source>cannot build the vector index (out of memory?)</source>
        <translation>no se puede construir el índice vectorial (¿falta memoria?)</translation>
    </message>
    <message>
        <source>the vector index rebuild was cancelled</source>
        <translation>se canceló la reconstrucción del índice vectorial</translation>
    </message>
    <message>
        <source>there is no vector index to save</source>
        <translation>no hay ningún índice vectorial que guardar</translation>
    </message>
    <message>
        <source>the vector index holds %1 vectors, the database %2</source>
        <translation>el índice vectorial contiene %1 vectores; la base de datos, %2</translation>
    </message>
    <message>
        <source>cannot write the vector index: %1</source>
        <translation>no se puede escribir el índice vectorial: %1</translation>
    </message>
    <message>
        <source>cannot write the vector index (is the disk full?)</source>
        <translation>no se puede escribir el índice vectorial (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>cannot replace the vector index: %1</source>
        <translation>no se puede reemplazar el índice vectorial: %1</translation>
    </message>
    <message>
        <source>cannot write the vector index manifest: %1</source>
        <translation>no se puede escribir el manifiesto del índice vectorial: %1</translation>
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
    <name>athanor::WireProtocol</name>
    <message>
        <source>%1 has no embeddings API</source>
        <translation>%1 no tiene API de embeddings</translation>
    </message>
</context>
<context>
    <name>athanor::YamlSupport</name>
    <message>
        <source>the YAML is nested too deeply</source>
        <translation>el YAML está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>«%1» debe ser texto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>«%1» debe ser un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list or comma-separated text</source>
        <translation>«%1» debe ser una lista o un texto separado por comas</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply to be a prompt file</source>
        <translation>el YAML está anidado demasiado profundamente para ser un archivo de prompts</translation>
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
