-- Favourite techniques and the other preferences of the local user sync too (entity
-- "preferences", one row). The outbox's entity check widens: SQLite cannot alter a CHECK, so the
-- table is rebuilt, its triggers dropped first and made again (as SQLite's ALTER TABLE
-- documentation describes).
DROP TRIGGER sync_prompt_inserted;
DROP TRIGGER sync_prompt_updated;
DROP TRIGGER sync_prompt_deleted;
DROP TRIGGER sync_rating_inserted;
DROP TRIGGER sync_rating_deleted;

CREATE TABLE sync_outbox_new (
    seq INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL CHECK (entity IN ('prompt', 'rating', 'preferences')),
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    queued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (entity, entity_id)
);
INSERT INTO sync_outbox_new (seq, change_id, entity, entity_id, op, queued_at)
    SELECT seq, change_id, entity, entity_id, op, queued_at FROM sync_outbox;
DROP TABLE sync_outbox;
ALTER TABLE sync_outbox_new RENAME TO sync_outbox;

CREATE TRIGGER sync_prompt_inserted AFTER INSERT ON prompts
WHEN (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'prompt', new.id, 'upsert')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'upsert', queued_at = excluded.queued_at;
END;

CREATE TRIGGER sync_prompt_updated AFTER UPDATE OF content, title, tags, phase, provider, model, persona_used,
    temperature, max_tokens, actual_tokens, parent_id, session_id, source, original_input, generation_request,
    generation_context ON prompts
WHEN (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'prompt', new.id, 'upsert')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'upsert', queued_at = excluded.queued_at;
END;

CREATE TRIGGER sync_prompt_deleted AFTER DELETE ON prompts
WHEN (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'prompt', old.id, 'delete')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'delete', queued_at = excluded.queued_at;
END;

CREATE TRIGGER sync_rating_inserted AFTER INSERT ON learning_feedback
WHEN (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'rating', new.id, 'upsert')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'upsert', queued_at = excluded.queued_at;
END;

CREATE TRIGGER sync_rating_deleted AFTER DELETE ON learning_feedback
WHEN (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'rating', old.id, 'delete')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'delete', queued_at = excluded.queued_at;
END;

CREATE TRIGGER sync_preferences_updated AFTER UPDATE OF preferences ON users
WHEN new.is_local = 1 AND (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'preferences', 'local', 'upsert')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'upsert', queued_at = excluded.queued_at;
END;
