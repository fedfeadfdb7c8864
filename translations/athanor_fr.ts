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
    <name>athanor::AnalyticsRepository</name>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>aucune heure</translation>
    </message>
</context>
<context>
    <name>athanor::AnthropicProtocol</name>
    <message>
        <source>the answer has no &quot;content&quot; list</source>
        <translation>la réponse n&apos;a pas de liste &quot;content&quot;</translation>
    </message>
</context>
<context>
    <name>athanor::ApiKeyStore</name>
    <message>
        <source>the %1 key</source>
        <translation>la clé %1</translation>
    </message>
    <message>
        <source>Set the environment variable %1 instead.</source>
        <translation>Définissez plutôt la variable d&apos;environnement %1.</translation>
    </message>
</context>
<context>
    <name>athanor::AthanorExportFormat</name>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; doit être du texte</translation>
    </message>
    <message>
        <source>each entry of &apos;prompts&apos; must be an object with a content</source>
        <translation>chaque entrée de &apos;prompts&apos; doit être un objet avec un contenu</translation>
    </message>
    <message>
        <source>the prompt has no content</source>
        <translation>le prompt n&apos;a pas de contenu</translation>
    </message>
    <message>
        <source>&apos;context&apos; must be a list of {type, content} texts</source>
        <translation>&apos;context&apos; doit être une liste de textes {type, content}</translation>
    </message>
    <message>
        <source>not an Athanor export: &quot;format&quot;: &quot;athanor-export&quot; is missing</source>
        <translation>pas un export Athanor : &quot;format&quot;: &quot;athanor-export&quot; est absent</translation>
    </message>
    <message>
        <source>the export needs a whole-number &quot;version&quot;</source>
        <translation>l&apos;export nécessite un champ &quot;version&quot; entier</translation>
    </message>
    <message>
        <source>this export is version %1; this Athanor reads version %2 (update Athanor)</source>
        <translation>cet export est en version %1 ; cet Athanor lit la version %2 (mettez Athanor à jour)</translation>
    </message>
    <message>
        <source>the export needs a &quot;prompts&quot; list</source>
        <translation>l&apos;export nécessite une liste &quot;prompts&quot;</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogInstaller</name>
    <message>
        <source>cannot store effectiveness %1/%2</source>
        <translation>impossible de stocker l&apos;efficacité %1/%2</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogLint</name>
    <message>
        <source>variable &apos;%1&apos; is declared twice</source>
        <translation>la variable &apos;%1&apos; est déclarée deux fois</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is declared but not used</source>
        <translation>la variable &apos;%1&apos; est déclarée mais pas utilisée</translation>
    </message>
    <message>
        <source>default of &apos;%1&apos;: %2</source>
        <translation>valeur par défaut de &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>&apos;{{%1}}&apos; is used but not declared</source>
        <translation>la variable &apos;{{%1}}&apos; est utilisée mais pas déclarée</translation>
    </message>
    <message>
        <source>the code must be lower-case letters, digits and &apos;_&apos;</source>
        <translation>le code doit être composé de lettres minuscules, de chiffres et de &apos;_&apos;</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>aucun nom</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;</source>
        <translation>catégorie &apos;%1&apos; inconnue</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;</source>
        <translation>rôle &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>the description is missing or too short</source>
        <translation>la description est absente ou trop courte</translation>
    </message>
    <message>
        <source>complexity must be 1 to 5</source>
        <translation>la complexité doit être comprise entre 1 et 5</translation>
    </message>
    <message>
        <source>base effectiveness must be 0 to 1</source>
        <translation>l&apos;efficacité de base doit être comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>no &apos;when to use&apos;</source>
        <translation>aucun « quand l&apos;utiliser »</translation>
    </message>
    <message>
        <source>no &apos;when not to use&apos;</source>
        <translation>aucun « quand ne pas l&apos;utiliser »</translation>
    </message>
    <message>
        <source>unknown apply section &apos;%1&apos;</source>
        <translation>section d&apos;application &apos;%1&apos; inconnue</translation>
    </message>
    <message>
        <source>no apply instruction</source>
        <translation>aucune instruction d&apos;application</translation>
    </message>
    <message>
        <source>apply: %1</source>
        <translation>application : %1</translation>
    </message>
    <message>
        <source>apply variable &apos;%1&apos; needs a default</source>
        <translation>la variable d&apos;application &apos;%1&apos; nécessite une valeur par défaut</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>aucune source</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; needs a title, authors, a year and a URL</source>
        <translation>la source &apos;%1&apos; nécessite un titre, des auteurs, une année et une URL</translation>
    </message>
    <message>
        <source>no pattern template</source>
        <translation>aucun modèle de schéma</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; has no template</source>
        <translation>le schéma &apos;%1&apos; n&apos;a pas de modèle</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: %2</source>
        <translation>schéma &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos; names unknown intent &apos;%2&apos;</source>
        <translation>le schéma &apos;%1&apos; cite l&apos;intention inconnue &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no worked example</source>
        <translation>aucun exemple commenté</translation>
    </message>
    <message>
        <source>an example needs a &apos;before&apos; and an &apos;after&apos;</source>
        <translation>un exemple nécessite un &apos;before&apos; et un &apos;after&apos;</translation>
    </message>
    <message>
        <source>example names unknown intent &apos;%1&apos;</source>
        <translation>l&apos;exemple cite l&apos;intention inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>conflicts with itself</source>
        <translation>entre en conflit avec elle-même</translation>
    </message>
    <message>
        <source>conflicts with unknown technique &apos;%1&apos;</source>
        <translation>entre en conflit avec la technique inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>template &apos;%1&apos;: %2</source>
        <translation>modèle &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>no template text</source>
        <translation>aucun texte de modèle</translation>
    </message>
    <message>
        <source>applies no technique</source>
        <translation>n&apos;applique aucune technique</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>technique &apos;%1&apos; inconnue</translation>
    </message>
    <message>
        <source>unknown intent &apos;%1&apos;</source>
        <translation>intention &apos;%1&apos; inconnue</translation>
    </message>
    <message>
        <source>technique %1: the code is used twice</source>
        <translation>technique %1 : le code est utilisé deux fois</translation>
    </message>
    <message>
        <source>intent %1: the path is used twice</source>
        <translation>intention %1 : le chemin est utilisé deux fois</translation>
    </message>
    <message>
        <source>intent %1: no parent %2</source>
        <translation>intention %1 : aucun parent %2</translation>
    </message>
    <message>
        <source>intent %1: needs a name and keywords</source>
        <translation>intention %1 : nécessite un nom et des mots-clés</translation>
    </message>
    <message>
        <source>effectiveness %1: declared twice</source>
        <translation>efficacité %1 : déclarée deux fois</translation>
    </message>
    <message>
        <source>effectiveness %1: unknown intent</source>
        <translation>efficacité %1 : intention inconnue</translation>
    </message>
    <message>
        <source>effectiveness %1: unknown technique</source>
        <translation>efficacité %1 : technique inconnue</translation>
    </message>
    <message>
        <source>template &apos;%1&apos;: the name is used twice</source>
        <translation>modèle &apos;%1&apos; : le nom est utilisé deux fois</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogLoader</name>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation>&apos;%1&apos; manquant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; doit être du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; doit être un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation>&apos;%1&apos; doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; doit être une liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of text</source>
        <translation>&apos;%1&apos; doit être une liste de textes</translation>
    </message>
    <message>
        <source>a variable must be a map with name and type</source>
        <translation>une variable doit être un dictionnaire avec un nom et un type</translation>
    </message>
    <message>
        <source>unknown variable type &apos;%1&apos;</source>
        <translation>type de variable &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>enum variable &apos;%1&apos; needs choices</source>
        <translation>la variable enum &apos;%1&apos; nécessite des choix</translation>
    </message>
    <message>
        <source>a technique must be a map</source>
        <translation>une technique doit être un dictionnaire</translation>
    </message>
    <message>
        <source>an intent must be a map</source>
        <translation>une intention doit être un dictionnaire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must start with its parent&apos;s code &apos;%2.&apos;</source>
        <translation>&apos;%1&apos; doit commencer par le code de son parent &apos;%2.&apos;</translation>
    </message>
    <message>
        <source>top-level intent &apos;%1&apos; must not contain a dot</source>
        <translation>l&apos;intention de premier niveau &apos;%1&apos; ne doit pas contenir de point</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be exactly one level below &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit se trouver exactement un niveau sous &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the file must hold a YAML list</source>
        <translation>le fichier doit contenir une liste YAML</translation>
    </message>
    <message>
        <source>cannot read the catalog file</source>
        <translation>impossible de lire le fichier du catalogue</translation>
    </message>
    <message>
        <source>&apos;complexity_adjustment&apos; must map 1-5 to a number</source>
        <translation>&apos;complexity_adjustment&apos; doit associer un nombre à chaque niveau de 1 à 5</translation>
    </message>
    <message>
        <source>complexity levels are 1 to 5</source>
        <translation>les niveaux de complexité vont de 1 à 5</translation>
    </message>
    <message>
        <source>&apos;domain_adjustments&apos; must map a domain to a number</source>
        <translation>&apos;domain_adjustments&apos; doit associer un nombre à chaque domaine</translation>
    </message>
    <message>
        <source>the catalog version must be 1 or more</source>
        <translation>la version du catalogue doit être 1 ou plus</translation>
    </message>
    <message>
        <source>catalog.yaml needs a whole-number &apos;version&apos;</source>
        <translation>catalog.yaml nécessite une &apos;version&apos; entière</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogRepository</name>
    <message>
        <source>no intent %1</source>
        <translation>aucune intention %1</translation>
    </message>
    <message>
        <source>athanor-cli intents lists them</source>
        <translation>athanor-cli intents les répertorie</translation>
    </message>
    <message>
        <source>no technique %1</source>
        <translation>aucune technique %1</translation>
    </message>
    <message>
        <source>athanor-cli techniques lists them</source>
        <translation>athanor-cli techniques les répertorie</translation>
    </message>
