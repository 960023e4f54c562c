-- A target's latest logged figure is public. Before this, an internal entry's figure moved it too: put back, for
-- every target, the figure of its latest public entry (or none when no public entry logged one).
UPDATE "target" AS t
SET current_value = latest.value_reached, current_value_at = latest.created_at
FROM (
  SELECT tg.id,
         (SELECT u.value_reached FROM progress_update u
           WHERE u.target_id = tg.id AND u.visibility = 'PUBLIC' AND u.value_reached IS NOT NULL
           ORDER BY u.created_at DESC, u.id DESC LIMIT 1) AS value_reached,
         (SELECT u.created_at FROM progress_update u
           WHERE u.target_id = tg.id AND u.visibility = 'PUBLIC' AND u.value_reached IS NOT NULL
           ORDER BY u.created_at DESC, u.id DESC LIMIT 1) AS created_at
  FROM "target" tg
  WHERE EXISTS (SELECT 1 FROM progress_update u WHERE u.target_id = tg.id AND u.visibility = 'INTERNAL'
                  AND u.value_reached IS NOT NULL)
) AS latest
WHERE t.id = latest.id;
