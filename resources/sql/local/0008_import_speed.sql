-- Fewer index entries per imported prompt. Most prompts have no phase, provider, parent, session
-- or last use; their indexes now hold only the rows that have one (every lookup names a value,
-- which implies IS NOT NULL, so the partial indexes still serve it). And the full-text index keeps
-- up to 16 MB of new terms in memory before it writes a segment, instead of 1 MB: a large import
-- writes and merges fewer segments. Together about 0.6 s of a 100,000-prompt import's 3.4 s of
-- SQL (docs/performance.md).
DROP INDEX idx_prompts_phase;
CREATE INDEX idx_prompts_phase ON prompts(phase) WHERE phase IS NOT NULL;
DROP INDEX idx_prompts_provider;
CREATE INDEX idx_prompts_provider ON prompts(provider) WHERE provider IS NOT NULL;
DROP INDEX idx_prompts_last_used_at;
CREATE INDEX idx_prompts_last_used_at ON prompts(last_used_at) WHERE last_used_at IS NOT NULL;
DROP INDEX idx_prompts_parent_id;
CREATE INDEX idx_prompts_parent_id ON prompts(parent_id) WHERE parent_id IS NOT NULL;
DROP INDEX idx_prompts_session_id;
CREATE INDEX idx_prompts_session_id ON prompts(session_id) WHERE session_id IS NOT NULL;
INSERT INTO prompts_fts(prompts_fts, rank) VALUES ('hashsize', 16777216);
