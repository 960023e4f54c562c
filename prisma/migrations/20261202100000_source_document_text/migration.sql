-- Issue 16: every source readable whole. The declaration (one fact sheet of one meeting) keeps its document's full
-- text as published and its publisher. Both start empty; the seed fills them at the next start for the shipped
-- document (lib/db/seed/load.ts), touching nothing else.
ALTER TABLE "declaration" ADD COLUMN "source_publisher" TEXT NOT NULL DEFAULT '';
ALTER TABLE "declaration" ADD COLUMN "source_markdown" TEXT NOT NULL DEFAULT '';
