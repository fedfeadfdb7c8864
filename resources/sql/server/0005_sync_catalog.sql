-- Custom techniques, the user's template versions and A/B experiments sync too. Techniques are
-- last-writer-wins like the rest of the metadata. Templates and experiments merge instead, on
-- every write of their row, so that no client's push can lose another's work:
--   template    the union of the family's versions (by id), oldest first; clients number them;
--   experiment  each device's run counts (a device only ever adds to its own, so the larger
--               count is the later one), and a stop or a verdict outlives "running".
ALTER TABLE athanor.sync_rows DROP CONSTRAINT sync_rows_entity_check;
ALTER TABLE athanor.sync_rows ADD CONSTRAINT sync_rows_entity_check
    CHECK (entity IN ('prompt', 'rating', 'preferences', 'technique', 'template', 'experiment'));
CREATE INDEX idx_sync_rows_pull_technique ON athanor.sync_rows (owner_id, server_seq) WHERE entity = 'technique';
CREATE INDEX idx_sync_rows_pull_template ON athanor.sync_rows (owner_id, server_seq) WHERE entity = 'template';
CREATE INDEX idx_sync_rows_pull_experiment ON athanor.sync_rows (owner_id, server_seq) WHERE entity = 'experiment';

CREATE FUNCTION athanor.sync_merge_devices(older JSONB, newer JSONB) RETURNS JSONB
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS
$$
    SELECT coalesce(jsonb_object_agg(k, CASE WHEN coalesce((newer->k->>'runs')::BIGINT, -1)
                                                  >= coalesce((older->k->>'runs')::BIGINT, -1)
                                             THEN newer->k ELSE older->k END), '{}'::JSONB)
      FROM (SELECT jsonb_object_keys(coalesce(older, '{}'::JSONB))
            UNION SELECT jsonb_object_keys(coalesce(newer, '{}'::JSONB))) AS keys(k)
$$;

CREATE FUNCTION athanor.sync_status_rank(status TEXT) RETURNS INT
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS
$$
    SELECT CASE status WHEN 'stopped' THEN 2 WHEN 'completed' THEN 1 ELSE 0 END
$$;

CREATE FUNCTION athanor.sync_merge(entity TEXT, older JSONB, newer JSONB) RETURNS JSONB
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, athanor AS
$$
DECLARE
    later JSONB;
BEGIN
    IF entity = 'template' THEN
        RETURN newer || jsonb_build_object('versions', coalesce((
            SELECT jsonb_agg(v ORDER BY v->>'created_at', v->>'id')
              FROM (SELECT DISTINCT ON (v->>'id') v
                      FROM (SELECT v, 0 AS side FROM jsonb_array_elements(coalesce(newer->'versions', '[]')) v
                            UNION ALL
                            SELECT v, 1 FROM jsonb_array_elements(coalesce(older->'versions', '[]')) v) AS sides
                     ORDER BY v->>'id', side) AS merged), '[]'));
    ELSIF entity = 'experiment' THEN
        later := CASE WHEN athanor.sync_status_rank(older->>'status') > athanor.sync_status_rank(newer->>'status')
                      THEN older ELSE newer END;
        RETURN newer
            || jsonb_build_object('status', later->'status', 'ended_at', later->'ended_at')
            || jsonb_build_object('variant_a_results', coalesce(newer->'variant_a_results', '{}')
                   || jsonb_build_object('devices', athanor.sync_merge_devices(
                          older->'variant_a_results'->'devices', newer->'variant_a_results'->'devices')))
            || jsonb_build_object('variant_b_results', coalesce(newer->'variant_b_results', '{}')
                   || jsonb_build_object('devices', athanor.sync_merge_devices(
                          older->'variant_b_results'->'devices', newer->'variant_b_results'->'devices')));
    END IF;
    RETURN newer;
END
$$;

-- Every write of a live row merges (sync_push writes as its definer; so does this trigger).
CREATE FUNCTION athanor.sync_rows_merge() RETURNS TRIGGER
    LANGUAGE plpgsql SET search_path = pg_catalog, athanor AS
$$
BEGIN
    IF NEW.entity IN ('template', 'experiment') AND NOT OLD.deleted AND NOT NEW.deleted
       AND OLD.payload IS NOT NULL AND NEW.payload IS NOT NULL THEN
        NEW.payload := athanor.sync_merge(NEW.entity, OLD.payload, NEW.payload);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER sync_rows_merge BEFORE UPDATE OF payload ON athanor.sync_rows
    FOR EACH ROW EXECUTE FUNCTION athanor.sync_rows_merge();
