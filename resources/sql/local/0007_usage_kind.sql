-- Usage analytics per prompt as four kinds of event: generated (the prompt was the input that
-- produced another one), selected (chosen out of alternatives), used (taken out of Athanor: copied,
-- opened in the Composer or Playground, printed by the CLI) and rated. Rows written before this
-- migration all came from enhancements, which are "generated" events.
ALTER TABLE usage_analytics ADD COLUMN kind TEXT NOT NULL DEFAULT 'generated'
    CHECK (kind IN ('generated', 'selected', 'used', 'rated'));
CREATE INDEX idx_usage_analytics_created_at ON usage_analytics(created_at);
