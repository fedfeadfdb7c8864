<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DeletePromptsCommand</name>
    <message>
        <source>Delete Prompt</source>
        <translation>Prompt löschen</translation>
    </message>
    <message>
        <source>Delete %L1 Prompts</source>
        <translation>%L1 Prompts löschen</translation>
    </message>
</context>
<context>
    <name>EditTagsCommand</name>
    <message>
        <source>Edit Tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
</context>
<context>
    <name>PromptDetails</name>
    <message>
        <source>This prompt is no longer in the library.</source>
        <translation>Dieser Prompt ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Similarity search is not available.</source>
        <translation>Die Ähnlichkeitssuche ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No other prompts yet.</source>
        <translation>Noch keine anderen Prompts.</translation>
    </message>
</context>
<context>
    <name>athanor::AnalyticsRepository</name>
    <message>
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Uhrzeit</translation>
    </message>
</context>
<context>
    <name>athanor::AnthropicProtocol</name>
    <message>
        <source>the answer has no &quot;content&quot; list</source>
        <translation>die Antwort enthält keine &quot;content&quot;-Liste</translation>
    </message>
</context>
<context>
    <name>athanor::ApiKeyStore</name>
    <message>
        <source>the %1 key</source>
        <translation>der Schlüssel für %1</translation>
    </message>
    <message>
        <source>Set the environment variable %1 instead.</source>
        <translation>Setzen Sie stattdessen die Umgebungsvariable %1.</translation>
    </message>
</context>
<context>
    <name>athanor::AthanorExportFormat</name>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>each entry of &apos;prompts&apos; must be an object with a content</source>
        <translation>jeder Eintrag von &apos;prompts&apos; muss ein Objekt mit einem Inhalt sein</translation>
    </message>
    <message>
        <source>the prompt has no content</source>
        <translation>der Prompt hat keinen Inhalt</translation>
    </message>
    <message>
        <source>&apos;context&apos; must be a list of {type, content} texts</source>
        <translation>&apos;context&apos; muss eine Liste von {type, content}-Texten sein</translation>
    </message>
    <message>
        <source>not an Athanor export: &quot;format&quot;: &quot;athanor-export&quot; is missing</source>
        <translation>kein Athanor-Export: &quot;format&quot;: &quot;athanor-export&quot; fehlt</translation>
    </message>
    <message>
        <source>the export needs a whole-number &quot;version&quot;</source>
        <translation>der Export braucht eine ganzzahlige &quot;version&quot;</translation>
    </message>
    <message>
        <source>this export is version %1; this Athanor reads version %2 (update Athanor)</source>
        <translation>dieser Export hat Version %1; dieses Athanor liest Version %2 (aktualisieren Sie Athanor)</translation>
    </message>
    <message>
        <source>the export needs a &quot;prompts&quot; list</source>
        <translation>der Export braucht eine &quot;prompts&quot;-Liste</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogInstaller</name>
    <message>
        <source>cannot store effectiveness %1/%2</source>
        <translation>Wirksamkeit %1/%2 kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogLint</name>
    <message>
        <source>variable &apos;%1&apos; is declared twice</source>
        <translation>Variable „%1“ ist doppelt deklariert</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is declared but not used</source>
        <translation>Variable „%1“ ist deklariert, wird aber nicht verwendet</translation>
    </message>
    <message>
        <source>default of &apos;%1&apos;: %2</source>
        <translation>Standardwert von „%1“: %2</translation>
    </message>
    <message>
        <source>&apos;{{%1}}&apos; is used but not declared</source>
        <translation>„{{%1}}“ wird verwendet, ist aber nicht deklariert</translation>
    </message>
    <message>
        <source>the code must be lower-case letters, digits and &apos;_&apos;</source>
        <translation>der Code darf nur Kleinbuchstaben, Ziffern und „_“ enthalten</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;</source>
        <translation>unbekannte Kategorie „%1“</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;</source>
        <translation>unbekannte Rolle „%1“</translation>
    </message>
    <message>
        <source>the description is missing or too short</source>
        <translation>die Beschreibung fehlt oder ist zu kurz</translation>
    </message>
    <message>
        <source>complexity must be 1 to 5</source>
        <translation>die Komplexität muss zwischen 1 und 5 liegen</translation>
    </message>
    <message>
        <source>base effectiveness must be 0 to 1</source>
        <translation>die Grundwirksamkeit muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>no &apos;when to use&apos;</source>
        <translation>kein „Wann verwenden“</translation>
    </message>
    <message>
        <source>no &apos;when not to use&apos;</source>
        <translation>kein „Wann nicht verwenden“</translation>
    </message>
    <message>
        <source>unknown apply section &apos;%1&apos;</source>
        <translation>unbekannter Anwendungsabschnitt „%1“</translation>
    </message>
    <message>
        <source>no apply instruction</source>
        <translation>keine Anwendungsanweisung</translation>
    </message>
    <message>
        <source>apply: %1</source>
        <translation>Anwendung: %1</translation>
    </message>
    <message>
        <source>apply variable &apos;%1&apos; needs a default</source>
        <translation>Anwendungsvariable „%1“ braucht einen Standardwert</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; needs a title, authors, a year and a URL</source>
        <translation>Quelle „%1“ braucht Titel, Autoren, Jahr und URL</translation>
    </message>
    <message>
        <source>no pattern template</source>
        <translation>keine Mustervorlage</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; has no template</source>
        <translation>Muster „%1“ hat keine Vorlage</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: %2</source>
        <translation>Muster „%1“: %2</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; names unknown intent &apos;%2&apos;</source>
        <translation>Muster „%1“ nennt den unbekannten Intent „%2“</translation>
    </message>
    <message>
        <source>no worked example</source>
        <translation>kein ausgearbeitetes Beispiel</translation>
    </message>
    <message>
        <source>an example needs a &apos;before&apos; and an &apos;after&apos;</source>
        <translation>ein Beispiel braucht ein &apos;before&apos; und ein &apos;after&apos;</translation>
    </message>
    <message>
        <source>example names unknown intent &apos;%1&apos;</source>
        <translation>Beispiel nennt den unbekannten Intent „%1“</translation>
    </message>
    <message>
        <source>conflicts with itself</source>
        <translation>steht in Konflikt mit sich selbst</translation>
    </message>
    <message>
        <source>conflicts with unknown technique &apos;%1&apos;</source>
        <translation>steht in Konflikt mit der unbekannten Technik „%1“</translation>
    </message>
    <message>
        <source>template &apos;%1&apos;: %2</source>
        <translation>Vorlage „%1“: %2</translation>
    </message>
    <message>
        <source>no template text</source>
        <translation>kein Vorlagentext</translation>
    </message>
    <message>
        <source>applies no technique</source>
        <translation>wendet keine Technik an</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>unbekannte Technik „%1“</translation>
    </message>
    <message>
        <source>unknown intent &apos;%1&apos;</source>
        <translation>unbekannter Intent „%1“</translation>
    </message>
    <message>
        <source>technique %1: the code is used twice</source>
        <translation>Technik %1: der Code wird doppelt verwendet</translation>
    </message>
    <message>
        <source>intent %1: the path is used twice</source>
        <translation>Intent %1: der Pfad wird doppelt verwendet</translation>
    </message>
    <message>
        <source>intent %1: no parent %2</source>
        <translation>Intent %1: kein übergeordneter Intent %2</translation>
    </message>
    <message>
        <source>intent %1: needs a name and keywords</source>
        <translation>Intent %1: braucht einen Namen und Schlüsselwörter</translation>
    </message>
    <message>
        <source>effectiveness %1: declared twice</source>
        <translation>Wirksamkeit %1: doppelt deklariert</translation>
    </message>
    <message>
        <source>effectiveness %1: unknown intent</source>
        <translation>Wirksamkeit %1: unbekannter Intent</translation>
    </message>
    <message>
        <source>effectiveness %1: unknown technique</source>
        <translation>Wirksamkeit %1: unbekannte Technik</translation>
    </message>
    <message>
        <source>template &apos;%1&apos;: the name is used twice</source>
        <translation>Vorlage „%1“: der Name wird doppelt verwendet</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogLoader</name>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation>„%1“ muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of text</source>
        <translation>„%1“ muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>a variable must be a map with name and type</source>
        <translation>eine Variable muss eine Map mit name und type sein</translation>
    </message>
    <message>
        <source>unknown variable type &apos;%1&apos;</source>
        <translation>unbekannter Variablentyp „%1“</translation>
    </message>
    <message>
        <source>enum variable &apos;%1&apos; needs choices</source>
        <translation>Enum-Variable „%1“ braucht Auswahlwerte</translation>
    </message>
    <message>
        <source>a technique must be a map</source>
        <translation>eine Technik muss eine Map sein</translation>
    </message>
    <message>
        <source>an intent must be a map</source>
        <translation>ein Intent muss eine Map sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must start with its parent&apos;s code &apos;%2.&apos;</source>
        <translation>„%1“ muss mit dem Code des übergeordneten Intents „%2.“ beginnen</translation>
    </message>
    <message>
        <source>top-level intent &apos;%1&apos; must not contain a dot</source>
        <translation>der oberste Intent „%1“ darf keinen Punkt enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be exactly one level below &apos;%2&apos;</source>
        <translation>„%1“ muss genau eine Ebene unter „%2“ liegen</translation>
    </message>
    <message>
        <source>the file must hold a YAML list</source>
        <translation>die Datei muss eine YAML-Liste enthalten</translation>
    </message>
    <message>
        <source>cannot read the catalog file</source>
        <translation>die Katalogdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&apos;complexity_adjustment&apos; must map 1-5 to a number</source>
        <translation>&apos;complexity_adjustment&apos; muss 1–5 jeweils einer Zahl zuordnen</translation>
    </message>
    <message>
        <source>complexity levels are 1 to 5</source>
        <translation>Komplexitätsstufen reichen von 1 bis 5</translation>
    </message>
    <message>
        <source>&apos;domain_adjustments&apos; must map a domain to a number</source>
        <translation>&apos;domain_adjustments&apos; muss einer Domäne eine Zahl zuordnen</translation>
    </message>
    <message>
        <source>the catalog version must be 1 or more</source>
        <translation>die Katalogversion muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>catalog.yaml needs a whole-number &apos;version&apos;</source>
        <translation>catalog.yaml braucht eine ganzzahlige &apos;version&apos;</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogRepository</name>
    <message>
        <source>no intent %1</source>
        <translation>kein Intent %1</translation>
    </message>
    <message>
        <source>athanor-cli intents lists them</source>
        <translation>athanor-cli intents listet sie auf</translation>
    </message>
    <message>
        <source>no technique %1</source>
        <translation>keine Technik %1</translation>
    </message>
    <message>
        <source>athanor-cli techniques lists them</source>
        <translation>athanor-cli techniques listet sie auf</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogSync</name>
    <message>
        <source>the server&apos;s technique %1 is not a technique</source>
        <translation>die Technik %1 des Servers ist keine Technik</translation>
    </message>
    <message>
        <source>template family %1 vanished</source>
        <translation>Vorlagenfamilie %1 ist verschwunden</translation>
    </message>
</context>
<context>
    <name>athanor::ChatMessages</name>
    <message>
        <source>the conversation has no system or user message with text</source>
        <translation>die Unterhaltung hat keine System- oder Benutzernachricht mit Text</translation>
    </message>
    <message>
        <source>message %1 needs a role and a content</source>
        <translation>Nachricht %1 braucht eine Rolle und einen Inhalt</translation>
    </message>
    <message>
        <source>message %1: content must be text</source>
        <translation>Nachricht %1: der Inhalt muss Text sein</translation>
    </message>
</context>
<context>
    <name>athanor::ClassifierRepository</name>
    <message>
        <source>a complexity is 1 to 5, not %1</source>
        <translation>eine Komplexität liegt zwischen 1 und 5, nicht %1</translation>
    </message>
    <message>
        <source>no prompt with id %1</source>
        <translation>kein Prompt mit der ID %1</translation>
    </message>
    <message>
        <source>not worse than the active version: activated</source>
        <translation>nicht schlechter als die aktive Version: aktiviert</translation>
    </message>
    <message>
        <source>less accurate than the active version on the held-out prompts: not activated</source>
        <translation>weniger genau als die aktive Version bei den zurückgehaltenen Prompts: nicht aktiviert</translation>
    </message>
    <message>
        <source>loses more than %1 points on the held-out official examples: not activated</source>
        <translation>verliert mehr als %1 Punkte bei den zurückgehaltenen offiziellen Beispielen: nicht aktiviert</translation>
    </message>
    <message>
        <source>the official examples are in use already: nothing to roll back</source>
        <translation>die offiziellen Beispiele sind bereits in Verwendung: nichts zurückzusetzen</translation>
    </message>
</context>
<context>
    <name>athanor::CommandPalette</name>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Befehl eingeben…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityDetailView</name>
    <message>
        <source>The selected community prompt</source>
        <translation>Der ausgewählte Community-Prompt</translation>
    </message>
    <message>
        <source>Like this prompt (once; press again to take it back)</source>
        <translation>Diesen Prompt mit „Gefällt mir“ markieren (einmalig; erneut drücken, um es zurückzunehmen)</translation>
    </message>
    <message>
        <source>Save this prompt to read it again later</source>
        <translation>Diesen Prompt merken, um ihn später wieder zu lesen</translation>
    </message>
    <message>
        <source>Copy this prompt into your library to change it; its lineage points here</source>
        <translation>Diesen Prompt in Ihre Bibliothek kopieren, um ihn zu ändern; seine Abstammung verweist hierher</translation>
    </message>
    <message>
        <source>Remix</source>
        <translation>Remixen</translation>
    </message>
    <message>
        <source>Publish it to everyone</source>
        <translation>Für alle veröffentlichen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Keep it out of the community library</source>
        <translation>Aus der Community-Bibliothek heraushalten</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Show it first, with a ★</source>
        <translation>Zuerst anzeigen, mit einem ★</translation>
    </message>
    <message>
        <source>Mark it as checked by a moderator, with a ✓</source>
        <translation>Als von einem Moderator geprüft markieren, mit einem ✓</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a prompt to read it in full.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Prompt aus, um ihn vollständig zu lesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unlike</source>
        <translation>Gefällt mir nicht mehr</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <source>Unsave</source>
        <translation>Nicht mehr merken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Merken</translation>
    </message>
    <message>
        <source>Unfeature</source>
        <translation>Nicht mehr hervorheben</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Hervorheben</translation>
    </message>
    <message>
        <source>Unverify</source>
        <translation>Verifizierung aufheben</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Techniques:</source>
        <translation>Techniken:</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Abgeleitet von</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityItemDelegate</name>
    <message>
        <source>★ featured</source>
        <translation>★ hervorgehoben</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verifiziert</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>saved %L1</source>
        <translation>%L1× gemerkt</translation>
    </message>
    <message>
        <source>remixed %L1</source>
        <translation>%L1× geremixt</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityListModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>featured</source>
        <translation>hervorgehoben</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>1 like</source>
        <translation>1 Like</translation>
    </message>
    <message>
        <source>%L1 likes</source>
        <translation>%L1 Likes</translation>
    </message>
    <message>
        <source>1 save</source>
        <translation>1-mal gemerkt</translation>
    </message>
    <message>
        <source>%L1 saves</source>
        <translation>%L1-mal gemerkt</translation>
    </message>
    <message>
        <source>1 remix</source>
        <translation>1 Remix</translation>
    </message>
    <message>
        <source>%L1 remixes</source>
        <translation>%L1 Remixe</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityPane</name>
    <message>
        <source>Search the community</source>
        <translation>Community durchsuchen</translation>
    </message>
    <message>
        <source>Search the community…</source>
        <translation>Community durchsuchen…</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Trending: likes and saves over the last 7 days; New: newest first; Top: most likes and saves</source>
        <translation>Im Trend: Likes und Merken der letzten 7 Tage; Neu: neueste zuerst; Top: meiste Likes und Merken</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Im Trend</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the community prompts again</source>
        <translation>Die Community-Prompts neu auflisten</translation>
    </message>
    <message>
        <source>Moderation queue</source>
        <translation>Moderationswarteschlange</translation>
    </message>
    <message>
        <source>Moderators: the prompts waiting for approval</source>
        <translation>Für Moderatoren: die Prompts, die auf Freigabe warten</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <source>Share one of your library&apos;s prompts with the community</source>
        <translation>Einen der Prompts Ihrer Bibliothek mit der Community teilen</translation>
    </message>
    <message>
        <source>Talking to the server</source>
        <translation>Kommunikation mit dem Server</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Community prompts</source>
        <translation>Community-Prompts</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not connected — showing the 1 prompt cached on this computer. Set a server in Edit ▸ Server…</source>
        <translation>Nicht verbunden – der 1 auf diesem Computer zwischengespeicherte Prompt wird angezeigt. Legen Sie unter Bearbeiten ▸ Server… einen Server fest.</translation>
    </message>
    <message>
        <source>Not connected — showing the %L1 prompts cached on this computer. Set a server in Edit ▸ Server…</source>
        <translation>Nicht verbunden – die %L1 auf diesem Computer zwischengespeicherten Prompts werden angezeigt. Legen Sie unter Bearbeiten ▸ Server… einen Server fest.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1. Showing the cache.</source>
        <translation>Der Server ist nicht erreichbar: %1. Der Cache wird angezeigt.</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>Der Cache konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing is waiting for approval.

Only moderators see the queue: for everyone else it is always empty.</source>
        <translation>Nichts wartet auf Freigabe.

Nur Moderatoren sehen die Warteschlange: Für alle anderen ist sie immer leer.</translation>
    </message>
    <message>
        <source>No community prompt matches “%1”.</source>
        <translation>Kein Community-Prompt passt zu „%1“.</translation>
    </message>
    <message>
        <source>No community prompts yet.

Share one of yours with “Publish…”.</source>
        <translation>Noch keine Community-Prompts.

