-- The community library as a user browses it: approved prompts and their own (moderators: the
-- pending queue), searched on the server's full-text index, sorted by trending (likes and saves in
-- the last 7 days), new or top (likes + saves), with whether the caller liked or saved each.
-- SECURITY DEFINER because trending counts everyone's interactions, which row-level security hides
-- from each user; the visibility rules are the policies', written out.
CREATE FUNCTION athanor.community_list(sort TEXT DEFAULT 'trending', search TEXT DEFAULT NULL, lim INTEGER DEFAULT 50,
                                       queue BOOLEAN DEFAULT false)
RETURNS TABLE (id UUID, author TEXT, title TEXT, description TEXT, original_prompt TEXT, enhanced_prompt TEXT,
               techniques_used TEXT[], category TEXT, tags TEXT[], likes INTEGER, saves INTEGER, remix_count INTEGER,
               is_featured BOOLEAN, is_verified BOOLEAN, moderation_status TEXT, created_at TIMESTAMPTZ,
               trending BIGINT, liked BOOLEAN, saved BOOLEAN)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, athanor AS
$$
    SELECT * FROM (
        SELECT p.id, u.username::TEXT, p.title::TEXT, p.description, p.original_prompt, p.enhanced_prompt,
               p.techniques_used, p.category::TEXT, p.tags, p.likes, p.saves, p.remix_count, p.is_featured,
               p.is_verified, p.moderation_status::TEXT, p.created_at,
               (SELECT count(*) FROM athanor.community_interactions i
                 WHERE i.prompt_id = p.id AND i.kind IN ('like', 'save') AND i.created_at > now() - interval '7 days'),
               EXISTS (SELECT 1 FROM athanor.community_interactions i
                        WHERE i.prompt_id = p.id AND i.user_id = athanor.current_user_id() AND i.kind = 'like'),
               EXISTS (SELECT 1 FROM athanor.community_interactions i
                        WHERE i.prompt_id = p.id AND i.user_id = athanor.current_user_id() AND i.kind = 'save')
          FROM athanor.community_prompts p
          LEFT JOIN athanor.users u ON u.id = p.author_id
         WHERE CASE WHEN queue THEN p.moderation_status = 'pending' AND athanor.is_moderator()
                    ELSE p.moderation_status = 'approved' OR p.author_id = athanor.current_user_id() END
           AND (coalesce(search, '') = '' OR p.search_vector @@ websearch_to_tsquery('english', search))
    ) AS listed (id, author, title, description, original_prompt, enhanced_prompt, techniques_used, category, tags,
                 likes, saves, remix_count, is_featured, is_verified, moderation_status, created_at, trending, liked,
                 saved)
    ORDER BY CASE sort WHEN 'new' THEN 0 WHEN 'top' THEN likes + saves ELSE trending END DESC,
             is_featured DESC, created_at DESC
    LIMIT greatest(1, least(lim, 500))
$$;
REVOKE ALL ON FUNCTION athanor.community_list(TEXT, TEXT, INTEGER, BOOLEAN) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION athanor.community_list(TEXT, TEXT, INTEGER, BOOLEAN) TO athanor_user;

-- Clients may see which schema the server runs (the connection test of Edit ▸ Server…).
GRANT SELECT ON athanor.schema_migrations TO athanor_user;
