-- Offline-first sync with an optional server (docs/sync.md). While sync is enabled, every change
-- to a synced row queues its key in the outbox, once per row (a later change of the same row
-- replaces the earlier entry and gets a new change id); the payload is read when it is pushed.
-- While pulled changes are applied (sync_control.applying = 1, inside that transaction only),
-- nothing is queued. Without a server (enabled = 0) the triggers cost one lookup.
CREATE TABLE sync_control (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1)),
    server TEXT,          -- the server's URL without a password, when sync was enabled
    device_id TEXT        -- this library's id, sent with each push
);
INSERT INTO sync_control (id) VALUES (1);

CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE, -- the idempotency key the server remembers
    entity TEXT NOT NULL CHECK (entity IN ('prompt', 'rating')),
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    queued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (entity, entity_id)
);

-- What this library last agreed with the server about each row: its server version, and for a
-- server row whose content this library holds under another id (both sides imported the same
-- file), that local id.
CREATE TABLE sync_rows (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_hash TEXT, -- the content at that version: the base a later edit is compared with
    local_id TEXT,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

-- Lineage pulled before the parent it points at: linked as soon as the parent is here.
CREATE TABLE sync_pending_links (
    child_id TEXT PRIMARY KEY,
    parent_id TEXT NOT NULL
) WITHOUT ROWID;

-- How far each entity has been pulled (the server's sequence number).
CREATE TABLE sync_cursors (
    entity TEXT PRIMARY KEY,
    server_seq INTEGER NOT NULL DEFAULT 0
);

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
