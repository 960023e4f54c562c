-- The generation of the public data: it changes whenever anything a public page shows changes (every write to a
-- commitment, its deadlines, targets or history touches the commitment row; display names live in app_user).
-- One definition for the app's read cache (lib/data/public-cache.ts) and the web server's page cache
-- (lib/server/page-cache.mjs), which must agree on when a page is stale.
CREATE FUNCTION pledgeboard_data_generation() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT concat_ws('|',
    (SELECT max(updated_at) FROM commitment)::text,
    (SELECT max(updated_at) FROM app_user)::text,
    (SELECT count(*) FROM commitment)::text)
$$;
