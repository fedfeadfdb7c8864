-- Athanor local schema, version 1.
-- Covers the prompt store schema and the local part of the prompt patterns design.
-- Types: UUID v4 as TEXT, JSON as TEXT checked with json_valid, arrays as JSON arrays,
-- timestamps as ISO-8601 UTC text ('YYYY-MM-DDTHH:MM:SS.SSSZ').
-- Applied in one transaction by the Migrator; statements are split on top-level semicolons.

------------------------------------------------------------------------------------------
-- Users (the local user, and authors of cached community content)
------------------------------------------------------------------------------------------
CREATE TABLE users (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    email TEXT UNIQUE,
    username TEXT UNIQUE,
    full_name TEXT,
    avatar_url TEXT,
    bio TEXT,
    preferences TEXT NOT NULL DEFAULT '{"complexity_preference":"moderate","explanation_detail":"medium","language":"en","favorite_techniques":[],"ui_theme":"system"}'
        CHECK (json_valid(preferences) AND json_type(preferences) = 'object'),
    is_local INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    last_login_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
-- At most one local user: the person using this database.
CREATE UNIQUE INDEX idx_users_single_local ON users(is_local) WHERE is_local = 1;

CREATE TABLE user_learning_profiles (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    skill_level TEXT NOT NULL DEFAULT 'beginner'
        CHECK (skill_level IN ('beginner', 'intermediate', 'advanced', 'expert')),
    techniques_mastered TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(techniques_mastered) AND json_type(techniques_mastered) = 'array'),
    techniques_learning TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(techniques_learning) AND json_type(techniques_learning) = 'array'),
    primary_use_cases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(primary_use_cases) AND json_type(primary_use_cases) = 'array'),
    average_prompt_complexity REAL CHECK (average_prompt_complexity BETWEEN 1 AND 5),
    preferred_explanation_style TEXT,
    total_prompts_created INTEGER NOT NULL DEFAULT 0 CHECK (total_prompts_created >= 0),
    successful_prompts INTEGER NOT NULL DEFAULT 0 CHECK (successful_prompts >= 0),
    techniques_tried INTEGER NOT NULL DEFAULT 0 CHECK (techniques_tried >= 0),
    learning_velocity REAL,
    interest_vector BLOB,
    style_vector BLOB,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_user_skill ON user_learning_profiles(skill_level);

