-- Custom techniques, the user's template versions and A/B experiments sync too (docs/sync.md).
--   technique   a technique the user made or edited, by code (ids differ between libraries);
--   template    a family's user-made versions, by family id, or "catalog:<name>" for a shipped
--               template (its family id differs between libraries);
--   experiment  an experiment by id; each library counts its runs under its own device id, so
--               runs made on two computers at once add up instead of replacing each other.
-- The outbox's entity check widens: the table is rebuilt, its triggers dropped first and made
-- again (as in migration 11).
DROP TRIGGER sync_prompt_inserted;
DROP TRIGGER sync_prompt_updated;
DROP TRIGGER sync_prompt_deleted;
DROP TRIGGER sync_rating_inserted;
DROP TRIGGER sync_rating_deleted;
DROP TRIGGER sync_preferences_updated;

CREATE TABLE sync_outbox_new (
    seq INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL CHECK (entity IN ('prompt', 'rating', 'preferences', 'technique', 'template', 'experiment')),
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

-- A library has its device id from the start: experiment runs are counted under it.
UPDATE sync_control SET device_id = lower(hex(randomblob(16))) WHERE device_id IS NULL;
UPDATE ab_experiments SET
    variant_a_results = json_set(variant_a_results, '$.devices',
        json_object((SELECT device_id FROM sync_control WHERE id = 1), json_object(
            'runs', coalesce(json_extract(variant_a_results, '$.runs'), 0),
            'successes', coalesce(json_extract(variant_a_results, '$.successes'), 0),
            'ratings', json(coalesce(json_extract(variant_a_results, '$.ratings'), '{}'))))),
    variant_b_results = json_set(variant_b_results, '$.devices',
        json_object((SELECT device_id FROM sync_control WHERE id = 1), json_object(
            'runs', coalesce(json_extract(variant_b_results, '$.runs'), 0),
            'successes', coalesce(json_extract(variant_b_results, '$.successes'), 0),
            'ratings', json(coalesce(json_extract(variant_b_results, '$.ratings'), '{}')))))
WHERE variant_a_results IS NOT NULL AND variant_b_results IS NOT NULL
  AND json_extract(variant_a_results, '$.devices') IS NULL;

CREATE TRIGGER sync_technique_written AFTER INSERT ON techniques
WHEN (new.origin = 'user' OR new.user_modified = 1) AND (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'technique', new.code, 'upsert')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'upsert', queued_at = excluded.queued_at;
END;

CREATE TRIGGER sync_technique_updated AFTER UPDATE ON techniques
WHEN (new.origin = 'user' OR new.user_modified = 1) AND (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'technique', new.code, 'upsert')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'upsert', queued_at = excluded.queued_at;
END;

CREATE TRIGGER sync_technique_deleted AFTER DELETE ON techniques
WHEN old.origin = 'user' AND (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'technique', old.code, 'delete')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'delete', queued_at = excluded.queued_at;
END;

-- The family's key: a shipped template is known by the name of its official first version.
CREATE TRIGGER sync_template_written AFTER INSERT ON prompt_templates
WHEN new.is_official = 0 AND (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'template',
        coalesce((SELECT 'catalog:' || f.name FROM prompt_templates f WHERE f.family_id = new.family_id
                  AND f.version = 1 AND f.is_official = 1), new.family_id), 'upsert')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'upsert', queued_at = excluded.queued_at;
END;

CREATE TRIGGER sync_experiment_written AFTER INSERT ON ab_experiments
WHEN (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'experiment', new.id, 'upsert')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'upsert', queued_at = excluded.queued_at;
END;

CREATE TRIGGER sync_experiment_updated AFTER UPDATE ON ab_experiments
WHEN (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'experiment', new.id, 'upsert')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'upsert', queued_at = excluded.queued_at;
END;

CREATE TRIGGER sync_experiment_deleted AFTER DELETE ON ab_experiments
WHEN (SELECT enabled AND NOT applying FROM sync_control WHERE id = 1) BEGIN
    INSERT INTO sync_outbox (change_id, entity, entity_id, op) VALUES (lower(hex(randomblob(16))), 'experiment', old.id, 'delete')
    ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id, op = 'delete', queued_at = excluded.queued_at;
END;
