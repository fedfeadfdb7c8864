-- The Library sorts by use: an index on usage_count (SQLite appends the rowid, prompts.seq, to
-- every index, so it also serves the (usage_count, seq) keyset the pane pages by).
CREATE INDEX idx_prompts_usage_count ON prompts(usage_count);
