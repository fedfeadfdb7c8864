<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DeletePromptsCommand</name>
    <message>
        <source>Delete Prompt</source>
        <translation>Supprimer le prompt</translation>
    </message>
    <message>
        <source>Delete %L1 Prompts</source>
        <translation>Supprimer %L1 prompts</translation>
    </message>
</context>
<context>
    <name>EditTagsCommand</name>
    <message>
        <source>Edit Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
</context>
<context>
    <name>PromptDetails</name>
    <message>
        <source>This prompt is no longer in the library.</source>
        <translation>Ce prompt ne se trouve plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Similarity search is not available.</source>
        <translation>La recherche par similarité n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>No other prompts yet.</source>
        <translation>Aucun autre prompt pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>athanor::CommandPalette</name>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Saisir une commande…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityDetailView</name>
    <message>
        <source>The selected community prompt</source>
        <translation>Le prompt de la communauté sélectionné</translation>
    </message>
    <message>
        <source>Like this prompt (once; press again to take it back)</source>
        <translation>Aimer ce prompt (une seule fois ; appuyez à nouveau pour annuler)</translation>
    </message>
    <message>
        <source>Save this prompt to read it again later</source>
        <translation>Enregistrer ce prompt pour le relire plus tard</translation>
    </message>
    <message>
        <source>Copy this prompt into your library to change it; its lineage points here</source>
        <translation>Copier ce prompt dans votre bibliothèque pour le modifier ; sa filiation renvoie ici</translation>
    </message>
    <message>
        <source>Remix</source>
        <translation>Remixer</translation>
    </message>
    <message>
        <source>Publish it to everyone</source>
        <translation>Le publier pour tout le monde</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Keep it out of the community library</source>
        <translation>Le tenir à l&apos;écart de la bibliothèque communautaire</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Show it first, with a ★</source>
        <translation>L&apos;afficher en premier, avec une ★</translation>
    </message>
    <message>
        <source>Mark it as checked by a moderator, with a ✓</source>
        <translation>Le marquer comme vérifié par un modérateur, avec une ✓</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a prompt to read it in full.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un prompt pour le lire en entier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unlike</source>
        <translation>Je n&apos;aime plus</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <source>Unsave</source>
        <translation>Retirer des enregistrés</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Unfeature</source>
        <translation>Ne plus mettre en avant</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Mettre en avant</translation>
    </message>
    <message>
        <source>Unverify</source>
        <translation>Retirer la vérification</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Techniques:</source>
        <translation>Techniques :</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Issu de</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityItemDelegate</name>
    <message>
        <source>★ featured</source>
        <translation>★ en vedette</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ vérifié</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>saved %L1</source>
        <translation>enregistré %L1 fois</translation>
    </message>
    <message>
        <source>remixed %L1</source>
        <translation>remixé %L1 fois</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityListModel</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>featured</source>
        <translation>en vedette</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>1 like</source>
        <translation>1 j&apos;aime</translation>
    </message>
    <message>
        <source>%L1 likes</source>
        <translation>%L1 j&apos;aime</translation>
    </message>
    <message>
        <source>1 save</source>
        <translation>1 enregistrement</translation>
    </message>
    <message>
        <source>%L1 saves</source>
        <translation>%L1 enregistrements</translation>
    </message>
    <message>
        <source>1 remix</source>
        <translation>1 remix</translation>
    </message>
    <message>
        <source>%L1 remixes</source>
        <translation>%L1 remix</translation>
    </message>
</context>
<context>
    <name>athanor::CommunityPane</name>
    <message>
        <source>Search the community</source>
        <translation>Rechercher dans la communauté</translation>
    </message>
    <message>
        <source>Search the community…</source>
        <translation>Rechercher dans la communauté…</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Trending: likes and saves over the last 7 days; New: newest first; Top: most likes and saves</source>
        <translation>Tendances : j&apos;aime et enregistrements des 7 derniers jours ; Nouveautés : les plus récents d&apos;abord ; Populaires : le plus de j&apos;aime et d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Populaires</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>List the community prompts again</source>
        <translation>Recharger la liste des prompts de la communauté</translation>
    </message>
    <message>
        <source>Moderation queue</source>
        <translation>File de modération</translation>
    </message>
    <message>
        <source>Moderators: the prompts waiting for approval</source>
        <translation>Modérateurs : les prompts en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <source>Share one of your library&apos;s prompts with the community</source>
        <translation>Partager un des prompts de votre bibliothèque avec la communauté</translation>
    </message>
    <message>
        <source>Talking to the server</source>
        <translation>Communication avec le serveur</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Community prompts</source>
        <translation>Prompts de la communauté</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not connected — showing the 1 prompt cached on this computer. Set a server in Edit ▸ Server…</source>
        <translation>Non connecté — affichage du prompt en cache sur cet ordinateur. Configurez un serveur dans Édition ▸ Serveur…</translation>
    </message>
    <message>
        <source>Not connected — showing the %L1 prompts cached on this computer. Set a server in Edit ▸ Server…</source>
        <translation>Non connecté — affichage des %L1 prompts en cache sur cet ordinateur. Configurez un serveur dans Édition ▸ Serveur…</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1. Showing the cache.</source>
        <translation>Le serveur est injoignable : %1. Affichage du cache.</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>Le cache n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Nothing is waiting for approval.

Only moderators see the queue: for everyone else it is always empty.</source>
        <translation>Rien n&apos;attend d&apos;approbation.

Seuls les modérateurs voient la file : pour tous les autres, elle est toujours vide.</translation>
    </message>
    <message>
        <source>No community prompt matches “%1”.</source>
        <translation>Aucun prompt de la communauté ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No community prompts yet.

Share one of yours with “Publish…”.</source>
        <translation>Aucun prompt dans la communauté pour l&apos;instant.

Partagez l&apos;un des vôtres avec « Publier… ».</translation>
    </message>
    <message>
        <source>Nothing is cached on this computer yet: the prompts you see while connected stay readable offline.</source>
        <translation>Rien n&apos;est encore en cache sur cet ordinateur : les prompts consultés pendant que vous êtes connecté restent lisibles hors ligne.</translation>
    </message>
    <message>
        <source>No server is set: choose one in Edit ▸ Server… first.</source>
        <translation>Aucun serveur n&apos;est configuré : choisissez-en d&apos;abord un dans le menu Édition ▸ Serveur…, puis réessayez.</translation>
    </message>
    <message>
        <source>The server did not do it: %1</source>
        <translation>Le serveur n&apos;a pas effectué l&apos;opération : %1</translation>
    </message>
    <message>
        <source>Remixed into your library as “%1”.</source>
        <translation>Remixé dans votre bibliothèque sous le nom « %1 ».</translation>
    </message>
    <message>
        <source>Remix of %1</source>
        <translation>Remix de %1</translation>
    </message>
    <message>
        <source>Approved “%1”: everyone can see it now.</source>
        <translation>« %1 » approuvé : tout le monde peut le voir désormais.</translation>
    </message>
    <message>
        <source>Rejected “%1”.</source>
        <translation>« %1 » rejeté.</translation>
    </message>
    <message>
        <source>Published “%1”: it is pending until a moderator approves it.</source>
        <translation>« %1 » publié : il reste en attente jusqu&apos;à ce qu&apos;un modérateur l&apos;approuve.</translation>
    </message>
</context>
<context>
    <name>athanor::ComposerOptions</name>
    <message>
        <source>The voice of the enhanced prompt; Automatic picks one from the intent</source>
        <translation>La voix du prompt amélioré ; Automatique en choisit une d&apos;après l&apos;intention</translation>
    </message>
    <message>
        <source>Lays the prompt out the way this model family reads best; you can also type a model name such as gpt-4o or claude-sonnet-4</source>
        <translation>Met en forme le prompt de la façon que cette famille de modèles lit le mieux ; vous pouvez aussi saisir un nom de modèle, comme gpt-4o ou claude-sonnet-4</translation>
    </message>
    <message>
        <source>How many techniques Athanor applies when it chooses them</source>
        <translation>Nombre de techniques qu&apos;Athanor applique lorsqu&apos;il les choisit</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Target model</source>
        <translation>Modèle &amp;cible</translation>
    </message>
    <message>
        <source>&amp;Max techniques</source>
        <translation>&amp;Techniques max.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Générique</translation>
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
        <translation>Modèles ouverts</translation>
    </message>
