-- Each user's library, synced (docs/sync.md): one row per synced local row (a prompt, a rating),
-- with a version that rises with every accepted change and a server-wide sequence number that
-- clients pull by. Deletes stay as tombstones. athanor.sync_applied remembers every change id
-- with its result, so that a batch sent again (a client killed before it saw the answer)
-- changes nothing and gets the same answers.
CREATE SEQUENCE athanor.sync_seq;

CREATE TABLE athanor.sync_rows (
    owner_id UUID NOT NULL DEFAULT athanor.current_user_id() REFERENCES athanor.users(id) ON DELETE CASCADE,
    entity TEXT NOT NULL CHECK (entity IN ('prompt', 'rating')),
    entity_id TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    server_seq BIGINT NOT NULL DEFAULT nextval('athanor.sync_seq'),
    deleted BOOLEAN NOT NULL DEFAULT false,
    content_hash TEXT,
    payload JSONB,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by TEXT,
    PRIMARY KEY (owner_id, entity, entity_id)
);
-- What a pull reads: one partial index per entity (pulls name the entity as a literal). A lookup
-- of one row in sync_push, planned once for any entity, can then only use the primary key: with
-- fresh tables' empty statistics the planner took an (owner_id, entity, server_seq) index for it
-- and read every row of the user, each time.
CREATE INDEX idx_sync_rows_pull_prompt ON athanor.sync_rows (owner_id, server_seq) WHERE entity = 'prompt';
CREATE INDEX idx_sync_rows_pull_rating ON athanor.sync_rows (owner_id, server_seq) WHERE entity = 'rating';

CREATE TABLE athanor.sync_applied (
    owner_id UUID NOT NULL DEFAULT athanor.current_user_id() REFERENCES athanor.users(id) ON DELETE CASCADE,
    change_id TEXT NOT NULL,
    result JSONB NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (owner_id, change_id)
);

ALTER TABLE athanor.sync_rows ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_sync_rows ON athanor.sync_rows TO athanor_user
    USING (owner_id = athanor.current_user_id()) WITH CHECK (owner_id = athanor.current_user_id());
ALTER TABLE athanor.sync_applied ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_sync_applied ON athanor.sync_applied TO athanor_user
    USING (owner_id = athanor.current_user_id()) WITH CHECK (owner_id = athanor.current_user_id());
GRANT SELECT, INSERT, UPDATE ON athanor.sync_rows, athanor.sync_applied TO athanor_user;
GRANT USAGE ON SEQUENCE athanor.sync_seq TO athanor_user;

-- Applies a batch of changes, in order, as the calling user (row-level security applies), and
-- returns one result per change: {"change_id","status","version"} with status
--   applied   the change is in; version is the row's new version;
--   conflict  the row's content changed on the server since base_version and differs from this
--             change's: the server keeps its row (its version and payload are returned), and the
--             client keeps its text as a new prompt whose parent is this one;
--   stale     a delete of a row changed on the server since base_version: the row stays.
-- Metadata is last-writer-wins by server time: a change that kept its base's content brings its
-- metadata onto the server's newer content ("merged").
-- SECURITY DEFINER, every statement scoped to the caller (me, from session_user): row-level
-- security evaluated per row cost more than the changes themselves.
CREATE FUNCTION athanor.sync_push(device TEXT, changes JSONB) RETURNS JSONB
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, athanor AS
$$
DECLARE
    me UUID := athanor.current_user_id();
    change JSONB;
    current athanor.sync_rows%ROWTYPE;
    result JSONB;
    results JSONB[] := '{}';
    base BIGINT;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'no Athanor user for role %', session_user USING ERRCODE = '42501';
    END IF;
    -- One push per user at a time: a client killed mid-push leaves its statement running on the
    -- server, and its retry must wait for it (then finds its answers in sync_applied).
    PERFORM pg_advisory_xact_lock(hashtext('athanor.sync_push'), hashtext(me::text));
    FOR change IN SELECT * FROM jsonb_array_elements(changes) LOOP
        SELECT a.result INTO result FROM athanor.sync_applied a WHERE a.owner_id = me AND a.change_id = change->>'change_id';
        IF FOUND THEN
            results := results || result;
            CONTINUE;
        END IF;
        base := coalesce((change->>'base_version')::BIGINT, 0);
        SELECT * INTO current FROM athanor.sync_rows r
         WHERE r.owner_id = me AND r.entity = change->>'entity' AND r.entity_id = change->>'entity_id' FOR UPDATE;
        IF NOT FOUND THEN
            IF change->>'op' = 'delete' THEN
                result := jsonb_build_object('status', 'applied', 'version', 0);
            ELSE
                INSERT INTO athanor.sync_rows (owner_id, entity, entity_id, content_hash, payload, updated_by)
                VALUES (me, change->>'entity', change->>'entity_id', change->>'content_hash', change->'payload', device);
                result := jsonb_build_object('status', 'applied', 'version', 1);
            END IF;
        ELSIF change->>'op' = 'delete' THEN
            IF current.deleted THEN
                result := jsonb_build_object('status', 'applied', 'version', current.version);
            ELSIF base < current.version AND current.content_hash IS DISTINCT FROM change->>'content_hash' THEN
                result := jsonb_build_object('status', 'stale', 'version', current.version);
            ELSE
                UPDATE athanor.sync_rows SET deleted = true, payload = NULL, version = current.version + 1,
                       server_seq = nextval('athanor.sync_seq'), updated_at = now(), updated_by = device
                 WHERE owner_id = me AND entity = current.entity AND entity_id = current.entity_id;
                result := jsonb_build_object('status', 'applied', 'version', current.version + 1);
            END IF;
        ELSIF base < current.version AND NOT current.deleted
              AND current.content_hash IS DISTINCT FROM change->>'base_hash' THEN
            -- The server's text changed since this client's base.
            IF change->>'content_hash' IS DISTINCT FROM change->>'base_hash'
               AND change->>'content_hash' IS DISTINCT FROM current.content_hash THEN
                -- And so did the client's, differently: the server keeps its text.
                result := jsonb_build_object('status', 'conflict', 'version', current.version, 'payload', current.payload);
            ELSE
                -- The client brings metadata only: the server's text with the client's metadata
                -- ("merged": the client pulls the result).
                UPDATE athanor.sync_rows
                   SET payload = change->'payload' || jsonb_build_object('content', current.payload->'content'),
                       version = current.version + 1, server_seq = nextval('athanor.sync_seq'), updated_at = now(),
                       updated_by = device
                 WHERE owner_id = me AND entity = current.entity AND entity_id = current.entity_id;
                result := jsonb_build_object('status', 'applied', 'version', current.version + 1, 'merged', true);
            END IF;
        ELSE
            UPDATE athanor.sync_rows SET deleted = false, content_hash = change->>'content_hash', payload = change->'payload',
                   version = current.version + 1, server_seq = nextval('athanor.sync_seq'), updated_at = now(),
                   updated_by = device
             WHERE owner_id = me AND entity = current.entity AND entity_id = current.entity_id;
            result := jsonb_build_object('status', 'applied', 'version', current.version + 1);
        END IF;
        result := result || jsonb_build_object('change_id', change->>'change_id');
        INSERT INTO athanor.sync_applied (owner_id, change_id, result) VALUES (me, change->>'change_id', result);
        results := results || result;
    END LOOP;
    RETURN to_jsonb(results);
END
$$;
REVOKE ALL ON FUNCTION athanor.sync_push(TEXT, JSONB) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION athanor.sync_push(TEXT, JSONB) TO athanor_user;