Teilen Sie einen Ihrer Prompts mit „Veröffentlichen…“.</translation>
    </message>
    <message>
        <source>Nothing is cached on this computer yet: the prompts you see while connected stay readable offline.</source>
        <translation>Auf diesem Computer ist noch nichts zwischengespeichert: Die Prompts, die Sie bei bestehender Verbindung sehen, bleiben offline lesbar.</translation>
    </message>
    <message>
        <source>No server is set: choose one in Edit ▸ Server… first.</source>
        <translation>Es ist kein Server festgelegt: Wählen Sie zuerst unter Bearbeiten ▸ Server… einen aus.</translation>
    </message>
    <message>
        <source>The server did not do it: %1</source>
        <translation>Der Server hat es nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Remixed into your library as “%1”.</source>
        <translation>Als „%1“ in Ihre Bibliothek geremixt.</translation>
    </message>
    <message>
        <source>Remix of %1</source>
        <translation>Remix von %1</translation>
    </message>
    <message>
        <source>Approved “%1”: everyone can see it now.</source>
        <translation>„%1“ freigegeben: Alle können ihn jetzt sehen.</translation>
    </message>
    <message>
        <source>Rejected “%1”.</source>
        <translation>„%1“ abgelehnt.</translation>
    </message>
    <message>
        <source>Published “%1”: it is pending until a moderator approves it.</source>
        <translation>„%1“ veröffentlicht: Er bleibt ausstehend, bis ein Moderator ihn freigibt.</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityRepository</name>
    <message>
        <source>the server refused to %1: %2</source>
        <translation>der Server hat sich geweigert, %1: %2</translation>
    </message>
    <message>
        <source>list the community library</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>die Community-Bibliothek aufzulisten</translation>
    </message>
    <message>
        <source>say who moderates</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>mitzuteilen, wer moderiert</translation>
    </message>
    <message>
        <source>no community prompt %1 in the cache</source>
        <translation>kein Community-Prompt %1 im Cache</translation>
    </message>
    <message>
        <source>no prompt with id %1</source>
        <translation>kein Prompt mit der ID %1</translation>
    </message>
    <message>
        <source>a published prompt needs a title</source>
        <translation>ein veröffentlichter Prompt braucht einen Titel</translation>
    </message>
    <message>
        <source>publish the prompt</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>den Prompt zu veröffentlichen</translation>
    </message>
    <message>
        <source>read the community prompt</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>den Community-Prompt zu lesen</translation>
    </message>
    <message>
        <source>no community prompt %1 (or not one you may see)</source>
        <translation>kein Community-Prompt %1 (oder keiner, den Sie sehen dürfen)</translation>
    </message>
    <message>
        <source>remix</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>zu remixen</translation>
    </message>
    <message>
        <source>Remix of %1</source>
        <translation>Remix von %1</translation>
    </message>
    <message>
        <source>moderate</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>zu moderieren</translation>
    </message>
</context>
<context>
    <name>athanor::ComplexityEstimator</name>
    <message>
        <source>long: %1 words</source>
        <translation>lang: %1 Wörter</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>a persona</source>
        <translation>eine Persona</translation>
    </message>
    <message>
        <source>%1 separate sub-task</source>
        <translation>%1 separate Teilaufgabe</translation>
    </message>
    <message>
        <source>%1 separate sub-tasks</source>
        <translation>%1 separate Teilaufgaben</translation>
    </message>
    <message>
        <source>%1 explicit constraint</source>
        <translation>%1 ausdrückliche Einschränkung</translation>
    </message>
    <message>
        <source>%1 explicit constraints</source>
        <translation>%1 ausdrückliche Einschränkungen</translation>
    </message>
    <message>
        <source>contains a code block</source>
        <translation>enthält einen Codeblock</translation>
    </message>
    <message>
        <source>contains %1 code blocks</source>
        <translation>enthält %1 Codeblöcke</translation>
    </message>
    <message>
        <source>contains a line that looks like code</source>
        <translation>enthält eine Zeile, die wie Code aussieht</translation>
    </message>
    <message>
        <source>contains code (%1 lines)</source>
        <translation>enthält Code (%1 Zeilen)</translation>
    </message>
    <message>
        <source>contains inline code</source>
        <translation>enthält Inline-Code</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON-Daten</translation>
    </message>
    <message>
        <source>tabular data</source>
        <translation>tabellarische Daten</translation>
    </message>
    <message>
        <source>many numbers (%1)</source>
        <translation>viele Zahlen (%1)</translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation>enthält %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>uses domain terms: %1</source>
        <translation>verwendet Fachbegriffe: %1</translation>
    </message>
    <message>
        <source>%1 audiences or roles (%2)</source>
        <translation>%1 Zielgruppen oder Rollen (%2)</translation>
    </message>
    <message>
        <source>%1 sentence</source>
        <translation>%1 Satz</translation>
    </message>
    <message>
        <source>%1 sentences</source>
        <translation>%1 Sätze</translation>
    </message>
    <message>
        <source>%1 question</source>
        <translation>%1 Frage</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
</context>
<context>
    <name>athanor::ComposerOptions</name>
    <message>
        <source>The voice of the enhanced prompt; Automatic picks one from the intent</source>
        <translation>Die Stimme des optimierten Prompts; Automatisch wählt eine anhand des Intents</translation>
    </message>
    <message>
        <source>Lays the prompt out the way this model family reads best; you can also type a model name such as gpt-4o or claude-sonnet-4</source>
        <translation>Gestaltet den Prompt so, wie diese Modellfamilie ihn am besten liest; Sie können auch einen Modellnamen wie gpt-4o oder claude-sonnet-4 eingeben</translation>
    </message>
    <message>
        <source>How many techniques Athanor applies when it chooses them</source>
        <translation>Wie viele Techniken Athanor anwendet, wenn es sie selbst auswählt</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Target model</source>
        <translation>&amp;Zielmodell</translation>
    </message>
    <message>
        <source>&amp;Max techniques</source>
        <translation>&amp;Max. Techniken</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Allgemein</translation>
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
        <translation>Offene Modelle</translation>
    </message>