</context>
<context>
    <name>athanor::CatalogSync</name>
    <message>
        <source>the server&apos;s technique %1 is not a technique</source>
        <translation>la technique %1 du serveur n&apos;est pas une technique</translation>
    </message>
    <message>
        <source>template family %1 vanished</source>
        <translation>la famille de modèles %1 a disparu</translation>
    </message>
</context>
<context>
    <name>athanor::ChatMessages</name>
    <message>
        <source>the conversation has no system or user message with text</source>
        <translation>la conversation n&apos;a aucun message système ou utilisateur contenant du texte</translation>
    </message>
    <message>
        <source>message %1 needs a role and a content</source>
        <translation>le message %1 nécessite un rôle et un contenu</translation>
    </message>
    <message>
        <source>message %1: content must be text</source>
        <translation>message %1 : le contenu doit être du texte</translation>
    </message>
</context>
<context>
    <name>athanor::ClassifierRepository</name>
    <message>
        <source>a complexity is 1 to 5, not %1</source>
        <translation>une complexité va de 1 à 5, pas %1</translation>
    </message>
    <message>
        <source>no prompt with id %1</source>
        <translation>aucun prompt avec l&apos;id %1</translation>
    </message>
    <message>
        <source>not worse than the active version: activated</source>
        <translation>pas moins bonne que la version active : activée</translation>
    </message>
    <message>
        <source>less accurate than the active version on the held-out prompts: not activated</source>
        <translation>moins précise que la version active sur les prompts de test : non activée</translation>
    </message>
    <message>
        <source>loses more than %1 points on the held-out official examples: not activated</source>
        <translation>perd plus de %1 points sur les exemples officiels de test : non activée</translation>
    </message>
    <message>
        <source>the official examples are in use already: nothing to roll back</source>
        <translation>les exemples officiels sont déjà utilisés : rien à annuler</translation>
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
    <name>athanor::CommunityRepository</name>
    <message>
        <source>the server refused to %1: %2</source>
        <translation>le serveur a refusé de %1 : %2</translation>
    </message>
    <message>
        <source>list the community library</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>lister la bibliothèque communautaire</translation>
    </message>
    <message>
        <source>say who moderates</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>indiquer qui modère</translation>
    </message>
    <message>
        <source>no community prompt %1 in the cache</source>
        <translation>aucun prompt de la communauté %1 dans le cache</translation>
    </message>
    <message>
        <source>no prompt with id %1</source>
        <translation>aucun prompt avec l&apos;id %1</translation>
    </message>
    <message>
        <source>a published prompt needs a title</source>
        <translation>un prompt publié doit avoir un titre</translation>
    </message>
    <message>
        <source>publish the prompt</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>publier le prompt</translation>
    </message>
    <message>
        <source>read the community prompt</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>lire le prompt de la communauté</translation>
    </message>
    <message>
        <source>no community prompt %1 (or not one you may see)</source>
        <translation>aucun prompt de la communauté %1 (ou aucun que vous puissiez voir)</translation>
    </message>
    <message>
        <source>remix</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>remixer</translation>
    </message>
    <message>
        <source>Remix of %1</source>
        <translation>Remix de %1</translation>
    </message>
    <message>
        <source>moderate</source>
        <extracomment>Completes &quot;the server refused to %1: %2&quot;.</extracomment>
        <translation>modérer</translation>
    </message>
</context>
<context>
    <name>athanor::ComplexityEstimator</name>
    <message>
        <source>long: %1 words</source>
        <translation>long : %1 mots</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 mots</translation>
    </message>
    <message>
        <source>a persona</source>
        <translation>un persona</translation>
    </message>
    <message>
        <source>%1 separate sub-task</source>
        <translation>%1 sous-tâche distincte</translation>
    </message>
    <message>
        <source>%1 separate sub-tasks</source>
        <translation>%1 sous-tâches distinctes</translation>
    </message>
    <message>
        <source>%1 explicit constraint</source>
        <translation>%1 contrainte explicite</translation>
    </message>
    <message>
        <source>%1 explicit constraints</source>
        <translation>%1 contraintes explicites</translation>
    </message>
    <message>
        <source>contains a code block</source>
        <translation>contient un bloc de code</translation>
    </message>
    <message>
        <source>contains %1 code blocks</source>
        <translation>contient %1 blocs de code</translation>
    </message>
    <message>
        <source>contains a line that looks like code</source>
        <translation>contient une ligne qui ressemble à du code</translation>
    </message>
    <message>
        <source>contains code (%1 lines)</source>
        <translation>contient du code (%1 lignes)</translation>
    </message>
    <message>
        <source>contains inline code</source>
        <translation>contient du code en ligne</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>des données JSON</translation>
    </message>
    <message>
        <source>tabular data</source>
        <translation>des données tabulaires</translation>
    </message>
    <message>
        <source>many numbers (%1)</source>
        <translation>de nombreux nombres (%1)</translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation>contient %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>uses domain terms: %1</source>
        <translation>emploie des termes spécialisés : %1</translation>
    </message>
    <message>
        <source>%1 audiences or roles (%2)</source>
        <translation>%1 publics ou rôles (%2)</translation>
    </message>
    <message>
        <source>%1 sentence</source>
        <translation>%1 phrase</translation>
    </message>
    <message>
        <source>%1 sentences</source>
        <translation>%1 phrases</translation>
    </message>
    <message>
        <source>%1 question</source>
        <translation>%1 question</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 questions</translation>
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
    <name>athanor::CsvFormat</name>
    <message>
        <source>the header has no &apos;prompt&apos; column</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne &apos;prompt&apos;</translation>
    </message>
    <message>
        <source>the record has %1 fields but the header has %2</source>
        <translation>l&apos;enregistrement a %1 champs, mais l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; in field %3 is not a number</source>
        <translation>la valeur %1 &apos;%2&apos; du champ %3 n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>athanor::CsvReader</name>
    <message>
        <source>unclosed quote in field %1</source>
        <translation>guillemet non fermé dans le champ %1</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1</source>
        <translation>texte inattendu après le guillemet fermant du champ %1</translation>
    </message>
