<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DeletePromptsCommand</name>
    <message>
        <source>Delete Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %L1 Prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditTagsCommand</name>
    <message>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptDetails</name>
    <message>
        <source>This prompt is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity search is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other prompts yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::CommunityDetailView</name>
    <message>
        <source>The selected community prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like this prompt (once; press again to take it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this prompt to read it again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this prompt into your library to change it; its lineage points here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish it to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it out of the community library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it first, with a ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it as checked by a moderator, with a ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a prompt to read it in full.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfeature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::CommunityItemDelegate</name>
    <message>
        <source>★ featured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remixed %L1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::CommunityListModel</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>featured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 remix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 remixes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::CommunityPane</name>
    <message>
        <source>Search the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trending: likes and saves over the last 7 days; New: newest first; Top: most likes and saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the community prompts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderators: the prompts waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share one of your library&apos;s prompts with the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected — showing the 1 prompt cached on this computer. Set a server in Edit ▸ Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected — showing the %L1 prompts cached on this computer. Set a server in Edit ▸ Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1. Showing the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for approval.

Only moderators see the queue: for everyone else it is always empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No community prompt matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No community prompts yet.

Share one of yours with “Publish…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is cached on this computer yet: the prompts you see while connected stay readable offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is set: choose one in Edit ▸ Server… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not do it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remixed into your library as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remix of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved “%1”: everyone can see it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published “%1”: it is pending until a moderator approves it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::ComposerOptions</name>
    <message>
        <source>The voice of the enhanced prompt; Automatic picks one from the intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lays the prompt out the way this model family reads best; you can also type a model name such as gpt-4o or claude-sonnet-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many techniques Athanor applies when it chooses them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max techniques</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::ComposerPane</name>
    <message>
        <source>Loading the enhancement engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your prompt here. Variables like {{name}}, tags like &lt;context&gt; and ``` code fences are highlighted. Ctrl+Return enhances it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enhancement engine could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt first, then press Enhance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technique is checked. Check at least one, or press Automatic to let Athanor choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enhance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enhanced prompt is shown but could not be kept in your history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced with 1 technique in %1 ms; kept in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced with %1 techniques in %2 ms; kept in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enhanced prompt is now in the editor. Undo (Ctrl+Z) brings the old one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in your library as prompt %1 (kept when it was enhanced; its parent is your original, prompt %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt could not be saved to your library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is already in your library as prompt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your library as prompt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your library as prompt %1, derived from prompt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use of this prompt was not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a prompt from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhance the prompt offline (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the enhancement engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction stored (%1 so far); the classifier retrains after every %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction stored; retraining the classifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraining failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier %1: accuracy %2 on held-out prompts (%3 had %4); %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::ComposerResultView</name>
    <message>
        <source>Original prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prompt as it was enhanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced prompt with changes highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enhance (Ctrl+Return) to see the enhanced prompt here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced prompt, editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques applied and improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The techniques applied and why appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the enhanced prompt into the editor as your new prompt (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the enhanced prompt in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the enhanced prompt to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the enhanced prompt, with your edits, in your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct intent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the classifier the right intent and complexity of this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the edited prompt with its changes against the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced, edited by you: additions highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced: additions highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the enhanced prompt to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent &lt;b&gt;%1&lt;/b&gt; (%2) · complexity &lt;b&gt;%3/5&lt;/b&gt; · persona &lt;b&gt;%4&lt;/b&gt; · laid out for &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::CorrectionDialog</name>
    <message>
        <source>Correct the detected intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1, complexity %2. The classifier learns from your corrections: it is retrained after every ten, and a new version is kept only if it is not worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::DatabaseErrorDialog</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;File: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athanor databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::DuplicateGroupModel</name>
    <message>
        <source>%L1 near-identical prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::DuplicatesDialog</name>
    <message>
        <source>Near-Duplicate Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How alike two prompts must be (cosine similarity of their embeddings) to be grouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Similarity at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical prompts are never imported twice; this finds prompts worded almost alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete All but the &amp;Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the oldest prompt of each group and deletes the others (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No near-duplicates at this similarity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 group, %L2 prompts in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 groups, %L2 prompts in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing every prompt with its nearest neighbours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::ExperimentTableModel</name>
    <message>
        <source>1 more run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs rated 4 or 5 stars; the success rate is between the bracketed figures with 95 % confidence (Wilson interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of runs rated 4 or 5 stars, with its 95 % confidence interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chance of a difference this large if both variants were equally good; a winner needs under 0.05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p-value (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2–%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (z-test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Fisher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped, no winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 runs per arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significant difference yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before any run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Record a run for each use of a variant: 4 or 5 stars count as a success, and a winner needs p under 0.05 with at least %1 runs in each arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 has runs so far: nothing to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-proportion z-test is used, as every expected count of successes and failures is at least 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test is used, as some expected count of successes or failures is under 5, too few for the z-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If A and B were equally good, a difference at least this large would turn up by chance with probability %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment was stopped without a winner: it takes no more runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is better: that probability is under 0.05 and each arm has at least %2 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference looks real, but no winner is declared before each arm has %1 runs: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No winner yet: a winner needs at least %1 runs in each arm (%2) and a probability under 0.05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significant difference yet: the probability must be under 0.05. Record more runs, or stop the experiment if the difference does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment is complete: it takes no more runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::ExperimentsView</name>
    <message>
        <source>No runs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs succeeded: %3 %, with 95 % confidence between %4 and %5 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an A/B experiment: two prompts or two sets of techniques for one intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate one use of the selected experiment&apos;s next variant (or of either)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected experiment without a winner: it takes no more runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiments yet.

An A/B experiment compares two prompts, or two sets of techniques, for one intent. Press “New experiment…” (or run athanor-cli experiment create --name N --intent PATH --prompt-a A --prompt-b B), then record a rating for every run: a winner is declared when the difference is significant and each variant has enough runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an experiment to see its variants and verdict.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent %1 · %2 · runs assigned %3 · at least %4 runs per variant before a winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is a success when it is rated 4 or 5 stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created. Record a run each time you use one of its variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an experiment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. %1 is complete: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a %1-star run of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stopped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the experiment takes no more runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::ExportDialog</name>
    <message>
        <source>Export All Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every prompt in the library is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected prompts to export: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: everything, imports back as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines: one prompt per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: prompt, title, tags, model, temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown: for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Prompts To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompts could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::ImportController</name>
    <message>
        <source>Import Prompt Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt files (*.txt *.md *.markdown *.csv *.json *.jsonl *.yaml *.yml *.prompt *.prompty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Prompt Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::ImportProgressDialog</name>
    <message>
        <source>Importing Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for prompt files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the file being read; the files imported so far stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 files done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::ImportResultDialog</name>
    <message>
        <source>Import Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: the files imported before it stay in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished, but some files could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of these files was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the counts and one “file:line: reason” line per failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts imported: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates skipped: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files imported: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not imported: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::LibraryFilterPanel</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ntil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::LibraryIndexService</name>
    <message>
        <source>Rebuilding the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing prompts for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::LibraryPane</name>
    <message>
        <source>The library sorts by Created or Uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use of this prompt was not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the prompt to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find prompts that mean the same thing, not only those with the same words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prompt files or drop them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected prompts, or all of them when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group prompts that are worded almost alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected prompts (Del; undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters apply to the list, not to searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by meaning is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 prompt close in meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 prompts closest in meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the best %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompts could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompts could not be deleted again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored 1 prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %L1 prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted 1 prompt. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %L1 prompts. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicate search needs the vector index.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::MainWindow</name>
    <message>
        <source>Techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the catalog of prompt-engineering techniques by category: their patterns, templates, worked examples and sources, and the intents each one serves best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt and have it enhanced offline: its intent and complexity detected, the best techniques chosen and applied, the original and the enhanced prompt side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prompts: drop prompt files of common formats to import them, search by words or by meaning, follow each prompt&apos;s lineage, export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one prompt against several providers and models side by side as they stream, and refine it in three phases: prima materia, solutio, coagulatio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings &amp; Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate results, see how each technique performs over time in charts, and run A/B experiments between prompts or technique sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, like, save and remix prompts shared through an optional Athanor server, and publish your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athanor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity search uses local embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 for embeddings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity search stays on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity search uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Side Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Athanor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prompt files: text, Markdown, CSV, JSON, JSON Lines, YAML, .prompt and .prompty. You can also drop files or folders on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every prompt file in a folder and its subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every prompt to JSON, JSON Lines, CSV or Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts exported: %L1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Athanor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Athanor %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for prompt engineering.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::NavigationModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::NewExperimentDialog</name>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New A/B experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. few-shot or chain-of-thought for stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of prompt the experiment is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1 prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt to try as variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1 technique codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes, comma-separated: few_shot, chain_of_thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternately (the variant with fewer runs, A on a tie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum runs per variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No winner is declared before each variant has this many runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no intents: type the intent&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intents could not be read (%1): type the intent&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two prompts, or two sets of techniques, for one intent. Each run is rated 1 to 5 stars; 4 or 5 stars count as a success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the experiment a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give variant A a prompt or technique codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give variant B a prompt or technique codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare like with like: give both variants a prompt, or both technique codes, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no technique with the code %1 (the Techniques pane lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::PlaygroundColumn</name>
    <message>
        <source>Provider of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider for its models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer streams here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — retry %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens (%2 in, %3 out) · %4 · %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 model available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 models available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::PlaygroundPane</name>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write or paste a prompt, then Run (Ctrl+Return) to compare models, or Refine it in three phases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the prompt in every column (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every column (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys, base URLs and default models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refine in three phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the library, linked to its prompt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::PriceTableModel</name>
    <message>
        <source>The shipped price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your price; shipped: $%1 in, $%2 out per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your price; the shipped table does not know this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input $/M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output $/M tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::PromptChips</name>
    <message>
        <source>Intent: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %L1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 characters; models count roughly four characters per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt to see what it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent: %1 · %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other intent is likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other possible intents:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short and simple: no sub-tasks, constraints, code or data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::PromptDetailView</name>
    <message>
        <source>comma, separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set these tags (Enter); undo with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full prompt to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this prompt in another pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhance in the Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try in the Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to the Community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a prompt to see it here.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used %1 · rated %2 · selected %3 · input of %4 generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parents or children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most similar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::PromptTableModel</name>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider / model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::ProviderSettingsDialog</name>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the environment variable %1, which overrides the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key. The keychain is switched off (ATHANOR_KEYCHAIN=off): set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet. It will be stored in the system keychain, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be read (%1). Set %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: 1 model available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 models available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model name, e.g. my-finetune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the shipped price; a model you added is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars per million tokens. Bold rows are yours; they are saved to %1 and replace the shipped prices. Ollama costs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings for similarity search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library finds similar prompts by comparing embeddings. &quot;local&quot; works offline and is instant. A provider&apos;s model (&lt;provider&gt;:&lt;model&gt;) sends every prompt to that provider once, with its key, and each query when you search; its vectors get their own index, so switching back keeps the local one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::PublishDialog</name>
    <message>
        <source>Publish to the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of a prompt in your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, in a sentence or two (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared prompts stay pending until a moderator approves them; then everyone on the server can read, like and remix them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a prompt&apos;s id from the Library&apos;s detail panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt in your library has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is set: choose one in Edit ▸ Server… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published prompt needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::RatingListModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::RatingPanel</name>
    <message>
        <source>Helpful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was it helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met expectations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fell short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did it meet expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested improvement (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the rating; ratings of enhanced prompts teach the recommender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated 1 star.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated %1 stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It teaches the recommender about %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::RecordRunDialog</name>
    <message>
        <source>Record a run of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next variant could not be chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: variant %1 (runs are assigned %2; so far A has %3 runs, B %4). Use it, then rate the result: 4 or 5 stars count as a success. You may record a run of the other variant instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen variant&apos;s prompt or techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the run first: 1 to 5 stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::RefineView</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the model to grade each variant 1-10 (one more request per variant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases and variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, round %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the best final variant scores %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::SearchResultModel</name>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::ServerDialog</name>
    <message>
        <source>Connected, but this database has no Athanor schema yet: its administrator runs athanor-cli server init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1, who is not an Athanor user of this server: its administrator runs athanor-cli server add-user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1 (moderator); server schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1; server schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS and verify the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS (loopback only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional PostgreSQL server syncs your library between computers and shares the community library. Its administrator gives you these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is stored in the keychain; type one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the host, the database and your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server and its password are forgotten. The library keeps what it synced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::StarRating</name>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate 1 star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %1 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::SyncController</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this library&apos;s changes to the server and bring in the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: the changes wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conflict kept as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts kept as copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes still wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueChooser</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget your changes and let Athanor choose the techniques for each prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a technique that is not recommended for this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a technique…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques appear here as you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended for this prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice: Enhance applies exactly the checked techniques.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueDetailView</name>
    <message>
        <source>Technique details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Choose a technique on the left to see how it works, its templates, worked examples and sources.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · complexity %2 of 5 · base effectiveness %3 · code &lt;code&gt;%4&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This technique is disabled:&lt;/b&gt; recommendations leave it out.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;When to use&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;When not to use&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Prerequisites&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not combined with:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Templates&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Worked examples&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;After&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Serves best&lt;/h3&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sources&lt;/h3&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueEditorDialog</name>
    <message>
        <source>New Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower_case_code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One situation per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence the enhancer adds to a prompt to apply this technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template, with {{variables}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare Used Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a row for every {{variable}} the template uses but does not declare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When not to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied in section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; is taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::TechniqueTreeModel</name>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decomposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role &amp; persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity, 1 (simple) to 5 (demanding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base effectiveness, 0 to 1, used when no intent mapping exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::TechniquesPane</name>
    <message>
        <source>Search techniques (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any complexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple (1–2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced (4–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites get a bonus when techniques are recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this technique&apos;s template in the Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your own technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled techniques are left out of recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technique catalog could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The catalog is empty. It is installed when Athanor starts; run &lt;code&gt;athanor-cli init&lt;/code&gt; to install it now.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technique could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technique could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The favourite could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::TemplateEditDialog</name>
    <message>
        <source>Edit template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template declares no variables, so the text cannot use any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text must use exactly these variables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::TemplateForm</name>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — separate items with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::TemplateListModel</name>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by you: catalog upgrades leave it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::TemplateValuesDialog</name>
    <message>
        <source>Use template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a few more values before it can go into the Composer. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in Composer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::TemplatesView</name>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the filled-in prompt to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a changed text as a new version; the old versions stay in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes against the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this version&apos;s text into a new current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version to see how the current text differs from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only version. Editing the template adds a new one; this one stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the filled template in the Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing a template to the Composer arrives with the Composer pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From v%1 to the current v%2: &lt;span style=&quot;background-color: #c6efce;&quot;&gt;added&lt;/span&gt;, &lt;span style=&quot;color: #b00020; text-decoration: line-through;&quot;&gt;removed&lt;/span&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::TrendsPane</name>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success: a rating of 4 or 5 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancements by intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancements by complexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trend chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures behind the chart as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 90 days of synthetic history from a separate demo database; your data is not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: synthetic history in a separate database, not yours. Press Demo data again for your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enhancements between %1 and %2.

Enhance prompts in the Composer and rate the results (or rate them with athanor-cli rate): each technique&apos;s success rate and average rating then appear here over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 uses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating per technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate per technique (ratings of 4 or 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2
%3 uses, %4 ratings
success rate %5, average rating %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 enhancements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No generations through a provider in this range (the Playground and athanor-cli generate record them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per provider and model (US dollars, known prices only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean latency per provider and model (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classifier versions yet: correct detected intents (Composer ▸ Correct intent…) to train one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy on held-out prompts (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent classifier accuracy per version (in use: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: check the folder and the free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>athanor::VariantTreeModel</name>
    <message>
        <source>Prima materia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solutio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coagulatio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1 (round %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase / variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop workbench for prompt engineering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open (default: $ATHANOR_DB, else the app-data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technique catalog could not be installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