</context>
<context>
    <name>athanor::ComposerPane</name>
    <message>
        <source>Loading the enhancement engine…</source>
        <translation>Die Optimierungs-Engine wird geladen…</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Write your prompt here. Variables like {{name}}, tags like &lt;context&gt; and ``` code fences are highlighted. Ctrl+Return enhances it.</source>
        <translation>Schreiben Sie Ihren Prompt hier. Variablen wie {{name}}, Tags wie &lt;context&gt; und ```-Codeblöcke werden hervorgehoben. Ctrl+Return optimiert ihn.</translation>
    </message>
    <message>
        <source>Enhance</source>
        <translation>Optimieren</translation>
    </message>
    <message>
        <source>Enhancing…</source>
        <translation>Wird optimiert…</translation>
    </message>
    <message>
        <source>The enhancement engine could not be loaded: %1</source>
        <translation>Die Optimierungs-Engine konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Write a prompt first, then press Enhance.</source>
        <translation>Schreiben Sie zuerst einen Prompt und drücken Sie dann auf Optimieren.</translation>
    </message>
    <message>
        <source>No technique is checked. Check at least one, or press Automatic to let Athanor choose.</source>
        <translation>Keine Technik ist angehakt. Haken Sie mindestens eine an oder drücken Sie Automatisch, damit Athanor auswählt.</translation>
    </message>
    <message>
        <source>Cannot enhance: %1</source>
        <translation>Optimieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>The enhanced prompt is shown but could not be kept in your history: %1</source>
        <translation>Der optimierte Prompt wird angezeigt, konnte aber nicht in Ihrem Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Enhanced with 1 technique in %1 ms; kept in your history.</source>
        <translation>Mit 1 Technik in %1 ms optimiert; im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Enhanced with %1 techniques in %2 ms; kept in your history.</source>
        <translation>Mit %1 Techniken in %2 ms optimiert; im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Accept enhancement</source>
        <translation>Optimierung übernehmen</translation>
    </message>
    <message>
        <source>The enhanced prompt is now in the editor. Undo (Ctrl+Z) brings the old one back.</source>
        <translation>Der optimierte Prompt steht jetzt im Editor. Rückgängig (Ctrl+Z) holt den alten zurück.</translation>
    </message>
    <message>
        <source>Already in your library as prompt %1 (kept when it was enhanced; its parent is your original, prompt %2).</source>
        <translation>Bereits als Prompt %1 in Ihrer Bibliothek (beim Optimieren gespeichert; sein Elternteil ist Ihr Original, Prompt %2).</translation>
    </message>
    <message>
        <source>The prompt could not be saved to your library: %1</source>
        <translation>Der Prompt konnte nicht in Ihrer Bibliothek gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This text is already in your library as prompt %1.</source>
        <translation>Dieser Text ist bereits als Prompt %1 in Ihrer Bibliothek.</translation>
    </message>
    <message>
        <source>Saved to your library as prompt %1.</source>
        <translation>Als Prompt %1 in Ihrer Bibliothek gespeichert.</translation>
    </message>
    <message>
        <source>Saved to your library as prompt %1, derived from prompt %2.</source>
        <translation>Als Prompt %1 in Ihrer Bibliothek gespeichert, abgeleitet von Prompt %2.</translation>
    </message>
    <message>
        <source>Use template %1</source>
        <translation>Vorlage %1 verwenden</translation>
    </message>
    <message>
        <source>The use of this prompt was not counted: %1</source>
        <translation>Die Verwendung dieses Prompts wurde nicht gezählt: %1</translation>
    </message>
    <message>
        <source>Open a prompt from the library</source>
        <translation>Einen Prompt aus der Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Enhance the prompt offline (Ctrl+Return)</source>
        <translation>Den Prompt offline optimieren (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Waiting for the enhancement engine</source>
        <translation>Warten auf die Optimierungs-Engine</translation>
    </message>
    <message>
        <source>Correction stored (%1 so far); the classifier retrains after every %2.</source>
        <translation>Korrektur gespeichert (bisher %1); der Klassifikator wird nach jeweils %2 neu trainiert.</translation>
    </message>
    <message>
        <source>Correction stored; retraining the classifier…</source>
        <translation>Korrektur gespeichert; der Klassifikator wird neu trainiert…</translation>
    </message>
    <message>
        <source>Retraining failed: %1</source>
        <translation>Neutraining fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Classifier %1: accuracy %2 on held-out prompts (%3 had %4); %5.</source>
        <translation>Klassifikator %1: Genauigkeit %2 bei zurückgehaltenen Prompts (%3 hatte %4); %5.</translation>
    </message>
    <message>
        <source>Composer ▸ Enhance</source>
        <translation>Composer ▸ Optimieren</translation>
    </message>
</context>
<context>
    <name>athanor::ComposerResultView</name>
    <message>
        <source>Original prompt</source>
        <translation>Ursprünglicher Prompt</translation>
    </message>
    <message>
        <source>Your prompt as it was enhanced.</source>
        <translation>Ihr Prompt, wie er optimiert wurde.</translation>
    </message>
    <message>
        <source>Enhanced prompt with changes highlighted</source>
        <translation>Optimierter Prompt mit hervorgehobenen Änderungen</translation>
    </message>
    <message>
        <source>Press Enhance (Ctrl+Return) to see the enhanced prompt here.</source>
        <translation>Drücken Sie auf Optimieren (Ctrl+Return), um hier den optimierten Prompt zu sehen.</translation>
    </message>
    <message>
        <source>Enhanced prompt, editable</source>
        <translation>Optimierter Prompt, bearbeitbar</translation>
    </message>
    <message>
        <source>Techniques applied and improvements</source>
        <translation>Angewandte Techniken und Verbesserungen</translation>
    </message>
    <message>
        <source>The techniques applied and why appear here.</source>
        <translation>Die angewandten Techniken und ihre Gründe erscheinen hier.</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Optimiert</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>What was applied</source>
        <translation>Was angewandt wurde</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Put the enhanced prompt into the editor as your new prompt (undoable)</source>
        <translation>Den optimierten Prompt als neuen Prompt in den Editor übernehmen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Edit further</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Edit the enhanced prompt in place</source>
        <translation>Den optimierten Prompt direkt bearbeiten</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the enhanced prompt to the clipboard</source>
        <translation>Den optimierten Prompt in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>In Bibliothek speichern</translation>
    </message>
    <message>
        <source>Keep the enhanced prompt, with your edits, in your library</source>
        <translation>Den optimierten Prompt mit Ihren Änderungen in Ihrer Bibliothek speichern</translation>
    </message>
    <message>
        <source>Correct intent…</source>
        <translation>Intent korrigieren…</translation>
    </message>
    <message>
        <source>Tell the classifier the right intent and complexity of this prompt</source>
        <translation>Dem Klassifikator den richtigen Intent und die richtige Komplexität dieses Prompts mitteilen</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen anzeigen</translation>
    </message>
    <message>
        <source>Show the edited prompt with its changes against the original</source>
        <translation>Den bearbeiteten Prompt mit seinen Änderungen gegenüber dem Original anzeigen</translation>
    </message>
    <message>
        <source>Enhanced, edited by you: additions highlighted</source>
        <translation>Optimiert, von Ihnen bearbeitet: Ergänzungen hervorgehoben</translation>
    </message>
    <message>
        <source>Enhanced: additions highlighted</source>
        <translation>Optimiert: Ergänzungen hervorgehoben</translation>
    </message>
    <message>
        <source>Copied the enhanced prompt to the clipboard.</source>
        <translation>Der optimierte Prompt wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Intent &lt;b&gt;%1&lt;/b&gt; (%2) · complexity &lt;b&gt;%3/5&lt;/b&gt; · persona &lt;b&gt;%4&lt;/b&gt; · laid out for &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Intent &lt;b&gt;%1&lt;/b&gt; (%2) · Komplexität &lt;b&gt;%3/5&lt;/b&gt; · Persona &lt;b&gt;%4&lt;/b&gt; · gestaltet für &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Verbesserungen</translation>
    </message>
</context>
<context>
    <name>athanor::CorrectionDialog</name>
    <message>
        <source>Correct the detected intent</source>
        <translation>Den erkannten Intent korrigieren</translation>
    </message>
    <message>
        <source>Detected: %1, complexity %2. The classifier learns from your corrections: it is retrained after every ten, and a new version is kept only if it is not worse.</source>
        <translation>Erkannt: %1, Komplexität %2. Der Klassifikator lernt aus Ihren Korrekturen: Er wird nach jeweils zehn neu trainiert, und eine neue Version wird nur behalten, wenn sie nicht schlechter ist.</translation>
    </message>
    <message>
        <source>no intent</source>
        <translation>kein Intent</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Komplexität</translation>
    </message>
</context>
<context>
    <name>athanor::CsvFormat</name>
    <message>
        <source>the header has no &apos;prompt&apos; column</source>
        <translation>die Kopfzeile hat keine Spalte &apos;prompt&apos;</translation>
    </message>
    <message>
        <source>the record has %1 fields but the header has %2</source>
        <translation>der Datensatz hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; in field %3 is not a number</source>
        <translation>%1 „%2“ in Feld %3 ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>athanor::CsvReader</name>
    <message>
        <source>unclosed quote in field %1</source>
        <translation>nicht geschlossenes Anführungszeichen in Feld %1</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen von Feld %1</translation>
    </message>
</context>
<context>
    <name>athanor::Database</name>
    <message>
        <source>restore a backup, or open another database</source>
        <translation>stellen Sie ein Backup wieder her oder öffnen Sie eine andere Datenbank</translation>
    </message>
    <message>
        <source>there is a file there already</source>
        <translation>dort ist bereits eine Datei</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the library could not be copied: %1</source>
        <translation>die Bibliothek konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>no database here</source>
        <translation>hier ist keine Datenbank</translation>
    </message>
    <message>
        <source>create one with: athanor-cli --db %1 init</source>
        <translation>erstellen Sie eine mit: athanor-cli --db %1 init</translation>
    </message>
    <message>
        <source>not an Athanor database: the file is not an SQLite database</source>
        <translation>keine Athanor-Datenbank: die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>choose another file, or start a new database</source>
        <translation>wählen Sie eine andere Datei oder beginnen Sie eine neue Datenbank</translation>
    </message>
    <message>
        <source>the database file is damaged: it is shorter than its header says (%1 bytes)</source>
        <translation>die Datenbankdatei ist beschädigt: sie ist kürzer, als ihr Header angibt (%1 Bytes)</translation>
    </message>
    <message>
        <source>not an Athanor database: an SQLite file of another program</source>
        <translation>keine Athanor-Datenbank: eine SQLite-Datei eines anderen Programms</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Athanor (schema %1, this build knows up to %2)</source>
        <translation>die Datenbank wurde von einer neueren Version von Athanor geschrieben (Schema %1, dieser Build kennt bis %2)</translation>
    </message>
    <message>
        <source>update Athanor, or open another database</source>
        <translation>aktualisieren Sie Athanor oder öffnen Sie eine andere Datenbank</translation>
    </message>
    <message>
        <source>cannot create the folder for the database</source>
        <translation>der Ordner für die Datenbank kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the database file is damaged: %1</source>
        <translation>die Datenbankdatei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the database file is damaged or unreadable: %1</source>
        <translation>die Datenbankdatei ist beschädigt oder unlesbar: %1</translation>
    </message>
    <message>
        <source>the library was not migrated: its backup failed: %1</source>
        <translation>die Bibliothek wurde nicht migriert: ihre Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>free some disk space, then open it again</source>
        <translation>geben Sie Speicherplatz frei und öffnen Sie sie dann erneut</translation>
    </message>
</context>
<context>
    <name>athanor::DatabaseErrorDialog</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&lt;p&gt;File: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Datei: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Andere öffnen…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Neu erstellen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Athanor databases (*.db *.sqlite);;All files (*)</source>
        <translation>Athanor-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
</context>
<context>
    <name>athanor::DatabaseReport</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>integrity check</source>
        <extracomment>A step of the database check; completes &quot;%1 failed: %2&quot;.</extracomment>
        <translation>Integritätsprüfung</translation>
    </message>
    <message>
        <source>reading the journal mode</source>
        <extracomment>A step of the database check; completes &quot;%1 failed: %2&quot;.</extracomment>
        <translation>Lesen des Journal-Modus</translation>
    </message>
    <message>
        <source>listing tables</source>
        <extracomment>A step of the database check; completes &quot;%1 failed: %2&quot;.</extracomment>
        <translation>Auflisten der Tabellen</translation>
    </message>
    <message>
        <source>counting %1 failed: %2</source>
        <translation>Zählen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>athanor::DemoHistory</name>
    <message>
        <source>the technique catalog is not installed</source>
        <translation>der Technikkatalog ist nicht installiert</translation>
    </message>
    <message>
        <source>Demo prompt %1 of %2</source>
        <translation>Demo-Prompt %1 von %2</translation>
    </message>
    <message>
        <source>cannot write the demo history: %1</source>
        <translation>der Demo-Verlauf kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>athanor::DuplicateGroupModel</name>
    <message>
        <source>%L1 near-identical prompts</source>
        <translation>%L1 nahezu identische Prompts</translation>
    </message>
    <message>
        <source>oldest</source>
        <translation>ältester</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
</context>
<context>
    <name>athanor::DuplicatesDialog</name>
    <message>
        <source>Near-Duplicate Prompts</source>
        <translation>Beinahe-Duplikate</translation>
    </message>
    <message>
        <source>How alike two prompts must be (cosine similarity of their embeddings) to be grouped</source>
        <translation>Wie ähnlich sich zwei Prompts sein müssen (Kosinus-Ähnlichkeit ihrer Embeddings), um gruppiert zu werden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Similarity at least:</source>
        <translation>Ähnlichkeit &amp;mindestens:</translation>
    </message>
    <message>
        <source>Identical prompts are never imported twice; this finds prompts worded almost alike.</source>
        <translation>Identische Prompts werden nie doppelt importiert; hier werden Prompts gefunden, die fast gleich formuliert sind.</translation>
    </message>
    <message>
        <source>Delete &amp;Selected</source>
        <translation>&amp;Ausgewählte löschen</translation>
    </message>
    <message>
        <source>Delete All but the &amp;Oldest</source>
        <translation>Alle außer dem ältesten &amp;löschen</translation>
    </message>
    <message>
        <source>Keeps the oldest prompt of each group and deletes the others (undoable)</source>
        <translation>Behält den ältesten Prompt jeder Gruppe und löscht die anderen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>Die Suche nach Duplikaten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No near-duplicates at this similarity.</source>
        <translation>Keine Beinahe-Duplikate bei dieser Ähnlichkeit.</translation>
    </message>
    <message>
        <source>%L1 group, %L2 prompts in all.</source>
        <translation>%L1 Gruppe, insgesamt %L2 Prompts.</translation>
    </message>
    <message>
        <source>%L1 groups, %L2 prompts in all.</source>
        <translation>%L1 Gruppen, insgesamt %L2 Prompts.</translation>
    </message>
    <message>
        <source>Comparing every prompt with its nearest neighbours…</source>
        <translation>Jeder Prompt wird mit seinen nächsten Nachbarn verglichen…</translation>
    </message>
</context>
<context>
    <name>athanor::EmbedderChoice</name>
    <message>
        <source>unknown embedder &quot;%1&quot;; use local or &lt;provider&gt;[:&lt;model&gt;], e.g. %2</source>
        <translation>unbekannter Embedder „%1“; verwenden Sie local oder &lt;Anbieter&gt;[:&lt;Modell&gt;], z. B. %2</translation>
    </message>
    <message>
        <source>%1 has no embeddings API</source>
        <translation>%1 hat keine Embeddings-API</translation>
    </message>
    <message>
        <source>Use local, openai, google or ollama.</source>
        <translation>Verwenden Sie local, openai, google oder ollama.</translation>
    </message>
</context>
<context>
    <name>athanor::EmbeddingCodec</name>
    <message>
        <source>an embedding blob is too short (%1 bytes)</source>
        <translation>ein Embedding-Blob ist zu kurz (%1 Bytes)</translation>
    </message>
    <message>
        <source>an embedding has %1 dimensions, the model has %2</source>
        <translation>ein Embedding hat %1 Dimensionen, das Modell %2</translation>
    </message>
    <message>
        <source>an embedding blob has an invalid scale</source>
        <translation>ein Embedding-Blob hat eine ungültige Skalierung</translation>
    </message>
</context>
<context>
    <name>athanor::EmbeddingRepository</name>
    <message>
        <source>cannot store an embedding</source>
        <translation>ein Embedding kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>indexing was cancelled</source>
        <translation>die Indizierung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the number of results must be at least 1</source>
        <translation>die Anzahl der Ergebnisse muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>no prompt with this id</source>
        <translation>kein Prompt mit dieser ID</translation>
    </message>
    <message>
        <source>the text to compare with is empty</source>
        <translation>der Vergleichstext ist leer</translation>
    </message>
</context>
<context>
    <name>athanor::EnhancementBatch</name>
    <message>
        <source>the file holds no prompts</source>
        <translation>die Datei enthält keine Prompts</translation>
    </message>
</context>
<context>
    <name>athanor::EnhancementRepository</name>
    <message>
        <source>the technique catalog is not installed</source>
        <translation>der Technikkatalog ist nicht installiert</translation>
    </message>
    <message>
        <source>run: athanor-cli init</source>
        <translation>führen Sie aus: athanor-cli init</translation>
    </message>
</context>
<context>
    <name>athanor::Enhancer</name>
    <message>
        <source>unknown target model &apos;%1&apos;</source>
        <translation>unbekanntes Zielmodell „%1“</translation>
    </message>
    <message>
        <source>use a model name such as gpt-4o, claude-sonnet-4, gemini-2.0-flash or llama3.1, or a family: %1</source>
        <translation>verwenden Sie einen Modellnamen wie gpt-4o, claude-sonnet-4, gemini-2.0-flash oder llama3.1 oder eine Familie: %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>rated %1 for %2</source>
        <translation>bewertet mit %1 für %2</translation>
    </message>
    <message>
        <source>base effectiveness %1</source>
        <translation>Grundwirksamkeit %1</translation>
    </message>
    <message>
        <source> (catalog %1, %2 from 1 rating)</source>
        <translation> (Katalog %1, %2 aus 1 Bewertung)</translation>
    </message>
    <message>
        <source> (catalog %1, %2 from %3 ratings)</source>
        <translation> (Katalog %1, %2 aus %3 Bewertungen)</translation>
    </message>
    <message>
        <source>, fits complexity %1</source>
        <translation>, passt zu Komplexität %1</translation>
    </message>
    <message>
        <source>, one of your favourites</source>
        <translation>, einer Ihrer Favoriten</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>der Prompt ist leer</translation>
    </message>
    <message>
        <source>give the prompt as an argument, or &apos;-&apos; to read it from standard input</source>
        <translation>geben Sie den Prompt als Argument an oder &apos;-&apos;, um ihn von der Standardeingabe zu lesen</translation>
    </message>
    <message>
        <source>unknown persona &apos;%1&apos;</source>
        <translation>unbekannte Persona „%1“</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>wählen Sie eine davon: %1</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>unbekannte Technik „%1“</translation>
    </message>
    <message>
        <source>valid codes: %1</source>
        <translation>gültige Codes: %1</translation>
    </message>
    <message>
        <source>did you mean: %1?</source>
        <translation>meinten Sie: %1?</translation>
    </message>
    <message>
        <source>%1 and %2 do not go together</source>
        <translation>%1 und %2 passen nicht zusammen</translation>
    </message>
    <message>
        <source>choose one of them</source>
        <translation>wählen Sie eine davon</translation>
    </message>
    <message>
        <source>Applied %1 (%2): %3</source>
        <translation>%1 angewandt (%2): %3</translation>
    </message>
</context>
<context>
    <name>athanor::ExperimentRepository</name>
    <message>
        <source>an experiment needs a name</source>
        <translation>ein Experiment braucht einen Namen</translation>
    </message>
    <message>
        <source>the minimum of runs per arm is at least 1</source>
        <translation>die Mindestanzahl Durchläufe je Variante beträgt mindestens 1</translation>
    </message>
    <message>
        <source>give two prompts or two technique sets</source>
        <translation>geben Sie zwei Prompts oder zwei Technik-Sätze an</translation>
    </message>
    <message>
        <source>no experiment with id %1</source>
        <translation>kein Experiment mit der ID %1</translation>
    </message>
    <message>
        <source>a rating is 1 to 5 stars, not %1</source>
        <translation>eine Bewertung hat 1 bis 5 Sterne, nicht %1</translation>
    </message>
    <message>
        <source>the variant is A or B, not %1</source>
        <translation>die Variante ist A oder B, nicht %1</translation>
    </message>
    <message>
        <source>experiment %1 is %2: it takes no more runs</source>
        <translation>Experiment %1 hat den Status %2: es nimmt keine weiteren Durchläufe an</translation>
    </message>
    <message>
        <source>experiment %1 vanished</source>
        <translation>Experiment %1 ist verschwunden</translation>
    </message>
    <message>
        <source>experiment %1 is %2 already</source>
        <translation>Experiment %1 hat bereits den Status %2</translation>
    </message>
</context>
<context>
    <name>athanor::ExperimentTableModel</name>
    <message>
        <source>1 more run</source>
        <translation>1 weiteren Durchlauf</translation>
    </message>
    <message>
        <source>%1 more runs</source>
        <translation>%1 weitere Durchläufe</translation>
    </message>
    <message>
        <source>%1 of %2 runs rated 4 or 5 stars; the success rate is between the bracketed figures with 95 % confidence (Wilson interval)</source>
        <translation>%1 von %2 Durchläufen mit 4 oder 5 Sternen bewertet; die Erfolgsquote liegt mit 95 % Konfidenz zwischen den Werten in Klammern (Wilson-Intervall)</translation>
    </message>
    <message>
        <source>Share of runs rated 4 or 5 stars, with its 95 % confidence interval</source>
        <translation>Anteil der mit 4 oder 5 Sternen bewerteten Durchläufe, mit seinem 95-%-Konfidenzintervall</translation>
    </message>
    <message>
        <source>The chance of a difference this large if both variants were equally good; a winner needs under 0.05</source>
        <translation>Die Wahrscheinlichkeit eines so großen Unterschieds, wenn beide Varianten gleich gut wären; für einen Gewinner muss sie unter 0,05 liegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A runs</source>
        <translation>Durchläufe A</translation>
    </message>
    <message>
        <source>A success rate</source>
        <translation>Erfolgsquote A</translation>
    </message>
    <message>
        <source>B runs</source>
        <translation>Durchläufe B</translation>
    </message>
    <message>
        <source>B success rate</source>
        <translation>Erfolgsquote B</translation>
    </message>
    <message>
        <source>p-value (test)</source>
        <translation>p-Wert (Test)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
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
        <translation>%1 (z-Test)</translation>
    </message>
    <message>
        <source>%1 (Fisher)</source>
        <translation>%1 (Fisher)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Techniques: %1</source>
        <translation>Techniken: %1</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <translation>%1 gewinnt</translation>
    </message>
    <message>
        <source>Stopped, no winner</source>
        <translation>Gestoppt, kein Gewinner</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Durchläufe</translation>
    </message>
    <message>
        <source>Needs %1 runs per arm</source>
        <translation>Benötigt %1 Durchläufe je Variante</translation>
    </message>
    <message>
        <source>No significant difference yet</source>
        <translation>Noch kein signifikanter Unterschied</translation>
    </message>
    <message>
        <source>Stopped before any run.</source>
        <translation>Vor dem ersten Durchlauf gestoppt.</translation>
    </message>
    <message>
        <source>No runs yet. Record a run for each use of a variant: 4 or 5 stars count as a success, and a winner needs p under 0.05 with at least %1 runs in each arm.</source>
        <translation>Noch keine Durchläufe. Erfassen Sie für jede Verwendung einer Variante einen Durchlauf: 4 oder 5 Sterne zählen als Erfolg, und für einen Gewinner muss p unter 0,05 liegen, bei mindestens %1 Durchläufen je Variante.</translation>
    </message>
    <message>
        <source>Only %1 has runs so far: nothing to compare yet.</source>
        <translation>Bisher hat nur %1 Durchläufe: noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>The two-proportion z-test is used, as every expected count of successes and failures is at least 5.</source>
        <translation>Der z-Test für zwei Anteile wird verwendet, da jede erwartete Anzahl von Erfolgen und Misserfolgen mindestens 5 beträgt.</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test is used, as some expected count of successes or failures is under 5, too few for the z-test.</source>
        <translation>Der exakte Test nach Fisher wird verwendet, da eine erwartete Anzahl von Erfolgen oder Misserfolgen unter 5 liegt – zu wenig für den z-Test.</translation>
    </message>
    <message>
        <source>If A and B were equally good, a difference at least this large would turn up by chance with probability %1.</source>
        <translation>Wären A und B gleich gut, träte ein mindestens so großer Unterschied mit der Wahrscheinlichkeit %1 zufällig auf.</translation>
    </message>
    <message>
        <source>under 0.001</source>
        <translation>unter 0,001</translation>
    </message>
    <message>
        <source>A needs %1</source>
        <translation>A braucht %1</translation>
    </message>
    <message>
        <source>B needs %1</source>
        <translation>B braucht %1</translation>
    </message>
    <message>
        <source>The experiment was stopped without a winner: it takes no more runs.</source>
        <translation>Das Experiment wurde ohne Gewinner gestoppt: Es nimmt keine weiteren Durchläufe an.</translation>
    </message>
    <message>
        <source>%1 is better: that probability is under 0.05 and each arm has at least %2 runs.</source>
        <translation>%1 ist besser: Diese Wahrscheinlichkeit liegt unter 0,05 und jede Variante hat mindestens %2 Durchläufe.</translation>
    </message>
    <message>
        <source>The difference looks real, but no winner is declared before each arm has %1 runs: %2.</source>
        <translation>Der Unterschied scheint echt zu sein, aber ein Gewinner wird erst festgestellt, wenn jede Variante %1 Durchläufe hat: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No winner yet: a winner needs at least %1 runs in each arm (%2) and a probability under 0.05.</source>
        <translation>Noch kein Gewinner: Ein Gewinner braucht mindestens %1 Durchläufe je Variante (%2) und eine Wahrscheinlichkeit unter 0,05.</translation>
    </message>
    <message>
        <source>No significant difference yet: the probability must be under 0.05. Record more runs, or stop the experiment if the difference does not matter.</source>
        <translation>Noch kein signifikanter Unterschied: Die Wahrscheinlichkeit muss unter 0,05 liegen. Erfassen Sie weitere Durchläufe oder stoppen Sie das Experiment, falls der Unterschied keine Rolle spielt.</translation>
    </message>
    <message>
        <source>The experiment is complete: it takes no more runs.</source>
        <translation>Das Experiment ist abgeschlossen: Es nimmt keine weiteren Durchläufe an.</translation>
    </message>
</context>
<context>
    <name>athanor::ExperimentsView</name>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Durchläufe.</translation>
    </message>
    <message>
        <source>%1 of %2 runs succeeded: %3 %, with 95 % confidence between %4 and %5 %.</source>
        <translation>%1 von %2 Durchläufen erfolgreich: %3 %, mit 95 % Konfidenz zwischen %4 und %5 %.</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source> — the winner</source>
        <translation> — Gewinner</translation>
    </message>
    <message>
        <source>New experiment…</source>
        <translation>Neues Experiment…</translation>
    </message>
    <message>
        <source>Start an A/B experiment: two prompts or two sets of techniques for one intent</source>
        <translation>Ein A/B-Experiment starten: zwei Prompts oder zwei Technik-Sätze für einen Intent</translation>
    </message>
    <message>
        <source>Record a run…</source>
        <translation>Durchlauf erfassen…</translation>
    </message>
    <message>
        <source>Rate one use of the selected experiment&apos;s next variant (or of either)</source>
        <translation>Eine Verwendung der nächsten Variante des ausgewählten Experiments bewerten (oder einer der beiden Varianten)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>End the selected experiment without a winner: it takes no more runs</source>
        <translation>Das ausgewählte Experiment ohne Gewinner beenden: Es nimmt keine weiteren Durchläufe an</translation>
    </message>
    <message>
        <source>A/B experiments</source>
        <translation>A/B-Experimente</translation>
    </message>
    <message>
        <source>The selected experiment</source>
        <translation>Das ausgewählte Experiment</translation>
    </message>
    <message>
        <source>No experiments yet.

An A/B experiment compares two prompts, or two sets of techniques, for one intent. Press “New experiment…” (or run athanor-cli experiment create --name N --intent PATH --prompt-a A --prompt-b B), then record a rating for every run: a winner is declared when the difference is significant and each variant has enough runs.</source>
        <translation>Noch keine Experimente.

Ein A/B-Experiment vergleicht zwei Prompts oder zwei Technik-Sätze für einen Intent. Drücken Sie „Neues Experiment…“ (oder führen Sie athanor-cli experiment create --name N --intent PATH --prompt-a A --prompt-b B aus) und erfassen Sie dann für jeden Durchlauf eine Bewertung: Ein Gewinner wird festgestellt, wenn der Unterschied signifikant ist und jede Variante genug Durchläufe hat.</translation>
    </message>
    <message>
        <source>The experiments could not be read: %1</source>
        <translation>Die Experimente konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an experiment to see its variants and verdict.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Experiment aus, um seine Varianten und sein Ergebnis zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Intent %1 · %2 · runs assigned %3 · at least %4 runs per variant before a winner</source>
        <translation>Intent %1 · %2 · Durchläufe werden %3 zugeteilt · mindestens %4 Durchläufe je Variante vor einem Gewinner</translation>
    </message>
    <message>
        <source>at random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>alternately</source>
        <translation>abwechselnd</translation>
    </message>
    <message>
        <source>A run is a success when it is rated 4 or 5 stars.</source>
        <translation>Ein Durchlauf ist ein Erfolg, wenn er mit 4 oder 5 Sternen bewertet wird.</translation>
    </message>
    <message>
        <source>Created. Record a run each time you use one of its variants.</source>
        <translation>Erstellt. Erfassen Sie jedes Mal einen Durchlauf, wenn Sie eine seiner Varianten verwenden.</translation>
    </message>
    <message>
        <source>Select an experiment first.</source>
        <translation>Wählen Sie zuerst ein Experiment aus.</translation>
    </message>
    <message>
        <source>Recorded. %1 is complete: %2.</source>
        <translation>Erfasst. %1 ist abgeschlossen: %2.</translation>
    </message>
    <message>
        <source>Recorded a %1-star run of %2.</source>
        <translation>Durchlauf von Variante %2 mit %1 ★ erfasst.</translation>
    </message>
    <message>
        <source>Not stopped: %1.</source>
        <translation>Nicht gestoppt: %1.</translation>
    </message>
    <message>
        <source>Stopped: the experiment takes no more runs.</source>
        <translation>Gestoppt: Das Experiment nimmt keine weiteren Durchläufe an.</translation>
    </message>
</context>
<context>
    <name>athanor::ExportDialog</name>
    <message>
        <source>Export All Prompts</source>
        <translation>Alle Prompts exportieren</translation>
    </message>
    <message>
        <source>Export Selected Prompts</source>
        <translation>Ausgewählte Prompts exportieren</translation>
    </message>
    <message>
        <source>Every prompt in the library is exported.</source>
        <translation>Jeder Prompt der Bibliothek wird exportiert.</translation>
    </message>
    <message>
        <source>Selected prompts to export: %L1</source>
        <translation>Ausgewählte Prompts zum Exportieren: %L1</translation>
    </message>
    <message>
        <source>JSON: everything, imports back as it was</source>
        <translation>JSON: alles, wird unverändert wieder importiert</translation>
    </message>
    <message>
        <source>JSON Lines: one prompt per line</source>
        <translation>JSON Lines: ein Prompt pro Zeile</translation>
    </message>
    <message>
        <source>CSV: prompt, title, tags, model, temperature</source>
        <translation>CSV: Prompt, Titel, Tags, Modell, Temperatur</translation>
    </message>
    <message>
        <source>Markdown: for reading</source>
        <translation>Markdown: zum Lesen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern in:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export Prompts To</source>
        <translation>Prompts exportieren nach</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export aus.</translation>
    </message>
    <message>
        <source>The prompts could not be exported: %1</source>
        <translation>Die Prompts konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
</context>
<context>
    <name>athanor::FeedbackRepository</name>
    <message>
        <source>a rating is 1 to 5 stars, not %1</source>
        <translation>eine Bewertung hat 1 bis 5 Sterne, nicht %1</translation>
    </message>
</context>
<context>
    <name>athanor::FrontMatter</name>
    <message>
        <source>the file must start with a --- line opening the front matter</source>
        <translation>die Datei muss mit einer Zeile --- beginnen, die den Front Matter öffnet</translation>
    </message>
    <message>
        <source>the front matter opened on line 1 is never closed with ---</source>
        <translation>der in Zeile 1 geöffnete Front Matter wird nie mit --- geschlossen</translation>
    </message>
    <message>
        <source>the front matter must be a YAML map of keys and values</source>
        <translation>der Front Matter muss eine YAML-Map aus Schlüsseln und Werten sein</translation>
    </message>
</context>
<context>
    <name>athanor::FtsRanking</name>
    <message>
        <source>not an SQLite connection</source>
        <translation>keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>this SQLite has no FTS5</source>
        <translation>dieses SQLite hat kein FTS5</translation>
    </message>
    <message>
        <source>cannot register the full-text ranking: %1</source>
        <translation>das Volltext-Ranking kann nicht registriert werden: %1</translation>
    </message>
</context>
<context>
    <name>athanor::GeminiProtocol</name>
    <message>
        <source>the answer has no &quot;candidates&quot; list</source>
        <translation>die Antwort enthält keine &quot;candidates&quot;-Liste</translation>
    </message>
    <message>
        <source>embedding %1 is not a list of numbers</source>
        <translation>Embedding %1 ist keine Liste von Zahlen</translation>
    </message>
</context>
<context>
    <name>athanor::GithubPromptFormat</name>
    <message>
        <source>a prompt file is a YAML map with name, model and messages</source>
        <translation>eine Prompt-Datei ist eine YAML-Map mit name, model und messages</translation>
    </message>
    <message>
        <source>a prompt file needs a &apos;messages&apos; list of {role, content}</source>
        <translation>eine Prompt-Datei braucht eine &apos;messages&apos;-Liste aus {role, content}</translation>
    </message>
    <message>
        <source>a message needs a role and a content</source>
        <translation>eine Nachricht braucht eine Rolle und einen Inhalt</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (system, user or assistant)</source>
        <translation>unbekannte Rolle „%1“ (system, user oder assistant)</translation>
    </message>
</context>
<context>
    <name>athanor::ImportController</name>
    <message>
        <source>Import Prompt Files</source>
        <translation>Prompt-Dateien importieren</translation>
    </message>
    <message>
        <source>Prompt files (*.txt *.md *.markdown *.csv *.json *.jsonl *.yaml *.yml *.prompt *.prompty)</source>
        <translation>Prompt-Dateien (*.txt *.md *.markdown *.csv *.json *.jsonl *.yaml *.yml *.prompt *.prompty)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Prompt Files</source>
        <translation>Einen Ordner mit Prompt-Dateien importieren</translation>
    </message>
</context>
<context>
    <name>athanor::ImportFormatRegistry</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the UTF-16 file ends in the middle of a character</source>
        <translation>die UTF-16-Datei endet mitten in einem Zeichen</translation>
    </message>
    <message>
        <source>the file is truncated; export it again</source>
        <translation>die Datei ist abgeschnitten; exportieren Sie sie erneut</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 (an unpaired surrogate)</source>
        <translation>die Datei ist kein gültiges UTF-16 (ein ungepaartes Surrogat)</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); the file is binary or in another encoding</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); die Datei ist binär oder hat eine andere Kodierung</translation>
    </message>
    <message>
        <source>the file holds a NUL character: it is binary, not text</source>
        <translation>die Datei enthält ein NUL-Zeichen: sie ist binär, kein Text</translation>
    </message>
    <message>
        <source>import text files (UTF-8 or UTF-16 with a BOM)</source>
        <translation>importieren Sie Textdateien (UTF-8 oder UTF-16 mit BOM)</translation>
    </message>
