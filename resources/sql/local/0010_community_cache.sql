-- The community cache keeps what the server listed: the author's name (the server's users are not
-- this library's), the trending score, and whether this user liked or saved each prompt.
ALTER TABLE community_prompts ADD COLUMN author_name TEXT;
ALTER TABLE community_prompts ADD COLUMN trending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE community_prompts ADD COLUMN liked INTEGER NOT NULL DEFAULT 0 CHECK (liked IN (0, 1));
ALTER TABLE community_prompts ADD COLUMN saved INTEGER NOT NULL DEFAULT 0 CHECK (saved IN (0, 1));
CREATE INDEX idx_community_created ON community_prompts(created_at);
