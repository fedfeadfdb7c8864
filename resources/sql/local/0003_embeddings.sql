-- Version 3: what local embeddings and the vector index need.

-- Finding the prompts to embed (embedding_model NULL or another model) and the index's coverage
-- checksum (seq and content_hash of one model's rows, in seq order) read this index only.
CREATE INDEX idx_prompts_embedding_model ON prompts(embedding_model, content_hash);

-- An embedding describes the content it was computed from: when the content changes, the
-- embedding is dropped and the next indexing pass computes it again.
CREATE TRIGGER prompts_embedding_after_content_update AFTER UPDATE OF content ON prompts
WHEN old.content IS NOT new.content AND old.embedding IS NOT NULL BEGIN
    UPDATE prompts SET embedding = NULL, embedding_model = NULL, embedding_provider = NULL WHERE seq = new.seq;
END;