</context>
<context>
    <name>athanor::Database</name>
    <message>
        <source>restore a backup, or open another database</source>
        <translation>restaurez une sauvegarde, ou ouvrez une autre base de données</translation>
    </message>
    <message>
        <source>there is a file there already</source>
        <translation>un fichier existe déjà à cet emplacement</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>the library could not be copied: %1</source>
        <translation>la bibliothèque n&apos;a pas pu être copiée : %1</translation>
    </message>
    <message>
        <source>no database here</source>
        <translation>aucune base de données ici</translation>
    </message>
    <message>
        <source>create one with: athanor-cli --db %1 init</source>
        <translation>créez-en une avec : athanor-cli --db %1 init</translation>
    </message>
    <message>
        <source>not an Athanor database: the file is not an SQLite database</source>
        <translation>pas une base de données Athanor : le fichier n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>choose another file, or start a new database</source>
        <translation>choisissez un autre fichier, ou créez une nouvelle base de données</translation>
    </message>
    <message>
        <source>the database file is damaged: it is shorter than its header says (%1 bytes)</source>
        <translation>le fichier de la base de données est endommagé : il est plus court que ne l&apos;indique son en-tête (%1 octets)</translation>
    </message>
    <message>
        <source>not an Athanor database: an SQLite file of another program</source>
        <translation>pas une base de données Athanor : un fichier SQLite d&apos;un autre programme</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Athanor (schema %1, this build knows up to %2)</source>
        <translation>la base de données a été écrite par une version plus récente d&apos;Athanor (schéma %1, cette version connaît jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>update Athanor, or open another database</source>
        <translation>mettez Athanor à jour, ou ouvrez une autre base de données</translation>
    </message>
    <message>
        <source>cannot create the folder for the database</source>
        <translation>impossible de créer le dossier de la base de données</translation>
    </message>
    <message>
        <source>the database file is damaged: %1</source>
        <translation>le fichier de la base de données est endommagé : %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>impossible d&apos;ouvrir la base de données : %1</translation>
    </message>
    <message>
        <source>the database file is damaged or unreadable: %1</source>
        <translation>le fichier de la base de données est endommagé ou illisible : %1</translation>
    </message>
    <message>
        <source>the library was not migrated: its backup failed: %1</source>
        <translation>la bibliothèque n&apos;a pas été migrée : sa sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>free some disk space, then open it again</source>
        <translation>libérez de l&apos;espace disque, puis rouvrez-la</translation>
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
    <name>athanor::DatabaseReport</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>integrity check</source>
        <extracomment>A step of the database check; completes &quot;%1 failed: %2&quot;.</extracomment>
        <translation>la vérification d&apos;intégrité</translation>
    </message>
    <message>
        <source>reading the journal mode</source>
        <extracomment>A step of the database check; completes &quot;%1 failed: %2&quot;.</extracomment>
        <translation>la lecture du mode de journalisation</translation>
    </message>
    <message>
        <source>listing tables</source>
        <extracomment>A step of the database check; completes &quot;%1 failed: %2&quot;.</extracomment>
        <translation>l&apos;énumération des tables</translation>
    </message>
    <message>
        <source>counting %1 failed: %2</source>
        <translation>échec du comptage de %1 : %2</translation>
    </message>
</context>
<context>
    <name>athanor::DemoHistory</name>
    <message>
        <source>the technique catalog is not installed</source>
        <translation>le catalogue des techniques n&apos;est pas installé</translation>
    </message>
    <message>
        <source>Demo prompt %1 of %2</source>
        <translation>Prompt de démo %1 sur %2</translation>
    </message>
    <message>
        <source>cannot write the demo history: %1</source>
        <translation>impossible d&apos;écrire l&apos;historique de démo : %1</translation>
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
    <name>athanor::EmbedderChoice</name>
    <message>
        <source>unknown embedder &quot;%1&quot;; use local or &lt;provider&gt;[:&lt;model&gt;], e.g. %2</source>
        <translation>moteur de plongements &quot;%1&quot; inconnu ; utilisez local ou &lt;fournisseur&gt;[:&lt;modèle&gt;], p. ex. %2</translation>
    </message>
    <message>
        <source>%1 has no embeddings API</source>
        <translation>%1 n&apos;a pas d&apos;API de plongements</translation>
    </message>
    <message>
        <source>Use local, openai, google or ollama.</source>
        <translation>Utilisez local, openai, google ou ollama.</translation>
    </message>
</context>
<context>
    <name>athanor::EmbeddingCodec</name>
    <message>
        <source>an embedding blob is too short (%1 bytes)</source>
        <translation>un blob de plongement est trop court (%1 octets)</translation>
    </message>
    <message>
        <source>an embedding has %1 dimensions, the model has %2</source>
        <translation>un plongement a %1 dimensions, le modèle en a %2</translation>
    </message>
    <message>
        <source>an embedding blob has an invalid scale</source>
        <translation>un blob de plongement a une échelle non valide</translation>
    </message>
</context>
<context>
    <name>athanor::EmbeddingRepository</name>
    <message>
        <source>cannot store an embedding</source>
        <translation>impossible de stocker un plongement</translation>
    </message>
    <message>
        <source>indexing was cancelled</source>
        <translation>l&apos;indexation a été annulée</translation>
    </message>
    <message>
        <source>the number of results must be at least 1</source>
        <translation>le nombre de résultats doit être d&apos;au moins 1</translation>
    </message>
    <message>
        <source>no prompt with this id</source>
        <translation>aucun prompt avec cet id</translation>
    </message>
    <message>
        <source>the text to compare with is empty</source>
        <translation>le texte à comparer est vide</translation>
    </message>
</context>
<context>
    <name>athanor::EnhancementBatch</name>
    <message>
        <source>the file holds no prompts</source>
        <translation>le fichier ne contient aucun prompt</translation>
    </message>
</context>
<context>
    <name>athanor::EnhancementRepository</name>
    <message>
        <source>the technique catalog is not installed</source>
        <translation>le catalogue des techniques n&apos;est pas installé</translation>
    </message>
    <message>
        <source>run: athanor-cli init</source>
        <translation>exécutez : athanor-cli init</translation>
    </message>
</context>
<context>
    <name>athanor::Enhancer</name>
    <message>
        <source>unknown target model &apos;%1&apos;</source>
        <translation>modèle cible &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>use a model name such as gpt-4o, claude-sonnet-4, gemini-2.0-flash or llama3.1, or a family: %1</source>
        <translation>utilisez un nom de modèle comme gpt-4o, claude-sonnet-4, gemini-2.0-flash ou llama3.1, ou une famille : %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisie par vous</translation>
    </message>
    <message>
        <source>rated %1 for %2</source>
        <translation>évaluée à %1 pour %2</translation>
    </message>
    <message>
        <source>base effectiveness %1</source>
        <translation>efficacité de base %1</translation>
    </message>
    <message>
        <source> (catalog %1, %2 from 1 rating)</source>
        <translation> (catalogue %1, %2 d&apos;après 1 note)</translation>
    </message>
    <message>
        <source> (catalog %1, %2 from %3 ratings)</source>
        <translation> (catalogue %1, %2 d&apos;après %3 notes)</translation>
    </message>
    <message>
        <source>, fits complexity %1</source>
        <translation>, adaptée à la complexité %1</translation>
    </message>
    <message>
        <source>, one of your favourites</source>
        <translation>, l&apos;un de vos favoris</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>le prompt est vide</translation>
    </message>
    <message>
        <source>give the prompt as an argument, or &apos;-&apos; to read it from standard input</source>
        <translation>passez le prompt en argument, ou &apos;-&apos; pour le lire sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>unknown persona &apos;%1&apos;</source>
        <translation>persona &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>choisissez parmi : %1</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>technique &apos;%1&apos; inconnue</translation>
    </message>
    <message>
        <source>valid codes: %1</source>
        <translation>codes valides : %1</translation>
    </message>
    <message>
        <source>did you mean: %1?</source>
        <translation>vouliez-vous dire : %1 ?</translation>
    </message>
    <message>
        <source>%1 and %2 do not go together</source>
        <translation>%1 et %2 ne vont pas ensemble</translation>
    </message>
    <message>
        <source>choose one of them</source>
        <translation>choisissez l&apos;une des deux</translation>
    </message>
    <message>
        <source>Applied %1 (%2): %3</source>
        <translation>%1 appliquée (%2) : %3</translation>
    </message>
</context>
<context>
    <name>athanor::ExperimentRepository</name>
    <message>
        <source>an experiment needs a name</source>
        <translation>une expérience doit avoir un nom</translation>
    </message>
    <message>
        <source>the minimum of runs per arm is at least 1</source>
        <translation>le nombre minimal d&apos;essais par variante est d&apos;au moins 1</translation>
    </message>
    <message>
        <source>give two prompts or two technique sets</source>
        <translation>donnez deux prompts ou deux ensembles de techniques</translation>
    </message>
    <message>
        <source>no experiment with id %1</source>
        <translation>aucune expérience avec l&apos;id %1</translation>
    </message>
    <message>
        <source>a rating is 1 to 5 stars, not %1</source>
        <translation>une note va de 1 à 5 étoiles, pas %1</translation>
    </message>
    <message>
        <source>the variant is A or B, not %1</source>
        <translation>la variante est A ou B, pas %1</translation>
    </message>
    <message>
        <source>experiment %1 is %2: it takes no more runs</source>
        <translation>l&apos;expérience %1 a l&apos;état « %2 » : elle n&apos;accepte plus d&apos;essais</translation>
    </message>
    <message>
        <source>experiment %1 vanished</source>
        <translation>l&apos;expérience %1 a disparu</translation>
    </message>
    <message>
        <source>experiment %1 is %2 already</source>
        <translation>l&apos;expérience %1 a déjà l&apos;état « %2 »</translation>
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
    <name>athanor::FeedbackRepository</name>
    <message>
        <source>a rating is 1 to 5 stars, not %1</source>
        <translation>une note va de 1 à 5 étoiles, pas %1</translation>
    </message>
</context>
<context>
    <name>athanor::FrontMatter</name>
    <message>
        <source>the file must start with a --- line opening the front matter</source>
        <translation>le fichier doit commencer par une ligne --- qui ouvre le front matter</translation>
    </message>
    <message>
        <source>the front matter opened on line 1 is never closed with ---</source>
        <translation>le front matter ouvert à la ligne 1 n&apos;est jamais fermé par ---</translation>
    </message>
    <message>
        <source>the front matter must be a YAML map of keys and values</source>
        <translation>le front matter doit être un dictionnaire YAML de clés et de valeurs</translation>
    </message>
</context>
<context>
    <name>athanor::FtsRanking</name>
    <message>
        <source>not an SQLite connection</source>
        <translation>pas une connexion SQLite</translation>
    </message>
    <message>
        <source>this SQLite has no FTS5</source>
        <translation>ce SQLite n&apos;a pas FTS5</translation>
    </message>
    <message>
        <source>cannot register the full-text ranking: %1</source>
        <translation>impossible d&apos;enregistrer le classement plein texte : %1</translation>
    </message>
</context>
<context>
    <name>athanor::GeminiProtocol</name>
    <message>
        <source>the answer has no &quot;candidates&quot; list</source>
        <translation>la réponse n&apos;a pas de liste &quot;candidates&quot;</translation>
    </message>
    <message>
        <source>embedding %1 is not a list of numbers</source>
        <translation>le plongement %1 n&apos;est pas une liste de nombres</translation>
    </message>
</context>
<context>
    <name>athanor::GithubPromptFormat</name>
    <message>
        <source>a prompt file is a YAML map with name, model and messages</source>
        <translation>un fichier de prompt est un dictionnaire YAML avec name, model et messages</translation>
    </message>
    <message>
        <source>a prompt file needs a &apos;messages&apos; list of {role, content}</source>
        <translation>un fichier de prompt nécessite une liste &apos;messages&apos; de {role, content}</translation>
    </message>
    <message>
        <source>a message needs a role and a content</source>
        <translation>un message nécessite un rôle et un contenu</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (system, user or assistant)</source>
        <translation>rôle &apos;%1&apos; inconnu (system, user ou assistant)</translation>
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
    <name>athanor::ImportFormatRegistry</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the UTF-16 file ends in the middle of a character</source>
        <translation>le fichier UTF-16 se termine au milieu d&apos;un caractère</translation>
    </message>
    <message>
        <source>the file is truncated; export it again</source>
        <translation>le fichier est tronqué ; exportez-le à nouveau</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 (an unpaired surrogate)</source>
        <translation>le fichier n&apos;est pas de l&apos;UTF-16 valide (un demi-code d&apos;indirection isolé)</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); the file is binary or in another encoding</source>
        <translation>UTF-8 non valide (octet 0x%1) ; le fichier est binaire ou dans un autre encodage</translation>
    </message>
    <message>
        <source>the file holds a NUL character: it is binary, not text</source>
        <translation>le fichier contient un caractère NUL : il est binaire, pas textuel</translation>
    </message>
    <message>
        <source>import text files (UTF-8 or UTF-16 with a BOM)</source>
        <translation>importez des fichiers texte (UTF-8, ou UTF-16 avec un BOM)</translation>
    </message>
