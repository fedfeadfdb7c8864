-- The server schema: the prompt patterns design's tables, in schema "athanor", for many users.
-- Differences from the design, and why:
-- * identity is the PostgreSQL login role: athanor.users.role_name ties a row to current_user,
--   and the policies compare with athanor.current_user_id(), which a user cannot forge (the
--   design's current_setting('app.current_user_id') can be set by anyone);
-- * embeddings are real[] instead of pgvector's vector (not a Debian package here), without the
--   ivfflat indexes;
-- * community prompts carry one content column plus the original, moderation as a status with
--   its moderator, and a remixed_from link; interactions are one row per like, save or remix.
-- Runs in one transaction (athanor-cli server init) as a role that may create roles.

CREATE SCHEMA IF NOT EXISTS athanor;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'athanor_user') THEN
        CREATE ROLE athanor_user NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'athanor_moderator') THEN
        CREATE ROLE athanor_moderator NOLOGIN IN ROLE athanor_user;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA athanor TO athanor_user;

-- Users: one per login role.
CREATE TABLE athanor.users (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    role_name NAME NOT NULL UNIQUE DEFAULT current_user,
    email VARCHAR(255) UNIQUE,
    username VARCHAR(100) UNIQUE,
    full_name VARCHAR(255),
    avatar_url TEXT,
    bio TEXT,
    preferences JSONB NOT NULL DEFAULT '{"complexity_preference": "moderate", "explanation_detail": "medium",
        "language": "en", "favorite_techniques": [], "ui_theme": "light"}',
    subscription_tier VARCHAR(50) DEFAULT 'free',
    subscription_status VARCHAR(50) DEFAULT 'active',
    subscription_expires_at TIMESTAMPTZ,
    email_verified BOOLEAN DEFAULT false,
    is_active BOOLEAN DEFAULT true,
    last_login_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Who is asking, for the policies: SECURITY DEFINER so that it reads athanor.users past its own
-- policy; search_path pinned so that nothing can be slipped in front of it.
CREATE FUNCTION athanor.current_user_id() RETURNS UUID
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, athanor AS
$$ SELECT id FROM athanor.users WHERE role_name = session_user $$;

CREATE FUNCTION athanor.is_moderator() RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS
$$ SELECT pg_has_role(session_user, 'athanor_moderator', 'MEMBER') $$;

-- The catalog (read by everyone, written by the administrator).
CREATE TABLE athanor.techniques (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    code VARCHAR(50) UNIQUE NOT NULL,
    name VARCHAR(255) NOT NULL,
    category VARCHAR(100) NOT NULL,
    subcategory VARCHAR(100),
    description TEXT NOT NULL,
    detailed_explanation TEXT,
    complexity_level INTEGER CHECK (complexity_level BETWEEN 1 AND 5),
    base_effectiveness DECIMAL(3,2) DEFAULT 0.70,
    effectiveness_variance DECIMAL(3,2) DEFAULT 0.10,
    when_to_use TEXT[],
    when_not_to_use TEXT[],
    prerequisites TEXT[],
    is_active BOOLEAN DEFAULT true,
    is_experimental BOOLEAN DEFAULT false,
    requires_examples BOOLEAN DEFAULT false,
    min_context_length INTEGER DEFAULT 0,
    max_context_length INTEGER DEFAULT 10000,
    version INTEGER DEFAULT 1,
    created_at TIMESTAMPTZ DEFAULT now(),
    updated_at TIMESTAMPTZ DEFAULT now(),
    created_by UUID REFERENCES athanor.users(id),
    search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', name), 'A') ||
        setweight(to_tsvector('english', description), 'B') ||
        setweight(to_tsvector('english', coalesce(detailed_explanation, '')), 'C')) STORED
);
CREATE INDEX idx_techniques_search ON athanor.techniques USING GIN (search_vector);
CREATE INDEX idx_techniques_category ON athanor.techniques (category, subcategory);
CREATE INDEX idx_techniques_complexity ON athanor.techniques (complexity_level);
CREATE INDEX idx_techniques_effectiveness ON athanor.techniques (base_effectiveness DESC);
CREATE INDEX idx_techniques_active_category ON athanor.techniques (category, base_effectiveness DESC)
    WHERE is_active = true;

