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