</context>
<context>
    <name>athanor::ComposerPane</name>
    <message>
        <source>Loading the enhancement engine…</source>
        <translation>Chargement du moteur d&apos;amélioration…</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Write your prompt here. Variables like {{name}}, tags like &lt;context&gt; and ``` code fences are highlighted. Ctrl+Return enhances it.</source>
        <translation>Écrivez votre prompt ici. Les variables comme {{name}}, les balises comme &lt;context&gt; et les blocs de code ``` sont mis en évidence. Ctrl+Return l&apos;améliore.</translation>
    </message>
    <message>
        <source>Enhance</source>
        <translation>Améliorer</translation>
    </message>
    <message>
        <source>Enhancing…</source>
        <translation>Amélioration…</translation>
    </message>
    <message>
        <source>The enhancement engine could not be loaded: %1</source>
        <translation>Le moteur d&apos;amélioration n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Write a prompt first, then press Enhance.</source>
        <translation>Écrivez d&apos;abord un prompt, puis appuyez sur Améliorer.</translation>
    </message>
    <message>
        <source>No technique is checked. Check at least one, or press Automatic to let Athanor choose.</source>
        <translation>Aucune technique n&apos;est cochée. Cochez-en au moins une, ou appuyez sur Automatique pour laisser Athanor choisir.</translation>
    </message>
    <message>
        <source>Cannot enhance: %1</source>
        <translation>Impossible d&apos;améliorer : %1</translation>
    </message>
    <message>
        <source>The enhanced prompt is shown but could not be kept in your history: %1</source>
        <translation>Le prompt amélioré est affiché, mais n&apos;a pas pu être conservé dans votre historique : %1</translation>
    </message>
    <message>
        <source>Enhanced with 1 technique in %1 ms; kept in your history.</source>
        <translation>Amélioré avec 1 technique en %1 ms ; conservé dans votre historique.</translation>
    </message>
    <message>
        <source>Enhanced with %1 techniques in %2 ms; kept in your history.</source>
        <translation>Amélioré avec %1 techniques en %2 ms ; conservé dans votre historique.</translation>
    </message>
    <message>
        <source>Accept enhancement</source>
        <translation>Accepter l&apos;amélioration</translation>
    </message>
    <message>
        <source>The enhanced prompt is now in the editor. Undo (Ctrl+Z) brings the old one back.</source>
        <translation>Le prompt amélioré est maintenant dans l&apos;éditeur. Annuler (Ctrl+Z) rétablit l&apos;ancien.</translation>
    </message>
    <message>
        <source>Already in your library as prompt %1 (kept when it was enhanced; its parent is your original, prompt %2).</source>
        <translation>Déjà dans votre bibliothèque en tant que prompt %1 (conservé lors de son amélioration ; son parent est votre original, le prompt %2).</translation>
    </message>
    <message>
        <source>The prompt could not be saved to your library: %1</source>
        <translation>Le prompt n&apos;a pas pu être enregistré dans votre bibliothèque : %1</translation>
    </message>
    <message>
        <source>This text is already in your library as prompt %1.</source>
        <translation>Ce texte figure déjà dans votre bibliothèque en tant que prompt %1.</translation>
    </message>
    <message>
        <source>Saved to your library as prompt %1.</source>
        <translation>Enregistré dans votre bibliothèque en tant que prompt %1.</translation>
    </message>
    <message>
        <source>Saved to your library as prompt %1, derived from prompt %2.</source>
        <translation>Enregistré dans votre bibliothèque en tant que prompt %1, dérivé du prompt %2.</translation>
    </message>
    <message>
        <source>Use template %1</source>
        <translation>Utiliser le modèle %1</translation>
    </message>
    <message>
        <source>The use of this prompt was not counted: %1</source>
        <translation>L&apos;utilisation de ce prompt n&apos;a pas été comptabilisée : %1</translation>
    </message>
    <message>
        <source>Open a prompt from the library</source>
        <translation>Ouvrir un prompt de la bibliothèque</translation>
    </message>
    <message>
        <source>Enhance the prompt offline (Ctrl+Return)</source>
        <translation>Améliorer le prompt hors ligne (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Waiting for the enhancement engine</source>
        <translation>En attente du moteur d&apos;amélioration</translation>
    </message>
    <message>
        <source>Correction stored (%1 so far); the classifier retrains after every %2.</source>
        <translation>Correction enregistrée (%1 jusqu&apos;ici) ; le classifieur est réentraîné toutes les %2 corrections.</translation>
    </message>
    <message>
        <source>Correction stored; retraining the classifier…</source>
        <translation>Correction enregistrée ; réentraînement du classifieur…</translation>
    </message>
    <message>
        <source>Retraining failed: %1</source>
        <translation>Échec du réentraînement : %1</translation>
    </message>
    <message>
        <source>Classifier %1: accuracy %2 on held-out prompts (%3 had %4); %5.</source>
        <translation>Classifieur %1 : précision %2 sur les prompts de test (%3 avait %4) ; %5.</translation>
    </message>
    <message>
        <source>Composer ▸ Enhance</source>
        <translation>Compositeur ▸ Améliorer</translation>
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
        <translation>Votre prompt tel qu&apos;il a été amélioré.</translation>
    </message>
    <message>
        <source>Enhanced prompt with changes highlighted</source>
        <translation>Prompt amélioré, modifications mises en évidence</translation>
    </message>
    <message>
        <source>Press Enhance (Ctrl+Return) to see the enhanced prompt here.</source>
        <translation>Appuyez sur Améliorer (Ctrl+Return) pour voir le prompt amélioré ici.</translation>
    </message>
    <message>
        <source>Enhanced prompt, editable</source>
        <translation>Prompt amélioré, modifiable</translation>
    </message>
    <message>
        <source>Techniques applied and improvements</source>
        <translation>Techniques appliquées et améliorations</translation>
    </message>
    <message>
        <source>The techniques applied and why appear here.</source>
        <translation>Les techniques appliquées et leurs raisons apparaissent ici.</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Amélioré</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>What was applied</source>
        <translation>Ce qui a été appliqué</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Put the enhanced prompt into the editor as your new prompt (undoable)</source>
        <translation>Placer le prompt amélioré dans l&apos;éditeur comme nouveau prompt (annulable)</translation>
    </message>
    <message>
        <source>Edit further</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <source>Edit the enhanced prompt in place</source>
        <translation>Modifier le prompt amélioré sur place</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the enhanced prompt to the clipboard</source>
        <translation>Copier le prompt amélioré dans le presse-papiers</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>Enregistrer dans la bibliothèque</translation>
    </message>
    <message>
        <source>Keep the enhanced prompt, with your edits, in your library</source>
        <translation>Conserver le prompt amélioré, avec vos modifications, dans votre bibliothèque</translation>
    </message>
    <message>
        <source>Correct intent…</source>
        <translation>Corriger l&apos;intention…</translation>
    </message>
    <message>
        <source>Tell the classifier the right intent and complexity of this prompt</source>
        <translation>Indiquer au classifieur l&apos;intention et la complexité correctes de ce prompt</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Afficher les modifications</translation>
    </message>
    <message>
        <source>Show the edited prompt with its changes against the original</source>
        <translation>Afficher le prompt modifié avec ses différences par rapport à l&apos;original</translation>
    </message>
    <message>
        <source>Enhanced, edited by you: additions highlighted</source>
        <translation>Amélioré, modifié par vous : ajouts mis en évidence</translation>
    </message>
    <message>
        <source>Enhanced: additions highlighted</source>
        <translation>Amélioré : ajouts mis en évidence</translation>
    </message>
    <message>
        <source>Copied the enhanced prompt to the clipboard.</source>
        <translation>Prompt amélioré copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Intent &lt;b&gt;%1&lt;/b&gt; (%2) · complexity &lt;b&gt;%3/5&lt;/b&gt; · persona &lt;b&gt;%4&lt;/b&gt; · laid out for &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Intention &lt;b&gt;%1&lt;/b&gt; (%2) · complexité &lt;b&gt;%3/5&lt;/b&gt; · persona &lt;b&gt;%4&lt;/b&gt; · mis en forme pour &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniques</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) : %3</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Améliorations</translation>
    </message>
</context>
<context>
    <name>athanor::CorrectionDialog</name>
    <message>
        <source>Correct the detected intent</source>
        <translation>Corriger l&apos;intention détectée</translation>
    </message>
    <message>
        <source>Detected: %1, complexity %2. The classifier learns from your corrections: it is retrained after every ten, and a new version is kept only if it is not worse.</source>
        <translation>Détecté : %1, complexité %2. Le classifieur apprend de vos corrections : il est réentraîné toutes les dix corrections, et une nouvelle version n&apos;est conservée que si elle n&apos;est pas moins bonne.</translation>
    </message>
    <message>
        <source>no intent</source>
        <translation>aucune intention</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexité</translation>
    </message>
