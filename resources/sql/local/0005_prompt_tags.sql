-- Tags as rows, kept current by triggers from prompts.tags (the JSON array stays the source of
-- truth). Filtering a million prompts by tag through json_each scans every row (seconds for a
-- rare tag); this index walks only the prompts with the tag, newest first.
CREATE TABLE prompt_tags (
    tag TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (tag, seq)
) WITHOUT ROWID;
CREATE INDEX idx_prompt_tags_seq ON prompt_tags(seq);

INSERT OR IGNORE INTO prompt_tags (tag, seq)
    SELECT t.value, p.seq FROM prompts p, json_each(p.tags) t WHERE t.type = 'text';

CREATE TRIGGER prompt_tags_after_insert AFTER INSERT ON prompts BEGIN
    INSERT OR IGNORE INTO prompt_tags (tag, seq) SELECT value, new.seq FROM json_each(new.tags) WHERE type = 'text';
END;
CREATE TRIGGER prompt_tags_after_update AFTER UPDATE OF tags ON prompts BEGIN
    DELETE FROM prompt_tags WHERE seq = old.seq;
    INSERT OR IGNORE INTO prompt_tags (tag, seq) SELECT value, new.seq FROM json_each(new.tags) WHERE type = 'text';
END;
CREATE TRIGGER prompt_tags_after_delete AFTER DELETE ON prompts BEGIN
    DELETE FROM prompt_tags WHERE seq = old.seq;
END;