</context>
<context>
    <name>athanor::ImportJob</name>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>the file is larger than the %1 MB limit</source>
        <translation>die Datei ist größer als die Grenze von %1 MB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a prompt file format Athanor reads</source>
        <translation>kein Prompt-Dateiformat, das Athanor liest</translation>
    </message>
</context>
<context>
    <name>athanor::ImportProgressDialog</name>
    <message>
        <source>Importing Prompts</source>
        <translation>Prompts werden importiert</translation>
    </message>
    <message>
        <source>Looking for prompt files…</source>
        <translation>Prompt-Dateien werden gesucht…</translation>
    </message>
    <message>
        <source>Stop after the file being read; the files imported so far stay.</source>
        <translation>Nach der gerade gelesenen Datei anhalten; die bisher importierten Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>%L1 of %L2 files done</source>
        <translation>%L1 von %L2 Dateien erledigt</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Abbruch nach der aktuellen Datei…</translation>
    </message>
</context>
<context>
    <name>athanor::ImportResultDialog</name>
    <message>
        <source>Import Results</source>
        <translation>Importergebnisse</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import cancelled: the files imported before it stay in the library</source>
        <translation>Import abgebrochen: Die zuvor importierten Dateien bleiben in der Bibliothek</translation>
    </message>
    <message>
        <source>Import finished, but some files could not be imported</source>
        <translation>Import abgeschlossen, aber einige Dateien konnten nicht importiert werden</translation>
    </message>
    <message>
        <source>Prompts imported:</source>
        <translation>Importierte Prompts:</translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation>Übersprungene Duplikate:</translation>
    </message>
    <message>
        <source>Files imported:</source>
        <translation>Importierte Dateien:</translation>
    </message>
    <message>
        <source>Files not imported:</source>
        <translation>Nicht importierte Dateien:</translation>
    </message>
    <message>
        <source>Nothing of these files was imported:</source>
        <translation>Aus diesen Dateien wurde nichts importiert:</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the counts and one “file:line: reason” line per failure</source>
        <translation>Die Zahlen und je eine Zeile „Datei:Zeile: Grund“ pro Fehler kopieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Prompts imported: %L1</source>
        <translation>Importierte Prompts: %L1</translation>
    </message>
    <message>
        <source>Duplicates skipped: %L1</source>
        <translation>Übersprungene Duplikate: %L1</translation>
    </message>
    <message>
        <source>Files imported: %L1</source>
        <translation>Importierte Dateien: %L1</translation>
    </message>
    <message>
        <source>Files not imported: %L1</source>
        <translation>Nicht importierte Dateien: %L1</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Import stopped: %1. The files imported before it stay in the library.</source>
        <translation>Import angehalten: %1. Die zuvor importierten Dateien bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <source>Files not tried:</source>
        <translation>Nicht versuchte Dateien:</translation>
    </message>
    <message>
        <source>The import stopped: %1 (%2).</source>
        <translation>Der Import wurde angehalten: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>athanor::ImportSupport</name>
    <message>
        <source>the file holds no prompt</source>
        <translation>die Datei enthält keinen Prompt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from 0 to %2</source>
        <translation>„%1“ muss eine ganze Zahl von 0 bis %2 sein</translation>
    </message>
</context>
<context>
    <name>athanor::ImportWriter</name>
    <message>
        <source>the temperature must be between 0 and 2</source>
        <translation>die Temperatur muss zwischen 0 und 2 liegen</translation>
    </message>
    <message>
        <source>token counts cannot be negative</source>
        <translation>Token-Anzahlen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>the phase must be prima-materia, solutio or coagulatio</source>
        <translation>die Phase muss prima-materia, solutio oder coagulatio sein</translation>
    </message>
    <message>
        <source>the provider must be openai, anthropic, google, openrouter or ollama</source>
        <translation>der Anbieter muss openai, anthropic, google, openrouter oder ollama sein</translation>
    </message>
    <message>
        <source>the prompt could not be stored: %1</source>
        <translation>der Prompt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot read the library</source>
        <translation>die Bibliothek kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>athanor::JsonRecord</name>
    <message>
        <source>expected a JSON object with a prompt, content, text or template field (or messages, instruction or conversations), or a string</source>
        <translation>erwartet wurde ein JSON-Objekt mit einem Feld prompt, content, text oder template (oder messages, instruction oder conversations) oder ein String</translation>
    </message>
    <message>
        <source>a ShareGPT turn needs &apos;from&apos; and a text &apos;value&apos;</source>
        <translation>ein ShareGPT-Turn braucht &apos;from&apos; und einen Text in &apos;value&apos;</translation>
    </message>
    <message>
        <source>the ShareGPT conversation has no human turn with text</source>
        <translation>die ShareGPT-Unterhaltung hat keinen menschlichen Turn mit Text</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of text</source>
        <translation>„%1“ muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>expected a list of {role, content} messages</source>
        <translation>erwartet wurde eine Liste von {role, content}-Nachrichten</translation>
    </message>
    <message>
        <source>the prompt text is empty</source>
        <translation>der Prompt-Text ist leer</translation>
    </message>
</context>
<context>
    <name>athanor::JsonText</name>
    <message>
        <source>an object is not closed (a &apos;}&apos; or a &apos;,&apos; is missing)</source>
        <translation>ein Objekt ist nicht geschlossen (eine &apos;}&apos; oder ein &apos;,&apos; fehlt)</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing after a key</source>
        <translation>nach einem Schlüssel fehlt ein &apos;:&apos;</translation>
    </message>
    <message>
        <source>a list is not closed (a &apos;]&apos; or a &apos;,&apos; is missing)</source>
        <translation>eine Liste ist nicht geschlossen (eine &apos;]&apos; oder ein &apos;,&apos; fehlt)</translation>
    </message>
    <message>
        <source>a &apos;,&apos; is missing between two values</source>
        <translation>zwischen zwei Werten fehlt ein &apos;,&apos;</translation>
    </message>
    <message>
        <source>this is not a JSON value (text needs double quotes)</source>
        <translation>dies ist kein JSON-Wert (Text braucht doppelte Anführungszeichen)</translation>
    </message>
    <message>
        <source>the JSON ends in the middle of a number</source>
        <translation>das JSON endet mitten in einer Zahl</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>eine Zahl ist fehlerhaft</translation>
    </message>
    <message>
        <source>a string holds an invalid \ escape</source>
        <translation>ein String enthält eine ungültige Escape-Sequenz mit \</translation>
    </message>
    <message>
        <source>a string holds invalid UTF-8</source>
        <translation>ein String enthält ungültiges UTF-8</translation>
    </message>
    <message>
        <source>a string is not closed (a &apos;&quot;&apos; is missing)</source>
        <translation>ein String ist nicht geschlossen (ein &apos;&quot;&apos; fehlt)</translation>
    </message>
    <message>
        <source>a JSON object or list was expected</source>
        <translation>ein JSON-Objekt oder eine JSON-Liste wurde erwartet</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a prompt file</source>
        <translation>das JSON ist zu tief verschachtelt für eine Prompt-Datei</translation>
    </message>
    <message>
        <source>the JSON document is too large</source>
        <translation>das JSON-Dokument ist zu groß</translation>
    </message>
    <message>
        <source>there is more text after the JSON value (one value per file; JSONL wants .jsonl)</source>
        <translation>nach dem JSON-Wert folgt weiterer Text (ein Wert pro Datei; für JSONL verwenden Sie .jsonl)</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
    <message>
        <source>one JSON value per line is expected</source>
        <translation>ein JSON-Wert pro Zeile wird erwartet</translation>
    </message>
</context>
<context>
    <name>athanor::LangfuseFormat</name>
    <message>
        <source>expected a Langfuse prompt: an object with a name and a prompt</source>
        <translation>erwartet wurde ein Langfuse-Prompt: ein Objekt mit einem name und einem prompt</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; must be text or a list of {role, content} messages</source>
        <translation>&apos;prompt&apos; muss Text oder eine Liste von {role, content}-Nachrichten sein</translation>
    </message>
    <message>
        <source>the prompt text is empty</source>
        <translation>der Prompt-Text ist leer</translation>
    </message>
</context>
<context>
    <name>athanor::LearningRepository</name>
    <message>
        <source>a rating is 1 to 5 stars, not %1</source>
        <translation>eine Bewertung hat 1 bis 5 Sterne, nicht %1</translation>
    </message>
    <message>
        <source>no prompt with id %1</source>
        <translation>kein Prompt mit der ID %1</translation>
    </message>
    <message>
        <source>no totals</source>
        <translation>keine Summen</translation>
    </message>
    <message>
        <source>no techniques</source>
        <translation>keine Techniken</translation>
    </message>
</context>
<context>
    <name>athanor::LibraryFilterPanel</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>A&amp;nbieter:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>R&amp;ating:</source>
        <translation>Be&amp;wertung:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <source>U&amp;ntil</source>
        <translation>Bi&amp;s</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
</context>
<context>
    <name>athanor::LibraryIndexService</name>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Suchindex wird neu aufgebaut</translation>
    </message>
    <message>
        <source>Indexing prompts for search</source>
        <translation>Prompts werden für die Suche indiziert</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Suchindex wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>athanor::LibraryPane</name>
    <message>
        <source>The library sorts by Created or Uses.</source>
        <translation>Die Bibliothek sortiert nach Erstellt oder Verwendungen.</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Die Bibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The use of this prompt was not counted: %1</source>
        <translation>Die Verwendung dieses Prompts wurde nicht gezählt: %1</translation>
    </message>
    <message>
        <source>Copied the prompt to the clipboard.</source>
        <translation>Der Prompt wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation>Bibliothek durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>By &amp;meaning</source>
        <translation>Nach &amp;Bedeutung</translation>
    </message>
    <message>
        <source>Find prompts that mean the same thing, not only those with the same words</source>
        <translation>Prompts finden, die dasselbe bedeuten, nicht nur solche mit denselben Wörtern</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Filter ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import prompt files or drop them here</source>
        <translation>Prompt-Dateien importieren oder hier ablegen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the selected prompts, or all of them when none is selected</source>
        <translation>Die ausgewählten Prompts exportieren oder alle, wenn keiner ausgewählt ist</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Duplikate…</translation>
    </message>
    <message>
        <source>Group prompts that are worded almost alike</source>
        <translation>Prompts gruppieren, die fast gleich formuliert sind</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected prompts (Del; undo with Ctrl+Z)</source>
        <translation>Die ausgewählten Prompts löschen (Del; rückgängig mit Ctrl+Z)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Filters apply to the list, not to searches</source>
        <translation>Filter gelten für die Liste, nicht für Suchen</translation>
    </message>
    <message>
        <source>Search by meaning is not available.</source>
        <translation>Die Suche nach Bedeutung ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>1 prompt close in meaning</source>
        <translation>1 Prompt mit ähnlicher Bedeutung</translation>
    </message>
    <message>
        <source>%L1 prompts closest in meaning</source>
        <translation>%L1 Prompts mit der ähnlichsten Bedeutung</translation>
    </message>
    <message>
        <source>the best %1 matches</source>
        <translation>die besten %1 Treffer</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%L1 matches</source>
        <translation>%L1 Treffer</translation>
    </message>
    <message>
        <source>Delete Prompts</source>
        <translation>Prompts löschen</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Nichts wurde gelöscht: %1</translation>
    </message>
    <message>
        <source>The prompts could not be restored: %1</source>
        <translation>Die Prompts konnten nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The prompts could not be deleted again: %1</source>
        <translation>Die Prompts konnten nicht erneut gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Restored 1 prompt.</source>
        <translation>1 Prompt wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored %L1 prompts.</source>
        <translation>%L1 Prompts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Deleted 1 prompt. Undo with Ctrl+Z.</source>
        <translation>1 Prompt gelöscht. Rückgängig mit Ctrl+Z.</translation>
    </message>
    <message>
        <source>Deleted %L1 prompts. Undo with Ctrl+Z.</source>
        <translation>%L1 Prompts gelöscht. Rückgängig mit Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <source>The tags could not be changed: %1</source>
        <translation>Die Tags konnten nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Near-duplicate search needs the vector index.</source>
        <translation>Die Suche nach Beinahe-Duplikaten benötigt den Vektorindex.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
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
        <translation>Techniken</translation>
    </message>
    <message>
        <source>Browse the catalog of prompt-engineering techniques by category: their patterns, templates, worked examples and sources, and the intents each one serves best.</source>
        <translation>Durchsuchen Sie den Katalog der Prompt-Engineering-Techniken nach Kategorie: ihre Muster, Vorlagen, ausgearbeiteten Beispiele und Quellen sowie die Intents, für die sich jede am besten eignet.</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Write a prompt and have it enhanced offline: its intent and complexity detected, the best techniques chosen and applied, the original and the enhanced prompt side by side.</source>
        <translation>Schreiben Sie einen Prompt und lassen Sie ihn offline optimieren: Intent und Komplexität werden erkannt, die besten Techniken ausgewählt und angewandt, ursprünglicher und optimierter Prompt stehen nebeneinander.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Your prompts: drop prompt files of common formats to import them, search by words or by meaning, follow each prompt&apos;s lineage, export.</source>
        <translation>Ihre Prompts: Legen Sie Prompt-Dateien gängiger Formate hier ab, um sie zu importieren, suchen Sie nach Wörtern oder nach Bedeutung, verfolgen Sie die Abstammung jedes Prompts und exportieren Sie.</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>Run one prompt against several providers and models side by side as they stream, and refine it in three phases: prima materia, solutio, coagulatio.</source>
        <translation>Führen Sie einen Prompt bei mehreren Anbietern und Modellen nebeneinander aus, während die Antworten gestreamt werden, und verfeinern Sie ihn in drei Phasen: prima materia, solutio, coagulatio.</translation>
    </message>
    <message>
        <source>Ratings &amp; Trends</source>
        <translation>Bewertungen und Trends</translation>
    </message>
    <message>
        <source>Rate results, see how each technique performs over time in charts, and run A/B experiments between prompts or technique sets.</source>
        <translation>Bewerten Sie Ergebnisse, verfolgen Sie in Diagrammen, wie sich jede Technik im Lauf der Zeit bewährt, und führen Sie A/B-Experimente zwischen Prompts oder Technik-Sätzen durch.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Browse, like, save and remix prompts shared through an optional Athanor server, and publish your own.</source>
        <translation>Durchsuchen, liken, merken und remixen Sie Prompts, die über einen optionalen Athanor-Server geteilt werden, und veröffentlichen Sie eigene.</translation>
    </message>
    <message>
        <source>Athanor</source>
        <translation>Athanor</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Similarity search uses local embeddings.</source>
        <translation>Die Ähnlichkeitssuche verwendet lokale Embeddings.</translation>
    </message>
    <message>
        <source>Connecting to %1 for embeddings…</source>
        <translation>Verbindung zu %1 für Embeddings wird hergestellt…</translation>
    </message>
    <message>
        <source>Similarity search stays on %1: %2</source>
        <translation>Die Ähnlichkeitssuche bleibt bei %1: %2</translation>
    </message>
    <message>
        <source>Similarity search uses %1.</source>
        <translation>Die Ähnlichkeitssuche verwendet %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Prompt</source>
        <translation>&amp;Neuer Prompt</translation>
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
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Anbieter…</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Server…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Side Bar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Athanor</source>
        <translation>Ü&amp;ber Athanor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Counting prompts…</source>
        <translation>Prompts werden gezählt…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import prompt files: text, Markdown, CSV, JSON, JSON Lines, YAML, .prompt and .prompty. You can also drop files or folders on the window.</source>
        <translation>Prompt-Dateien importieren: Text, Markdown, CSV, JSON, JSON Lines, YAML, .prompt und .prompty. Sie können Dateien oder Ordner auch auf dem Fenster ablegen.</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import every prompt file in a folder and its subfolders.</source>
        <translation>Jede Prompt-Datei in einem Ordner und seinen Unterordnern importieren.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export every prompt to JSON, JSON Lines, CSV or Markdown.</source>
        <translation>Jeden Prompt als JSON, JSON Lines, CSV oder Markdown exportieren.</translation>
    </message>
    <message>
        <source>Prompts exported: %L1 to %2</source>
        <translation>Exportierte Prompts: %L1 nach %2</translation>
    </message>
    <message>
        <source>Search index: %1</source>
        <translation>Suchindex: %1</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>Prompts: unknown</source>
        <translation>Prompts: unbekannt</translation>
    </message>
    <message>
        <source>1 prompt</source>
        <translation>1 Prompt</translation>
    </message>
    <message>
        <source>%L1 prompts</source>
        <translation>%L1 Prompts</translation>
    </message>
    <message>
        <source>About Athanor</source>
        <translation>Über Athanor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Athanor %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for prompt engineering.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Athanor %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Werkbank für Prompt-Engineering.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Find a &amp;Command…</source>
        <translation>Befehl &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Library Upgraded</source>
        <translation>Bibliothek aktualisiert</translation>
    </message>
    <message>
        <source>Your library was upgraded to this version of Athanor. A copy of it as it was is kept at:

