-- The values logged toward a target, read with the target (its chart); without it that read scans the history.
CREATE INDEX "progress_update_target_id_created_at_idx" ON "progress_update"("target_id", "created_at");
