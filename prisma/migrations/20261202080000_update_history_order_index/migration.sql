-- The public history, newest first, takes a status change made in an internal entry too (it is a public fact), so
-- no narrower index serves its order: read in (created_at, id) order, it stops after one page.
CREATE INDEX "progress_update_created_at_id_idx" ON "progress_update"("created_at", "id");
