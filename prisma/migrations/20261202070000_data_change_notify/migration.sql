-- Freshness that the database enforces: every write to a table a public page reads notifies the channel
-- `pledgeboard_data_change` when its transaction commits, whichever code made it (the app, the import, a raw SQL
-- script). Each app process LISTENs and keeps its caches under a generation that changes at every notification
-- (lib/server/data-generation.mjs), so a cache hit costs no round trip. PostgreSQL folds repeated notifications of
-- one transaction into one. A table that a public page reads must carry the trigger: an integration test fails on a
-- table that is neither notifying nor listed as private (tests/integration/data-change-notify.test.ts).
CREATE FUNCTION pledgeboard_notify_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('pledgeboard_data_change', '');
  RETURN NULL;
END
$$;

DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['declaration', 'pillar', 'country', 'commitment', 'commitment_country', 'commitment_link',
    'deadline', 'target', 'progress_update', 'deadline_change'] LOOP
    EXECUTE format('CREATE TRIGGER notify_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION pledgeboard_notify_data_change()', name);
  END LOOP;
END
$$;

-- Users appear on public pages by display name only: a sign-in, a role or a password change leaves the pages as
-- they were.
CREATE TRIGGER notify_data_change AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF display_name ON app_user
  FOR EACH STATEMENT EXECUTE FUNCTION pledgeboard_notify_data_change();

-- The generation used to be read from PostgreSQL at every request; nothing reads it now.
DROP FUNCTION pledgeboard_data_generation();