%1

Delete the copy once you no longer need to go back to the older version.</source>
        <translation>Ihre Bibliothek wurde auf diese Version von Athanor aktualisiert. Eine Kopie im vorherigen Zustand liegt unter:

%1

Löschen Sie die Kopie, sobald Sie nicht mehr zur älteren Version zurückkehren müssen.</translation>
    </message>
</context>
<context>
    <name>athanor::MarkdownFrontMatterFormat</name>
    <message>
        <source>the prompt after the front matter is empty</source>
        <translation>der Prompt nach dem Front Matter ist leer</translation>
    </message>
</context>
<context>
    <name>athanor::Migrator</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Athanor (schema %1, this build knows up to %2)</source>
        <translation>die Datenbank wurde von einer neueren Version von Athanor geschrieben (Schema %1, dieser Build kennt bis %2)</translation>
    </message>
    <message>
        <source>update Athanor, or open another database</source>
        <translation>aktualisieren Sie Athanor oder öffnen Sie eine andere Datenbank</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>Migration %1 fehlt</translation>
    </message>
    <message>
        <source>cannot start migration %1: %2</source>
        <translation>Migration %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
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
        <translation>der Ähnlichkeitsschwellenwert muss über 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>the vector index is missing or out of date</source>
        <translation>der Vektorindex fehlt oder ist veraltet</translation>
    </message>
    <message>
        <source>wait for the index to be rebuilt, or run athanor-cli similar once</source>
        <translation>warten Sie, bis der Index neu aufgebaut ist, oder führen Sie einmal athanor-cli similar aus</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
        <translation>oder Techniken</translation>
    </message>
    <message>
        <source>New A/B experiment</source>
        <translation>Neues A/B-Experiment</translation>
    </message>
    <message>
        <source>Experiment name</source>
        <translation>Name des Experiments</translation>
    </message>
    <message>
        <source>e.g. few-shot or chain-of-thought for stories</source>
        <translation>z. B. Few-Shot oder Chain-of-Thought für Geschichten</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>The kind of prompt the experiment is about</source>
        <translation>Die Art von Prompt, um die es im Experiment geht</translation>
    </message>
    <message>
        <source>Variant %1 prompt</source>
        <translation>Prompt von Variante %1</translation>
    </message>
    <message>
        <source>The prompt to try as variant %1</source>
        <translation>Der Prompt, der als Variante %1 ausprobiert wird</translation>
    </message>
    <message>
        <source>Variant %1 technique codes</source>
        <translation>Technik-Codes von Variante %1</translation>
    </message>
    <message>
        <source>codes, comma-separated: few_shot, chain_of_thought</source>
        <translation>Codes, kommagetrennt: few_shot, chain_of_thought</translation>
    </message>
    <message>
        <source>Assignment of runs</source>
        <translation>Zuteilung der Durchläufe</translation>
    </message>
    <message>
        <source>Alternately (the variant with fewer runs, A on a tie)</source>
        <translation>Abwechselnd (die Variante mit weniger Durchläufen, bei Gleichstand A)</translation>
    </message>
    <message>
        <source>At random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Minimum runs per variant</source>
        <translation>Mindestanzahl Durchläufe je Variante</translation>
    </message>
    <message>
        <source>No winner is declared before each variant has this many runs</source>
        <translation>Kein Gewinner wird festgestellt, bevor jede Variante so viele Durchläufe hat</translation>
    </message>
    <message>
        <source>The catalog has no intents: type the intent&apos;s path.</source>
        <translation>Der Katalog enthält keine Intents: Geben Sie den Pfad des Intents ein.</translation>
    </message>
    <message>
        <source>The intents could not be read (%1): type the intent&apos;s path.</source>
        <translation>Die Intents konnten nicht gelesen werden (%1): Geben Sie den Pfad des Intents ein.</translation>
    </message>
    <message>
        <source>Compare two prompts, or two sets of techniques, for one intent. Each run is rated 1 to 5 stars; 4 or 5 stars count as a success.</source>
        <translation>Vergleichen Sie zwei Prompts oder zwei Technik-Sätze für einen Intent. Jeder Durchlauf wird mit 1 bis 5 Sternen bewertet; 4 oder 5 Sterne zählen als Erfolg.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Durchläufe zuteilen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>give the experiment a name</source>
        <translation>geben Sie dem Experiment einen Namen</translation>
    </message>
    <message>
        <source>choose an intent</source>
        <translation>wählen Sie einen Intent</translation>
    </message>
    <message>
        <source>give variant A a prompt or technique codes</source>
        <translation>geben Sie Variante A einen Prompt oder Technik-Codes</translation>
    </message>
    <message>
        <source>give variant B a prompt or technique codes</source>
        <translation>geben Sie Variante B einen Prompt oder Technik-Codes</translation>
    </message>
    <message>
        <source>compare like with like: give both variants a prompt, or both technique codes, not both</source>
        <translation>vergleichen Sie Gleiches mit Gleichem: Geben Sie beiden Varianten einen Prompt oder beiden Technik-Codes, nicht beides</translation>
    </message>
    <message>
        <source>no technique with the code %1 (the Techniques pane lists them)</source>
        <translation>keine Technik mit dem Code %1 (der Bereich Techniken listet sie auf)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not created: %1.</source>
        <translation>Nicht erstellt: %1.</translation>
    </message>
</context>
<context>
    <name>athanor::OllamaProtocol</name>
    <message>
        <source>the answer has no &quot;message&quot;</source>
        <translation>die Antwort enthält keine &quot;message&quot;</translation>
    </message>
    <message>
        <source>embedding %1 is not a list of numbers</source>
        <translation>Embedding %1 ist keine Liste von Zahlen</translation>
    </message>
</context>
<context>
    <name>athanor::OpenAiProtocol</name>
    <message>
        <source>the answer has no choices</source>
        <translation>die Antwort enthält keine choices</translation>
    </message>
    <message>
        <source>choices[0].message.content is not text</source>
        <translation>choices[0].message.content ist kein Text</translation>
    </message>
    <message>
        <source>an embedding has no valid index</source>
        <translation>ein Embedding hat keinen gültigen Index</translation>
    </message>
    <message>
        <source>embedding %1 is not a list of numbers</source>
        <translation>Embedding %1 ist keine Liste von Zahlen</translation>
    </message>
</context>
<context>
    <name>athanor::Phase</name>
    <message>
        <source>use a comma-separated list of %1 (or prima)</source>
        <translation>verwenden Sie eine kommagetrennte Liste aus %1 (oder prima)</translation>
    </message>
    <message>
        <source>no phase given</source>
        <translation>keine Phase angegeben</translation>
    </message>
    <message>
        <source>empty phase name in &apos;%1&apos;</source>
        <translation>leerer Phasenname in „%1“</translation>
    </message>
    <message>
        <source>unknown phase &apos;%1&apos;</source>
        <translation>unbekannte Phase „%1“</translation>
    </message>
    <message>
        <source>did you mean %1? %2</source>
        <translation>meinten Sie %1? %2</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; is given twice</source>
        <translation>Phase „%1“ ist doppelt angegeben</translation>
    </message>
</context>
<context>
    <name>athanor::PhasePromptLibrary</name>
    <message>
        <source>unknown placeholder %1 in &apos;%2&apos;; known: %3</source>
        <translation>unbekannter Platzhalter %1 in „%2“; bekannt: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must contain %2</source>
        <translation>„%1“ muss %2 enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>the file must hold a YAML map</source>
        <translation>die Datei muss eine YAML-Map enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a map</source>
        <translation>„%1“ muss eine Map sein</translation>
    </message>
    <message>
        <source>keys must be text</source>
        <translation>Schlüssel müssen Text sein</translation>
    </message>
    <message>
        <source>unknown entry &apos;%1&apos;; expected one of: %2</source>
        <translation>unbekannter Eintrag „%1“; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>cannot read the phase prompts file</source>
        <translation>die Datei mit den Phasen-Prompts kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>the phase prompts lack &apos;%1&apos;</source>
        <translation>den Phasen-Prompts fehlt „%1“</translation>
    </message>
</context>
<context>
    <name>athanor::PhaseRunner</name>
    <message>
        <source>no phase to run</source>
        <translation>keine Phase zum Ausführen</translation>
    </message>
    <message>
        <source>the model returned an empty answer</source>
        <translation>das Modell hat eine leere Antwort geliefert</translation>
    </message>
    <message>
        <source>no variant was generated</source>
        <translation>es wurde keine Variante erzeugt</translation>
    </message>
    <message>
        <source>the generation was cancelled</source>
        <translation>die Generierung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>athanor::PlainTextFormat</name>
    <message>
        <source>the file holds no prompt: only blank text and --- separators</source>
        <translation>die Datei enthält keinen Prompt: nur Leertext und Trennzeilen mit ---</translation>
    </message>
</context>
<context>
    <name>athanor::PlaygroundColumn</name>
    <message>
        <source>Provider of column %1</source>
        <translation>Anbieter von Spalte %1</translation>
    </message>
    <message>
        <source>Model of column %1</source>
        <translation>Modell von Spalte %1</translation>
    </message>
    <message>
        <source>Ask the provider for its models</source>
        <translation>Den Anbieter nach seinen Modellen fragen</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Modelle aktualisieren</translation>
    </message>
    <message>
        <source>Temperature of column %1</source>
        <translation>Temperatur von Spalte %1</translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation>Diese Spalte entfernen</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>Spalte %1 entfernen</translation>
    </message>
    <message>
        <source>Answer of column %1</source>
        <translation>Antwort von Spalte %1</translation>
    </message>
    <message>
        <source>The answer streams here.</source>
        <translation>Die Antwort wird hier gestreamt.</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>In Bibliothek speichern</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Warten auf %1…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Wird gestreamt…</translation>
    </message>
    <message>
        <source>%1 — retry %2 in %3 s</source>
        <translation>%1 — erneuter Versuch %2 in %3 s</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>%1 tokens (%2 in, %3 out) · %4 · %5 s</source>
        <translation>%1 Tokens (%2 ein, %3 aus) · %4 · %5 s</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt…</translation>
    </message>
    <message>
        <source>1 model available</source>
        <translation>1 Modell verfügbar</translation>
    </message>
    <message>
        <source>%1 models available</source>
        <translation>%1 Modelle verfügbar</translation>
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
        <translation>Schreiben Sie einen Prompt oder fügen Sie ihn ein und vergleichen Sie dann mit Ausführen (Ctrl+Return) Modelle oder verfeinern Sie ihn in drei Phasen.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation>System-Prompt (optional)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the prompt in every column (Ctrl+Return)</source>
        <translation>Den Prompt in jeder Spalte ausführen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop every column (Esc)</source>
        <translation>Alle Spalten stoppen (Esc)</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Providers…</source>
        <translation>Anbieter…</translation>
    </message>
    <message>
        <source>API keys, base URLs and default models</source>
        <translation>API-Schlüssel, Basis-URLs und Standardmodelle</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <source>Refine in three phases</source>
        <translation>In drei Phasen verfeinern</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Schreiben Sie zuerst einen Prompt.</translation>
    </message>
    <message>
        <source>Saved to the library, linked to its prompt.</source>
        <translation>In der Bibliothek gespeichert, mit seinem Prompt verknüpft.</translation>
    </message>
    <message>
        <source>Playground ▸ Run</source>
        <translation>Playground ▸ Ausführen</translation>
    </message>
    <message>
        <source>Playground ▸ Stop</source>
        <translation>Playground ▸ Stoppen</translation>
    </message>
</context>
<context>
    <name>athanor::PriceTable</name>
    <message>
        <source>cannot read the price table: %1</source>
        <translation>die Preistabelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the price of %1 needs input and output</source>
        <translation>der Preis von %1 braucht Eingabe und Ausgabe</translation>
    </message>
    <message>
        <source>the price of %1 is negative</source>
        <translation>der Preis von %1 ist negativ</translation>
    </message>
    <message>
        <source>the price table is malformed: %1</source>
        <translation>die Preistabelle ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>cannot save the price table: %1</source>
        <translation>die Preistabelle kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>athanor::PriceTableModel</name>
    <message>
        <source>The shipped price</source>
        <translation>Der mitgelieferte Preis</translation>
    </message>
    <message>
        <source>Your price; shipped: $%1 in, $%2 out per million tokens</source>
        <translation>Ihr Preis; mitgeliefert: $%1 Eingabe, $%2 Ausgabe pro Million Tokens</translation>
    </message>
    <message>
        <source>Your price; the shipped table does not know this model</source>
        <translation>Ihr Preis; die mitgelieferte Tabelle kennt dieses Modell nicht</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input $/M tokens</source>
        <translation>Eingabe $/M Tokens</translation>
    </message>
    <message>
        <source>Output $/M tokens</source>
        <translation>Ausgabe $/M Tokens</translation>
    </message>
</context>
<context>
    <name>athanor::PromptArchive</name>
    <message>
        <source>no prompt with this id; nothing was deleted</source>
        <translation>kein Prompt mit dieser ID; nichts wurde gelöscht</translation>
    </message>
</context>
<context>
    <name>athanor::PromptChips</name>
    <message>
        <source>Intent: …</source>
        <translation>Intent: …</translation>
    </message>
    <message>
        <source>Complexity …</source>
        <translation>Komplexität …</translation>
    </message>
    <message>
        <source>≈ %L1 tokens</source>
        <translation>≈ %L1 Tokens</translation>
    </message>
    <message>
        <source>%L1 characters; models count roughly four characters per token</source>
        <translation>%L1 Zeichen; Modelle rechnen grob mit vier Zeichen pro Token</translation>
    </message>
    <message>
        <source>Intent: —</source>
        <translation>Intent: —</translation>
    </message>
    <message>
        <source>Write a prompt to see what it asks for.</source>
        <translation>Schreiben Sie einen Prompt, um zu sehen, worum er bittet.</translation>
    </message>
    <message>
        <source>Complexity —</source>
        <translation>Komplexität —</translation>
    </message>
    <message>
        <source>Intent: %1 · %2%</source>
        <translation>Intent: %1 · %2 %</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>No other intent is likely.</source>
        <translation>Kein anderer Intent ist wahrscheinlich.</translation>
    </message>
    <message>
        <source>Other possible intents:
%1</source>
        <translation>Andere mögliche Intents:
%1</translation>
    </message>
    <message>
        <source>Complexity %1/5</source>
        <translation>Komplexität %1/5</translation>
    </message>
    <message>
        <source>Short and simple: no sub-tasks, constraints, code or data.</source>
        <translation>Kurz und einfach: keine Teilaufgaben, Einschränkungen, kein Code und keine Daten.</translation>
    </message>
