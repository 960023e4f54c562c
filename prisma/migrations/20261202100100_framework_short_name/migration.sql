-- Issue 16: nothing framework-specific in code. What pages, feeds and calendars call the framework, and what its
-- commitments are, come from the declaration's row; both start empty and the seed fills them for the shipped
-- declaration at the next start (lib/db/seed/load.ts), touching nothing else.
ALTER TABLE "declaration" ADD COLUMN "short_name" TEXT NOT NULL DEFAULT '';
ALTER TABLE "declaration" ADD COLUMN "description" TEXT NOT NULL DEFAULT '';