</context>
<context>
    <name>athanor::ImportJob</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>the file is larger than the %1 MB limit</source>
        <translation>le fichier dépasse la limite de %1 Mo</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>not a prompt file format Athanor reads</source>
        <translation>pas un format de fichier de prompt lu par Athanor</translation>
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
    <message>
        <source>Import stopped: %1. The files imported before it stay in the library.</source>
        <translation>Importation arrêtée : %1. Les fichiers importés avant restent dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Files not tried:</source>
        <translation>Fichiers non tentés :</translation>
    </message>
    <message>
        <source>The import stopped: %1 (%2).</source>
        <translation>L’importation s’est arrêtée : %1 (%2).</translation>
    </message>
</context>
<context>
    <name>athanor::ImportSupport</name>
    <message>
        <source>the file holds no prompt</source>
        <translation>le fichier ne contient aucun prompt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from 0 to %2</source>
        <translation>&apos;%1&apos; doit être un nombre entier de 0 à %2</translation>
    </message>
</context>
<context>
    <name>athanor::ImportWriter</name>
    <message>
        <source>the temperature must be between 0 and 2</source>
        <translation>la température doit être comprise entre 0 et 2</translation>
    </message>
    <message>
        <source>token counts cannot be negative</source>
        <translation>les nombres de jetons ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>the phase must be prima-materia, solutio or coagulatio</source>
        <translation>la phase doit être prima-materia, solutio ou coagulatio</translation>
    </message>
    <message>
        <source>the provider must be openai, anthropic, google, openrouter or ollama</source>
        <translation>le fournisseur doit être openai, anthropic, google, openrouter ou ollama</translation>
    </message>
    <message>
        <source>the prompt could not be stored: %1</source>
        <translation>le prompt n&apos;a pas pu être stocké : %1</translation>
    </message>
    <message>
        <source>cannot read the library</source>
        <translation>impossible de lire la bibliothèque</translation>
    </message>