</context>
<context>
    <name>athanor::PromptDetailView</name>
    <message>
        <source>comma, separated</source>
        <translation>durch Komma, getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Set these tags (Enter); undo with Ctrl+Z</source>
        <translation>Diese Tags setzen (Enter); rückgängig mit Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the full prompt to the clipboard</source>
        <translation>Den vollständigen Prompt in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Use in</source>
        <translation>&amp;Verwenden in</translation>
    </message>
    <message>
        <source>Use this prompt in another pane</source>
        <translation>Diesen Prompt in einem anderen Bereich verwenden</translation>
    </message>
    <message>
        <source>Enhance in the Composer</source>
        <translation>Im Composer optimieren</translation>
    </message>
    <message>
        <source>Try in the Playground</source>
        <translation>Im Playground ausprobieren</translation>
    </message>
    <message>
        <source>Publish to the Community…</source>
        <translation>In der Community veröffentlichen…</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a prompt to see it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Prompt aus, um ihn hier zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Untitled prompt</source>
        <translation>Unbenannter Prompt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>used %1 · rated %2 · selected %3 · input of %4 generations</source>
        <translation>%1× verwendet · %2× bewertet · %3× ausgewählt · Eingabe von %4 Generierungen</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Abstammung</translation>
    </message>
    <message>
        <source>No parents or children.</source>
        <translation>Keine Eltern oder Kinder.</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Abgeleitet von:</translation>
    </message>
    <message>
        <source>Led to:</source>
        <translation>Führte zu:</translation>
    </message>
    <message>
        <source>Most similar</source>
        <translation>Am ähnlichsten</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Prompt-Text</translation>
    </message>
    <message>
        <source>Prompt details</source>
        <translation>Prompt-Details</translation>
    </message>
</context>
<context>
    <name>athanor::PromptExporter</name>
    <message>
        <source>unknown export format &apos;%1&apos;</source>
        <translation>unbekanntes Exportformat „%1“</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>wählen Sie eines davon: %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>athanor::PromptLayout</name>
    <message>
        <source>XML tags, as Anthropic models prefer</source>
        <translation>XML-Tags, wie sie Anthropic-Modelle bevorzugen</translation>
    </message>
    <message>
        <source>labelled blocks, as Google recommends for Gemini</source>
        <translation>beschrifteten Blöcken, wie Google sie für Gemini empfiehlt</translation>
    </message>
    <message>
        <source>&apos;###&apos; sections, which open models follow well</source>
        <translation>&apos;###&apos;-Abschnitten, denen offene Modelle gut folgen</translation>
    </message>
    <message>
        <source>Markdown headings, as OpenAI&apos;s guide suggests</source>
        <translation>Markdown-Überschriften, wie sie der Leitfaden von OpenAI vorschlägt</translation>
    </message>
    <message>
        <source>Markdown headings</source>
        <translation>Markdown-Überschriften</translation>
    </message>
    <message>
        <source>Organised into %1 labelled sections with %2; the original prompt is kept word for word in its own task section</source>
        <translation>In %1 beschriftete Abschnitte gegliedert, mit %2; der ursprüngliche Prompt bleibt wortwörtlich in einem eigenen Aufgabenabschnitt erhalten</translation>
    </message>
</context>
<context>
    <name>athanor::PromptQueries</name>
    <message>
        <source>no such filter column</source>
        <translation>keine solche Filterspalte</translation>
    </message>
</context>
<context>
    <name>athanor::PromptRepository</name>
    <message>
        <source>a prompt cannot be empty</source>
        <translation>ein Prompt darf nicht leer sein</translation>
    </message>
    <message>
        <source>a prompt with the same content exists already (%1)</source>
        <translation>ein Prompt mit demselben Inhalt existiert bereits (%1)</translation>
    </message>
    <message>
        <source>cannot save the prompt: %1</source>
        <translation>der Prompt kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot count prompts: %1</source>
        <translation>die Prompts können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>cannot delete the prompt: %1</source>
        <translation>der Prompt kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>no prompt with this id</source>
        <translation>kein Prompt mit dieser ID</translation>
    </message>
    <message>
        <source>no prompt with this id; nothing was deleted</source>
        <translation>kein Prompt mit dieser ID; nichts wurde gelöscht</translation>
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
        <translation>Tags</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Provider / model</source>
        <translation>Anbieter / Modell</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>athanor::PromptfooYamlFormat</name>
    <message>
        <source>expected a prompt text or a map with raw (and optional id, label)</source>
        <translation>erwartet wurde ein Prompt-Text oder eine Map mit raw (und optional id, label)</translation>
    </message>
    <message>
        <source>the prompt text is empty</source>
        <translation>der Prompt-Text ist leer</translation>
    </message>
    <message>
        <source>a promptfoo prompt file is a YAML list of prompts</source>
        <translation>eine promptfoo-Prompt-Datei ist eine YAML-Liste von Prompts</translation>
    </message>
</context>
<context>
    <name>athanor::PromptyFormat</name>
    <message>
        <source>&apos;model&apos; must be a map with api, configuration, parameters</source>
        <translation>&apos;model&apos; muss eine Map mit api, configuration, parameters sein</translation>
    </message>
</context>
<context>
    <name>athanor::ProtocolJson</name>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ein JSON-Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>the answer has no &quot;%1&quot; list</source>
        <translation>die Antwort enthält keine &quot;%1&quot;-Liste</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderCall</name>
    <message>
        <source>a streamed event is larger than %1 MB</source>
        <translation>ein gestreamtes Ereignis ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the stream ended before the answer was complete</source>
        <translation>der Stream endete, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the answer is longer than %1 million characters: the server kept streaming</source>
        <translation>die Antwort ist länger als %1 Millionen Zeichen: der Server hat ohne Ende weitergesendet</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderClient</name>
    <message>
        <source>%1 embeddings for %2 texts</source>
        <translation>%1 Embeddings für %2 Texte</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderError</name>
    <message>
        <source>Set the %1 key in Edit ▸ Providers…, or in the environment variable %2.</source>
        <translation>Legen Sie den Schlüssel für %1 unter Bearbeiten ▸ Anbieter… fest oder in der Umgebungsvariablen %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>No API key for %1 (HTTP 401%2)</source>
        <translation>Kein API-Schlüssel für %1 (HTTP 401%2)</translation>
    </message>
    <message>
        <source>%1 rejected the API key (HTTP 401%2)</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (HTTP 401%2)</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403%2)</source>
        <translation>%1 hat den Zugriff verweigert (HTTP 403%2)</translation>
    </message>
    <message>
        <source>Check that the key may use the model %1. </source>
        <translation>Prüfen Sie, ob der Schlüssel das Modell %1 verwenden darf. </translation>
    </message>
    <message>
        <source>%1 does not know the model &quot;%2&quot; (HTTP 404%3)</source>
        <translation>%1 kennt das Modell „%2“ nicht (HTTP 404%3)</translation>
    </message>
    <message>
        <source>List the available models with: athanor-cli models --provider %1</source>
        <translation>Listen Sie die verfügbaren Modelle auf mit: athanor-cli models --provider %1</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests (HTTP 429%2)</source>
        <translation>%1 drosselt die Anfragen (HTTP 429%2)</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or check the quota of the account.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es erneut, oder prüfen Sie das Kontingent des Kontos.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2%3)</source>
        <translation>%1 hatte einen Serverfehler (HTTP %2%3)</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2%3)</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2%3)</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Is Ollama running? Start it with: ollama serve</source>
        <translation>Läuft Ollama? Starten Sie es mit: ollama serve</translation>
    </message>
    <message>
        <source>Check the network connection and the base URL.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Basis-URL.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>Try again, or raise the timeout in Edit ▸ Providers…</source>
        <translation>Versuchen Sie es erneut, oder erhöhen Sie das Zeitlimit unter Bearbeiten ▸ Anbieter…</translation>
    </message>
    <message>
        <source>%1 sent an answer Athanor cannot read: %2</source>
        <translation>%1 hat eine Antwort gesendet, die Athanor nicht lesen kann: %2</translation>
    </message>
    <message>
        <source>Check that the base URL points at a %1-compatible API.</source>
        <translation>Prüfen Sie, ob die Basis-URL auf eine %1-kompatible API zeigt.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled</source>
        <translation>Die Anfrage an %1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderSettings</name>
    <message>
        <source>the base URL of %1 is not an http(s) URL</source>
        <translation>die Basis-URL von %1 ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>Set it in Edit ▸ Providers…, or in the environment variable %1.</source>
        <translation>Legen Sie ihn unter Bearbeiten ▸ Anbieter… fest oder in der Umgebungsvariablen %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source> (The keychain could not be read: %1.)</source>
        <translation> (Der Schlüsselbund konnte nicht gelesen werden: %1.)</translation>
    </message>
    <message>
        <source>no API key for %1</source>
        <translation>kein API-Schlüssel für %1</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderSettingsDialog</name>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation>Aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>%1 needs no key.</source>
        <translation>%1 benötigt keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Using the environment variable %1, which overrides the keychain.</source>
        <translation>Die Umgebungsvariable %1 wird verwendet; sie hat Vorrang vor dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation>Ein Schlüssel ist im Schlüsselbund des Systems gespeichert. Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>No key. The keychain is switched off (ATHANOR_KEYCHAIN=off): set %1.</source>
        <translation>Kein Schlüssel. Der Schlüsselbund ist ausgeschaltet (ATHANOR_KEYCHAIN=off): Setzen Sie %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>No key yet. It will be stored in the system keychain, or set %1.</source>
        <translation>Noch kein Schlüssel. Er wird im Schlüsselbund des Systems gespeichert, oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>The keychain cannot be read (%1). Set %2 instead.</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden (%1). Setzen Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>paste the key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://.</source>
        <translation>Die Basis-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: 1 model available.</source>
        <translation>Verbunden: 1 Modell verfügbar.</translation>
    </message>
    <message>
        <source>Connected: %1 models available.</source>
        <translation>Verbunden: %1 Modelle verfügbar.</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>Preise pro Million Tokens</translation>
    </message>
    <message>
        <source>model name, e.g. my-finetune</source>
        <translation>Modellname, z. B. my-finetune</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Reset to shipped</source>
        <translation>Auf mitgelieferten Preis zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the shipped price; a model you added is removed</source>
        <translation>Zurück zum mitgelieferten Preis; ein von Ihnen hinzugefügtes Modell wird entfernt</translation>
    </message>
    <message>
        <source>US dollars per million tokens. Bold rows are yours; they are saved to %1 and replace the shipped prices. Ollama costs nothing.</source>
        <translation>US-Dollar pro Million Tokens. Fett gedruckte Zeilen sind Ihre eigenen; sie werden in %1 gespeichert und ersetzen die mitgelieferten Preise. Ollama kostet nichts.</translation>
    </message>
    <message>
        <source>Prices saved.</source>
        <translation>Preise gespeichert.</translation>
    </message>
    <message>
        <source>Embeddings for similarity search</source>
        <translation>Embeddings für die Ähnlichkeitssuche</translation>
    </message>
    <message>
        <source>The library finds similar prompts by comparing embeddings. &quot;local&quot; works offline and is instant. A provider&apos;s model (&lt;provider&gt;:&lt;model&gt;) sends every prompt to that provider once, with its key, and each query when you search; its vectors get their own index, so switching back keeps the local one.</source>
        <translation>Die Bibliothek findet ähnliche Prompts durch den Vergleich von Embeddings. &quot;local&quot; funktioniert offline und sofort. Ein Anbietermodell (&lt;Anbieter&gt;:&lt;Modell&gt;) sendet jeden Prompt einmal mit dessen Schlüssel an diesen Anbieter und bei jeder Suche die Suchanfrage; seine Vektoren erhalten einen eigenen Index, sodass der lokale beim Zurückwechseln erhalten bleibt.</translation>
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
        <translation>In der Community veröffentlichen</translation>
    </message>
    <message>
        <source>Prompt id</source>
        <translation>Prompt-ID</translation>
    </message>
    <message>
        <source>the id of a prompt in your library</source>
        <translation>die ID eines Prompts in Ihrer Bibliothek</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What it is for, in a sentence or two (optional)</source>
        <translation>Wofür er gedacht ist, in ein oder zwei Sätzen (optional)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Shared prompts stay pending until a moderator approves them; then everyone on the server can read, like and remix them.</source>
        <translation>Geteilte Prompts bleiben ausstehend, bis ein Moderator sie freigibt; dann können alle auf dem Server sie lesen, liken und remixen.</translation>
    </message>
    <message>
        <source>Copy a prompt&apos;s id from the Library&apos;s detail panel.</source>
        <translation>Kopieren Sie die ID eines Prompts aus dem Detailbereich der Bibliothek.</translation>
    </message>
    <message>
        <source>No prompt in your library has this id.</source>
        <translation>Kein Prompt in Ihrer Bibliothek hat diese ID.</translation>
    </message>
    <message>
        <source>No server is set: choose one in Edit ▸ Server… first.</source>
        <translation>Es ist kein Server festgelegt: Wählen Sie zuerst unter Bearbeiten ▸ Server… einen aus.</translation>
    </message>
    <message>
        <source>A published prompt needs a title.</source>
        <translation>Ein veröffentlichter Prompt braucht einen Titel.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
</context>
<context>
    <name>athanor::RatingListModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Hilfreich</translation>
    </message>
    <message>
        <source>Met expectations</source>
        <translation>Erwartungen erfüllt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Suggested improvement</source>
        <translation>Verbesserungsvorschlag</translation>
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
        <translation>Hilfreich?</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Hilfreich</translation>
    </message>
    <message>
        <source>Not helpful</source>
        <translation>Nicht hilfreich</translation>
    </message>
    <message>
        <source>Was it helpful</source>
        <translation>War es hilfreich</translation>
    </message>
    <message>
        <source>Met expectations?</source>
        <translation>Erwartungen erfüllt?</translation>
    </message>
    <message>
        <source>Met expectations</source>
        <translation>Erwartungen erfüllt</translation>
    </message>
    <message>
        <source>Fell short</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Did it meet expectations</source>
        <translation>Hat es die Erwartungen erfüllt</translation>
    </message>
    <message>
        <source>Suggested improvement (optional)</source>
        <translation>Verbesserungsvorschlag (optional)</translation>
    </message>
    <message>
        <source>Suggested improvement</source>
        <translation>Verbesserungsvorschlag</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Store the rating; ratings of enhanced prompts teach the recommender</source>
        <translation>Die Bewertung speichern; Bewertungen optimierter Prompts schulen das Empfehlungssystem</translation>
    </message>
    <message>
        <source>Your rating:</source>
        <translation>Ihre Bewertung:</translation>
    </message>
    <message>
        <source>Rated 1 star.</source>
        <translation>Mit 1 Stern bewertet.</translation>
    </message>
    <message>
        <source>Rated %1 stars.</source>
        <translation>Mit %1 Sternen bewertet.</translation>
    </message>
    <message>
        <source>It teaches the recommender about %1 for %2.</source>
        <translation>Das Empfehlungssystem lernt daraus etwas über %1 für %2.</translation>
    </message>
</context>
<context>
    <name>athanor::RecordRunDialog</name>
    <message>
        <source>Record a run of %1</source>
        <translation>Durchlauf von %1 erfassen</translation>
    </message>
    <message>
        <source>The next variant could not be chosen: %1</source>
        <translation>Die nächste Variante konnte nicht bestimmt werden: %1</translation>
    </message>
    <message>
        <source>Next run: variant %1 (runs are assigned %2; so far A has %3 runs, B %4). Use it, then rate the result: 4 or 5 stars count as a success. You may record a run of the other variant instead.</source>
        <translation>Nächster Durchlauf: Variante %1 (Durchläufe werden %2 zugeteilt; bisher hat A %3 Durchläufe, B %4). Verwenden Sie sie und bewerten Sie dann das Ergebnis: 4 oder 5 Sterne zählen als Erfolg. Sie können stattdessen auch einen Durchlauf der anderen Variante erfassen.</translation>
    </message>
    <message>
        <source>at random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>alternately</source>
        <translation>abwechselnd</translation>
    </message>
    <message>
        <source>A (next)</source>
        <translation>A (als nächste)</translation>
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
        <translation>B (als nächste)</translation>
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
        <translation>Prompt oder Techniken der gewählten Variante</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Rate the run first: 1 to 5 stars.</source>
        <translation>Bewerten Sie zuerst den Durchlauf: 1 bis 5 Sterne.</translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation>Nicht erfasst: %1.</translation>
    </message>
</context>
<context>
    <name>athanor::RefineView</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Target model</source>
        <translation>Zielmodell</translation>
    </message>
    <message>
        <source>same as the model</source>
        <translation>wie das Modell</translation>
    </message>
    <message>
        <source>Variants per phase</source>
        <translation>Varianten pro Phase</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>LLM judge</source>
        <translation>LLM als Bewerter</translation>
    </message>
    <message>
        <source>Ask the model to grade each variant 1-10 (one more request per variant).</source>
        <translation>Das Modell jede Variante mit 1–10 benoten lassen (eine zusätzliche Anfrage pro Variante).</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Verfeinern</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Phases and variants</source>
        <translation>Phasen und Varianten</translation>
    </message>
    <message>
        <source>Selected variant</source>
        <translation>Ausgewählte Variante</translation>
    </message>
    <message>
        <source>Use as prompt</source>
        <translation>Als Prompt verwenden</translation>
    </message>
    <message>
        <source>Show in Library</source>
        <translation>In der Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation>Anbieter und Modell</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Write a prompt above first.</source>
        <translation>Schreiben Sie zuerst oben einen Prompt.</translation>
    </message>
    <message>
        <source>Choose at least one phase.</source>
        <translation>Wählen Sie mindestens eine Phase aus.</translation>
    </message>
    <message>
        <source>%1, round %2…</source>
        <translation>%1, Runde %2…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Done: the best final variant scores %1.</source>
        <translation>Fertig: Die beste finale Variante erzielt %1.</translation>
    </message>
</context>
<context>
    <name>athanor::RemoteEmbedder</name>
    <message>
        <source>%1 has no embeddings API</source>
        <translation>%1 hat keine Embeddings-API</translation>
    </message>
    <message>
        <source>Use openai, google or ollama for embeddings.</source>
        <translation>Verwenden Sie openai, google oder ollama für Embeddings.</translation>
    </message>
    <message>
        <source>the provider returned a vector of %1 dimensions instead of %2</source>
        <translation>der Anbieter hat einen Vektor mit %1 statt %2 Dimensionen geliefert</translation>
    </message>
</context>
<context>
    <name>athanor::SearchResultModel</name>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