CREATE TABLE athanor.technique_patterns (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    technique_id UUID NOT NULL REFERENCES athanor.techniques(id) ON DELETE CASCADE,
    pattern_name VARCHAR(255) NOT NULL,
    template TEXT NOT NULL,
    template_vars JSONB DEFAULT '{}',
    intent_types TEXT[],
    optimal_for JSONB,
    usage_count INTEGER DEFAULT 0,
    success_rate DECIMAL(3,2),
    avg_user_rating DECIMAL(2,1),
    version INTEGER DEFAULT 1,
    is_active BOOLEAN DEFAULT true,
    created_at TIMESTAMPTZ DEFAULT now(),
    updated_at TIMESTAMPTZ DEFAULT now(),
    CONSTRAINT uk_technique_pattern UNIQUE (technique_id, pattern_name, version)
);
CREATE INDEX idx_patterns_technique ON athanor.technique_patterns (technique_id);
CREATE INDEX idx_patterns_intent ON athanor.technique_patterns USING GIN (intent_types);
CREATE INDEX idx_patterns_active ON athanor.technique_patterns (is_active) WHERE is_active = true;

CREATE TABLE athanor.intent_taxonomy (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    code VARCHAR(100) UNIQUE NOT NULL,
    name VARCHAR(255) NOT NULL,
    parent_id UUID REFERENCES athanor.intent_taxonomy(id),
    level INTEGER NOT NULL DEFAULT 1,
    path TEXT NOT NULL,
    typical_complexity INTEGER CHECK (typical_complexity BETWEEN 1 AND 5),
    requires_creativity BOOLEAN DEFAULT false,
    requires_analysis BOOLEAN DEFAULT false,
    requires_structure BOOLEAN DEFAULT false,
    keywords TEXT[],
    example_prompts TEXT[],
    description TEXT,
    is_active BOOLEAN DEFAULT true,
    usage_frequency INTEGER DEFAULT 0,
    created_at TIMESTAMPTZ DEFAULT now(),
    tree_sortkey VARCHAR(255)
);
CREATE INDEX idx_intent_parent ON athanor.intent_taxonomy (parent_id);
CREATE INDEX idx_intent_path ON athanor.intent_taxonomy (path);
CREATE INDEX idx_intent_level ON athanor.intent_taxonomy (level);
CREATE INDEX idx_intent_keywords ON athanor.intent_taxonomy USING GIN (keywords);

CREATE TABLE athanor.intent_technique_effectiveness (
    intent_id UUID REFERENCES athanor.intent_taxonomy(id) ON DELETE CASCADE,
    technique_id UUID REFERENCES athanor.techniques(id) ON DELETE CASCADE,
    effectiveness_score DECIMAL(3,2) NOT NULL,
    confidence_level DECIMAL(3,2) DEFAULT 0.80,
    sample_size INTEGER DEFAULT 0,
    complexity_adjustment JSONB,
    domain_adjustments JSONB,
    real_world_performance DECIMAL(3,2),
    last_calculated TIMESTAMPTZ DEFAULT now(),
    PRIMARY KEY (intent_id, technique_id)
);
CREATE INDEX idx_effectiveness_score ON athanor.intent_technique_effectiveness (effectiveness_score DESC);
CREATE INDEX idx_technique_effectiveness_lookup
    ON athanor.intent_technique_effectiveness (intent_id, effectiveness_score DESC) INCLUDE (technique_id);