</context>
<context>
    <name>athanor::JsonRecord</name>
    <message>
        <source>expected a JSON object with a prompt, content, text or template field (or messages, instruction or conversations), or a string</source>
        <translation>un objet JSON avec un champ prompt, content, text ou template (ou messages, instruction ou conversations), ou une chaîne, était attendu</translation>
    </message>
    <message>
        <source>a ShareGPT turn needs &apos;from&apos; and a text &apos;value&apos;</source>
        <translation>un tour ShareGPT nécessite &apos;from&apos; et une valeur textuelle &apos;value&apos;</translation>
    </message>
    <message>
        <source>the ShareGPT conversation has no human turn with text</source>
        <translation>la conversation ShareGPT n&apos;a aucun tour humain contenant du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; doit être un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of text</source>
        <translation>&apos;%1&apos; doit être une liste de textes</translation>
    </message>
    <message>
        <source>expected a list of {role, content} messages</source>
        <translation>une liste de messages {role, content} était attendue</translation>
    </message>
    <message>
        <source>the prompt text is empty</source>
        <translation>le texte du prompt est vide</translation>
    </message>
</context>
<context>
    <name>athanor::JsonText</name>
    <message>
        <source>an object is not closed (a &apos;}&apos; or a &apos;,&apos; is missing)</source>
        <translation>un objet n&apos;est pas fermé (il manque un &apos;}&apos; ou une &apos;,&apos;)</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing after a key</source>
        <translation>il manque un &apos;:&apos; après une clé</translation>
    </message>
    <message>
        <source>a list is not closed (a &apos;]&apos; or a &apos;,&apos; is missing)</source>
        <translation>une liste n&apos;est pas fermée (il manque un &apos;]&apos; ou une &apos;,&apos;)</translation>
    </message>
    <message>
        <source>a &apos;,&apos; is missing between two values</source>
        <translation>il manque une &apos;,&apos; entre deux valeurs</translation>
    </message>
    <message>
        <source>this is not a JSON value (text needs double quotes)</source>
        <translation>ceci n&apos;est pas une valeur JSON (le texte doit être entre guillemets doubles)</translation>
    </message>
    <message>
        <source>the JSON ends in the middle of a number</source>
        <translation>le JSON se termine au milieu d&apos;un nombre</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>un nombre est mal formé</translation>
    </message>
    <message>
        <source>a string holds an invalid \ escape</source>
        <translation>une chaîne contient un échappement \ non valide</translation>
    </message>
    <message>
        <source>a string holds invalid UTF-8</source>
        <translation>une chaîne contient de l&apos;UTF-8 non valide</translation>
    </message>
    <message>
        <source>a string is not closed (a &apos;&quot;&apos; is missing)</source>
        <translation>une chaîne n&apos;est pas fermée (il manque un &apos;&quot;&apos;)</translation>
    </message>
    <message>
        <source>a JSON object or list was expected</source>
        <translation>un objet ou une liste JSON était attendu</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a prompt file</source>
        <translation>le JSON est trop profondément imbriqué pour être un fichier de prompt</translation>
    </message>
    <message>
        <source>the JSON document is too large</source>
        <translation>le document JSON est trop volumineux</translation>
    </message>
    <message>
        <source>there is more text after the JSON value (one value per file; JSONL wants .jsonl)</source>
        <translation>il y a du texte après la valeur JSON (une valeur par fichier ; le format JSONL exige .jsonl)</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <source>one JSON value per line is expected</source>
        <translation>une valeur JSON par ligne est attendue</translation>
    </message>
</context>
<context>
    <name>athanor::LangfuseFormat</name>
    <message>
        <source>expected a Langfuse prompt: an object with a name and a prompt</source>
        <translation>un prompt Langfuse était attendu : un objet avec un name et un prompt</translation>
    </message>
    <message>
        <source>&apos;prompt&apos; must be text or a list of {role, content} messages</source>
        <translation>&apos;prompt&apos; doit être un texte ou une liste de messages {role, content}</translation>
    </message>
    <message>
        <source>the prompt text is empty</source>
        <translation>le texte du prompt est vide</translation>
    </message>
</context>
<context>
    <name>athanor::LearningRepository</name>
    <message>
        <source>a rating is 1 to 5 stars, not %1</source>
        <translation>une note va de 1 à 5 étoiles, pas %1</translation>
    </message>
    <message>
        <source>no prompt with id %1</source>
        <translation>aucun prompt avec l&apos;id %1</translation>
    </message>
    <message>
        <source>no totals</source>
        <translation>aucun total</translation>
    </message>
    <message>
        <source>no techniques</source>
        <translation>aucune technique</translation>
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
    <message>
        <source>Library Upgraded</source>
        <translation>Bibliothèque mise à jour</translation>
    </message>
    <message>
        <source>Your library was upgraded to this version of Athanor. A copy of it as it was is kept at:

%1

Delete the copy once you no longer need to go back to the older version.</source>
        <translation>Votre bibliothèque a été mise à jour pour cette version d’Athanor. Une copie de son état précédent est conservée ici :

%1

Supprimez la copie dès que vous n’avez plus besoin de revenir à l’ancienne version.</translation>
    </message>
</context>
<context>
    <name>athanor::MarkdownFrontMatterFormat</name>
    <message>
        <source>the prompt after the front matter is empty</source>
        <translation>le prompt qui suit le front matter est vide</translation>
    </message>