</context>
<context>
    <name>athanor::SecretStore</name>
    <message>
        <source>the keychain is switched off (ATHANOR_KEYCHAIN=off)</source>
        <translation>der Schlüsselbund ist ausgeschaltet (ATHANOR_KEYCHAIN=off)</translation>
    </message>
    <message>
        <source>cannot store %1 in the keychain: %2</source>
        <translation>%1 kann nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1 from the keychain: %2</source>
        <translation>%1 kann nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>athanor::ServerDialog</name>
    <message>
        <source>Connected, but this database has no Athanor schema yet: its administrator runs athanor-cli server init.</source>
        <translation>Verbunden, aber diese Datenbank hat noch kein Athanor-Schema: Der Administrator muss athanor-cli server init ausführen.</translation>
    </message>
    <message>
        <source>Connected as %1, who is not an Athanor user of this server: its administrator runs athanor-cli server add-user %1.</source>
        <translation>Verbunden als %1, der kein Athanor-Benutzer dieses Servers ist: Der Administrator muss athanor-cli server add-user %1 ausführen.</translation>
    </message>
    <message>
        <source>Connected as %1 (moderator); server schema version %2.</source>
        <translation>Verbunden als %1 (Moderator); Schemaversion des Servers %2.</translation>
    </message>
    <message>
        <source>Connected as %1; server schema version %2.</source>
        <translation>Verbunden als %1; Schemaversion des Servers %2.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Prefer TLS</source>
        <translation>TLS bevorzugen</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS erzwingen</translation>
    </message>
    <message>
        <source>Require TLS and verify the server</source>
        <translation>TLS erzwingen und Server überprüfen</translation>
    </message>
    <message>
        <source>No TLS (loopback only)</source>
        <translation>Kein TLS (nur Loopback)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Forget this server</source>
        <translation>Diesen Server &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation>T&amp;LS</translation>
    </message>
    <message>
        <source>An optional PostgreSQL server syncs your library between computers and shares the community library. Its administrator gives you these details.</source>
        <translation>Ein optionaler PostgreSQL-Server synchronisiert Ihre Bibliothek zwischen Computern und stellt die Community-Bibliothek bereit. Der Administrator des Servers gibt Ihnen diese Angaben.</translation>
    </message>
    <message>
        <source>A password is stored in the keychain; type one to replace it.</source>
        <translation>Ein Passwort ist im Schlüsselbund gespeichert; geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>No password stored.</source>
        <translation>Kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The password comes from %1.</source>
        <translation>Das Passwort stammt aus %1.</translation>
    </message>
    <message>
        <source>Give the host, the database and your user name.</source>
        <translation>Geben Sie Host, Datenbank und Ihren Benutzernamen an.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The server and its password are forgotten. The library keeps what it synced.</source>
        <translation>Der Server und sein Passwort wurden vergessen. Die Bibliothek behält, was sie synchronisiert hat.</translation>
    </message>
</context>
<context>
    <name>athanor::ServerSchema</name>
    <message>
        <source>the server&apos;s schema is version %1, newer than this Athanor knows (%2)</source>
        <translation>das Schema des Servers hat Version %1, neuer als dieses Athanor kennt (%2)</translation>
    </message>
    <message>
        <source>update Athanor</source>
        <translation>aktualisieren Sie Athanor</translation>
    </message>
    <message>
        <source>cannot read the migration</source>
        <translation>die Migration kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>a user name is lower-case letters, digits and _, starting with a letter</source>
        <translation>ein Benutzername besteht aus Kleinbuchstaben, Ziffern und _ und beginnt mit einem Buchstaben</translation>
    </message>
    <message>
        <source>a role of that name exists already</source>
        <translation>eine Rolle dieses Namens existiert bereits</translation>
    </message>
</context>
<context>
    <name>athanor::ServerSettings</name>
    <message>
        <source>the server password</source>
        <translation>das Serverpasswort</translation>
    </message>
    <message>
        <source>It is kept for this session only; set PGPASSWORD to avoid typing it.</source>
        <translation>Es wird nur für diese Sitzung behalten; setzen Sie PGPASSWORD, um es nicht eingeben zu müssen.</translation>
    </message>
