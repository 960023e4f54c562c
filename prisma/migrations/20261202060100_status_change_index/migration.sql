-- The home page's statuses month by month (lib/data/public-status-history.ts) read only the public entries that
-- changed a status, a few among many notes: from this index, not the whole history table
-- (tests/integration/no-seq-scan.test.ts).
CREATE INDEX "progress_update_status_change_idx" ON "progress_update"("new_status", "visibility", "commitment_id", "created_at");