</context>
<context>
    <name>athanor::Migrator</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Athanor (schema %1, this build knows up to %2)</source>
        <translation>la base de données a été écrite par une version plus récente d&apos;Athanor (schéma %1, cette version connaît jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>update Athanor, or open another database</source>
        <translation>mettez Athanor à jour, ou ouvrez une autre base de données</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>la migration %1 est manquante</translation>
    </message>
    <message>
        <source>cannot start migration %1: %2</source>
        <translation>impossible de démarrer la migration %1 : %2</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>échec de la migration %1 (%2) : %3</translation>
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
        <translation>le seuil de similarité doit être supérieur à 0 et au plus égal à 1</translation>
    </message>
    <message>
        <source>the vector index is missing or out of date</source>
        <translation>l&apos;index vectoriel est absent ou obsolète</translation>
    </message>
    <message>
        <source>wait for the index to be rebuilt, or run athanor-cli similar once</source>
        <translation>attendez que l&apos;index soit reconstruit, ou exécutez une fois athanor-cli similar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
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
    <name>athanor::OllamaProtocol</name>
    <message>
        <source>the answer has no &quot;message&quot;</source>
        <translation>la réponse n&apos;a pas de &quot;message&quot;</translation>
    </message>
    <message>
        <source>embedding %1 is not a list of numbers</source>
        <translation>le plongement %1 n&apos;est pas une liste de nombres</translation>
    </message>
</context>
<context>
    <name>athanor::OpenAiProtocol</name>
    <message>
        <source>the answer has no choices</source>
        <translation>la réponse n&apos;a pas de choix (choices)</translation>
    </message>
    <message>
        <source>choices[0].message.content is not text</source>
        <translation>choices[0].message.content n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>an embedding has no valid index</source>
        <translation>un plongement n&apos;a pas d&apos;index valide</translation>
    </message>
    <message>
        <source>embedding %1 is not a list of numbers</source>
        <translation>le plongement %1 n&apos;est pas une liste de nombres</translation>
    </message>
</context>
<context>
    <name>athanor::Phase</name>
    <message>
        <source>use a comma-separated list of %1 (or prima)</source>
        <translation>utilisez une liste séparée par des virgules parmi %1 (ou prima)</translation>
    </message>
    <message>
        <source>no phase given</source>
        <translation>aucune phase indiquée</translation>
    </message>
    <message>
        <source>empty phase name in &apos;%1&apos;</source>
        <translation>nom de phase vide dans &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown phase &apos;%1&apos;</source>
        <translation>phase &apos;%1&apos; inconnue</translation>
    </message>
    <message>
        <source>did you mean %1? %2</source>
        <translation>vouliez-vous dire %1 ? %2</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; is given twice</source>
        <translation>la phase &apos;%1&apos; est indiquée deux fois</translation>
    </message>
</context>
<context>
    <name>athanor::PhasePromptLibrary</name>
    <message>
        <source>unknown placeholder %1 in &apos;%2&apos;; known: %3</source>
        <translation>espace réservé %1 inconnu dans &apos;%2&apos; ; connus : %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must contain %2</source>
        <translation>&apos;%1&apos; doit contenir %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; doit être du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; est vide</translation>
    </message>
    <message>
        <source>the file must hold a YAML map</source>
        <translation>le fichier doit contenir un dictionnaire YAML</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a map</source>
        <translation>&apos;%1&apos; doit être un dictionnaire</translation>
    </message>
    <message>
        <source>keys must be text</source>
        <translation>les clés doivent être du texte</translation>
    </message>
    <message>
        <source>unknown entry &apos;%1&apos;; expected one of: %2</source>
        <translation>entrée &apos;%1&apos; inconnue ; attendue parmi : %2</translation>
    </message>
    <message>
        <source>cannot read the phase prompts file</source>
        <translation>impossible de lire le fichier des prompts de phase</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>the phase prompts lack &apos;%1&apos;</source>
        <translation>il manque &apos;%1&apos; aux prompts de phase</translation>
    </message>
</context>
<context>
    <name>athanor::PhaseRunner</name>
    <message>
        <source>no phase to run</source>
        <translation>aucune phase à exécuter</translation>
    </message>
    <message>
        <source>the model returned an empty answer</source>
        <translation>le modèle a renvoyé une réponse vide</translation>
    </message>
    <message>
        <source>no variant was generated</source>
        <translation>aucune variante n&apos;a été générée</translation>
    </message>
    <message>
        <source>the generation was cancelled</source>
        <translation>la génération a été annulée</translation>
    </message>
</context>
<context>
    <name>athanor::PlainTextFormat</name>
    <message>
        <source>the file holds no prompt: only blank text and --- separators</source>
        <translation>le fichier ne contient aucun prompt : seulement du texte vide et des séparateurs ---</translation>
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
    <name>athanor::PriceTable</name>
    <message>
        <source>cannot read the price table: %1</source>
        <translation>impossible de lire la table des prix : %1</translation>
    </message>
    <message>
        <source>the price of %1 needs input and output</source>
        <translation>le prix de %1 nécessite une entrée et une sortie</translation>
    </message>
    <message>
        <source>the price of %1 is negative</source>
        <translation>le prix de %1 est négatif</translation>
    </message>
    <message>
        <source>the price table is malformed: %1</source>
        <translation>la table des prix est mal formée : %1</translation>
    </message>
    <message>
        <source>cannot save the price table: %1</source>
        <translation>impossible d&apos;enregistrer la table des prix : %1</translation>
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
    <name>athanor::PromptArchive</name>
    <message>
        <source>no prompt with this id; nothing was deleted</source>
        <translation>aucun prompt avec cet id ; rien n&apos;a été supprimé</translation>
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
    <name>athanor::PromptExporter</name>
    <message>
        <source>unknown export format &apos;%1&apos;</source>
        <translation>format d&apos;export &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>choisissez parmi : %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>impossible d&apos;écrire l&apos;export : %1</translation>
    </message>
</context>
<context>
    <name>athanor::PromptLayout</name>
    <message>
        <source>XML tags, as Anthropic models prefer</source>
        <translation>des balises XML, comme les préfèrent les modèles d&apos;Anthropic</translation>
    </message>
    <message>
        <source>labelled blocks, as Google recommends for Gemini</source>
        <translation>des blocs étiquetés, comme Google le recommande pour Gemini</translation>
    </message>
    <message>
        <source>&apos;###&apos; sections, which open models follow well</source>
        <translation>des sections &apos;###&apos;, que les modèles ouverts suivent bien</translation>
    </message>
    <message>
        <source>Markdown headings, as OpenAI&apos;s guide suggests</source>
        <translation>des titres Markdown, comme le suggère le guide d&apos;OpenAI</translation>
    </message>
    <message>
        <source>Markdown headings</source>
        <translation>des titres Markdown</translation>
    </message>
    <message>
        <source>Organised into %1 labelled sections with %2; the original prompt is kept word for word in its own task section</source>
        <translation>Organisé en %1 sections étiquetées, avec %2 ; le prompt original est conservé mot pour mot dans sa propre section de tâche</translation>
    </message>
</context>
<context>
    <name>athanor::PromptQueries</name>
    <message>
        <source>no such filter column</source>
        <translation>aucune colonne de filtre de ce nom</translation>
    </message>
</context>
<context>
    <name>athanor::PromptRepository</name>
    <message>
        <source>a prompt cannot be empty</source>
        <translation>un prompt ne peut pas être vide</translation>
    </message>
    <message>
        <source>a prompt with the same content exists already (%1)</source>
        <translation>un prompt au contenu identique existe déjà (%1)</translation>
    </message>
    <message>
        <source>cannot save the prompt: %1</source>
        <translation>impossible d&apos;enregistrer le prompt : %1</translation>
    </message>
    <message>
        <source>cannot count prompts: %1</source>
        <translation>impossible de compter les prompts : %1</translation>
    </message>
    <message>
        <source>cannot delete the prompt: %1</source>
        <translation>impossible de supprimer le prompt : %1</translation>
    </message>
    <message>
        <source>no prompt with this id</source>
        <translation>aucun prompt avec cet id</translation>
    </message>
    <message>
        <source>no prompt with this id; nothing was deleted</source>
        <translation>aucun prompt avec cet id ; rien n&apos;a été supprimé</translation>
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
    <name>athanor::PromptfooYamlFormat</name>
    <message>
        <source>expected a prompt text or a map with raw (and optional id, label)</source>
        <translation>un texte de prompt ou un dictionnaire avec raw (et éventuellement id, label) était attendu</translation>
    </message>
    <message>
        <source>the prompt text is empty</source>
        <translation>le texte du prompt est vide</translation>
    </message>
    <message>
        <source>a promptfoo prompt file is a YAML list of prompts</source>
        <translation>un fichier de prompts promptfoo est une liste YAML de prompts</translation>
    </message>
</context>
<context>
    <name>athanor::PromptyFormat</name>
    <message>
        <source>&apos;model&apos; must be a map with api, configuration, parameters</source>
        <translation>&apos;model&apos; doit être un dictionnaire avec api, configuration, parameters</translation>
    </message>
</context>
<context>
    <name>athanor::ProtocolJson</name>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>un objet JSON était attendu</translation>
    </message>
    <message>
        <source>the answer has no &quot;%1&quot; list</source>
        <translation>la réponse n&apos;a pas de liste &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderCall</name>
    <message>
        <source>a streamed event is larger than %1 MB</source>
        <translation>un événement diffusé dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la réponse dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the stream ended before the answer was complete</source>
        <translation>le flux s&apos;est terminé avant que la réponse soit complète</translation>
    </message>
    <message>
        <source>the answer is longer than %1 million characters: the server kept streaming</source>
        <translation>la réponse dépasse %1 millions de caractères : le serveur a continué d’envoyer sans fin</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderClient</name>
    <message>
        <source>%1 embeddings for %2 texts</source>
        <translation>%1 plongements pour %2 textes</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderError</name>
    <message>
        <source>Set the %1 key in Edit ▸ Providers…, or in the environment variable %2.</source>
        <translation>Définissez la clé %1 dans Édition ▸ Fournisseurs…, ou dans la variable d&apos;environnement %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>No API key for %1 (HTTP 401%2)</source>
        <translation>Aucune clé d&apos;API pour %1 (HTTP 401%2)</translation>
    </message>
    <message>
        <source>%1 rejected the API key (HTTP 401%2)</source>
        <translation>%1 a rejeté la clé d&apos;API (HTTP 401%2)</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403%2)</source>
        <translation>%1 a refusé l&apos;accès (HTTP 403%2)</translation>
    </message>
    <message>
        <source>Check that the key may use the model %1. </source>
        <translation>Vérifiez que la clé autorise l&apos;utilisation du modèle %1. </translation>
    </message>
    <message>
        <source>%1 does not know the model &quot;%2&quot; (HTTP 404%3)</source>
        <translation>%1 ne connaît pas le modèle &quot;%2&quot; (HTTP 404%3)</translation>
    </message>
    <message>
        <source>List the available models with: athanor-cli models --provider %1</source>
        <translation>Listez les modèles disponibles avec : athanor-cli models --provider %1</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests (HTTP 429%2)</source>
        <translation>%1 limite le débit des requêtes (HTTP 429%2)</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or check the quota of the account.</source>
        <translation>Patientez un instant et réessayez, ou vérifiez le quota du compte.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2%3)</source>
        <translation>%1 a rencontré une erreur serveur (HTTP %2%3)</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2%3)</source>
        <translation>%1 a refusé la requête (HTTP %2%3)</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>Is Ollama running? Start it with: ollama serve</source>
        <translation>Ollama est-il lancé ? Démarrez-le avec : ollama serve</translation>
    </message>
    <message>
        <source>Check the network connection and the base URL.</source>
        <translation>Vérifiez la connexion réseau et l&apos;URL de base.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n&apos;a pas répondu dans les %2 s</translation>
    </message>
    <message>
        <source>Try again, or raise the timeout in Edit ▸ Providers…</source>
        <translation>Réessayez, ou augmentez le délai d&apos;expiration dans Édition ▸ Fournisseurs…</translation>
    </message>
    <message>
        <source>%1 sent an answer Athanor cannot read: %2</source>
        <translation>%1 a envoyé une réponse qu&apos;Athanor ne sait pas lire : %2</translation>
    </message>
    <message>
        <source>Check that the base URL points at a %1-compatible API.</source>
        <translation>Vérifiez que l&apos;URL de base pointe vers une API compatible %1.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled</source>
        <translation>La requête vers %1 a été annulée</translation>
    </message>