</context>
<context>
    <name>athanor::ServerUrl</name>
    <message>
        <source>not a PostgreSQL URL (postgres://user@host:port/database)</source>
        <translation>keine PostgreSQL-URL (postgres://user@host:port/database)</translation>
    </message>
    <message>
        <source>the URL needs a user and a database (postgres://user@host:port/database)</source>
        <translation>die URL braucht einen Benutzer und eine Datenbank (postgres://user@host:port/database)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert</translation>
    </message>
    <message>
        <source>install libqt6sql6-psql</source>
        <translation>installieren Sie libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>keine Verbindung zum Server möglich: %1</translation>
    </message>
</context>
<context>
    <name>athanor::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>&amp;Enhancement</source>
        <translation>&amp;Optimierung</translation>
    </message>
    <message>
        <source>&amp;Providers and Server</source>
        <translation>&amp;Anbieter und Server</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
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
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Da&amp;tenordner:</translation>
    </message>
    <message>
        <source>The library open now: %1
The language and the data folder apply at the next start. Empty means the app-data folder.</source>
        <translation>Die derzeit geöffnete Bibliothek: %1
Sprache und Datenordner gelten ab dem nächsten Start. Ist das Feld leer, wird der Anwendungsdatenordner verwendet.</translation>
    </message>
    <message>
        <source>ATHANOR_DB is set: it names the library, whatever the folder.</source>
        <translation>ATHANOR_DB ist gesetzt: Diese Variable bestimmt die Bibliothek, unabhängig vom Ordner.</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Target model:</source>
        <translation>&amp;Zielmodell:</translation>
    </message>
    <message>
        <source>&amp;Max techniques:</source>
        <translation>&amp;Max. Techniken:</translation>
    </message>
    <message>
        <source>What the Composer starts with; you can change them there for each prompt.</source>
        <translation>Womit der Composer beginnt; dort können Sie die Werte für jeden Prompt ändern.</translation>
    </message>
    <message>
        <source>Athanor works offline. Give it API keys (kept in the system keychain), base URLs and default models of OpenAI, Anthropic, Google Gemini, OpenRouter or Ollama to refine prompts and run them in the Playground.</source>
        <translation>Athanor funktioniert offline. Geben Sie API-Schlüssel (im Schlüsselbund des Systems gespeichert), Basis-URLs und Standardmodelle von OpenAI, Anthropic, Google Gemini, OpenRouter oder Ollama an, um Prompts zu verfeinern und im Playground auszuführen.</translation>
    </message>
    <message>
        <source>Configure P&amp;roviders…</source>
        <translation>An&amp;bieter konfigurieren…</translation>
    </message>
    <message>
        <source>Configure &amp;Server…</source>
        <translation>&amp;Server konfigurieren…</translation>
    </message>
    <message>
        <source>Your library syncs with %1.</source>
        <translation>Ihre Bibliothek wird mit %1 synchronisiert.</translation>
    </message>
    <message>
        <source>No sync server is set: the library stays on this computer. A server syncs it across computers and shares the community library.</source>
        <translation>Es ist kein Synchronisierungsserver festgelegt: Die Bibliothek bleibt auf diesem Computer. Ein Server synchronisiert sie zwischen Computern und stellt die Community-Bibliothek bereit.</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>%1 has no library yet. Copy the library open now into it?

Copy: the next start opens the copy there (this one stays where it is).
Don&apos;t copy: the next start begins an empty library there.</source>
        <translation>%1 enthält noch keine Bibliothek. Die derzeit geöffnete Bibliothek dorthin kopieren?

Kopieren: Beim nächsten Start wird dort die Kopie geöffnet (diese Bibliothek bleibt, wo sie ist).
Nicht kopieren: Beim nächsten Start beginnt dort eine leere Bibliothek.</translation>
    </message>
    <message>
        <source>The library could not be copied: %1</source>
        <translation>Die Bibliothek konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>athanor::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>athanor::SqlHelpers</name>
    <message>
        <source>cannot prepare a query: %1</source>
        <translation>eine Abfrage kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>a query failed: %1</source>
        <translation>eine Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>free some disk space, then try again: nothing of the unfinished change was kept</source>
        <translation>geben Sie Speicherplatz frei und versuchen Sie es erneut: von der unvollendeten Änderung wurde nichts behalten</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk could not be written (is it full?): %1</source>
        <translation>auf den Datenträger konnte nicht geschrieben werden (ist er voll?): %1</translation>
    </message>
    <message>
        <source>the library is read-only: Athanor cannot write to the file or its folder</source>
        <translation>die Bibliothek ist schreibgeschützt: Athanor kann nicht in die Datei oder ihren Ordner schreiben</translation>
    </message>
    <message>
        <source>allow writing to the file and to its folder, or work on a copy in a folder you can write to</source>
        <translation>erlauben Sie das Schreiben in die Datei und ihren Ordner, oder arbeiten Sie mit einer Kopie in einem beschreibbaren Ordner</translation>
    </message>
</context>
<context>
    <name>athanor::SqliteStatement</name>
    <message>
        <source>not an SQLite connection</source>
        <translation>keine SQLite-Verbindung</translation>
    </message>
</context>
<context>
    <name>athanor::StarRating</name>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rate 1 star</source>
        <translation>Mit 1 Stern bewerten</translation>
    </message>
    <message>
        <source>Rate %1 stars</source>
        <translation>Mit %1 Sternen bewerten</translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation>%1 von 5 Sternen</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>athanor::SyncApplier</name>
    <message>
        <source>a query failed: %1</source>
        <translation>eine Abfrage ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>athanor::SyncController</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send this library&apos;s changes to the server and bring in the others</source>
        <translation>Die Änderungen dieser Bibliothek an den Server senden und die der anderen abholen</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisation: %1</translation>
    </message>
    <message>
        <source>Syncing: %1 sent…</source>
        <translation>Synchronisierung: %1 gesendet…</translation>
    </message>
    <message>
        <source>Syncing: %1 received…</source>
        <translation>Synchronisierung: %1 empfangen…</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synchronisierung mit %1…</translation>
    </message>
    <message>
        <source>Sync failed: the changes wait</source>
        <translation>Synchronisierung fehlgeschlagen: Die Änderungen warten</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>Synchronisiert: %1 gesendet, %2 empfangen</translation>
    </message>
    <message>
        <source>1 conflict kept as a copy</source>
        <translation>1 Konflikt als Kopie behalten</translation>
    </message>
    <message>
        <source>%1 conflicts kept as copies</source>
        <translation>%1 Konflikte als Kopien behalten</translation>
    </message>
    <message>
        <source>%1 changes still wait</source>
        <translation>%1 Änderungen warten noch</translation>
    </message>
</context>
<context>
    <name>athanor::SyncEngine</name>
    <message>
        <source>the server did not take the sync: %1</source>
        <translation>der Server hat die Synchronisation nicht angenommen: %1</translation>
    </message>
    <message>
        <source>the server has no sync tables yet</source>
        <translation>der Server hat noch keine Synchronisationstabellen</translation>
    </message>
    <message>
        <source>its administrator runs: athanor-cli server init</source>
        <translation>der Administrator muss ausführen: athanor-cli server init</translation>
    </message>
    <message>
        <source>the server answered %1 of %2 changes</source>
        <translation>der Server hat auf %1 von %2 Änderungen geantwortet</translation>
    </message>
    <message>
        <source>no such synced entity: %1</source>
        <translation>keine solche synchronisierte Entität: %1</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueChooser</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Forget your changes and let Athanor choose the techniques for each prompt</source>
        <translation>Ihre Änderungen verwerfen und Athanor die Techniken für jeden Prompt auswählen lassen</translation>
    </message>
    <message>
        <source>Techniques to apply</source>
        <translation>Anzuwendende Techniken</translation>
    </message>
    <message>
        <source>Add a technique</source>
        <translation>Eine Technik hinzufügen</translation>
    </message>
    <message>
        <source>Apply a technique that is not recommended for this prompt</source>
        <translation>Eine Technik anwenden, die für diesen Prompt nicht empfohlen wird</translation>
    </message>
    <message>
        <source>Add a technique…</source>
        <translation>Technik hinzufügen…</translation>
    </message>
    <message>
        <source>Techniques appear here as you write.</source>
        <translation>Techniken erscheinen hier, während Sie schreiben.</translation>
    </message>
    <message>
        <source>Recommended for this prompt:</source>
        <translation>Empfohlen für diesen Prompt:</translation>
    </message>
    <message>
        <source>Added by you: %1</source>
        <translation>Von Ihnen hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Your choice: Enhance applies exactly the checked techniques.</source>
        <translation>Ihre Auswahl: Optimieren wendet genau die angehakten Techniken an.</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueDetailView</name>
    <message>
        <source>Technique details</source>
        <translation>Technikdetails</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Choose a technique on the left to see how it works, its templates, worked examples and sources.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Wählen Sie links eine Technik aus, um zu sehen, wie sie funktioniert, sowie ihre Vorlagen, ausgearbeiteten Beispiele und Quellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · complexity %2 of 5 · base effectiveness %3 · code &lt;code&gt;%4&lt;/code&gt;</source>
        <translation>%1 · Komplexität %2 von 5 · Grundwirksamkeit %3 · Code &lt;code&gt;%4&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This technique is disabled:&lt;/b&gt; recommendations leave it out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Diese Technik ist deaktiviert:&lt;/b&gt; Empfehlungen lassen sie aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;When to use&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Wann verwenden&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;When not to use&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Wann nicht verwenden&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Prerequisites&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Voraussetzungen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not combined with:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Nicht kombiniert mit:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Templates&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Vorlagen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, erforderlich</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Worked examples&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ausgearbeitete Beispiele&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vorher&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;After&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nachher&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Serves best&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Am besten geeignet für&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sources&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Quellen&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueEditorDialog</name>
    <message>
        <source>New Technique</source>
        <translation>Neue Technik</translation>
    </message>
    <message>
        <source>Edit Technique</source>
        <translation>Technik bearbeiten</translation>
    </message>
    <message>
        <source>lower_case_code</source>
        <translation>code_in_kleinbuchstaben</translation>
    </message>
    <message>
        <source>One situation per line</source>
        <translation>Eine Situation pro Zeile</translation>
    </message>
    <message>
        <source>The sentence the enhancer adds to a prompt to apply this technique</source>
        <translation>Der Satz, den die Optimierung einem Prompt hinzufügt, um diese Technik anzuwenden</translation>
    </message>
    <message>
        <source>The template, with {{variables}}</source>
        <translation>Die Vorlage, mit {{variablen}}</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Declare Used Variables</source>
        <translation>Verwendete Variablen deklarieren</translation>
    </message>
    <message>
        <source>Adds a row for every {{variable}} the template uses but does not declare yet.</source>
        <translation>Fügt eine Zeile für jede {{variable}} hinzu, die die Vorlage verwendet, aber noch nicht deklariert.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Komplexität</translation>
    </message>
    <message>
        <source>Base effectiveness</source>
        <translation>Grundwirksamkeit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Wann verwenden</translation>
    </message>
    <message>
        <source>When not to use</source>
        <translation>Wann nicht verwenden</translation>
    </message>
    <message>
        <source>Applied in section</source>
        <translation>Angewandt im Abschnitt</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>%1 beschreiben</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptvorlage</translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; is taken</source>
        <translation>der Code „%1“ ist bereits vergeben</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueRepository</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>unbekannte Technik „%1“</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueTreeModel</name>
    <message>
        <source>Reasoning</source>
        <translation>Schlussfolgern</translation>
    </message>
    <message>
        <source>Decomposition</source>
        <translation>Zerlegung</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Role &amp; persona</source>
        <translation>Rolle &amp; Persona</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Output control</source>
        <translation>Ausgabesteuerung</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Complexity, 1 (simple) to 5 (demanding)</source>
        <translation>Komplexität, 1 (einfach) bis 5 (anspruchsvoll)</translation>
    </message>
    <message>
        <source>Base effectiveness, 0 to 1, used when no intent mapping exists</source>
        <translation>Grundwirksamkeit, 0 bis 1, verwendet, wenn keine Zuordnung zum Intent existiert</translation>
    </message>
</context>
<context>
    <name>athanor::TechniquesPane</name>
    <message>
        <source>Search techniques (Ctrl+F)</source>
        <translation>Techniken durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search techniques</source>
        <translation>Techniken durchsuchen</translation>
    </message>
    <message>
        <source>Complexity filter</source>
        <translation>Komplexitätsfilter</translation>
    </message>
    <message>
        <source>Any complexity</source>
        <translation>Beliebige Komplexität</translation>
    </message>
    <message>
        <source>Simple (1–2)</source>
        <translation>Einfach (1–2)</translation>
    </message>
    <message>
        <source>Moderate (3)</source>
        <translation>Mittel (3)</translation>
    </message>
    <message>
        <source>Advanced (4–5)</source>
        <translation>Fortgeschritten (4–5)</translation>
    </message>
    <message>
        <source>Techniques by category</source>
        <translation>Techniken nach Kategorie</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favorit</translation>
    </message>
    <message>
        <source>Favourites get a bonus when techniques are recommended.</source>
        <translation>Favoriten erhalten einen Bonus, wenn Techniken empfohlen werden.</translation>
    </message>
    <message>
        <source>Use in Composer</source>
        <translation>Im Composer verwenden</translation>
    </message>
    <message>
        <source>Open this technique&apos;s template in the Composer</source>
        <translation>Die Vorlage dieser Technik im Composer öffnen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Create your own technique</source>
        <translation>Eine eigene Technik erstellen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Disabled techniques are left out of recommendations</source>
        <translation>Deaktivierte Techniken werden bei Empfehlungen ausgelassen</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>The technique catalog could not be read: %1</source>
        <translation>Der Technikkatalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The catalog is empty. It is installed when Athanor starts; run &lt;code&gt;athanor-cli init&lt;/code&gt; to install it now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Katalog ist leer. Er wird beim Start von Athanor installiert; führen Sie &lt;code&gt;athanor-cli init&lt;/code&gt; aus, um ihn jetzt zu installieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The user&apos;s task</source>
        <translation>Die Aufgabe des Benutzers</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptvorlage</translation>
    </message>
    <message>
        <source>The technique could not be saved: %1</source>
        <translation>Die Technik konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The technique could not be changed: %1</source>
        <translation>Die Technik konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The favourite could not be saved: %1</source>
        <translation>Der Favorit konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Techniques ▸ Search</source>
        <translation>Techniken ▸ Suchen</translation>
    </message>
</context>
<context>
    <name>athanor::TemplateEditDialog</name>
    <message>
        <source>Edit template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The template declares no variables, so the text cannot use any.</source>
        <translation>Die Vorlage deklariert keine Variablen, daher kann der Text keine verwenden.</translation>
    </message>
    <message>
        <source>The text must use exactly these variables: %1</source>
        <translation>Der Text muss genau diese Variablen verwenden: %1</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
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
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>%1 (default: %2)</source>
        <translation>%1 (Standard: %2)</translation>
    </message>
    <message>
        <source>%1 — separate items with commas</source>
        <translation>%1 — Einträge durch Kommas trennen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
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
        <translation>v%1 (bearbeitet)</translation>
    </message>
    <message>
        <source>The catalog&apos;s version</source>
        <translation>Die Version des Katalogs</translation>
    </message>
    <message>
        <source>Edited by you: catalog upgrades leave it as it is</source>
        <translation>Von Ihnen bearbeitet: Katalog-Aktualisierungen lassen sie unverändert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>athanor::TemplateRenderer</name>
    <message>
        <source>&apos;%1&apos; takes one line of text</source>
        <translation>„%1“ erwartet eine einzelne Textzeile</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a whole number, not &apos;%2&apos;</source>
        <translation>„%1“ erwartet eine ganze Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number, not &apos;%2&apos;</source>
        <translation>„%1“ erwartet eine Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes yes or no, not &apos;%2&apos;</source>
        <translation>„%1“ erwartet yes oder no, nicht „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one of %2, not &apos;%3&apos;</source>
        <translation>„%1“ erwartet einen der Werte %2, nicht „%3“</translation>
    </message>
    <message>
        <source>the template has no variable &apos;%1&apos; (it has: %2)</source>
        <translation>die Vorlage hat keine Variable „%1“ (sie hat: %2)</translation>
    </message>
    <message>
        <source>the required variable &apos;%1&apos; has no value</source>
        <translation>die erforderliche Variable „%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>the required variable &apos;%1&apos; is empty</source>
        <translation>die erforderliche Variable „%1“ ist leer</translation>
    </message>
    <message>
        <source>the template uses &apos;%1&apos; but does not declare it</source>
        <translation>die Vorlage verwendet „%1“, deklariert es aber nicht</translation>
    </message>
</context>
<context>
    <name>athanor::TemplateRepository</name>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>unbekannte Technik „%1“</translation>
    </message>
    <message>
        <source>unknown intent &apos;%1&apos;</source>
        <translation>unbekannter Intent „%1“</translation>
    </message>
    <message>
        <source>the template cannot be saved: %1</source>
        <translation>die Vorlage kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>no such template</source>
        <translation>keine solche Vorlage</translation>
    </message>
    <message>
        <source>the template has no family to add a version to</source>
        <translation>die Vorlage hat keine Familie, der eine Version hinzugefügt werden kann</translation>
    </message>
    <message>
        <source>version %1 is already the current one</source>
        <translation>Version %1 ist bereits die aktuelle</translation>
    </message>
    <message>
        <source>the template has no version %1</source>
        <translation>die Vorlage hat keine Version %1</translation>
    </message>
</context>
<context>
    <name>athanor::TemplateValuesDialog</name>
    <message>
        <source>Use template: %1</source>
        <translation>Vorlage verwenden: %1</translation>
    </message>
    <message>
        <source>“%1” needs a few more values before it can go into the Composer. Fields marked * are required.</source>
        <translation>„%1“ braucht noch einige Werte, bevor sie in den Composer übernommen werden kann. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Use in Composer</source>
        <translation>Im Composer verwenden</translation>
    </message>
</context>
<context>
    <name>athanor::TemplatesView</name>
    <message>
        <source>Search templates</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>Intent filter</source>
        <translation>Intent-Filter</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation>Diese Vorlage hat keine Variablen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>Prompt-Vorschau</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>Prompt kopieren</translation>
    </message>
    <message>
        <source>Copy the filled-in prompt to the clipboard</source>
        <translation>Den ausgefüllten Prompt in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Use in Composer</source>
        <translation>Im Composer verwenden</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Vorlage bearbeiten…</translation>
    </message>
    <message>
        <source>Save a changed text as a new version; the old versions stay in the history</source>
        <translation>Einen geänderten Text als neue Version speichern; die alten Versionen bleiben im Verlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>official</source>
        <translation>offiziell</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <source>Changes against the current version</source>
        <translation>Änderungen gegenüber der aktuellen Version</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <source>Copy this version&apos;s text into a new current version</source>
        <translation>Den Text dieser Version in eine neue aktuelle Version kopieren</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Die Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All intents</source>
        <translation>Alle Intents</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Wählen Sie eine Vorlage aus</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Choose a version to see how the current text differs from it.</source>
        <translation>Wählen Sie eine Version aus, um zu sehen, wie sich der aktuelle Text von ihr unterscheidet.</translation>
    </message>
    <message>
        <source>This is the only version. Editing the template adds a new one; this one stays here.</source>
        <translation>Dies ist die einzige Version. Beim Bearbeiten der Vorlage kommt eine neue hinzu; diese bleibt hier erhalten.</translation>
    </message>
    <message>
        <source>Open the filled template in the Composer</source>
        <translation>Die ausgefüllte Vorlage im Composer öffnen</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>Dies ist die aktuelle Version.</translation>
    </message>
    <message>
        <source>From v%1 to the current v%2: &lt;span style=&quot;background-color: #c6efce;&quot;&gt;added&lt;/span&gt;, &lt;span style=&quot;color: #b00020; text-decoration: line-through;&quot;&gt;removed&lt;/span&gt;.</source>
        <translation>Von v%1 zur aktuellen v%2: &lt;span style=&quot;background-color: #c6efce;&quot;&gt;hinzugefügt&lt;/span&gt;, &lt;span style=&quot;color: #b00020; text-decoration: line-through;&quot;&gt;entfernt&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>There is no Composer in this window to hand the template to.</source>
        <translation>In diesem Fenster gibt es keinen Composer, an den die Vorlage übergeben werden kann.</translation>
    </message>
</context>
<context>
    <name>athanor::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>Commit nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>athanor::TrendsPane</name>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Durchschnittsbewertung</translation>
    </message>
    <message>
        <source>Success: a rating of 4 or 5 stars</source>
        <translation>Erfolg: eine Bewertung mit 4 oder 5 Sternen</translation>
    </message>
    <message>
        <source>Enhancements by intent</source>
        <translation>Optimierungen nach Intent</translation>
    </message>
    <message>
        <source>Enhancements by complexity</source>
        <translation>Optimierungen nach Komplexität</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the trend chart as a PNG image</source>
        <translation>Das Trenddiagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Daten exportieren…</translation>
    </message>
    <message>
        <source>Save the figures behind the chart as CSV</source>
        <translation>Die Zahlen hinter dem Diagramm als CSV speichern</translation>
    </message>
    <message>
        <source>Techniques shown</source>
        <translation>Angezeigte Techniken</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Show 90 days of synthetic history from a separate demo database; your data is not touched</source>
        <translation>90 Tage synthetischen Verlauf aus einer separaten Demo-Datenbank anzeigen; Ihre Daten bleiben unberührt</translation>
    </message>
    <message>
        <source>Demo data: synthetic history in a separate database, not yours. Press Demo data again for your own.</source>
        <translation>Demodaten: synthetischer Verlauf in einer separaten Datenbank, nicht Ihre Daten. Drücken Sie erneut auf Demodaten, um Ihre eigenen zu sehen.</translation>
    </message>
    <message>
        <source>Ratings in the range</source>
        <translation>Bewertungen im Zeitraum</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Mittlere Latenz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Klassifikator</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>No enhancements between %1 and %2.

Enhance prompts in the Composer and rate the results (or rate them with athanor-cli rate): each technique&apos;s success rate and average rating then appear here over time.</source>
        <translation>Keine Optimierungen zwischen %1 und %2.

Optimieren Sie Prompts im Composer und bewerten Sie die Ergebnisse (oder bewerten Sie sie mit athanor-cli rate): Erfolgsquote und Durchschnittsbewertung jeder Technik erscheinen dann hier im Zeitverlauf.</translation>
    </message>
    <message>
        <source>%1 (1 use)</source>
        <translation>%1 (1 Verwendung)</translation>
    </message>
    <message>
        <source>%1 (%2 uses)</source>
        <translation>%1 (%2 Verwendungen)</translation>
    </message>
    <message>
        <source>Average rating per technique</source>
        <translation>Durchschnittsbewertung pro Technik</translation>
    </message>
    <message>
        <source>Success rate per technique (ratings of 4 or 5)</source>
        <translation>Erfolgsquote pro Technik (Bewertungen von 4 oder 5)</translation>
    </message>
    <message>
        <source>%1, from %2
%3 uses, %4 ratings
success rate %5, average rating %6</source>
        <translation>%1, ab %2
%3 Verwendungen, %4 Bewertungen
Erfolgsquote %5, Durchschnittsbewertung %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Enhancements</source>
        <translation>Optimierungen</translation>
    </message>
    <message>
        <source>%1: %2 enhancements</source>
        <translation>%1: %2 Optimierungen</translation>
    </message>
    <message>
        <source>No generations through a provider in this range (the Playground and athanor-cli generate record them)</source>
        <translation>Keine Generierungen über einen Anbieter in diesem Zeitraum (der Playground und athanor-cli generate erfassen sie)</translation>
    </message>
    <message>
        <source>Cost per provider and model (US dollars, known prices only)</source>
        <translation>Kosten pro Anbieter und Modell (US-Dollar, nur bekannte Preise)</translation>
    </message>
    <message>
        <source>Mean latency per provider and model (seconds)</source>
        <translation>Mittlere Latenz pro Anbieter und Modell (Sekunden)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No classifier versions yet: correct detected intents (Composer ▸ Correct intent…) to train one</source>
        <translation>Noch keine Klassifikator-Versionen: Korrigieren Sie erkannte Intents (Composer ▸ Intent korrigieren…), um eine zu trainieren</translation>
    </message>
    <message>
        <source>the shipped examples</source>
        <translation>die mitgelieferten Beispiele</translation>
    </message>
    <message>
        <source>Accuracy on held-out prompts (%)</source>
        <translation>Genauigkeit bei zurückgehaltenen Prompts (%)</translation>
    </message>
    <message>
        <source>Intent classifier accuracy per version (in use: %1)</source>
        <translation>Genauigkeit des Intent-Klassifikators pro Version (in Verwendung: %1)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1: check the folder and the free space.</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie den Ordner und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The demo data could not be made: %1</source>
        <translation>Die Demodaten konnten nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
</context>
<context>
    <name>athanor::UsageRepository</name>
    <message>
        <source>no prompt with id %1</source>
        <translation>kein Prompt mit der ID %1</translation>
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
        <translation>Variante %1 (Runde %2)</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Phase / variant</source>
        <translation>Phase / Variante</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>athanor::VectorIndex</name>
    <message>
        <source>the index is rebuilt from the stored embeddings; similar-prompt search is exact (slower) until then</source>
        <translation>der Index wird aus den gespeicherten Embeddings neu aufgebaut; bis dahin ist die Suche nach ähnlichen Prompts exakt (langsamer)</translation>
    </message>
    <message>
        <source>no saved vector index</source>
        <translation>kein gespeicherter Vektorindex</translation>
    </message>
    <message>
        <source>cannot read the vector index manifest</source>
        <translation>das Manifest des Vektorindex kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the vector index was saved in another format (%1, this version reads %2)</source>
        <translation>der Vektorindex wurde in einem anderen Format gespeichert (%1, diese Version liest %2)</translation>
    </message>
    <message>
        <source>the vector index manifest is damaged or of another format</source>
        <translation>das Manifest des Vektorindex ist beschädigt oder hat ein anderes Format</translation>
    </message>
    <message>
        <source>the vector index file is damaged (its checksum does not match)</source>
        <translation>die Datei des Vektorindex ist beschädigt (ihre Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>the vector index is out of date (it covers %1 prompts, the database has %2 with embeddings)</source>
        <translation>der Vektorindex ist veraltet (er umfasst %1 Prompts, die Datenbank hat %2 mit Embeddings)</translation>
    </message>
    <message>
        <source>the vector index file cannot be loaded</source>
        <translation>die Datei des Vektorindex kann nicht geladen werden</translation>
    </message>
    <message>
        <source>the vector index file does not match its manifest</source>
        <translation>die Datei des Vektorindex passt nicht zu ihrem Manifest</translation>
    </message>
    <message>
        <source>a vector has %1 dimensions, the index %2</source>
        <translation>ein Vektor hat %1 Dimensionen, der Index %2</translation>
    </message>
    <message>
        <source>the vector index is not loaded</source>
        <translation>der Vektorindex ist nicht geladen</translation>
    </message>
    <message>
        <source>cannot add to the vector index: %1</source>
        <translation>zum Vektorindex kann nichts hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>%1 vectors of %2 floats expected, %3 floats given</source>
        <translation>%1 Vektoren mit je %2 Floats erwartet, %3 Floats übergeben</translation>
    </message>
    <message>
        <source>cannot add to the vector index (out of memory?)</source>
        <translation>zum Vektorindex kann nichts hinzugefügt werden (zu wenig Speicher?)</translation>
    </message>
    <message>
        <source>cannot delete from the vector index: %1</source>
        <translation>aus dem Vektorindex kann nichts gelöscht werden: %1</translation>
    </message>
    <message>
        <source>the vector index failed: %1</source>
        <translation>der Vektorindex hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>not enough memory for a vector index of %1 prompts</source>
        <translation>nicht genug Speicher für einen Vektorindex mit %1 Prompts</translation>
    </message>
    <message>
        <source>cannot build the vector index (out of memory?)</source>
        <translation>der Vektorindex kann nicht aufgebaut werden (zu wenig Speicher?)</translation>
    </message>
    <message>
        <source>the vector index rebuild was cancelled</source>
        <translation>der Neuaufbau des Vektorindex wurde abgebrochen</translation>
    </message>
    <message>
        <source>there is no vector index to save</source>
        <translation>es gibt keinen Vektorindex zum Speichern</translation>
    </message>
    <message>
        <source>the vector index holds %1 vectors, the database %2</source>
        <translation>der Vektorindex enthält %1 Vektoren, die Datenbank %2</translation>
    </message>
    <message>
        <source>cannot write the vector index: %1</source>
        <translation>der Vektorindex kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write the vector index (is the disk full?)</source>
        <translation>der Vektorindex kann nicht geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>cannot replace the vector index: %1</source>
        <translation>der Vektorindex kann nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the vector index manifest: %1</source>
        <translation>das Manifest des Vektorindex kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>athanor::WelcomeDialog</name>
    <message>
        <source>Welcome to Athanor</source>
        <translation>Willkommen bei Athanor</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Athanor&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Athanor&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workbench for prompts: it finds what a prompt is for, applies the prompt-engineering techniques that suit it, keeps your prompts searchable, and learns from your ratings. Everything works offline; language-model providers and a sync server are optional (Edit ▸ Settings…).</source>
        <translation>Eine Werkbank für Prompts: Sie erkennt, wofür ein Prompt gedacht ist, wendet die passenden Prompt-Engineering-Techniken an, macht Ihre Prompts durchsuchbar und lernt aus Ihren Bewertungen. Alles funktioniert offline; Anbieter von Sprachmodellen und ein Synchronisierungsserver sind optional (Bearbeiten ▸ Einstellungen…).</translation>
    </message>
    <message>
        <source>Add 12 &amp;sample prompts to the library (tagged &quot;sample&quot;, easy to delete)</source>
        <translation>12 &amp;Beispiel-Prompts zur Bibliothek hinzufügen (mit dem Tag „sample“, leicht zu löschen)</translation>
    </message>
    <message>
        <source>Show &amp;demo analytics in Ratings &amp; Trends (synthetic, in a separate database)</source>
        <translation>&amp;Demo-Analysen in Bewertungen und Trends anzeigen (synthetisch, in einer separaten Datenbank)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two things to try first&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Write a prompt in the &lt;b&gt;Composer&lt;/b&gt; and press &lt;b&gt;Enhance&lt;/b&gt; (Ctrl+Return): see its intent, the techniques chosen and the result.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import&lt;/b&gt; your own prompt files: drop files or folders on the window, or use File ▸ Import… (text, Markdown, JSON, CSV, YAML, Prompty, Dotprompt…).&lt;/li&gt;&lt;/ol&gt;Ctrl+K finds any command; F1 lists the keyboard shortcuts.</source>
        <translation>&lt;b&gt;Zwei Dinge zum Ausprobieren&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Schreiben Sie einen Prompt im &lt;b&gt;Composer&lt;/b&gt; und drücken Sie &lt;b&gt;Optimieren&lt;/b&gt; (Ctrl+Return): Sie sehen seinen Intent, die gewählten Techniken und das Ergebnis.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Importieren&lt;/b&gt; Sie Ihre eigenen Prompt-Dateien: Legen Sie Dateien oder Ordner auf dem Fenster ab oder verwenden Sie Datei ▸ Importieren… (Text, Markdown, JSON, CSV, YAML, Prompty, Dotprompt…).&lt;/li&gt;&lt;/ol&gt;Ctrl+K findet jeden Befehl; F1 listet die Tastenkürzel auf.</translation>
    </message>
    <message>
        <source>Open the &amp;Composer</source>
        <translation>&amp;Composer öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Prompt Files…</source>
        <translation>Prompt-Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Just Look &amp;Around</source>
        <translation>Erst einmal &amp;umsehen</translation>
    </message>
</context>
<context>
    <name>athanor::WireProtocol</name>
    <message>
        <source>%1 has no embeddings API</source>
        <translation>%1 hat keine Embeddings-API</translation>
    </message>
</context>
<context>
    <name>athanor::YamlSupport</name>
    <message>
        <source>the YAML is nested too deeply</source>
        <translation>das YAML ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list or comma-separated text</source>
        <translation>„%1“ muss eine Liste oder kommagetrennter Text sein</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply to be a prompt file</source>
        <translation>das YAML ist zu tief verschachtelt, um eine Prompt-Datei zu sein</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop workbench for prompt engineering.</source>
        <translation>Eine Desktop-Werkbank für Prompt-Engineering.</translation>
    </message>
    <message>
        <source>The database to open (default: $ATHANOR_DB, else the app-data folder).</source>
        <translation>Die zu öffnende Datenbank (Standard: $ATHANOR_DB, sonst der Anwendungsdatenordner).</translation>
    </message>
    <message>
        <source>Technique catalog</source>
        <translation>Technikkatalog</translation>
    </message>
    <message>
        <source>The technique catalog could not be installed: %1</source>
        <translation>Der Technikkatalog konnte nicht installiert werden: %1</translation>
    </message>
    <message>
        <source>Prompt files or folders to import.</source>
        <translation>Zu importierende Prompt-Dateien oder -Ordner.</translation>
    </message>
</context>
</TS>
