-- The user's preferences (favourite techniques and the rest) sync as one more entity.
ALTER TABLE athanor.sync_rows DROP CONSTRAINT sync_rows_entity_check;
ALTER TABLE athanor.sync_rows ADD CONSTRAINT sync_rows_entity_check
    CHECK (entity IN ('prompt', 'rating', 'preferences'));
CREATE INDEX idx_sync_rows_pull_preferences ON athanor.sync_rows (owner_id, server_seq) WHERE entity = 'preferences';