</context>
<context>
    <name>athanor::ProviderSettings</name>
    <message>
        <source>the base URL of %1 is not an http(s) URL</source>
        <translation>l&apos;URL de base de %1 n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>Set it in Edit ▸ Providers…, or in the environment variable %1.</source>
        <translation>Définissez-la dans Édition ▸ Fournisseurs…, ou dans la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source> (The keychain could not be read: %1.)</source>
        <translation> (Le trousseau n&apos;a pas pu être lu : %1.)</translation>
    </message>
    <message>
        <source>no API key for %1</source>
        <translation>aucune clé d&apos;API pour %1</translation>
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
    <name>athanor::RemoteEmbedder</name>
    <message>
        <source>%1 has no embeddings API</source>
        <translation>%1 n&apos;a pas d&apos;API de plongements</translation>
    </message>
    <message>
        <source>Use openai, google or ollama for embeddings.</source>
        <translation>Utilisez openai, google ou ollama pour les plongements.</translation>
    </message>
    <message>
        <source>the provider returned a vector of %1 dimensions instead of %2</source>
        <translation>le fournisseur a renvoyé un vecteur de %1 dimensions au lieu de %2</translation>
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
    <name>athanor::SecretStore</name>
    <message>
        <source>the keychain is switched off (ATHANOR_KEYCHAIN=off)</source>
        <translation>le trousseau est désactivé (ATHANOR_KEYCHAIN=off)</translation>
    </message>
    <message>
        <source>cannot store %1 in the keychain: %2</source>
        <translation>impossible de stocker %1 dans le trousseau : %2</translation>
    </message>
    <message>
        <source>cannot remove %1 from the keychain: %2</source>
        <translation>impossible de retirer %1 du trousseau : %2</translation>
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
    <name>athanor::ServerSchema</name>
    <message>
        <source>the server&apos;s schema is version %1, newer than this Athanor knows (%2)</source>
        <translation>le schéma du serveur est en version %1, plus récente que celle que connaît cet Athanor (%2)</translation>
    </message>
    <message>
        <source>update Athanor</source>
        <translation>mettez Athanor à jour</translation>
    </message>
    <message>
        <source>cannot read the migration</source>
        <translation>impossible de lire la migration</translation>
    </message>
    <message>
        <source>a user name is lower-case letters, digits and _, starting with a letter</source>
        <translation>un nom d&apos;utilisateur se compose de lettres minuscules, de chiffres et de _, et commence par une lettre</translation>
    </message>
    <message>
        <source>a role of that name exists already</source>
        <translation>un rôle de ce nom existe déjà</translation>
    </message>
</context>
<context>
    <name>athanor::ServerSettings</name>
    <message>
        <source>the server password</source>
        <translation>le mot de passe du serveur</translation>
    </message>
    <message>
        <source>It is kept for this session only; set PGPASSWORD to avoid typing it.</source>
        <translation>Il n&apos;est conservé que pour cette session ; définissez PGPASSWORD pour éviter de le saisir.</translation>
    </message>
