-- Version 2: what the shipped technique catalog and user-made techniques and templates need.

-- Techniques: the enhancer's composition role and instruction, conflicts, sources, and whether a
-- row is the catalog's (replaced by catalog upgrades) or the user's (never overwritten).
ALTER TABLE techniques ADD COLUMN role TEXT NOT NULL DEFAULT 'task'
    CHECK (role IN ('persona', 'context', 'task', 'reasoning', 'output', 'verification'));
ALTER TABLE techniques ADD COLUMN conflicts_with TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(conflicts_with) AND json_type(conflicts_with) = 'array');
ALTER TABLE techniques ADD COLUMN sources TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(sources) AND json_type(sources) = 'array');
ALTER TABLE techniques ADD COLUMN apply_section TEXT
    CHECK (apply_section IN ('persona', 'context', 'task', 'reasoning', 'output', 'verification'));
ALTER TABLE techniques ADD COLUMN apply_instruction TEXT;
ALTER TABLE techniques ADD COLUMN apply_variables TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(apply_variables) AND json_type(apply_variables) = 'array');
ALTER TABLE techniques ADD COLUMN origin TEXT NOT NULL DEFAULT 'official' CHECK (origin IN ('official', 'user'));
ALTER TABLE techniques ADD COLUMN user_modified INTEGER NOT NULL DEFAULT 0 CHECK (user_modified IN (0, 1));

-- Worked examples belong to a technique (before -> after), in a stable order.
ALTER TABLE prompt_examples ADD COLUMN technique_id TEXT REFERENCES techniques(id) ON DELETE CASCADE;
ALTER TABLE prompt_examples ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
CREATE INDEX idx_examples_technique ON prompt_examples(technique_id, position);

-- Patterns keep their order.
ALTER TABLE technique_patterns ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

-- Templates are versioned: every version is a row of one family; exactly one row of a family is
-- current. Editing adds a version; restoring copies an old version into a new one.
ALTER TABLE prompt_templates ADD COLUMN family_id TEXT;
ALTER TABLE prompt_templates ADD COLUMN description TEXT;
ALTER TABLE prompt_templates ADD COLUMN is_current INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1));
UPDATE prompt_templates SET family_id = id WHERE family_id IS NULL;
CREATE UNIQUE INDEX idx_templates_family_version ON prompt_templates(family_id, version);
CREATE UNIQUE INDEX idx_templates_family_current ON prompt_templates(family_id) WHERE is_current = 1;
CREATE INDEX idx_templates_current ON prompt_templates(is_current, category);