CREATE TABLE athanor.prompt_templates (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name VARCHAR(255) NOT NULL,
    category VARCHAR(100) NOT NULL,
    template_text TEXT NOT NULL,
    variables JSONB NOT NULL,
    technique_ids UUID[] NOT NULL,
    intent_ids UUID[],
    quality_score DECIMAL(3,2) DEFAULT 0.80,
    community_rating DECIMAL(2,1),
    usage_count INTEGER DEFAULT 0,
    success_rate DECIMAL(3,2),
    tags TEXT[],
    difficulty_level INTEGER CHECK (difficulty_level BETWEEN 1 AND 5),
    estimated_tokens INTEGER,
    language VARCHAR(10) DEFAULT 'en',
    created_by UUID REFERENCES athanor.users(id) DEFAULT athanor.current_user_id(),
    is_official BOOLEAN DEFAULT false,
    is_public BOOLEAN DEFAULT true,
    version INTEGER DEFAULT 1,
    created_at TIMESTAMPTZ DEFAULT now(),
    updated_at TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX idx_templates_category ON athanor.prompt_templates (category);
CREATE INDEX idx_templates_techniques ON athanor.prompt_templates USING GIN (technique_ids);
CREATE INDEX idx_templates_quality ON athanor.prompt_templates (quality_score DESC);
CREATE INDEX idx_templates_tags ON athanor.prompt_templates USING GIN (tags);
CREATE INDEX idx_templates_public_quality ON athanor.prompt_templates (quality_score DESC) WHERE is_public = true;

CREATE TABLE athanor.prompt_examples (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    template_id UUID REFERENCES athanor.prompt_templates(id),
    original_prompt TEXT NOT NULL,
    enhanced_prompt TEXT NOT NULL,
    techniques_applied UUID[] NOT NULL,
    intent_classification JSONB NOT NULL,
    complexity_level INTEGER,
    domain VARCHAR(100),
    model_used VARCHAR(50),
    response_quality_score DECIMAL(3,2),
    user_satisfaction_score INTEGER CHECK (user_satisfaction_score BETWEEN 1 AND 5),
    explanation TEXT,
    key_improvements TEXT[],
    created_at TIMESTAMPTZ DEFAULT now(),
    source VARCHAR(50)
);
CREATE INDEX idx_examples_template ON athanor.prompt_examples (template_id);
CREATE INDEX idx_examples_quality ON athanor.prompt_examples (response_quality_score DESC);

CREATE TABLE athanor.user_learning_profiles (
    user_id UUID PRIMARY KEY REFERENCES athanor.users(id) ON DELETE CASCADE DEFAULT athanor.current_user_id(),
    skill_level VARCHAR(50) DEFAULT 'beginner',
    techniques_mastered UUID[] DEFAULT '{}',
    techniques_learning UUID[] DEFAULT '{}',
    primary_use_cases TEXT[],
    average_prompt_complexity DECIMAL(2,1),
    preferred_explanation_style VARCHAR(50),
    total_prompts_created INTEGER DEFAULT 0,
    successful_prompts INTEGER DEFAULT 0,
    techniques_tried INTEGER DEFAULT 0,
    learning_velocity DECIMAL(3,2),
    interest_vector REAL[],
    style_vector REAL[],
    updated_at TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX idx_user_skill ON athanor.user_learning_profiles (skill_level);

-- Enhancement history, partitioned by month; athanor.ensure_partitions() adds the months to come,
-- and rows of a month without its own partition land in the default one.
CREATE TABLE athanor.prompt_history (
    id UUID NOT NULL DEFAULT gen_random_uuid(),
    user_id UUID REFERENCES athanor.users(id) ON DELETE CASCADE DEFAULT athanor.current_user_id(),
    session_id UUID NOT NULL,
    original_prompt TEXT NOT NULL,
    original_length INTEGER NOT NULL,
    detected_intent_path TEXT,
    detected_complexity INTEGER,
    enhanced_prompt TEXT NOT NULL,
    enhanced_length INTEGER NOT NULL,
    techniques_applied UUID[] NOT NULL,
    enhancement_metadata JSONB,
    processing_time_ms INTEGER,
    model_confidence DECIMAL(3,2),
    user_rating INTEGER CHECK (user_rating BETWEEN 1 AND 5),
    feedback_text TEXT,
    was_helpful BOOLEAN,
    client_type VARCHAR(50),
    api_version VARCHAR(20),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE athanor.prompt_history_default PARTITION OF athanor.prompt_history DEFAULT;
CREATE INDEX idx_history_user_date ON athanor.prompt_history (user_id, created_at DESC)
    INCLUDE (enhanced_prompt, techniques_applied);
CREATE INDEX idx_history_session ON athanor.prompt_history (session_id);
CREATE INDEX idx_history_techniques ON athanor.prompt_history USING GIN (techniques_applied);
CREATE INDEX idx_history_created_brin ON athanor.prompt_history USING BRIN (created_at);

-- The month partitions from this month to `months_ahead` months on; returns how many it created.
-- A month whose rows already sit in the default partition is moved into its own partition.
CREATE FUNCTION athanor.ensure_partitions(months_ahead INTEGER DEFAULT 3) RETURNS INTEGER
    LANGUAGE plpgsql SET search_path = pg_catalog, athanor AS
$$
DECLARE
    first_month DATE := date_trunc('month', now())::date;
    month DATE;
    name TEXT;
    created INTEGER := 0;
BEGIN
    FOR i IN 0..months_ahead LOOP
        month := (first_month + make_interval(months => i))::date;
        name := 'prompt_history_' || to_char(month, 'YYYY_MM');
        IF to_regclass('athanor.' || name) IS NULL THEN
            CREATE TEMP TABLE IF NOT EXISTS moved_history (LIKE athanor.prompt_history) ON COMMIT DROP;
            WITH moved AS (DELETE FROM athanor.prompt_history_default
                           WHERE created_at >= month AND created_at < month + interval '1 month' RETURNING *)
            INSERT INTO moved_history SELECT * FROM moved;
            EXECUTE format('CREATE TABLE athanor.%I PARTITION OF athanor.prompt_history FOR VALUES FROM (%L) TO (%L)',
                           name, month, month + interval '1 month');
            INSERT INTO athanor.prompt_history SELECT * FROM moved_history;
            DELETE FROM moved_history;
            created := created + 1;
        END IF;
    END LOOP;
    RETURN created;
END
$$;
SELECT athanor.ensure_partitions(3);

CREATE TABLE athanor.technique_performance_analytics (
    technique_id UUID REFERENCES athanor.techniques(id) ON DELETE CASCADE,
    date_bucket DATE NOT NULL,
    total_uses INTEGER DEFAULT 0,
    unique_users INTEGER DEFAULT 0,
    avg_confidence DECIMAL(3,2),
    avg_rating DECIMAL(2,1),
    success_rate DECIMAL(3,2),
    complexity_distribution JSONB,
    intent_distribution JSONB,
    effectiveness_trend DECIMAL(4,3),
    adoption_rate DECIMAL(3,2),
    PRIMARY KEY (technique_id, date_bucket)
);
CREATE INDEX idx_analytics_date ON athanor.technique_performance_analytics (date_bucket DESC);

CREATE TABLE athanor.ml_training_data (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID REFERENCES athanor.users(id) ON DELETE CASCADE DEFAULT athanor.current_user_id(),
    prompt_text TEXT NOT NULL,
    prompt_embedding REAL[],
    linguistic_features JSONB NOT NULL DEFAULT '{}',
    intent_labels JSONB NOT NULL,
    complexity_label INTEGER NOT NULL,
    optimal_techniques UUID[] NOT NULL DEFAULT '{}',
    is_validated BOOLEAN DEFAULT false,
    validation_score DECIMAL(3,2),
    validator_id UUID REFERENCES athanor.users(id),
    source_type VARCHAR(50),
    source_id UUID,
    dataset_version VARCHAR(20),
    is_test_set BOOLEAN DEFAULT false,
    created_at TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX idx_ml_validated ON athanor.ml_training_data (is_validated, validation_score DESC);
CREATE INDEX idx_ml_dataset ON athanor.ml_training_data (dataset_version, is_test_set);

CREATE TABLE athanor.ml_model_performance (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    model_name VARCHAR(100) NOT NULL,
    model_version VARCHAR(50) NOT NULL,
    model_type VARCHAR(50) NOT NULL,
    accuracy DECIMAL(4,3),
    precision_scores JSONB,
    recall_scores JSONB,
    f1_scores JSONB,
    training_dataset_version VARCHAR(20),
    training_samples INTEGER,
    parameters JSONB,
    is_active BOOLEAN DEFAULT false,
    deployed_at TIMESTAMPTZ,
    deprecated_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX idx_model_active ON athanor.ml_model_performance (model_type, is_active);

CREATE TABLE athanor.enhancement_feedback (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    prompt_history_id UUID NOT NULL,
    user_id UUID REFERENCES athanor.users(id) ON DELETE CASCADE DEFAULT athanor.current_user_id(),
    overall_rating INTEGER NOT NULL CHECK (overall_rating BETWEEN 1 AND 5),
    technique_ratings JSONB,
    what_worked TEXT[],
    what_didnt_work TEXT[],
    suggestions TEXT,
    resulted_in_success BOOLEAN,
    time_saved_estimate INTEGER,
    would_recommend BOOLEAN,
    created_at TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX idx_feedback_prompt ON athanor.enhancement_feedback (prompt_history_id);
CREATE INDEX idx_feedback_rating ON athanor.enhancement_feedback (overall_rating DESC);

CREATE TABLE athanor.ab_experiments (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id UUID REFERENCES athanor.users(id) ON DELETE CASCADE DEFAULT athanor.current_user_id(),
    name VARCHAR(255) NOT NULL,
    description TEXT,
    variant_a JSONB NOT NULL,
    variant_b JSONB NOT NULL,
    user_percentage DECIMAL(3,2) DEFAULT 0.50,
    user_segments JSONB,
    primary_metric VARCHAR(100) NOT NULL,
    secondary_metrics TEXT[],
    variant_a_results JSONB,
    variant_b_results JSONB,
    statistical_significance DECIMAL(4,3),
    winner VARCHAR(1) CHECK (winner IN ('A', 'B')),
    status VARCHAR(50) DEFAULT 'draft',
    started_at TIMESTAMPTZ,
    ended_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX idx_experiments_status ON athanor.ab_experiments (status);
CREATE INDEX idx_experiments_dates ON athanor.ab_experiments (started_at, ended_at);

-- The community library. A prompt is published as pending; moderators approve (or reject),
-- feature and verify it. Counters move only through athanor.interact() and athanor.remix().
CREATE TABLE athanor.community_prompts (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    author_id UUID REFERENCES athanor.users(id) ON DELETE SET NULL DEFAULT athanor.current_user_id(),
    title VARCHAR(255) NOT NULL,
    description TEXT,
    original_prompt TEXT NOT NULL,
    enhanced_prompt TEXT NOT NULL,
    techniques_used TEXT[] NOT NULL DEFAULT '{}',
    category VARCHAR(100) NOT NULL DEFAULT 'general',
    tags TEXT[] NOT NULL DEFAULT '{}',
    language VARCHAR(10) DEFAULT 'en',
    remixed_from UUID REFERENCES athanor.community_prompts(id) ON DELETE SET NULL,
    views INTEGER NOT NULL DEFAULT 0,
    likes INTEGER NOT NULL DEFAULT 0,
    saves INTEGER NOT NULL DEFAULT 0,
    remix_count INTEGER NOT NULL DEFAULT 0,
    is_featured BOOLEAN NOT NULL DEFAULT false,
    is_verified BOOLEAN NOT NULL DEFAULT false,
    moderation_status VARCHAR(50) NOT NULL DEFAULT 'pending'
        CHECK (moderation_status IN ('pending', 'approved', 'rejected')),
    moderated_by UUID REFERENCES athanor.users(id) ON DELETE SET NULL,
    moderated_at TIMESTAMPTZ,
    is_public BOOLEAN NOT NULL DEFAULT true,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'B') ||
        setweight(to_tsvector('english', enhanced_prompt), 'C')) STORED
);
CREATE INDEX idx_community_featured ON athanor.community_prompts (is_featured, likes DESC);
CREATE INDEX idx_community_category ON athanor.community_prompts (category);
CREATE INDEX idx_community_tags ON athanor.community_prompts USING GIN (tags);
CREATE INDEX idx_community_author ON athanor.community_prompts (author_id);
CREATE INDEX idx_community_search ON athanor.community_prompts USING GIN (search_vector);
CREATE INDEX idx_community_pending ON athanor.community_prompts (created_at) WHERE moderation_status = 'pending';

CREATE TABLE athanor.community_interactions (
    user_id UUID NOT NULL REFERENCES athanor.users(id) ON DELETE CASCADE DEFAULT athanor.current_user_id(),
    prompt_id UUID NOT NULL REFERENCES athanor.community_prompts(id) ON DELETE CASCADE,
    kind VARCHAR(10) NOT NULL CHECK (kind IN ('like', 'save', 'remix', 'report')),
    private_notes TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, prompt_id, kind)
);
CREATE INDEX idx_interactions_recent ON athanor.community_interactions (prompt_id, created_at DESC);

-- Like, save or report once per user (again: undone for like and save); the counters follow.
CREATE FUNCTION athanor.interact(prompt UUID, what TEXT, on_off BOOLEAN DEFAULT true) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, athanor AS
$$
DECLARE
    me UUID := athanor.current_user_id();
    changed INTEGER;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'no Athanor user for role %', session_user USING ERRCODE = '42501';
    END IF;
    IF what NOT IN ('like', 'save', 'report') THEN
        RAISE EXCEPTION 'unknown interaction %', what USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM athanor.community_prompts WHERE id = prompt AND moderation_status = 'approved') THEN
        RAISE EXCEPTION 'no approved community prompt %', prompt USING ERRCODE = 'P0002';
    END IF;
    IF on_off THEN
        INSERT INTO athanor.community_interactions (user_id, prompt_id, kind) VALUES (me, prompt, what)
            ON CONFLICT DO NOTHING;
    ELSE
        DELETE FROM athanor.community_interactions WHERE user_id = me AND prompt_id = prompt AND kind = what;
    END IF;
    GET DIAGNOSTICS changed = ROW_COUNT;
    IF changed > 0 AND what = 'like' THEN
        UPDATE athanor.community_prompts SET likes = likes + CASE WHEN on_off THEN 1 ELSE -1 END WHERE id = prompt;
    ELSIF changed > 0 AND what = 'save' THEN
        UPDATE athanor.community_prompts SET saves = saves + CASE WHEN on_off THEN 1 ELSE -1 END WHERE id = prompt;
    END IF;
END
$$;

-- A remix: counted once per user on the original (the copy itself lives in the user's library).
CREATE FUNCTION athanor.remix(prompt UUID) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, athanor AS
$$
DECLARE
    me UUID := athanor.current_user_id();
    changed INTEGER;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'no Athanor user for role %', session_user USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM athanor.community_prompts WHERE id = prompt AND moderation_status = 'approved') THEN
        RAISE EXCEPTION 'no approved community prompt %', prompt USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO athanor.community_interactions (user_id, prompt_id, kind) VALUES (me, prompt, 'remix')
        ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS changed = ROW_COUNT;
    IF changed > 0 THEN
        UPDATE athanor.community_prompts SET remix_count = remix_count + 1 WHERE id = prompt;
    END IF;
END
$$;

-- Moderation: approve, reject, feature, verify. Only moderators.
CREATE FUNCTION athanor.moderate(prompt UUID, status TEXT, featured BOOLEAN DEFAULT NULL,
                                 verified BOOLEAN DEFAULT NULL) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, athanor AS
$$
BEGIN
    IF NOT athanor.is_moderator() THEN
        RAISE EXCEPTION 'only moderators moderate' USING ERRCODE = '42501';
    END IF;
    UPDATE athanor.community_prompts
       SET moderation_status = coalesce(status, moderation_status),
           is_featured = coalesce(featured, is_featured),
           is_verified = coalesce(verified, is_verified),
           moderated_by = athanor.current_user_id(), moderated_at = now(), updated_at = now()
     WHERE id = prompt;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no community prompt %', prompt USING ERRCODE = 'P0002';
    END IF;
END
$$;

-- Analytics, refreshed by athanor-cli server maintain.
CREATE MATERIALIZED VIEW athanor.mv_daily_active_techniques AS
SELECT date(ph.created_at) AS date, t.technique_id, tech.name AS technique_name, tech.category,
       count(DISTINCT ph.user_id) AS unique_users, count(*) AS total_uses,
       avg(ph.user_rating::DECIMAL) AS avg_rating
FROM athanor.prompt_history ph
CROSS JOIN LATERAL unnest(ph.techniques_applied) AS t(technique_id)
JOIN athanor.techniques tech ON tech.id = t.technique_id
WHERE ph.created_at >= current_date - interval '30 days'
GROUP BY date(ph.created_at), t.technique_id, tech.name, tech.category;
CREATE UNIQUE INDEX idx_mv_daily_techniques ON athanor.mv_daily_active_techniques (date, technique_id);

CREATE MATERIALIZED VIEW athanor.mv_user_technique_affinity AS
SELECT ph.user_id, t.technique_id, count(*) AS usage_count, avg(ph.user_rating::DECIMAL) AS avg_rating,
       max(ph.created_at) AS last_used
FROM athanor.prompt_history ph
CROSS JOIN LATERAL unnest(ph.techniques_applied) AS t(technique_id)
WHERE ph.user_rating IS NOT NULL
GROUP BY ph.user_id, t.technique_id
HAVING count(*) >= 3;
CREATE UNIQUE INDEX idx_mv_user_affinity ON athanor.mv_user_technique_affinity (user_id, technique_id);
-- Each user sees their own affinity rows only (a materialised view has no row-level security).
CREATE VIEW athanor.my_technique_affinity WITH (security_barrier) AS
SELECT * FROM athanor.mv_user_technique_affinity WHERE user_id = athanor.current_user_id();

-- Row-level security: a user reads and changes their own rows; approved community prompts are
-- public; moderators see the queue. FORCE so that not even a table owner other than the
-- administrator slips past.
ALTER TABLE athanor.users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_self ON athanor.users TO athanor_user
    USING (role_name = session_user OR athanor.is_moderator());
CREATE POLICY users_self_update ON athanor.users FOR UPDATE TO athanor_user
    USING (role_name = session_user) WITH CHECK (role_name = session_user);

ALTER TABLE athanor.user_learning_profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_profile ON athanor.user_learning_profiles TO athanor_user
    USING (user_id = athanor.current_user_id()) WITH CHECK (user_id = athanor.current_user_id());

ALTER TABLE athanor.prompt_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_history ON athanor.prompt_history TO athanor_user
    USING (user_id = athanor.current_user_id()) WITH CHECK (user_id = athanor.current_user_id());

ALTER TABLE athanor.enhancement_feedback ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_feedback ON athanor.enhancement_feedback TO athanor_user
    USING (user_id = athanor.current_user_id()) WITH CHECK (user_id = athanor.current_user_id());

ALTER TABLE athanor.ml_training_data ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_training_data ON athanor.ml_training_data TO athanor_user
    USING (user_id = athanor.current_user_id()) WITH CHECK (user_id = athanor.current_user_id());

ALTER TABLE athanor.ab_experiments ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_experiments ON athanor.ab_experiments TO athanor_user
    USING (owner_id = athanor.current_user_id()) WITH CHECK (owner_id = athanor.current_user_id());

ALTER TABLE athanor.prompt_templates ENABLE ROW LEVEL SECURITY;
CREATE POLICY templates_read ON athanor.prompt_templates FOR SELECT TO athanor_user
    USING (is_official OR is_public OR created_by = athanor.current_user_id());
CREATE POLICY templates_own ON athanor.prompt_templates TO athanor_user
    USING (created_by = athanor.current_user_id()) WITH CHECK (created_by = athanor.current_user_id() AND NOT is_official);

ALTER TABLE athanor.community_prompts ENABLE ROW LEVEL SECURITY;
CREATE POLICY community_read ON athanor.community_prompts FOR SELECT TO athanor_user
    USING (moderation_status = 'approved' OR author_id = athanor.current_user_id() OR athanor.is_moderator());
CREATE POLICY community_publish ON athanor.community_prompts FOR INSERT TO athanor_user
    WITH CHECK (author_id = athanor.current_user_id() AND moderation_status = 'pending'
                AND NOT is_featured AND NOT is_verified AND likes = 0 AND saves = 0 AND remix_count = 0);
CREATE POLICY community_edit_own ON athanor.community_prompts FOR UPDATE TO athanor_user
    USING (author_id = athanor.current_user_id()) WITH CHECK (author_id = athanor.current_user_id());
CREATE POLICY community_delete_own ON athanor.community_prompts FOR DELETE TO athanor_user
    USING (author_id = athanor.current_user_id() OR athanor.is_moderator());

ALTER TABLE athanor.community_interactions ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_interactions ON athanor.community_interactions TO athanor_user
    USING (user_id = athanor.current_user_id()) WITH CHECK (user_id = athanor.current_user_id());

-- What users may do at all (the policies then pick the rows). Counters, moderation and
-- ownership columns are not theirs to write.
GRANT SELECT ON athanor.techniques, athanor.technique_patterns, athanor.intent_taxonomy,
    athanor.intent_technique_effectiveness, athanor.prompt_examples, athanor.technique_performance_analytics,
    athanor.ml_model_performance, athanor.mv_daily_active_techniques, athanor.my_technique_affinity
    TO athanor_user;
GRANT SELECT, UPDATE (username, full_name, avatar_url, bio, preferences, updated_at) ON athanor.users TO athanor_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON athanor.user_learning_profiles, athanor.prompt_history,
    athanor.enhancement_feedback, athanor.ml_training_data, athanor.ab_experiments, athanor.prompt_templates
    TO athanor_user;
GRANT SELECT, DELETE ON athanor.community_prompts TO athanor_user;
GRANT INSERT (title, description, original_prompt, enhanced_prompt, techniques_used, category, tags, language,
              remixed_from, is_public) ON athanor.community_prompts TO athanor_user;
GRANT UPDATE (title, description, original_prompt, enhanced_prompt, techniques_used, category, tags, language,
              is_public, updated_at) ON athanor.community_prompts TO athanor_user;
GRANT SELECT, UPDATE (private_notes), DELETE ON athanor.community_interactions TO athanor_user;
REVOKE ALL ON FUNCTION athanor.interact(UUID, TEXT, BOOLEAN), athanor.remix(UUID),
    athanor.moderate(UUID, TEXT, BOOLEAN, BOOLEAN), athanor.ensure_partitions(INTEGER) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION athanor.interact(UUID, TEXT, BOOLEAN), athanor.remix(UUID) TO athanor_user;
GRANT EXECUTE ON FUNCTION athanor.moderate(UUID, TEXT, BOOLEAN, BOOLEAN) TO athanor_moderator;
GRANT EXECUTE ON FUNCTION athanor.current_user_id(), athanor.is_moderator() TO athanor_user;