</context>
<context>
    <name>athanor::ServerUrl</name>
    <message>
        <source>not a PostgreSQL URL (postgres://user@host:port/database)</source>
        <translation>pas une URL PostgreSQL (postgres://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>the URL needs a user and a database (postgres://user@host:port/database)</source>
        <translation>l&apos;URL nécessite un utilisateur et une base de données (postgres://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode doit valoir l&apos;une des valeurs suivantes : %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé</translation>
    </message>
    <message>
        <source>install libqt6sql6-psql</source>
        <translation>installez libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>impossible de se connecter au serveur : %1</translation>
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
    <name>athanor::SqlHelpers</name>
    <message>
        <source>cannot prepare a query: %1</source>
        <translation>impossible de préparer une requête : %1</translation>
    </message>
    <message>
        <source>a query failed: %1</source>
        <translation>une requête a échoué : %1</translation>
    </message>
    <message>
        <source>free some disk space, then try again: nothing of the unfinished change was kept</source>
        <translation>libérez de l’espace disque puis réessayez : rien de la modification inachevée n’a été gardé</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk could not be written (is it full?): %1</source>
        <translation>le disque n’a pas pu être écrit (est-il plein ?) : %1</translation>
    </message>
    <message>
        <source>the library is read-only: Athanor cannot write to the file or its folder</source>
        <translation>la bibliothèque est en lecture seule : Athanor ne peut écrire ni dans le fichier ni dans son dossier</translation>
    </message>
    <message>
        <source>allow writing to the file and to its folder, or work on a copy in a folder you can write to</source>
        <translation>autorisez l’écriture dans le fichier et son dossier, ou travaillez sur une copie dans un dossier où vous pouvez écrire</translation>
    </message>
</context>
<context>
    <name>athanor::SqliteStatement</name>
    <message>
        <source>not an SQLite connection</source>
        <translation>pas une connexion SQLite</translation>
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
    <name>athanor::SyncApplier</name>
    <message>
        <source>a query failed: %1</source>
        <translation>une requête a échoué : %1</translation>
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
    <name>athanor::SyncEngine</name>
    <message>
        <source>the server did not take the sync: %1</source>
        <translation>le serveur n&apos;a pas accepté la synchronisation : %1</translation>
    </message>
    <message>
        <source>the server has no sync tables yet</source>
        <translation>le serveur n&apos;a pas encore de tables de synchronisation</translation>
    </message>
    <message>
        <source>its administrator runs: athanor-cli server init</source>
        <translation>son administrateur doit exécuter : athanor-cli server init</translation>
    </message>
    <message>
        <source>the server answered %1 of %2 changes</source>
        <translation>le serveur n&apos;a répondu qu&apos;à %1 des %2 modifications</translation>
    </message>
    <message>
        <source>no such synced entity: %1</source>
        <translation>aucune entité synchronisée de ce nom : %1</translation>
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
    <name>athanor::TechniqueRepository</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>technique &apos;%1&apos; inconnue</translation>
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
    <name>athanor::TemplateRenderer</name>
    <message>
        <source>&apos;%1&apos; takes one line of text</source>
        <translation>&apos;%1&apos; accepte une seule ligne de texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a whole number, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; accepte un nombre entier, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; accepte un nombre, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes yes or no, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; accepte oui ou non, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one of %2, not &apos;%3&apos;</source>
        <translation>&apos;%1&apos; accepte l&apos;une des valeurs %2, pas &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the template has no variable &apos;%1&apos; (it has: %2)</source>
        <translation>le modèle n&apos;a pas de variable &apos;%1&apos; (il a : %2)</translation>
    </message>
    <message>
        <source>the required variable &apos;%1&apos; has no value</source>
        <translation>la variable obligatoire &apos;%1&apos; n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>the required variable &apos;%1&apos; is empty</source>
        <translation>la variable obligatoire &apos;%1&apos; est vide</translation>
    </message>
    <message>
        <source>the template uses &apos;%1&apos; but does not declare it</source>
        <translation>le modèle utilise la variable &apos;%1&apos; sans la déclarer</translation>
    </message>
</context>
<context>
    <name>athanor::TemplateRepository</name>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>le texte est vide</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos;</source>
        <translation>technique &apos;%1&apos; inconnue</translation>
    </message>
    <message>
        <source>unknown intent &apos;%1&apos;</source>
        <translation>intention &apos;%1&apos; inconnue</translation>
    </message>
    <message>
        <source>the template cannot be saved: %1</source>
        <translation>le modèle ne peut pas être enregistré : %1</translation>
    </message>
    <message>
        <source>no such template</source>
        <translation>modèle introuvable</translation>
    </message>
    <message>
        <source>the template has no family to add a version to</source>
        <translation>le modèle n&apos;a pas de famille à laquelle ajouter une version</translation>
    </message>
    <message>
        <source>version %1 is already the current one</source>
        <translation>la version %1 est déjà la version actuelle</translation>
    </message>
    <message>
        <source>the template has no version %1</source>
        <translation>le modèle n&apos;a pas de version %1</translation>
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
    <name>athanor::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>impossible de valider : %1</translation>
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
    <name>athanor::UsageRepository</name>
    <message>
        <source>no prompt with id %1</source>
        <translation>aucun prompt avec l&apos;id %1</translation>
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
    <name>athanor::VectorIndex</name>
    <message>
        <source>the index is rebuilt from the stored embeddings; similar-prompt search is exact (slower) until then</source>
        <translation>l&apos;index est reconstruit à partir des plongements stockés ; d&apos;ici là, la recherche de prompts similaires est exacte (plus lente)</translation>
    </message>
    <message>
        <source>no saved vector index</source>
        <translation>aucun index vectoriel enregistré</translation>
    </message>
    <message>
        <source>cannot read the vector index manifest</source>
        <translation>impossible de lire le manifeste de l&apos;index vectoriel</translation>
    </message>
    <message>
        <source>the vector index was saved in another format (%1, this version reads %2)</source>
        <translation>l&apos;index vectoriel a été enregistré dans un autre format (%1, cette version lit %2)</translation>
    </message>
    <message>
        <source>the vector index manifest is damaged or of another format</source>
        <translation>le manifeste de l&apos;index vectoriel est endommagé ou d&apos;un autre format</translation>
    </message>
    <message>
        <source>the vector index file is damaged (its checksum does not match)</source>
        <translation>le fichier de l&apos;index vectoriel est endommagé (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>the vector index is out of date (it covers %1 prompts, the database has %2 with embeddings)</source>
        <translation>l&apos;index vectoriel est obsolète (il couvre %1 prompts, la base de données en a %2 avec des plongements)</translation>
    </message>
    <message>
        <source>the vector index file cannot be loaded</source>
        <translation>le fichier de l&apos;index vectoriel ne peut pas être chargé</translation>
    </message>
    <message>
        <source>the vector index file does not match its manifest</source>
        <translation>le fichier de l&apos;index vectoriel ne correspond pas à son manifeste</translation>
    </message>
    <message>
        <source>a vector has %1 dimensions, the index %2</source>
        <translation>un vecteur a %1 dimensions, l&apos;index %2</translation>
    </message>
    <message>
        <source>the vector index is not loaded</source>
        <translation>l&apos;index vectoriel n&apos;est pas chargé</translation>
    </message>
    <message>
        <source>cannot add to the vector index: %1</source>
        <translation>impossible d&apos;ajouter à l&apos;index vectoriel : %1</translation>
    </message>
    <message>
        <source>%1 vectors of %2 floats expected, %3 floats given</source>
        <translation>%1 vecteurs de %2 flottants attendus, %3 flottants fournis</translation>
    </message>
    <message>
        <source>cannot add to the vector index (out of memory?)</source>
        <translation>impossible d&apos;ajouter à l&apos;index vectoriel (mémoire insuffisante ?)</translation>
    </message>
    <message>
        <source>cannot delete from the vector index: %1</source>
        <translation>impossible de supprimer de l&apos;index vectoriel : %1</translation>
    </message>
    <message>
        <source>the vector index failed: %1</source>
        <translation>échec de l&apos;index vectoriel : %1</translation>
    </message>
    <message>
        <source>not enough memory for a vector index of %1 prompts</source>
        <translation>mémoire insuffisante pour un index vectoriel de %1 prompts</translation>
    </message>
    <message>
        <source>cannot build the vector index (out of memory?)</source>
        <translation>impossible de construire l&apos;index vectoriel (mémoire insuffisante ?)</translation>
    </message>
    <message>
        <source>the vector index rebuild was cancelled</source>
        <translation>la reconstruction de l&apos;index vectoriel a été annulée</translation>
    </message>
    <message>
        <source>there is no vector index to save</source>
        <translation>il n&apos;y a aucun index vectoriel à enregistrer</translation>
    </message>
    <message>
        <source>the vector index holds %1 vectors, the database %2</source>
        <translation>l&apos;index vectoriel contient %1 vecteurs, la base de données %2</translation>
    </message>
    <message>
        <source>cannot write the vector index: %1</source>
        <translation>impossible d&apos;écrire l&apos;index vectoriel : %1</translation>
    </message>
    <message>
        <source>cannot write the vector index (is the disk full?)</source>
        <translation>impossible d&apos;écrire l&apos;index vectoriel (le disque est-il plein ?)</translation>
    </message>
    <message>
        <source>cannot replace the vector index: %1</source>
        <translation>impossible de remplacer l&apos;index vectoriel : %1</translation>
    </message>
    <message>
        <source>cannot write the vector index manifest: %1</source>
        <translation>impossible d&apos;écrire le manifeste de l&apos;index vectoriel : %1</translation>
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
    <name>athanor::WireProtocol</name>
    <message>
        <source>%1 has no embeddings API</source>
        <translation>%1 n&apos;a pas d&apos;API de plongements</translation>
    </message>
</context>
<context>
    <name>athanor::YamlSupport</name>
    <message>
        <source>the YAML is nested too deeply</source>
        <translation>le YAML est trop profondément imbriqué</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; doit être du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; doit être un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list or comma-separated text</source>
        <translation>&apos;%1&apos; doit être une liste ou un texte séparé par des virgules</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply to be a prompt file</source>
        <translation>le YAML est imbriqué trop profondément pour être un fichier de prompts</translation>
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