------------------------------------------------------------------------------------------
-- Prompt store
------------------------------------------------------------------------------------------
-- seq is the stable integer key for FTS and keyset paging (a TEXT primary key would leave
-- SQLite free to renumber the implicit rowid on VACUUM); id is the UUID every reference uses.
CREATE TABLE prompts (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
    content TEXT NOT NULL CHECK (length(content) > 0),
    content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
    phase TEXT CHECK (phase IN ('prima-materia', 'solutio', 'coagulatio')),
    provider TEXT CHECK (provider IN ('openai', 'anthropic', 'google', 'openrouter', 'ollama')),
    model TEXT,
    persona_used TEXT,
    temperature REAL CHECK (temperature BETWEEN 0.0 AND 2.0),
    max_tokens INTEGER CHECK (max_tokens >= 0),
    actual_tokens INTEGER CHECK (actual_tokens >= 0),
    tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
    parent_id TEXT REFERENCES prompts(id) ON DELETE SET NULL,
    session_id TEXT,
    relevance_score REAL NOT NULL DEFAULT 0.5 CHECK (relevance_score BETWEEN 0.0 AND 1.0),
    usage_count INTEGER NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
    generation_count INTEGER NOT NULL DEFAULT 0 CHECK (generation_count >= 0),
    last_used_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    embedding BLOB,
    embedding_model TEXT,
    embedding_provider TEXT,
    original_input TEXT,
    generation_request TEXT CHECK (generation_request IS NULL OR json_valid(generation_request)),
    generation_context TEXT CHECK (generation_context IS NULL OR json_valid(generation_context)),
    title TEXT,
    source TEXT,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX idx_prompts_phase ON prompts(phase);
CREATE INDEX idx_prompts_provider ON prompts(provider);
CREATE INDEX idx_prompts_created_at ON prompts(created_at);
CREATE INDEX idx_prompts_relevance_score ON prompts(relevance_score);
CREATE INDEX idx_prompts_last_used_at ON prompts(last_used_at);
CREATE INDEX idx_prompts_parent_id ON prompts(parent_id);
CREATE INDEX idx_prompts_session_id ON prompts(session_id);

CREATE TABLE prompt_context (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    prompt_id TEXT NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
    context_type TEXT NOT NULL,
    content TEXT NOT NULL,
    relevance_score REAL CHECK (relevance_score BETWEEN 0.0 AND 1.0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_prompt_context_prompt_id ON prompt_context(prompt_id);

CREATE TABLE prompt_metrics (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    prompt_id TEXT NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
    conversion_rate REAL CHECK (conversion_rate BETWEEN 0.0 AND 1.0),
    engagement_score REAL CHECK (engagement_score BETWEEN 0.0 AND 1.0),
    token_usage INTEGER CHECK (token_usage >= 0),
    response_time INTEGER CHECK (response_time >= 0),
    usage_count INTEGER NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
    metric_type TEXT CHECK (metric_type IN ('cost', 'time', 'tokens', 'quality')),
    cost_usd REAL CHECK (cost_usd >= 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_prompt_metrics_prompt_id ON prompt_metrics(prompt_id);

CREATE TABLE usage_analytics (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    prompt_id TEXT NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
    used_in_generation INTEGER NOT NULL DEFAULT 0 CHECK (used_in_generation IN (0, 1)),
    generated_prompt_id TEXT REFERENCES prompts(id) ON DELETE SET NULL,
    usage_context TEXT,
    effectiveness_score REAL CHECK (effectiveness_score BETWEEN 0.0 AND 1.0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_usage_analytics_prompt_id ON usage_analytics(prompt_id);
CREATE INDEX idx_usage_analytics_generated ON usage_analytics(generated_prompt_id);

CREATE TABLE learning_feedback (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    prompt_id TEXT NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
    session_id TEXT,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    was_helpful INTEGER CHECK (was_helpful IN (0, 1)),
    met_expectations INTEGER CHECK (met_expectations IN (0, 1)),
    suggested_improvement TEXT,
    context TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(context)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_learning_feedback_prompt_id ON learning_feedback(prompt_id);

-- Full-text index over prompt content and tags, kept current by triggers.
CREATE VIRTUAL TABLE prompts_fts USING fts5(
    content, tags,
    content = 'prompts', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER prompts_fts_after_insert AFTER INSERT ON prompts BEGIN
    INSERT INTO prompts_fts(rowid, content, tags) VALUES (new.seq, new.content, new.tags);
END;
CREATE TRIGGER prompts_fts_after_delete AFTER DELETE ON prompts BEGIN
    INSERT INTO prompts_fts(prompts_fts, rowid, content, tags) VALUES ('delete', old.seq, old.content, old.tags);
END;
CREATE TRIGGER prompts_fts_after_update AFTER UPDATE OF content, tags ON prompts BEGIN
    INSERT INTO prompts_fts(prompts_fts, rowid, content, tags) VALUES ('delete', old.seq, old.content, old.tags);
    INSERT INTO prompts_fts(rowid, content, tags) VALUES (new.seq, new.content, new.tags);
END;

------------------------------------------------------------------------------------------
-- Techniques and patterns
------------------------------------------------------------------------------------------
CREATE TABLE techniques (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 50),
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    subcategory TEXT,
    description TEXT NOT NULL,
    detailed_explanation TEXT,
    complexity_level INTEGER CHECK (complexity_level BETWEEN 1 AND 5),
    base_effectiveness REAL NOT NULL DEFAULT 0.70 CHECK (base_effectiveness BETWEEN 0.0 AND 1.0),
    effectiveness_variance REAL NOT NULL DEFAULT 0.10 CHECK (effectiveness_variance BETWEEN 0.0 AND 1.0),
    when_to_use TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(when_to_use) AND json_type(when_to_use) = 'array'),
    when_not_to_use TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(when_not_to_use) AND json_type(when_not_to_use) = 'array'),
    prerequisites TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(prerequisites) AND json_type(prerequisites) = 'array'),
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    is_experimental INTEGER NOT NULL DEFAULT 0 CHECK (is_experimental IN (0, 1)),
    requires_examples INTEGER NOT NULL DEFAULT 0 CHECK (requires_examples IN (0, 1)),
    min_context_length INTEGER NOT NULL DEFAULT 0 CHECK (min_context_length >= 0),
    max_context_length INTEGER NOT NULL DEFAULT 10000 CHECK (max_context_length >= min_context_length),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX idx_techniques_category ON techniques(category, subcategory);
CREATE INDEX idx_techniques_complexity ON techniques(complexity_level);
CREATE INDEX idx_techniques_effectiveness ON techniques(base_effectiveness DESC);
CREATE INDEX idx_techniques_active_category ON techniques(category, base_effectiveness DESC) WHERE is_active = 1;

CREATE TABLE technique_patterns (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    technique_id TEXT NOT NULL REFERENCES techniques(id) ON DELETE CASCADE,
    pattern_name TEXT NOT NULL,
    template TEXT NOT NULL,
    template_vars TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(template_vars)),
    intent_types TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(intent_types) AND json_type(intent_types) = 'array'),
    optimal_for TEXT CHECK (optimal_for IS NULL OR json_valid(optimal_for)),
    usage_count INTEGER NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
    success_rate REAL CHECK (success_rate BETWEEN 0.0 AND 1.0),
    avg_user_rating REAL CHECK (avg_user_rating BETWEEN 1.0 AND 5.0),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (technique_id, pattern_name, version)
);
CREATE INDEX idx_patterns_technique ON technique_patterns(technique_id);
CREATE INDEX idx_patterns_active ON technique_patterns(is_active) WHERE is_active = 1;

------------------------------------------------------------------------------------------
-- Intent classification data
------------------------------------------------------------------------------------------
CREATE TABLE intent_taxonomy (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_id TEXT REFERENCES intent_taxonomy(id),
    level INTEGER NOT NULL DEFAULT 1 CHECK (level >= 1),
    path TEXT NOT NULL UNIQUE,
    typical_complexity INTEGER CHECK (typical_complexity BETWEEN 1 AND 5),
    requires_creativity INTEGER NOT NULL DEFAULT 0 CHECK (requires_creativity IN (0, 1)),
    requires_analysis INTEGER NOT NULL DEFAULT 0 CHECK (requires_analysis IN (0, 1)),
    requires_structure INTEGER NOT NULL DEFAULT 0 CHECK (requires_structure IN (0, 1)),
    keywords TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords) AND json_type(keywords) = 'array'),
    example_prompts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(example_prompts) AND json_type(example_prompts) = 'array'),
    description TEXT,
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    usage_frequency INTEGER NOT NULL DEFAULT 0 CHECK (usage_frequency >= 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    tree_sortkey TEXT,
    CHECK ((parent_id IS NULL) = (level = 1))
);
CREATE INDEX idx_intent_parent ON intent_taxonomy(parent_id);
CREATE INDEX idx_intent_level ON intent_taxonomy(level);

CREATE TABLE intent_technique_effectiveness (
    intent_id TEXT NOT NULL REFERENCES intent_taxonomy(id) ON DELETE CASCADE,
    technique_id TEXT NOT NULL REFERENCES techniques(id) ON DELETE CASCADE,
    effectiveness_score REAL NOT NULL CHECK (effectiveness_score BETWEEN 0.0 AND 1.0),
    confidence_level REAL NOT NULL DEFAULT 0.80 CHECK (confidence_level BETWEEN 0.0 AND 1.0),
    sample_size INTEGER NOT NULL DEFAULT 0 CHECK (sample_size >= 0),
    complexity_adjustment TEXT CHECK (complexity_adjustment IS NULL OR json_valid(complexity_adjustment)),
    domain_adjustments TEXT CHECK (domain_adjustments IS NULL OR json_valid(domain_adjustments)),
    real_world_performance REAL CHECK (real_world_performance BETWEEN 0.0 AND 1.0),
    last_calculated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (intent_id, technique_id)
) WITHOUT ROWID;
CREATE INDEX idx_effectiveness_score ON intent_technique_effectiveness(effectiveness_score DESC);
CREATE INDEX idx_technique_effectiveness_lookup ON intent_technique_effectiveness(intent_id, effectiveness_score DESC, technique_id);
CREATE INDEX idx_effectiveness_technique ON intent_technique_effectiveness(technique_id);

------------------------------------------------------------------------------------------
-- Prompt templates and examples
------------------------------------------------------------------------------------------
CREATE TABLE prompt_templates (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    template_text TEXT NOT NULL,
    variables TEXT NOT NULL CHECK (json_valid(variables) AND json_type(variables) = 'array'),
    technique_ids TEXT NOT NULL CHECK (json_valid(technique_ids) AND json_type(technique_ids) = 'array'),
    intent_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(intent_ids) AND json_type(intent_ids) = 'array'),
    quality_score REAL NOT NULL DEFAULT 0.80 CHECK (quality_score BETWEEN 0.0 AND 1.0),
    community_rating REAL CHECK (community_rating BETWEEN 1.0 AND 5.0),
    usage_count INTEGER NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
    success_rate REAL CHECK (success_rate BETWEEN 0.0 AND 1.0),
    tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
    difficulty_level INTEGER CHECK (difficulty_level BETWEEN 1 AND 5),
    estimated_tokens INTEGER CHECK (estimated_tokens >= 0),
    language TEXT NOT NULL DEFAULT 'en',
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    is_official INTEGER NOT NULL DEFAULT 0 CHECK (is_official IN (0, 1)),
    is_public INTEGER NOT NULL DEFAULT 1 CHECK (is_public IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_templates_category ON prompt_templates(category);
CREATE INDEX idx_templates_quality ON prompt_templates(quality_score DESC);
CREATE INDEX idx_templates_public_quality ON prompt_templates(quality_score DESC) WHERE is_public = 1;

CREATE TABLE prompt_examples (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    template_id TEXT REFERENCES prompt_templates(id),
    original_prompt TEXT NOT NULL,
    enhanced_prompt TEXT NOT NULL,
    techniques_applied TEXT NOT NULL CHECK (json_valid(techniques_applied) AND json_type(techniques_applied) = 'array'),
    intent_classification TEXT NOT NULL CHECK (json_valid(intent_classification)),
    complexity_level INTEGER CHECK (complexity_level BETWEEN 1 AND 5),
    domain TEXT,
    model_used TEXT,
    response_quality_score REAL CHECK (response_quality_score BETWEEN 0.0 AND 1.0),
    user_satisfaction_score INTEGER CHECK (user_satisfaction_score BETWEEN 1 AND 5),
    explanation TEXT,
    key_improvements TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(key_improvements) AND json_type(key_improvements) = 'array'),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    source TEXT CHECK (source IN ('user_generated', 'curated', 'synthetic'))
);
CREATE INDEX idx_examples_template ON prompt_examples(template_id);
CREATE INDEX idx_examples_quality ON prompt_examples(response_quality_score DESC);

------------------------------------------------------------------------------------------
-- Usage history and analytics
------------------------------------------------------------------------------------------
CREATE TABLE prompt_history (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    session_id TEXT NOT NULL,
    original_prompt TEXT NOT NULL,
    original_length INTEGER NOT NULL CHECK (original_length >= 0),
    detected_intent_path TEXT,
    detected_complexity INTEGER CHECK (detected_complexity BETWEEN 1 AND 5),
    enhanced_prompt TEXT NOT NULL,
    enhanced_length INTEGER NOT NULL CHECK (enhanced_length >= 0),
    techniques_applied TEXT NOT NULL CHECK (json_valid(techniques_applied) AND json_type(techniques_applied) = 'array'),
    enhancement_metadata TEXT CHECK (enhancement_metadata IS NULL OR json_valid(enhancement_metadata)),
    processing_time_ms INTEGER CHECK (processing_time_ms >= 0),
    model_confidence REAL CHECK (model_confidence BETWEEN 0.0 AND 1.0),
    user_rating INTEGER CHECK (user_rating BETWEEN 1 AND 5),
    feedback_text TEXT,
    was_helpful INTEGER CHECK (was_helpful IN (0, 1)),
    client_type TEXT,
    api_version TEXT,
    original_prompt_id TEXT REFERENCES prompts(id) ON DELETE SET NULL,
    enhanced_prompt_id TEXT REFERENCES prompts(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_history_user_date ON prompt_history(user_id, created_at DESC);
CREATE INDEX idx_history_session ON prompt_history(session_id);
CREATE INDEX idx_history_created ON prompt_history(created_at);

CREATE TABLE technique_performance_analytics (
    technique_id TEXT NOT NULL REFERENCES techniques(id) ON DELETE CASCADE,
    date_bucket TEXT NOT NULL CHECK (date_bucket GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    total_uses INTEGER NOT NULL DEFAULT 0 CHECK (total_uses >= 0),
    unique_users INTEGER NOT NULL DEFAULT 0 CHECK (unique_users >= 0),
    avg_confidence REAL CHECK (avg_confidence BETWEEN 0.0 AND 1.0),
    avg_rating REAL CHECK (avg_rating BETWEEN 1.0 AND 5.0),
    success_rate REAL CHECK (success_rate BETWEEN 0.0 AND 1.0),
    complexity_distribution TEXT CHECK (complexity_distribution IS NULL OR json_valid(complexity_distribution)),
    intent_distribution TEXT CHECK (intent_distribution IS NULL OR json_valid(intent_distribution)),
    effectiveness_trend REAL CHECK (effectiveness_trend BETWEEN -1.0 AND 1.0),
    adoption_rate REAL CHECK (adoption_rate BETWEEN 0.0 AND 1.0),
    PRIMARY KEY (technique_id, date_bucket)
) WITHOUT ROWID;
CREATE INDEX idx_analytics_date ON technique_performance_analytics(date_bucket DESC);

------------------------------------------------------------------------------------------
-- Machine learning support
------------------------------------------------------------------------------------------
CREATE TABLE ml_training_data (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    prompt_text TEXT NOT NULL,
    prompt_embedding BLOB,
    linguistic_features TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(linguistic_features)),
    intent_labels TEXT NOT NULL CHECK (json_valid(intent_labels)),
    complexity_label INTEGER NOT NULL CHECK (complexity_label BETWEEN 1 AND 5),
    optimal_techniques TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(optimal_techniques) AND json_type(optimal_techniques) = 'array'),
    is_validated INTEGER NOT NULL DEFAULT 0 CHECK (is_validated IN (0, 1)),
    validation_score REAL CHECK (validation_score BETWEEN 0.0 AND 1.0),
    validator_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    source_type TEXT CHECK (source_type IN ('official', 'production', 'synthetic', 'manual')),
    source_id TEXT,
    dataset_version TEXT,
    is_test_set INTEGER NOT NULL DEFAULT 0 CHECK (is_test_set IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_ml_validated ON ml_training_data(is_validated, validation_score DESC);
CREATE INDEX idx_ml_dataset ON ml_training_data(dataset_version, is_test_set);

CREATE TABLE ml_model_performance (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    model_name TEXT NOT NULL,
    model_version TEXT NOT NULL,
    model_type TEXT NOT NULL CHECK (model_type IN ('intent_classifier', 'technique_selector', 'complexity_estimator')),
    accuracy REAL CHECK (accuracy BETWEEN 0.0 AND 1.0),
    precision_scores TEXT CHECK (precision_scores IS NULL OR json_valid(precision_scores)),
    recall_scores TEXT CHECK (recall_scores IS NULL OR json_valid(recall_scores)),
    f1_scores TEXT CHECK (f1_scores IS NULL OR json_valid(f1_scores)),
    training_dataset_version TEXT,
    training_samples INTEGER CHECK (training_samples >= 0),
    parameters TEXT CHECK (parameters IS NULL OR json_valid(parameters)),
    model_blob BLOB,
    is_active INTEGER NOT NULL DEFAULT 0 CHECK (is_active IN (0, 1)),
    deployed_at TEXT,
    deprecated_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (model_name, model_version)
);
CREATE INDEX idx_model_active ON ml_model_performance(model_type, is_active);

------------------------------------------------------------------------------------------
-- Feedback and experiments
------------------------------------------------------------------------------------------
CREATE TABLE enhancement_feedback (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    prompt_history_id TEXT REFERENCES prompt_history(id) ON DELETE CASCADE,
    user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    overall_rating INTEGER NOT NULL CHECK (overall_rating BETWEEN 1 AND 5),
    technique_ratings TEXT CHECK (technique_ratings IS NULL OR json_valid(technique_ratings)),
    what_worked TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(what_worked) AND json_type(what_worked) = 'array'),
    what_didnt_work TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(what_didnt_work) AND json_type(what_didnt_work) = 'array'),
    suggestions TEXT,
    resulted_in_success INTEGER CHECK (resulted_in_success IN (0, 1)),
    time_saved_estimate INTEGER CHECK (time_saved_estimate >= 0),
    would_recommend INTEGER CHECK (would_recommend IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_feedback_prompt ON enhancement_feedback(prompt_history_id);
CREATE INDEX idx_feedback_rating ON enhancement_feedback(overall_rating DESC);

CREATE TABLE ab_experiments (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    name TEXT NOT NULL,
    description TEXT,
    variant_a TEXT NOT NULL CHECK (json_valid(variant_a)),
    variant_b TEXT NOT NULL CHECK (json_valid(variant_b)),
    user_percentage REAL NOT NULL DEFAULT 0.50 CHECK (user_percentage BETWEEN 0.0 AND 1.0),
    user_segments TEXT CHECK (user_segments IS NULL OR json_valid(user_segments)),
    primary_metric TEXT NOT NULL,
    secondary_metrics TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(secondary_metrics) AND json_type(secondary_metrics) = 'array'),
    variant_a_results TEXT CHECK (variant_a_results IS NULL OR json_valid(variant_a_results)),
    variant_b_results TEXT CHECK (variant_b_results IS NULL OR json_valid(variant_b_results)),
    statistical_significance REAL CHECK (statistical_significance BETWEEN 0.0 AND 1.0),
    winner TEXT CHECK (winner IN ('A', 'B')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'running', 'completed', 'stopped')),
    started_at TEXT,
    ended_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_experiments_status ON ab_experiments(status);
CREATE INDEX idx_experiments_dates ON ab_experiments(started_at, ended_at);

------------------------------------------------------------------------------------------
-- Community (local cache of the server's shared library)
------------------------------------------------------------------------------------------
CREATE TABLE community_prompts (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    author_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    description TEXT,
    original_prompt TEXT NOT NULL,
    enhanced_prompt TEXT NOT NULL,
    techniques_used TEXT NOT NULL CHECK (json_valid(techniques_used) AND json_type(techniques_used) = 'array'),
    category TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
    language TEXT NOT NULL DEFAULT 'en',
    views INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0),
    likes INTEGER NOT NULL DEFAULT 0 CHECK (likes >= 0),
    saves INTEGER NOT NULL DEFAULT 0 CHECK (saves >= 0),
    remix_count INTEGER NOT NULL DEFAULT 0 CHECK (remix_count >= 0),
    is_featured INTEGER NOT NULL DEFAULT 0 CHECK (is_featured IN (0, 1)),
    is_verified INTEGER NOT NULL DEFAULT 0 CHECK (is_verified IN (0, 1)),
    moderation_status TEXT NOT NULL DEFAULT 'pending' CHECK (moderation_status IN ('pending', 'approved', 'rejected')),
    is_public INTEGER NOT NULL DEFAULT 1 CHECK (is_public IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    cached_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_community_featured ON community_prompts(is_featured, likes DESC);
CREATE INDEX idx_community_category ON community_prompts(category);
CREATE INDEX idx_community_author ON community_prompts(author_id);

CREATE TABLE community_interactions (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    prompt_id TEXT NOT NULL REFERENCES community_prompts(id) ON DELETE CASCADE,
    has_liked INTEGER NOT NULL DEFAULT 0 CHECK (has_liked IN (0, 1)),
    has_saved INTEGER NOT NULL DEFAULT 0 CHECK (has_saved IN (0, 1)),
    has_reported INTEGER NOT NULL DEFAULT 0 CHECK (has_reported IN (0, 1)),
    times_used INTEGER NOT NULL DEFAULT 0 CHECK (times_used >= 0),
    last_used_at TEXT,
    private_notes TEXT,
    PRIMARY KEY (user_id, prompt_id)
) WITHOUT ROWID;

------------------------------------------------------------------------------------------
-- Bookkeeping
------------------------------------------------------------------------------------------
-- Key/value facts about this database (catalog version loaded, creation time, ...).
CREATE TABLE app_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO app_meta(key, value) VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- The person using this database.
INSERT INTO users(id, username, is_local) VALUES (lower(
    hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
    'local', 1);
INSERT INTO user_learning_profiles(user_id) SELECT id FROM users WHERE is_local = 1;