</context>
<context>
    <name>athanor::DatabaseErrorDialog</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>&lt;p&gt;File: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fichier : &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Ouvrir une autre…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Créer une nouvelle…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Athanor databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Athanor (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
</context>
<context>
    <name>athanor::DuplicateGroupModel</name>
    <message>
        <source>%L1 near-identical prompts</source>
        <translation>%L1 prompts presque identiques</translation>
    </message>
    <message>
        <source>oldest</source>
        <translation>le plus ancien</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
</context>
<context>
    <name>athanor::DuplicatesDialog</name>
    <message>
        <source>Near-Duplicate Prompts</source>
        <translation>Prompts quasi identiques</translation>
    </message>
    <message>
        <source>How alike two prompts must be (cosine similarity of their embeddings) to be grouped</source>
        <translation>Degré de ressemblance requis entre deux prompts (similarité cosinus de leurs plongements) pour qu&apos;ils soient regroupés</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Similarity at least:</source>
        <translation>&amp;Similarité minimale :</translation>
    </message>
    <message>
        <source>Identical prompts are never imported twice; this finds prompts worded almost alike.</source>
        <translation>Les prompts identiques ne sont jamais importés deux fois ; cette fonction trouve les prompts formulés presque de la même façon.</translation>
    </message>
    <message>
        <source>Delete &amp;Selected</source>
        <translation>Supprimer la &amp;sélection</translation>
    </message>
    <message>
        <source>Delete All but the &amp;Oldest</source>
        <translation>Tout supprimer sauf le plus &amp;ancien</translation>
    </message>
    <message>
        <source>Keeps the oldest prompt of each group and deletes the others (undoable)</source>
        <translation>Conserve le prompt le plus ancien de chaque groupe et supprime les autres (annulable)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>Impossible de rechercher les doublons : %1</translation>
    </message>
    <message>
        <source>No near-duplicates at this similarity.</source>
        <translation>Aucun quasi-doublon à ce niveau de similarité.</translation>
    </message>
    <message>
        <source>%L1 group, %L2 prompts in all.</source>
        <translation>%L1 groupe, %L2 prompts au total.</translation>
    </message>
    <message>
        <source>%L1 groups, %L2 prompts in all.</source>
        <translation>%L1 groupes, %L2 prompts au total.</translation>
    </message>
    <message>
        <source>Comparing every prompt with its nearest neighbours…</source>
        <translation>Comparaison de chaque prompt avec ses plus proches voisins…</translation>
    </message>
</context>
<context>
    <name>athanor::ExperimentTableModel</name>
    <message>
        <source>1 more run</source>
        <translation>1 essai de plus</translation>
    </message>
    <message>
        <source>%1 more runs</source>
        <translation>%1 essais de plus</translation>
    </message>
    <message>
        <source>%1 of %2 runs rated 4 or 5 stars; the success rate is between the bracketed figures with 95 % confidence (Wilson interval)</source>
        <translation>%1 essais sur %2 notés 4 ou 5 étoiles ; le taux de réussite se situe entre les valeurs entre crochets avec une confiance de 95 % (intervalle de Wilson)</translation>
    </message>
    <message>
        <source>Share of runs rated 4 or 5 stars, with its 95 % confidence interval</source>
        <translation>Part des essais notés 4 ou 5 étoiles, avec son intervalle de confiance à 95 %</translation>
    </message>
    <message>
        <source>The chance of a difference this large if both variants were equally good; a winner needs under 0.05</source>
        <translation>Probabilité d&apos;un écart aussi grand si les deux variantes étaient aussi bonnes l&apos;une que l&apos;autre ; un gagnant exige moins de 0,05</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>A runs</source>
        <translation>Essais A</translation>
    </message>
    <message>
        <source>A success rate</source>
        <translation>Taux de réussite A</translation>
    </message>
    <message>
        <source>B runs</source>
        <translation>Essais B</translation>
    </message>
    <message>
        <source>B success rate</source>
        <translation>Taux de réussite B</translation>
    </message>
    <message>
        <source>p-value (test)</source>
        <translation>Valeur p (test)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
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
        <translation>%1 (test z)</translation>
    </message>
    <message>
        <source>%1 (Fisher)</source>
        <translation>%1 (Fisher)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Techniques: %1</source>
        <translation>Techniques : %1</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <translation>%1 l&apos;emporte</translation>
    </message>
    <message>
        <source>Stopped, no winner</source>
        <translation>Arrêtée, sans gagnant</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aucun essai pour l&apos;instant</translation>
    </message>
    <message>
        <source>Needs %1 runs per arm</source>
        <translation>%1 essais requis par variante</translation>
    </message>
    <message>
        <source>No significant difference yet</source>
        <translation>Pas encore de différence significative</translation>
    </message>
    <message>
        <source>Stopped before any run.</source>
        <translation>Arrêtée avant tout essai.</translation>
    </message>
    <message>
        <source>No runs yet. Record a run for each use of a variant: 4 or 5 stars count as a success, and a winner needs p under 0.05 with at least %1 runs in each arm.</source>
        <translation>Aucun essai pour l&apos;instant. Enregistrez un essai à chaque utilisation d&apos;une variante : 4 ou 5 étoiles comptent comme une réussite, et un gagnant exige p inférieur à 0,05 avec au moins %1 essais par variante.</translation>
    </message>
    <message>
        <source>Only %1 has runs so far: nothing to compare yet.</source>
        <translation>Seule %1 a des essais pour l&apos;instant : rien à comparer encore.</translation>
    </message>
    <message>
        <source>The two-proportion z-test is used, as every expected count of successes and failures is at least 5.</source>
        <translation>Le test z de comparaison de deux proportions est utilisé, car chaque effectif attendu de réussites et d&apos;échecs est d&apos;au moins 5.</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test is used, as some expected count of successes or failures is under 5, too few for the z-test.</source>
        <translation>Le test exact de Fisher est utilisé, car un effectif attendu de réussites ou d&apos;échecs est inférieur à 5, trop peu pour le test z.</translation>
    </message>
    <message>
        <source>If A and B were equally good, a difference at least this large would turn up by chance with probability %1.</source>
        <translation>Si A et B étaient aussi bonnes l&apos;une que l&apos;autre, un écart au moins aussi grand apparaîtrait par hasard avec une probabilité de %1.</translation>
    </message>
    <message>
        <source>under 0.001</source>
        <translation>inférieure à 0,001</translation>
    </message>
    <message>
        <source>A needs %1</source>
        <translation>A requiert %1</translation>
    </message>
    <message>
        <source>B needs %1</source>
        <translation>B requiert %1</translation>
    </message>
    <message>
        <source>The experiment was stopped without a winner: it takes no more runs.</source>
        <translation>L&apos;expérience a été arrêtée sans gagnant : elle n&apos;accepte plus d&apos;essais.</translation>
    </message>
    <message>
        <source>%1 is better: that probability is under 0.05 and each arm has at least %2 runs.</source>
        <translation>%1 est meilleure : cette probabilité est inférieure à 0,05 et chaque variante compte au moins %2 essais.</translation>
    </message>
    <message>
        <source>The difference looks real, but no winner is declared before each arm has %1 runs: %2.</source>
        <translation>L&apos;écart semble réel, mais aucun gagnant n&apos;est déclaré avant que chaque variante ait %1 essais : %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No winner yet: a winner needs at least %1 runs in each arm (%2) and a probability under 0.05.</source>
        <translation>Pas encore de gagnant : un gagnant exige au moins %1 essais par variante (%2) et une probabilité inférieure à 0,05.</translation>
    </message>
    <message>
        <source>No significant difference yet: the probability must be under 0.05. Record more runs, or stop the experiment if the difference does not matter.</source>
        <translation>Pas encore de différence significative : la probabilité doit être inférieure à 0,05. Enregistrez d&apos;autres essais, ou arrêtez l&apos;expérience si l&apos;écart n&apos;a pas d&apos;importance.</translation>
    </message>
    <message>
        <source>The experiment is complete: it takes no more runs.</source>
        <translation>L&apos;expérience est terminée : elle n&apos;accepte plus d&apos;essais.</translation>
    </message>
</context>
<context>
    <name>athanor::ExperimentsView</name>
    <message>
        <source>No runs yet.</source>
        <translation>Aucun essai pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 of %2 runs succeeded: %3 %, with 95 % confidence between %4 and %5 %.</source>
        <translation>%1 essais sur %2 réussis : %3 %, avec une confiance de 95 % entre %4 et %5 %.</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source> — the winner</source>
        <translation> — la gagnante</translation>
    </message>
    <message>
        <source>New experiment…</source>
        <translation>Nouvelle expérience…</translation>
    </message>
    <message>
        <source>Start an A/B experiment: two prompts or two sets of techniques for one intent</source>
        <translation>Lancer une expérience A/B : deux prompts ou deux ensembles de techniques pour une même intention</translation>
    </message>
    <message>
        <source>Record a run…</source>
        <translation>Enregistrer un essai…</translation>
    </message>
    <message>
        <source>Rate one use of the selected experiment&apos;s next variant (or of either)</source>
        <translation>Noter une utilisation de la prochaine variante de l&apos;expérience sélectionnée (ou de l&apos;une ou l&apos;autre)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>End the selected experiment without a winner: it takes no more runs</source>
        <translation>Terminer l&apos;expérience sélectionnée sans gagnant : elle n&apos;accepte plus d&apos;essais</translation>
    </message>
    <message>
        <source>A/B experiments</source>
        <translation>Expériences A/B</translation>
    </message>
    <message>
        <source>The selected experiment</source>
        <translation>L&apos;expérience sélectionnée</translation>
    </message>
    <message>
        <source>No experiments yet.

An A/B experiment compares two prompts, or two sets of techniques, for one intent. Press “New experiment…” (or run athanor-cli experiment create --name N --intent PATH --prompt-a A --prompt-b B), then record a rating for every run: a winner is declared when the difference is significant and each variant has enough runs.</source>
        <translation>Aucune expérience pour l&apos;instant.

Une expérience A/B compare deux prompts, ou deux ensembles de techniques, pour une même intention. Appuyez sur « Nouvelle expérience… » (ou exécutez athanor-cli experiment create --name N --intent PATH --prompt-a A --prompt-b B), puis enregistrez une note pour chaque essai : un gagnant est déclaré lorsque l&apos;écart est significatif et que chaque variante compte assez d&apos;essais.</translation>
    </message>
    <message>
        <source>The experiments could not be read: %1</source>
        <translation>Les expériences n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an experiment to see its variants and verdict.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une expérience pour voir ses variantes et son verdict.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Intent %1 · %2 · runs assigned %3 · at least %4 runs per variant before a winner</source>
        <translation>Intention %1 · %2 · essais attribués %3 · au moins %4 essais par variante avant un gagnant</translation>
    </message>
    <message>
        <source>at random</source>
        <translation>au hasard</translation>
    </message>
    <message>
        <source>alternately</source>
        <translation>en alternance</translation>
    </message>
    <message>
        <source>A run is a success when it is rated 4 or 5 stars.</source>
        <translation>Un essai est une réussite lorsqu&apos;il est noté 4 ou 5 étoiles.</translation>
    </message>
    <message>
        <source>Created. Record a run each time you use one of its variants.</source>
        <translation>Créée. Enregistrez un essai chaque fois que vous utilisez l&apos;une de ses variantes.</translation>
    </message>
    <message>
        <source>Select an experiment first.</source>
        <translation>Sélectionnez d&apos;abord une expérience.</translation>
    </message>
    <message>
        <source>Recorded. %1 is complete: %2.</source>
        <translation>Enregistré. %1 est terminée : %2.</translation>
    </message>
    <message>
        <source>Recorded a %1-star run of %2.</source>
        <translation>Essai de %2 enregistré, noté %1 sur 5.</translation>
    </message>
    <message>
        <source>Not stopped: %1.</source>
        <translation>Non arrêtée : %1.</translation>
    </message>
    <message>
        <source>Stopped: the experiment takes no more runs.</source>
        <translation>Arrêtée : l&apos;expérience n&apos;accepte plus d&apos;essais.</translation>
    </message>
</context>
<context>
    <name>athanor::ExportDialog</name>
    <message>
        <source>Export All Prompts</source>
        <translation>Exporter tous les prompts</translation>
    </message>
    <message>
        <source>Export Selected Prompts</source>
        <translation>Exporter les prompts sélectionnés</translation>
    </message>
    <message>
        <source>Every prompt in the library is exported.</source>
        <translation>Tous les prompts de la bibliothèque sont exportés.</translation>
    </message>
    <message>
        <source>Selected prompts to export: %L1</source>
        <translation>Prompts sélectionnés à exporter : %L1</translation>
    </message>
    <message>
        <source>JSON: everything, imports back as it was</source>
        <translation>JSON : tout, se réimporte à l&apos;identique</translation>
    </message>
    <message>
        <source>JSON Lines: one prompt per line</source>
        <translation>JSON Lines : un prompt par ligne</translation>
    </message>
    <message>
        <source>CSV: prompt, title, tags, model, temperature</source>
        <translation>CSV : prompt, titre, étiquettes, modèle, température</translation>
    </message>
    <message>
        <source>Markdown: for reading</source>
        <translation>Markdown : pour la lecture</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export Prompts To</source>
        <translation>Exporter les prompts vers</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier de destination pour l&apos;export.</translation>
    </message>
    <message>
        <source>The prompts could not be exported: %1</source>
        <translation>Les prompts n&apos;ont pas pu être exportés : %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>athanor::ImportController</name>
    <message>
        <source>Import Prompt Files</source>
        <translation>Importer des fichiers de prompts</translation>
    </message>
    <message>
        <source>Prompt files (*.txt *.md *.markdown *.csv *.json *.jsonl *.yaml *.yml *.prompt *.prompty)</source>
        <translation>Fichiers de prompts (*.txt *.md *.markdown *.csv *.json *.jsonl *.yaml *.yml *.prompt *.prompty)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Prompt Files</source>
        <translation>Importer un dossier de fichiers de prompts</translation>
    </message>
</context>
<context>
    <name>athanor::ImportProgressDialog</name>
    <message>
        <source>Importing Prompts</source>
        <translation>Importation des prompts</translation>
    </message>
    <message>
        <source>Looking for prompt files…</source>
        <translation>Recherche des fichiers de prompts…</translation>
    </message>
    <message>
        <source>Stop after the file being read; the files imported so far stay.</source>
        <translation>Arrêter après le fichier en cours de lecture ; les fichiers déjà importés sont conservés.</translation>
    </message>
    <message>
        <source>%L1 of %L2 files done</source>
        <translation>%L1 fichiers traités sur %L2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
</context>
<context>
    <name>athanor::ImportResultDialog</name>
    <message>
        <source>Import Results</source>
        <translation>Résultats de l&apos;importation</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Import cancelled: the files imported before it stay in the library</source>
        <translation>Importation annulée : les fichiers importés avant l&apos;annulation restent dans la bibliothèque</translation>
    </message>
    <message>
        <source>Import finished, but some files could not be imported</source>
        <translation>Importation terminée, mais certains fichiers n&apos;ont pas pu être importés</translation>
    </message>
    <message>
        <source>Prompts imported:</source>
        <translation>Prompts importés :</translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation>Doublons ignorés :</translation>
    </message>
    <message>
        <source>Files imported:</source>
        <translation>Fichiers importés :</translation>
    </message>
    <message>
        <source>Files not imported:</source>
        <translation>Fichiers non importés :</translation>
    </message>
    <message>
        <source>Nothing of these files was imported:</source>
        <translation>Rien n&apos;a été importé de ces fichiers :</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the counts and one “file:line: reason” line per failure</source>
        <translation>Copier les compteurs et une ligne « fichier:ligne: motif » par échec</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Prompts imported: %L1</source>
        <translation>Prompts importés : %L1</translation>
    </message>
    <message>
        <source>Duplicates skipped: %L1</source>
        <translation>Doublons ignorés : %L1</translation>
    </message>
    <message>
        <source>Files imported: %L1</source>
        <translation>Fichiers importés : %L1</translation>
    </message>
    <message>
        <source>Files not imported: %L1</source>
        <translation>Fichiers non importés : %L1</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;importation a été annulée.</translation>
    </message>
</context>
<context>
    <name>athanor::LibraryFilterPanel</name>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase :</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>R&amp;ating:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>U&amp;ntil</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créé à partir du</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Créé jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>athanor::LibraryIndexService</name>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Reconstruction de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>Indexing prompts for search</source>
        <translation>Indexation des prompts pour la recherche</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Mise à jour de l&apos;index de recherche</translation>
    </message>
</context>
<context>
    <name>athanor::LibraryPane</name>
    <message>
        <source>The library sorts by Created or Uses.</source>
        <translation>La bibliothèque se trie par Création ou Utilisations.</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>La bibliothèque n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The use of this prompt was not counted: %1</source>
        <translation>L&apos;utilisation de ce prompt n&apos;a pas été comptabilisée : %1</translation>
    </message>
    <message>
        <source>Copied the prompt to the clipboard.</source>
        <translation>Prompt copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation>Rechercher dans la bibliothèque (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>By &amp;meaning</source>
        <translation>Par le &amp;sens</translation>
    </message>
    <message>
        <source>Find prompts that mean the same thing, not only those with the same words</source>
        <translation>Trouver les prompts qui signifient la même chose, pas seulement ceux qui emploient les mêmes mots</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Afficher ou masquer les filtres</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import prompt files or drop them here</source>
        <translation>Importer des fichiers de prompts, ou déposez-les ici</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the selected prompts, or all of them when none is selected</source>
        <translation>Exporter les prompts sélectionnés, ou tous lorsqu&apos;aucun n&apos;est sélectionné</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Doublons…</translation>
    </message>
    <message>
        <source>Group prompts that are worded almost alike</source>
        <translation>Regrouper les prompts formulés presque de la même façon</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Delete the selected prompts (Del; undo with Ctrl+Z)</source>
        <translation>Supprimer les prompts sélectionnés (Suppr ; annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Filters apply to the list, not to searches</source>
        <translation>Les filtres s&apos;appliquent à la liste, pas aux recherches</translation>
    </message>
    <message>
        <source>Search by meaning is not available.</source>
        <translation>La recherche par le sens n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message>
        <source>1 prompt close in meaning</source>
        <translation>1 prompt proche par le sens</translation>
    </message>
    <message>
        <source>%L1 prompts closest in meaning</source>
        <translation>Les %L1 prompts les plus proches par le sens</translation>
    </message>
    <message>
        <source>the best %1 matches</source>
        <translation>les %1 meilleurs résultats</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%L1 matches</source>
        <translation>%L1 résultats</translation>
    </message>
    <message>
        <source>Delete Prompts</source>
        <translation>Supprimer des prompts</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Rien n&apos;a été supprimé : %1</translation>
    </message>
    <message>
        <source>The prompts could not be restored: %1</source>
        <translation>Les prompts n&apos;ont pas pu être restaurés : %1</translation>
    </message>
    <message>
        <source>The prompts could not be deleted again: %1</source>
        <translation>Les prompts n&apos;ont pas pu être supprimés à nouveau : %1</translation>
    </message>
    <message>
        <source>Restored 1 prompt.</source>
        <translation>1 prompt restauré.</translation>
    </message>
    <message>
        <source>Restored %L1 prompts.</source>
        <translation>%L1 prompts restaurés.</translation>
    </message>
    <message>
        <source>Deleted 1 prompt. Undo with Ctrl+Z.</source>
        <translation>1 prompt supprimé. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Deleted %L1 prompts. Undo with Ctrl+Z.</source>
        <translation>%L1 prompts supprimés. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>The tags could not be changed: %1</source>
        <translation>Les étiquettes n&apos;ont pas pu être modifiées : %1</translation>
    </message>
    <message>
        <source>Near-duplicate search needs the vector index.</source>
        <translation>La recherche de quasi-doublons nécessite l&apos;index vectoriel.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
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
        <translation>Techniques</translation>
    </message>
    <message>
        <source>Browse the catalog of prompt-engineering techniques by category: their patterns, templates, worked examples and sources, and the intents each one serves best.</source>
        <translation>Parcourez le catalogue des techniques de prompt engineering par catégorie : leurs schémas, modèles, exemples commentés et sources, ainsi que les intentions que chacune sert le mieux.</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Compositeur</translation>
    </message>
    <message>
        <source>Write a prompt and have it enhanced offline: its intent and complexity detected, the best techniques chosen and applied, the original and the enhanced prompt side by side.</source>
        <translation>Écrivez un prompt et faites-le améliorer hors ligne : son intention et sa complexité sont détectées, les meilleures techniques choisies et appliquées, le prompt original et le prompt amélioré affichés côte à côte.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Your prompts: drop prompt files of common formats to import them, search by words or by meaning, follow each prompt&apos;s lineage, export.</source>
        <translation>Vos prompts : déposez des fichiers de prompts de formats courants pour les importer, cherchez par mots ou par le sens, suivez la filiation de chaque prompt, exportez.</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Run one prompt against several providers and models side by side as they stream, and refine it in three phases: prima materia, solutio, coagulatio.</source>
        <translation>Exécutez un prompt sur plusieurs fournisseurs et modèles côte à côte pendant la diffusion des réponses, et affinez-le en trois phases : prima materia, solutio, coagulatio.</translation>
    </message>
    <message>
        <source>Ratings &amp; Trends</source>
        <translation>Notes et tendances</translation>
    </message>
    <message>
        <source>Rate results, see how each technique performs over time in charts, and run A/B experiments between prompts or technique sets.</source>
        <translation>Notez les résultats, suivez dans des graphiques les performances de chaque technique au fil du temps, et menez des expériences A/B entre prompts ou ensembles de techniques.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Browse, like, save and remix prompts shared through an optional Athanor server, and publish your own.</source>
        <translation>Parcourez, aimez, enregistrez et remixez les prompts partagés via un serveur Athanor facultatif, et publiez les vôtres.</translation>
    </message>
    <message>
        <source>Athanor</source>
        <translation>Athanor</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Volets</translation>
    </message>
    <message>
        <source>Similarity search uses local embeddings.</source>
        <translation>La recherche par similarité utilise des plongements locaux.</translation>
    </message>
    <message>
        <source>Connecting to %1 for embeddings…</source>
        <translation>Connexion à %1 pour les plongements…</translation>
    </message>
    <message>
        <source>Similarity search stays on %1: %2</source>
        <translation>La recherche par similarité reste sur %1 : %2</translation>
    </message>
    <message>
        <source>Similarity search uses %1.</source>
        <translation>La recherche par similarité utilise %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Prompt</source>
        <translation>&amp;Nouveau prompt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Fournisseurs…</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Serveur…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Side Bar</source>
        <translation>Afficher la &amp;barre latérale</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Athanor</source>
        <translation>À &amp;propos d&apos;Athanor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Counting prompts…</source>
        <translation>Comptage des prompts…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import prompt files: text, Markdown, CSV, JSON, JSON Lines, YAML, .prompt and .prompty. You can also drop files or folders on the window.</source>
        <translation>Importer des fichiers de prompts : texte, Markdown, CSV, JSON, JSON Lines, YAML, .prompt et .prompty. Vous pouvez aussi déposer des fichiers ou des dossiers sur la fenêtre.</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every prompt file in a folder and its subfolders.</source>
        <translation>Importer tous les fichiers de prompts d&apos;un dossier et de ses sous-dossiers.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export every prompt to JSON, JSON Lines, CSV or Markdown.</source>
        <translation>Exporter tous les prompts en JSON, JSON Lines, CSV ou Markdown.</translation>
    </message>
    <message>
        <source>Prompts exported: %L1 to %2</source>
        <translation>Prompts exportés : %L1 vers %2</translation>
    </message>
    <message>
        <source>Search index: %1</source>
        <translation>Index de recherche : %1</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <source>Prompts: unknown</source>
        <translation>Prompts : nombre inconnu</translation>
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
        <translation>À propos d&apos;Athanor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Athanor %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for prompt engineering.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Athanor %1&lt;/h3&gt;&lt;p&gt;Un atelier de bureau pour le prompt engineering.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;&lt;p&gt;Compilé avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Find a &amp;Command…</source>
        <translation>Rechercher une &amp;commande…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
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
        <translation>ou techniques</translation>
    </message>
    <message>
        <source>New A/B experiment</source>
        <translation>Nouvelle expérience A/B</translation>
    </message>
    <message>
        <source>Experiment name</source>
        <translation>Nom de l&apos;expérience</translation>
    </message>
    <message>
        <source>e.g. few-shot or chain-of-thought for stories</source>
        <translation>p. ex. few-shot ou chain-of-thought pour des histoires</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>The kind of prompt the experiment is about</source>
        <translation>Le type de prompt sur lequel porte l&apos;expérience</translation>
    </message>
    <message>
        <source>Variant %1 prompt</source>
        <translation>Prompt de la variante %1</translation>
    </message>
    <message>
        <source>The prompt to try as variant %1</source>
        <translation>Le prompt à essayer comme variante %1</translation>
    </message>
    <message>
        <source>Variant %1 technique codes</source>
        <translation>Codes de techniques de la variante %1</translation>
    </message>
    <message>
        <source>codes, comma-separated: few_shot, chain_of_thought</source>
        <translation>codes, séparés par des virgules : few_shot, chain_of_thought</translation>
    </message>
    <message>
        <source>Assignment of runs</source>
        <translation>Attribution des essais</translation>
    </message>
    <message>
        <source>Alternately (the variant with fewer runs, A on a tie)</source>
        <translation>En alternance (la variante qui a le moins d&apos;essais, A en cas d&apos;égalité)</translation>
    </message>
    <message>
        <source>At random</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <source>Minimum runs per variant</source>
        <translation>Nombre minimal d&apos;essais par variante</translation>
    </message>
    <message>
        <source>No winner is declared before each variant has this many runs</source>
        <translation>Aucun gagnant n&apos;est déclaré avant que chaque variante ait ce nombre d&apos;essais</translation>
    </message>
    <message>
        <source>The catalog has no intents: type the intent&apos;s path.</source>
        <translation>Le catalogue ne contient aucune intention : saisissez le chemin de l&apos;intention.</translation>
    </message>
    <message>
        <source>The intents could not be read (%1): type the intent&apos;s path.</source>
        <translation>Les intentions n&apos;ont pas pu être lues (%1) : saisissez le chemin de l&apos;intention.</translation>
    </message>
    <message>
        <source>Compare two prompts, or two sets of techniques, for one intent. Each run is rated 1 to 5 stars; 4 or 5 stars count as a success.</source>
        <translation>Comparez deux prompts, ou deux ensembles de techniques, pour une même intention. Chaque essai est noté de 1 à 5 étoiles ; 4 ou 5 étoiles comptent comme une réussite.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Attribuer les essais</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>give the experiment a name</source>
        <translation>donnez un nom à l&apos;expérience</translation>
    </message>
    <message>
        <source>choose an intent</source>
        <translation>choisissez une intention</translation>
    </message>
    <message>
        <source>give variant A a prompt or technique codes</source>
        <translation>donnez à la variante A un prompt ou des codes de techniques</translation>
    </message>
    <message>
        <source>give variant B a prompt or technique codes</source>
        <translation>donnez à la variante B un prompt ou des codes de techniques</translation>
    </message>
    <message>
        <source>compare like with like: give both variants a prompt, or both technique codes, not both</source>
        <translation>comparez ce qui est comparable : donnez aux deux variantes un prompt, ou aux deux des codes de techniques, pas les deux à la fois</translation>
    </message>
    <message>
        <source>no technique with the code %1 (the Techniques pane lists them)</source>
        <translation>aucune technique avec le code %1 (le volet Techniques les répertorie)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not created: %1.</source>
        <translation>Non créée : %1.</translation>
    </message>
</context>
<context>
    <name>athanor::PlaygroundColumn</name>
    <message>
        <source>Provider of column %1</source>
        <translation>Fournisseur de la colonne %1</translation>
    </message>
    <message>
        <source>Model of column %1</source>
        <translation>Modèle de la colonne %1</translation>
    </message>
    <message>
        <source>Ask the provider for its models</source>
        <translation>Demander au fournisseur la liste de ses modèles</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Actualiser les modèles</translation>
    </message>
    <message>
        <source>Temperature of column %1</source>
        <translation>Température de la colonne %1</translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation>Supprimer cette colonne</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>Supprimer la colonne %1</translation>
    </message>
    <message>
        <source>Answer of column %1</source>
        <translation>Réponse de la colonne %1</translation>
    </message>
    <message>
        <source>The answer streams here.</source>
        <translation>La réponse s&apos;affiche ici au fil de sa diffusion.</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>Enregistrer dans la bibliothèque</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>En attente de %1…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Diffusion…</translation>
    </message>
    <message>
        <source>%1 — retry %2 in %3 s</source>
        <translation>%1 — nouvelle tentative %2 dans %3 s</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>%1 tokens (%2 in, %3 out) · %4 · %5 s</source>
        <translation>%1 jetons (%2 en entrée, %3 en sortie) · %4 · %5 s</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Demande à %1 de la liste de ses modèles…</translation>
    </message>
    <message>
        <source>1 model available</source>
        <translation>1 modèle disponible</translation>
    </message>
    <message>
        <source>%1 models available</source>
        <translation>%1 modèles disponibles</translation>
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
        <translation>Écrivez ou collez un prompt, puis Exécuter (Ctrl+Return) pour comparer les modèles, ou Affiner en trois phases.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation>Prompt système (facultatif)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Run the prompt in every column (Ctrl+Return)</source>
        <translation>Exécuter le prompt dans chaque colonne (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop every column (Esc)</source>
        <translation>Arrêter toutes les colonnes (Échap)</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>Providers…</source>
        <translation>Fournisseurs…</translation>
    </message>
    <message>
        <source>API keys, base URLs and default models</source>
        <translation>Clés d&apos;API, URL de base et modèles par défaut</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>Comparer les modèles</translation>
    </message>
    <message>
        <source>Refine in three phases</source>
        <translation>Affiner en trois phases</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Écrivez d&apos;abord un prompt.</translation>
    </message>
    <message>
        <source>Saved to the library, linked to its prompt.</source>
        <translation>Enregistré dans la bibliothèque, lié à son prompt.</translation>
    </message>
    <message>
        <source>Playground ▸ Run</source>
        <translation>Bac à sable ▸ Exécuter</translation>
    </message>
    <message>
        <source>Playground ▸ Stop</source>
        <translation>Bac à sable ▸ Arrêter</translation>
    </message>
</context>
<context>
    <name>athanor::PriceTableModel</name>
    <message>
        <source>The shipped price</source>
        <translation>Le prix fourni</translation>
    </message>
    <message>
        <source>Your price; shipped: $%1 in, $%2 out per million tokens</source>
        <translation>Votre prix ; prix fourni : %1 $ en entrée, %2 $ en sortie par million de jetons</translation>
    </message>
    <message>
        <source>Your price; the shipped table does not know this model</source>
        <translation>Votre prix ; la table fournie ne connaît pas ce modèle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Input $/M tokens</source>
        <translation>Entrée $/M jetons</translation>
    </message>
    <message>
        <source>Output $/M tokens</source>
        <translation>Sortie $/M jetons</translation>
    </message>
</context>
<context>
    <name>athanor::PromptChips</name>
    <message>
        <source>Intent: …</source>
        <translation>Intention : …</translation>
    </message>
    <message>
        <source>Complexity …</source>
        <translation>Complexité …</translation>
    </message>
    <message>
        <source>≈ %L1 tokens</source>
        <translation>≈ %L1 jetons</translation>
    </message>
    <message>
        <source>%L1 characters; models count roughly four characters per token</source>
        <translation>%L1 caractères ; les modèles comptent environ quatre caractères par jeton</translation>
    </message>
    <message>
        <source>Intent: —</source>
        <translation>Intention : —</translation>
    </message>
    <message>
        <source>Write a prompt to see what it asks for.</source>
        <translation>Écrivez un prompt pour voir ce qu&apos;il demande.</translation>
    </message>
    <message>
        <source>Complexity —</source>
        <translation>Complexité —</translation>
    </message>
    <message>
        <source>Intent: %1 · %2%</source>
        <translation>Intention : %1 · %2 %</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>No other intent is likely.</source>
        <translation>Aucune autre intention n&apos;est probable.</translation>
    </message>
    <message>
        <source>Other possible intents:
%1</source>
        <translation>Autres intentions possibles :
%1</translation>
    </message>
    <message>
        <source>Complexity %1/5</source>
        <translation>Complexité %1/5</translation>
    </message>
    <message>
        <source>Short and simple: no sub-tasks, constraints, code or data.</source>
        <translation>Court et simple : pas de sous-tâches, de contraintes, de code ni de données.</translation>
    </message>
</context>
<context>
    <name>athanor::PromptDetailView</name>
    <message>
        <source>comma, separated</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Set these tags (Enter); undo with Ctrl+Z</source>
        <translation>Appliquer ces étiquettes (Entrée) ; annuler avec Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the full prompt to the clipboard</source>
        <translation>Copier le prompt complet dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Use in</source>
        <translation>&amp;Utiliser dans</translation>
    </message>
    <message>
        <source>Use this prompt in another pane</source>
        <translation>Utiliser ce prompt dans un autre volet</translation>
    </message>
    <message>
        <source>Enhance in the Composer</source>
        <translation>Améliorer dans le Compositeur</translation>
    </message>
    <message>
        <source>Try in the Playground</source>
        <translation>Essayer dans le Bac à sable</translation>
    </message>
    <message>
        <source>Publish to the Community…</source>
        <translation>Publier dans la Communauté…</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a prompt to see it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez un prompt pour l&apos;afficher ici.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Untitled prompt</source>
        <translation>Prompt sans titre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>used %1 · rated %2 · selected %3 · input of %4 generations</source>
        <translation>utilisé %1 · noté %2 · sélectionné %3 · entrée de %4 générations</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Filiation</translation>
    </message>
    <message>
        <source>No parents or children.</source>
        <translation>Ni parents ni enfants.</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Issu de :</translation>
    </message>
    <message>
        <source>Led to:</source>
        <translation>A donné :</translation>
    </message>
    <message>
        <source>Most similar</source>
        <translation>Les plus similaires</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texte du prompt</translation>
    </message>
    <message>
        <source>Prompt details</source>
        <translation>Détails du prompt</translation>
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
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Provider / model</source>
        <translation>Fournisseur / modèle</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderSettingsDialog</name>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation>Retirer du trousseau</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>%1 needs no key.</source>
        <translation>%1 ne nécessite pas de clé.</translation>
    </message>
    <message>
        <source>Using the environment variable %1, which overrides the keychain.</source>
        <translation>Utilisation de la variable d&apos;environnement %1, qui prime sur le trousseau.</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation>Une clé est stockée dans le trousseau système. Saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>No key. The keychain is switched off (ATHANOR_KEYCHAIN=off): set %1.</source>
        <translation>Aucune clé. Le trousseau est désactivé (ATHANOR_KEYCHAIN=off) : définissez %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>No key yet. It will be stored in the system keychain, or set %1.</source>
        <translation>Pas encore de clé. Elle sera stockée dans le trousseau système ; vous pouvez aussi définir %1.</translation>
    </message>
    <message>
        <source>The keychain cannot be read (%1). Set %2 instead.</source>
        <translation>Le trousseau ne peut pas être lu (%1). Définissez plutôt %2.</translation>
    </message>
    <message>
        <source>paste the key</source>
        <translation>collez la clé</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://.</source>
        <translation>L&apos;URL de base doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: 1 model available.</source>
        <translation>Connecté : 1 modèle disponible.</translation>
    </message>
    <message>
        <source>Connected: %1 models available.</source>
        <translation>Connecté : %1 modèles disponibles.</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>Prix par million de jetons</translation>
    </message>
    <message>
        <source>model name, e.g. my-finetune</source>
        <translation>nom du modèle, p. ex. my-finetune</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Reset to shipped</source>
        <translation>Rétablir le prix fourni</translation>
    </message>
    <message>
        <source>Back to the shipped price; a model you added is removed</source>
        <translation>Revenir au prix fourni ; un modèle que vous avez ajouté est supprimé</translation>
    </message>
    <message>
        <source>US dollars per million tokens. Bold rows are yours; they are saved to %1 and replace the shipped prices. Ollama costs nothing.</source>
        <translation>Dollars US par million de jetons. Les lignes en gras sont les vôtres ; elles sont enregistrées dans %1 et remplacent les prix fournis. Ollama ne coûte rien.</translation>
    </message>
    <message>
        <source>Prices saved.</source>
        <translation>Prix enregistrés.</translation>
    </message>
    <message>
        <source>Embeddings for similarity search</source>
        <translation>Plongements pour la recherche par similarité</translation>
    </message>
    <message>
        <source>The library finds similar prompts by comparing embeddings. &quot;local&quot; works offline and is instant. A provider&apos;s model (&lt;provider&gt;:&lt;model&gt;) sends every prompt to that provider once, with its key, and each query when you search; its vectors get their own index, so switching back keeps the local one.</source>
        <translation>La bibliothèque trouve les prompts similaires en comparant des plongements (embeddings). &quot;local&quot; fonctionne hors ligne et instantanément. Un modèle de fournisseur (&lt;fournisseur&gt;:&lt;modèle&gt;) envoie chaque prompt une fois à ce fournisseur, avec votre clé, ainsi que chaque requête lorsque vous cherchez ; ses vecteurs ont leur propre index, si bien que revenir en arrière conserve l&apos;index local.</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Plongements</translation>
    </message>
</context>
<context>
    <name>athanor::PublishDialog</name>
    <message>
        <source>Publish to the community</source>
        <translation>Publier dans la communauté</translation>
    </message>
    <message>
        <source>Prompt id</source>
        <translation>Id du prompt</translation>
    </message>
    <message>
        <source>the id of a prompt in your library</source>
        <translation>l&apos;id d&apos;un prompt de votre bibliothèque</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What it is for, in a sentence or two (optional)</source>
        <translation>À quoi il sert, en une phrase ou deux (facultatif)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Shared prompts stay pending until a moderator approves them; then everyone on the server can read, like and remix them.</source>
        <translation>Les prompts partagés restent en attente jusqu&apos;à ce qu&apos;un modérateur les approuve ; ensuite, tous les utilisateurs du serveur peuvent les lire, les aimer et les remixer.</translation>
    </message>
    <message>
        <source>Copy a prompt&apos;s id from the Library&apos;s detail panel.</source>
        <translation>Copiez l&apos;id d&apos;un prompt depuis le panneau de détails de la Bibliothèque.</translation>
    </message>
    <message>
        <source>No prompt in your library has this id.</source>
        <translation>Aucun prompt de votre bibliothèque n&apos;a cet id.</translation>
    </message>
    <message>
        <source>No server is set: choose one in Edit ▸ Server… first.</source>
        <translation>Aucun serveur n&apos;est configuré : choisissez-en d&apos;abord un dans le menu Édition ▸ Serveur…, puis réessayez.</translation>
    </message>
    <message>
        <source>A published prompt needs a title.</source>
        <translation>Un prompt publié doit avoir un titre.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Non publié : %1</translation>
    </message>
</context>
<context>
    <name>athanor::RatingListModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>Met expectations</source>
        <translation>A répondu aux attentes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Suggested improvement</source>
        <translation>Amélioration suggérée</translation>
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
        <translation>Utile ?</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>Not helpful</source>
        <translation>Pas utile</translation>
    </message>
    <message>
        <source>Was it helpful</source>
        <translation>Était-ce utile</translation>
    </message>
    <message>
        <source>Met expectations?</source>
        <translation>A répondu aux attentes ?</translation>
    </message>
    <message>
        <source>Met expectations</source>
        <translation>A répondu aux attentes</translation>
    </message>
    <message>
        <source>Fell short</source>
        <translation>En deçà des attentes</translation>
    </message>
    <message>
        <source>Did it meet expectations</source>
        <translation>A-t-il répondu aux attentes</translation>
    </message>
    <message>
        <source>Suggested improvement (optional)</source>
        <translation>Amélioration suggérée (facultatif)</translation>
    </message>
    <message>
        <source>Suggested improvement</source>
        <translation>Amélioration suggérée</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Store the rating; ratings of enhanced prompts teach the recommender</source>
        <translation>Enregistrer la note ; les notes des prompts améliorés entraînent le moteur de recommandation</translation>
    </message>
    <message>
        <source>Your rating:</source>
        <translation>Votre note :</translation>
    </message>
    <message>
        <source>Rated 1 star.</source>
        <translation>Noté 1 étoile.</translation>
    </message>
    <message>
        <source>Rated %1 stars.</source>
        <translation>Noté %1 étoiles.</translation>
    </message>
    <message>
        <source>It teaches the recommender about %1 for %2.</source>
        <translation>Elle renseigne le moteur de recommandation sur %1 pour %2.</translation>
    </message>
</context>
<context>
    <name>athanor::RecordRunDialog</name>
    <message>
        <source>Record a run of %1</source>
        <translation>Enregistrer un essai de %1</translation>
    </message>
    <message>
        <source>The next variant could not be chosen: %1</source>
        <translation>La variante suivante n&apos;a pas pu être choisie : %1</translation>
    </message>
    <message>
        <source>Next run: variant %1 (runs are assigned %2; so far A has %3 runs, B %4). Use it, then rate the result: 4 or 5 stars count as a success. You may record a run of the other variant instead.</source>
        <translation>Prochain essai : variante %1 (les essais sont attribués %2 ; jusqu&apos;ici A compte %3 essais, B %4). Utilisez-la, puis notez le résultat : 4 ou 5 étoiles comptent comme une réussite. Vous pouvez aussi enregistrer un essai de l&apos;autre variante.</translation>
    </message>
    <message>
        <source>at random</source>
        <translation>au hasard</translation>
    </message>
    <message>
        <source>alternately</source>
        <translation>en alternance</translation>
    </message>
    <message>
        <source>A (next)</source>
        <translation>A (suivante)</translation>
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
        <translation>B (suivante)</translation>
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
        <translation>Le prompt ou les techniques de la variante choisie</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Rate the run first: 1 to 5 stars.</source>
        <translation>Notez d&apos;abord l&apos;essai : de 1 à 5 étoiles.</translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation>Non enregistré : %1.</translation>
    </message>
</context>
<context>
    <name>athanor::RefineView</name>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>modèle par défaut</translation>
    </message>
    <message>
        <source>Target model</source>
        <translation>Modèle cible</translation>
    </message>
    <message>
        <source>same as the model</source>
        <translation>identique au modèle</translation>
    </message>
    <message>
        <source>Variants per phase</source>
        <translation>Variantes par phase</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>LLM judge</source>
        <translation>Juge LLM</translation>
    </message>
    <message>
        <source>Ask the model to grade each variant 1-10 (one more request per variant).</source>
        <translation>Demander au modèle de noter chaque variante de 1 à 10 (une requête de plus par variante).</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Affiner</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Phases and variants</source>
        <translation>Phases et variantes</translation>
    </message>
    <message>
        <source>Selected variant</source>
        <translation>Variante sélectionnée</translation>
    </message>
    <message>
        <source>Use as prompt</source>
        <translation>Utiliser comme prompt</translation>
    </message>
    <message>
        <source>Show in Library</source>
        <translation>Afficher dans la Bibliothèque</translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation>Fournisseur et modèle</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Write a prompt above first.</source>
        <translation>Écrivez d&apos;abord un prompt ci-dessus.</translation>
    </message>
    <message>
        <source>Choose at least one phase.</source>
        <translation>Choisissez au moins une phase.</translation>
    </message>
    <message>
        <source>%1, round %2…</source>
        <translation>%1, tour %2…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Done: the best final variant scores %1.</source>
        <translation>Terminé : la meilleure variante finale obtient un score de %1.</translation>
    </message>
</context>
<context>
    <name>athanor::SearchResultModel</name>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
</context>
<context>
    <name>athanor::ServerDialog</name>
    <message>
        <source>Connected, but this database has no Athanor schema yet: its administrator runs athanor-cli server init.</source>
        <translation>Connecté, mais cette base de données n&apos;a pas encore de schéma Athanor : son administrateur doit exécuter athanor-cli server init.</translation>
    </message>
    <message>
        <source>Connected as %1, who is not an Athanor user of this server: its administrator runs athanor-cli server add-user %1.</source>
        <translation>Connecté en tant que %1, qui n&apos;est pas un utilisateur Athanor de ce serveur : son administrateur doit exécuter athanor-cli server add-user %1.</translation>
    </message>
    <message>
        <source>Connected as %1 (moderator); server schema version %2.</source>
        <translation>Connecté en tant que %1 (modérateur) ; version du schéma du serveur : %2.</translation>
    </message>
    <message>
        <source>Connected as %1; server schema version %2.</source>
        <translation>Connecté en tant que %1 ; version du schéma du serveur : %2.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Prefer TLS</source>
        <translation>Préférer TLS</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Exiger TLS</translation>
    </message>
    <message>
        <source>Require TLS and verify the server</source>
        <translation>Exiger TLS et vérifier le serveur</translation>
    </message>
    <message>
        <source>No TLS (loopback only)</source>
        <translation>Sans TLS (boucle locale uniquement)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Forget this server</source>
        <translation>&amp;Oublier ce serveur</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>Po&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation>T&amp;LS</translation>
    </message>
    <message>
        <source>An optional PostgreSQL server syncs your library between computers and shares the community library. Its administrator gives you these details.</source>
        <translation>Un serveur PostgreSQL facultatif synchronise votre bibliothèque entre ordinateurs et partage la bibliothèque communautaire. Son administrateur vous fournit ces informations.</translation>
    </message>
    <message>
        <source>A password is stored in the keychain; type one to replace it.</source>
        <translation>Un mot de passe est stocké dans le trousseau ; saisissez-en un pour le remplacer.</translation>
    </message>
    <message>
        <source>No password stored.</source>
        <translation>Aucun mot de passe stocké.</translation>
    </message>
    <message>
        <source>The password comes from %1.</source>
        <translation>Le mot de passe provient de %1.</translation>
    </message>
    <message>
        <source>Give the host, the database and your user name.</source>
        <translation>Indiquez l&apos;hôte, la base de données et votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server and its password are forgotten. The library keeps what it synced.</source>
        <translation>Le serveur et son mot de passe sont oubliés. La bibliothèque conserve ce qu&apos;elle a synchronisé.</translation>
    </message>
</context>
<context>
    <name>athanor::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Enhancement</source>
        <translation>&amp;Amélioration</translation>
    </message>
    <message>
        <source>&amp;Providers and Server</source>
        <translation>&amp;Fournisseurs et serveur</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier de données :</translation>
    </message>
    <message>
        <source>The library open now: %1
The language and the data folder apply at the next start. Empty means the app-data folder.</source>
        <translation>Bibliothèque ouverte actuellement : %1
La langue et le dossier de données s&apos;appliquent au prochain démarrage. Laissé vide, c&apos;est le dossier des données de l&apos;application qui est utilisé.</translation>
    </message>
    <message>
        <source>ATHANOR_DB is set: it names the library, whatever the folder.</source>
        <translation>ATHANOR_DB est définie : c&apos;est elle qui désigne la bibliothèque, quel que soit le dossier.</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona :</translation>
    </message>
    <message>
        <source>&amp;Target model:</source>
        <translation>Modèle &amp;cible :</translation>
    </message>
    <message>
        <source>&amp;Max techniques:</source>
        <translation>&amp;Techniques max. :</translation>
    </message>
    <message>
        <source>What the Composer starts with; you can change them there for each prompt.</source>
        <translation>Les valeurs de départ du Compositeur ; vous pouvez les modifier dans le Compositeur pour chaque prompt.</translation>
    </message>
    <message>
        <source>Athanor works offline. Give it API keys (kept in the system keychain), base URLs and default models of OpenAI, Anthropic, Google Gemini, OpenRouter or Ollama to refine prompts and run them in the Playground.</source>
        <translation>Athanor fonctionne hors ligne. Fournissez-lui les clés d&apos;API (conservées dans le trousseau système), les URL de base et les modèles par défaut d&apos;OpenAI, Anthropic, Google Gemini, OpenRouter ou Ollama pour affiner les prompts et les exécuter dans le Bac à sable.</translation>
    </message>
    <message>
        <source>Configure P&amp;roviders…</source>
        <translation>Configurer les fou&amp;rnisseurs…</translation>
    </message>
    <message>
        <source>Configure &amp;Server…</source>
        <translation>Configurer le &amp;serveur…</translation>
    </message>
    <message>
        <source>Your library syncs with %1.</source>
        <translation>Votre bibliothèque se synchronise avec %1.</translation>
    </message>
    <message>
        <source>No sync server is set: the library stays on this computer. A server syncs it across computers and shares the community library.</source>
        <translation>Aucun serveur de synchronisation n&apos;est configuré : la bibliothèque reste sur cet ordinateur. Un serveur la synchronise entre ordinateurs et partage la bibliothèque communautaire.</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>%1 has no library yet. Copy the library open now into it?

Copy: the next start opens the copy there (this one stays where it is).
Don&apos;t copy: the next start begins an empty library there.</source>
        <translation>%1 ne contient pas encore de bibliothèque. Y copier la bibliothèque ouverte actuellement ?

Copier : le prochain démarrage ouvrira la copie à cet endroit (celle-ci reste où elle est).
Ne pas copier : le prochain démarrage commencera une bibliothèque vide à cet endroit.</translation>
    </message>
    <message>
        <source>The library could not be copied: %1</source>
        <translation>La bibliothèque n&apos;a pas pu être copiée : %1</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
</context>
<context>
    <name>athanor::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>athanor::StarRating</name>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rate 1 star</source>
        <translation>Noter 1 étoile</translation>
    </message>
    <message>
        <source>Rate %1 stars</source>
        <translation>Noter %1 étoiles</translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation>%1 étoiles sur 5</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
</context>
<context>
    <name>athanor::SyncController</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Send this library&apos;s changes to the server and bring in the others</source>
        <translation>Envoyer au serveur les modifications de cette bibliothèque et récupérer celles des autres</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisation : %1</translation>
    </message>
    <message>
        <source>Syncing: %1 sent…</source>
        <translation>Synchronisation : %1 envoyées…</translation>
    </message>
    <message>
        <source>Syncing: %1 received…</source>
        <translation>Synchronisation : %1 reçues…</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synchronisation avec %1…</translation>
    </message>
    <message>
        <source>Sync failed: the changes wait</source>
        <translation>Échec de la synchronisation : les modifications sont en attente</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>Synchronisé : %1 envoyées, %2 reçues</translation>
    </message>
    <message>
        <source>1 conflict kept as a copy</source>
        <translation>1 conflit conservé sous forme de copie</translation>
    </message>
    <message>
        <source>%1 conflicts kept as copies</source>
        <translation>%1 conflits conservés sous forme de copies</translation>
    </message>
    <message>
        <source>%1 changes still wait</source>
        <translation>%1 modifications encore en attente</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueChooser</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Forget your changes and let Athanor choose the techniques for each prompt</source>
        <translation>Oublier vos modifications et laisser Athanor choisir les techniques pour chaque prompt</translation>
    </message>
    <message>
        <source>Techniques to apply</source>
        <translation>Techniques à appliquer</translation>
    </message>
    <message>
        <source>Add a technique</source>
        <translation>Ajouter une technique</translation>
    </message>
    <message>
        <source>Apply a technique that is not recommended for this prompt</source>
        <translation>Appliquer une technique qui n&apos;est pas recommandée pour ce prompt</translation>
    </message>
    <message>
        <source>Add a technique…</source>
        <translation>Ajouter une technique…</translation>
    </message>
    <message>
        <source>Techniques appear here as you write.</source>
        <translation>Les techniques apparaissent ici à mesure que vous écrivez.</translation>
    </message>
    <message>
        <source>Recommended for this prompt:</source>
        <translation>Recommandées pour ce prompt :</translation>
    </message>
    <message>
        <source>Added by you: %1</source>
        <translation>Ajoutées par vous : %1</translation>
    </message>
    <message>
        <source>Your choice: Enhance applies exactly the checked techniques.</source>
        <translation>Votre choix : Améliorer applique exactement les techniques cochées.</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueDetailView</name>
    <message>
        <source>Technique details</source>
        <translation>Détails de la technique</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Choose a technique on the left to see how it works, its templates, worked examples and sources.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Choisissez une technique à gauche pour voir son fonctionnement, ses modèles, ses exemples commentés et ses sources.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · complexity %2 of 5 · base effectiveness %3 · code &lt;code&gt;%4&lt;/code&gt;</source>
        <translation>%1 · complexité %2 sur 5 · efficacité de base %3 · code &lt;code&gt;%4&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This technique is disabled:&lt;/b&gt; recommendations leave it out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cette technique est désactivée :&lt;/b&gt; les recommandations l&apos;excluent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;When to use&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Quand l&apos;utiliser&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;When not to use&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Quand ne pas l&apos;utiliser&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Prerequisites&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Prérequis&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not combined with:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Non combinée avec :&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Templates&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Modèles&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, obligatoire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Worked examples&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Exemples commentés&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Avant&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;After&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Après&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Serves best&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Convient le mieux à&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sources&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Sources&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueEditorDialog</name>
    <message>
        <source>New Technique</source>
        <translation>Nouvelle technique</translation>
    </message>
    <message>
        <source>Edit Technique</source>
        <translation>Modifier la technique</translation>
    </message>
    <message>
        <source>lower_case_code</source>
        <translation>code_en_minuscules</translation>
    </message>
    <message>
        <source>One situation per line</source>
        <translation>Une situation par ligne</translation>
    </message>
    <message>
        <source>The sentence the enhancer adds to a prompt to apply this technique</source>
        <translation>La phrase que le moteur d&apos;amélioration ajoute à un prompt pour appliquer cette technique</translation>
    </message>
    <message>
        <source>The template, with {{variables}}</source>
        <translation>Le modèle, avec des {{variables}}</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>Declare Used Variables</source>
        <translation>Déclarer les variables utilisées</translation>
    </message>
    <message>
        <source>Adds a row for every {{variable}} the template uses but does not declare yet.</source>
        <translation>Ajoute une ligne pour chaque {{variable}} que le modèle utilise sans l&apos;avoir encore déclarée.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexité</translation>
    </message>
    <message>
        <source>Base effectiveness</source>
        <translation>Efficacité de base</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>When not to use</source>
        <translation>Quand ne pas l&apos;utiliser</translation>
    </message>
    <message>
        <source>Applied in section</source>
        <translation>Appliquée dans la section</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>Décrire %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; is taken</source>
        <translation>le code &apos;%1&apos; est déjà pris</translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueTreeModel</name>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Decomposition</source>
        <translation>Décomposition</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Role &amp; persona</source>
        <translation>Rôle et persona</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Output control</source>
        <translation>Contrôle de la sortie</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Complexity, 1 (simple) to 5 (demanding)</source>
        <translation>Complexité, de 1 (simple) à 5 (exigeante)</translation>
    </message>
    <message>
        <source>Base effectiveness, 0 to 1, used when no intent mapping exists</source>
        <translation>Efficacité de base, de 0 à 1, utilisée en l&apos;absence de correspondance avec une intention</translation>
    </message>
</context>
<context>
    <name>athanor::TechniquesPane</name>
    <message>
        <source>Search techniques (Ctrl+F)</source>
        <translation>Rechercher des techniques (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search techniques</source>
        <translation>Rechercher des techniques</translation>
    </message>
    <message>
        <source>Complexity filter</source>
        <translation>Filtre de complexité</translation>
    </message>
    <message>
        <source>Any complexity</source>
        <translation>Toute complexité</translation>
    </message>
    <message>
        <source>Simple (1–2)</source>
        <translation>Simple (1–2)</translation>
    </message>
    <message>
        <source>Moderate (3)</source>
        <translation>Modérée (3)</translation>
    </message>
    <message>
        <source>Advanced (4–5)</source>
        <translation>Avancée (4–5)</translation>
    </message>
    <message>
        <source>Techniques by category</source>
        <translation>Techniques par catégorie</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favori</translation>
    </message>
    <message>
        <source>Favourites get a bonus when techniques are recommended.</source>
        <translation>Les favoris bénéficient d&apos;un bonus lors de la recommandation des techniques.</translation>
    </message>
    <message>
        <source>Use in Composer</source>
        <translation>Utiliser dans le Compositeur</translation>
    </message>
    <message>
        <source>Open this technique&apos;s template in the Composer</source>
        <translation>Ouvrir le modèle de cette technique dans le Compositeur</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>Create your own technique</source>
        <translation>Créer votre propre technique</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Disabled techniques are left out of recommendations</source>
        <translation>Les techniques désactivées sont exclues des recommandations</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniques</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>The technique catalog could not be read: %1</source>
        <translation>Le catalogue des techniques n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The catalog is empty. It is installed when Athanor starts; run &lt;code&gt;athanor-cli init&lt;/code&gt; to install it now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le catalogue est vide. Il est installé au démarrage d&apos;Athanor ; exécutez &lt;code&gt;athanor-cli init&lt;/code&gt; pour l&apos;installer maintenant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favori</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The user&apos;s task</source>
        <translation>La tâche de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The technique could not be saved: %1</source>
        <translation>La technique n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The technique could not be changed: %1</source>
        <translation>La technique n&apos;a pas pu être modifiée : %1</translation>
    </message>
    <message>
        <source>The favourite could not be saved: %1</source>
        <translation>Le favori n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Techniques ▸ Search</source>
        <translation>Techniques ▸ Rechercher</translation>
    </message>
</context>
<context>
    <name>athanor::TemplateEditDialog</name>
    <message>
        <source>Edit template</source>
        <translation>Modifier le modèle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>The template declares no variables, so the text cannot use any.</source>
        <translation>Le modèle ne déclare aucune variable, le texte ne peut donc en utiliser aucune.</translation>
    </message>
    <message>
        <source>The text must use exactly these variables: %1</source>
        <translation>Le texte doit utiliser exactement ces variables : %1</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>le texte est vide</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Non enregistré : %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
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
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>%1 (default: %2)</source>
        <translation>%1 (par défaut : %2)</translation>
    </message>
    <message>
        <source>%1 — separate items with commas</source>
        <translation>%1 — séparez les éléments par des virgules</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
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
        <translation>v%1 (modifiée)</translation>
    </message>
    <message>
        <source>The catalog&apos;s version</source>
        <translation>La version du catalogue</translation>
    </message>
    <message>
        <source>Edited by you: catalog upgrades leave it as it is</source>
        <translation>Modifiée par vous : les mises à jour du catalogue la laissent telle quelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
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
        <translation>Utiliser le modèle : %1</translation>
    </message>
    <message>
        <source>“%1” needs a few more values before it can go into the Composer. Fields marked * are required.</source>
        <translation>« %1 » requiert encore quelques valeurs avant de pouvoir passer dans le Compositeur. Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Use in Composer</source>
        <translation>Utiliser dans le Compositeur</translation>
    </message>
</context>
<context>
    <name>athanor::TemplatesView</name>
    <message>
        <source>Search templates</source>
        <translation>Rechercher des modèles</translation>
    </message>
    <message>
        <source>Intent filter</source>
        <translation>Filtre d&apos;intention</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation>Ce modèle n&apos;a pas de variables.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>Aperçu du prompt</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>Copier le prompt</translation>
    </message>
    <message>
        <source>Copy the filled-in prompt to the clipboard</source>
        <translation>Copier le prompt rempli dans le presse-papiers</translation>
    </message>
    <message>
        <source>Use in Composer</source>
        <translation>Utiliser dans le Compositeur</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Modifier le modèle…</translation>
    </message>
    <message>
        <source>Save a changed text as a new version; the old versions stay in the history</source>
        <translation>Enregistrer un texte modifié comme nouvelle version ; les anciennes versions restent dans l&apos;historique</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>official</source>
        <translation>officielle</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (actuelle)</translation>
    </message>
    <message>
        <source>Changes against the current version</source>
        <translation>Différences par rapport à la version actuelle</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <source>Copy this version&apos;s text into a new current version</source>
        <translation>Copier le texte de cette version dans une nouvelle version actuelle</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Les modèles n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>All intents</source>
        <translation>Toutes les intentions</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Aucun modèle pour l&apos;instant</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Choisissez un modèle</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>Choose a version to see how the current text differs from it.</source>
        <translation>Choisissez une version pour voir en quoi le texte actuel en diffère.</translation>
    </message>
    <message>
        <source>This is the only version. Editing the template adds a new one; this one stays here.</source>
        <translation>C&apos;est la seule version. Modifier le modèle en ajoute une nouvelle ; celle-ci reste ici.</translation>
    </message>
    <message>
        <source>Open the filled template in the Composer</source>
        <translation>Ouvrir le modèle rempli dans le Compositeur</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>C&apos;est la version actuelle.</translation>
    </message>
    <message>
        <source>From v%1 to the current v%2: &lt;span style=&quot;background-color: #c6efce;&quot;&gt;added&lt;/span&gt;, &lt;span style=&quot;color: #b00020; text-decoration: line-through;&quot;&gt;removed&lt;/span&gt;.</source>
        <translation>De la v%1 à la v%2 actuelle : &lt;span style=&quot;background-color: #c6efce;&quot;&gt;ajouts&lt;/span&gt;, &lt;span style=&quot;color: #b00020; text-decoration: line-through;&quot;&gt;suppressions&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <source>There is no Composer in this window to hand the template to.</source>
        <translation>Cette fenêtre n&apos;a pas de Compositeur auquel transmettre le modèle.</translation>
    </message>
</context>
<context>
    <name>athanor::TrendsPane</name>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Success: a rating of 4 or 5 stars</source>
        <translation>Réussite : une note de 4 ou 5 étoiles</translation>
    </message>
    <message>
        <source>Enhancements by intent</source>
        <translation>Améliorations par intention</translation>
    </message>
    <message>
        <source>Enhancements by complexity</source>
        <translation>Améliorations par complexité</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Save the trend chart as a PNG image</source>
        <translation>Enregistrer le graphique de tendance en image PNG</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exporter les données…</translation>
    </message>
    <message>
        <source>Save the figures behind the chart as CSV</source>
        <translation>Enregistrer les chiffres du graphique au format CSV</translation>
    </message>
    <message>
        <source>Techniques shown</source>
        <translation>Techniques affichées</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>Show 90 days of synthetic history from a separate demo database; your data is not touched</source>
        <translation>Afficher 90 jours d&apos;historique synthétique issu d&apos;une base de démo distincte ; vos données ne sont pas touchées</translation>
    </message>
    <message>
        <source>Demo data: synthetic history in a separate database, not yours. Press Demo data again for your own.</source>
        <translation>Données de démo : historique synthétique dans une base distincte, pas la vôtre. Appuyez à nouveau sur Données de démo pour revenir aux vôtres.</translation>
    </message>
    <message>
        <source>Ratings in the range</source>
        <translation>Notes sur la période</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latence moyenne</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Classifieur</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>No enhancements between %1 and %2.

Enhance prompts in the Composer and rate the results (or rate them with athanor-cli rate): each technique&apos;s success rate and average rating then appear here over time.</source>
        <translation>Aucune amélioration entre le %1 et le %2.

Améliorez des prompts dans le Compositeur et notez les résultats (ou notez-les avec athanor-cli rate) : le taux de réussite et la note moyenne de chaque technique apparaîtront ici au fil du temps.</translation>
    </message>
    <message>
        <source>%1 (1 use)</source>
        <translation>%1 (1 utilisation)</translation>
    </message>
    <message>
        <source>%1 (%2 uses)</source>
        <translation>%1 (%2 utilisations)</translation>
    </message>
    <message>
        <source>Average rating per technique</source>
        <translation>Note moyenne par technique</translation>
    </message>
    <message>
        <source>Success rate per technique (ratings of 4 or 5)</source>
        <translation>Taux de réussite par technique (notes de 4 ou 5)</translation>
    </message>
    <message>
        <source>%1, from %2
%3 uses, %4 ratings
success rate %5, average rating %6</source>
        <translation>%1, à partir du %2
%3 utilisations, %4 notes
taux de réussite %5, note moyenne %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Enhancements</source>
        <translation>Améliorations</translation>
    </message>
    <message>
        <source>%1: %2 enhancements</source>
        <translation>%1 : %2 améliorations</translation>
    </message>
    <message>
        <source>No generations through a provider in this range (the Playground and athanor-cli generate record them)</source>
        <translation>Aucune génération via un fournisseur sur cette période (le Bac à sable et athanor-cli generate les enregistrent)</translation>
    </message>
    <message>
        <source>Cost per provider and model (US dollars, known prices only)</source>
        <translation>Coût par fournisseur et modèle (dollars US, prix connus uniquement)</translation>
    </message>
    <message>
        <source>Mean latency per provider and model (seconds)</source>
        <translation>Latence moyenne par fournisseur et modèle (secondes)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No classifier versions yet: correct detected intents (Composer ▸ Correct intent…) to train one</source>
        <translation>Pas encore de version du classifieur : corrigez les intentions détectées (Compositeur ▸ Corriger l&apos;intention…) pour en entraîner une</translation>
    </message>
    <message>
        <source>the shipped examples</source>
        <translation>les exemples fournis</translation>
    </message>
    <message>
        <source>Accuracy on held-out prompts (%)</source>
        <translation>Précision sur les prompts de test (%)</translation>
    </message>
    <message>
        <source>Intent classifier accuracy per version (in use: %1)</source>
        <translation>Précision du classifieur d&apos;intentions par version (en service : %1)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Could not write %1: check the folder and the free space.</source>
        <translation>Impossible d&apos;écrire %1 : vérifiez le dossier et l&apos;espace libre.</translation>
    </message>
    <message>
        <source>The demo data could not be made: %1</source>
        <translation>Les données de démo n&apos;ont pas pu être créées : %1</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
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
        <translation>Variante %1 (tour %2)</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Phase / variant</source>
        <translation>Phase / variante</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juge</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
</context>
<context>
    <name>athanor::WelcomeDialog</name>
    <message>
        <source>Welcome to Athanor</source>
        <translation>Bienvenue dans Athanor</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Athanor&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Athanor&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workbench for prompts: it finds what a prompt is for, applies the prompt-engineering techniques that suit it, keeps your prompts searchable, and learns from your ratings. Everything works offline; language-model providers and a sync server are optional (Edit ▸ Settings…).</source>
        <translation>Un atelier pour les prompts : il détermine à quoi sert un prompt, applique les techniques de prompt engineering qui lui conviennent, permet de rechercher dans vos prompts et apprend de vos notes. Tout fonctionne hors ligne ; les fournisseurs de modèles de langage et un serveur de synchronisation sont facultatifs (Édition ▸ Paramètres…).</translation>
    </message>
    <message>
        <source>Add 12 &amp;sample prompts to the library (tagged &quot;sample&quot;, easy to delete)</source>
        <translation>Ajouter 12 prompts d&apos;&amp;exemple à la bibliothèque (étiquetés « sample », faciles à supprimer)</translation>
    </message>
    <message>
        <source>Show &amp;demo analytics in Ratings &amp; Trends (synthetic, in a separate database)</source>
        <translation>Afficher des analyses de &amp;démo dans Notes et tendances (synthétiques, dans une base de données distincte)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two things to try first&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Write a prompt in the &lt;b&gt;Composer&lt;/b&gt; and press &lt;b&gt;Enhance&lt;/b&gt; (Ctrl+Return): see its intent, the techniques chosen and the result.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import&lt;/b&gt; your own prompt files: drop files or folders on the window, or use File ▸ Import… (text, Markdown, JSON, CSV, YAML, Prompty, Dotprompt…).&lt;/li&gt;&lt;/ol&gt;Ctrl+K finds any command; F1 lists the keyboard shortcuts.</source>
        <translation>&lt;b&gt;Deux choses à essayer d&apos;abord&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Écrivez un prompt dans le &lt;b&gt;Compositeur&lt;/b&gt; et appuyez sur &lt;b&gt;Améliorer&lt;/b&gt; (Ctrl+Return) : vous verrez son intention, les techniques choisies et le résultat.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Importez&lt;/b&gt; vos propres fichiers de prompts : déposez des fichiers ou des dossiers sur la fenêtre, ou utilisez Fichier ▸ Importer… (texte, Markdown, JSON, CSV, YAML, Prompty, Dotprompt…).&lt;/li&gt;&lt;/ol&gt;Ctrl+K trouve n&apos;importe quelle commande ; F1 liste les raccourcis clavier.</translation>
    </message>
    <message>
        <source>Open the &amp;Composer</source>
        <translation>Ouvrir le &amp;Compositeur</translation>
    </message>
    <message>
        <source>&amp;Import Prompt Files…</source>
        <translation>&amp;Importer des fichiers de prompts…</translation>
    </message>
    <message>
        <source>Just Look &amp;Around</source>
        <translation>Juste faire un &amp;tour</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop workbench for prompt engineering.</source>
        <translation>Un atelier de bureau pour le prompt engineering.</translation>
    </message>
    <message>
        <source>The database to open (default: $ATHANOR_DB, else the app-data folder).</source>
        <translation>La base de données à ouvrir (par défaut : $ATHANOR_DB, sinon le dossier des données de l&apos;application).</translation>
    </message>
    <message>
        <source>Technique catalog</source>
        <translation>Catalogue des techniques</translation>
    </message>
    <message>
        <source>The technique catalog could not be installed: %1</source>
        <translation>Le catalogue des techniques n&apos;a pas pu être installé : %1</translation>
    </message>
    <message>
        <source>Prompt files or folders to import.</source>
        <translation>Fichiers ou dossiers de prompts à importer.</translation>
    </message>
</context>
</TS>
