-- Issue 16: a framework holds source documents. Until now one row (declaration) was both the framework and its one
-- fact sheet; a framework row now carries the name, short name and description (moved, not copied), its pillars
-- move to it so a later document's commitments stand under the same pillars, and each declaration row stays as the
-- source document it always was. Documents of the same name make one framework. Nothing staff wrote changes.
CREATE TABLE "framework" (
  "id" TEXT NOT NULL,
  "key" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "short_name" TEXT NOT NULL DEFAULT '',
  "description" TEXT NOT NULL DEFAULT '',
  "started_on" DATE,
  "started_place" TEXT,
  "endorser_count" INTEGER,
  CONSTRAINT "framework_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "framework_key_key" ON "framework"("key");

-- The key is the name in lower case with hyphens ("los-angeles-declaration-on-migration-and-protection"), which is
-- also the key the shipped data gives the framework, so the seed finds the row this makes.
INSERT INTO "framework" ("id", "key", "name", "short_name", "description")
SELECT DISTINCT ON ("name") 'framework-' || md5("name"),
  trim(both '-' from regexp_replace(lower("name"), '[^a-z0-9]+', '-', 'g')), "name", "short_name", "description"
FROM "declaration" ORDER BY "name", "published_at" DESC;

ALTER TABLE "declaration" ADD COLUMN "framework_id" TEXT;
UPDATE "declaration" SET "framework_id" = 'framework-' || md5("name");
ALTER TABLE "declaration" ALTER COLUMN "framework_id" SET NOT NULL;
ALTER TABLE "declaration" ADD CONSTRAINT "declaration_framework_id_fkey" FOREIGN KEY ("framework_id")
  REFERENCES "framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "declaration_framework_id_published_at_idx" ON "declaration"("framework_id", "published_at");
ALTER TABLE "declaration" ADD COLUMN "meeting_place" TEXT NOT NULL DEFAULT '';

ALTER TABLE "pillar" ADD COLUMN "framework_id" TEXT;
UPDATE "pillar" SET "framework_id" = "declaration"."framework_id" FROM "declaration"
  WHERE "declaration"."id" = "pillar"."declaration_id";
ALTER TABLE "pillar" ALTER COLUMN "framework_id" SET NOT NULL;
ALTER TABLE "pillar" DROP CONSTRAINT "pillar_declaration_id_fkey";
DROP INDEX "pillar_declaration_id_position_key";
ALTER TABLE "pillar" DROP COLUMN "declaration_id";
CREATE UNIQUE INDEX "pillar_framework_id_position_key" ON "pillar"("framework_id", "position");
ALTER TABLE "pillar" ADD CONSTRAINT "pillar_framework_id_fkey" FOREIGN KEY ("framework_id")
  REFERENCES "framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "declaration" DROP COLUMN "name";
ALTER TABLE "declaration" DROP COLUMN "short_name";
ALTER TABLE "declaration" DROP COLUMN "description";

-- A commitment may continue an earlier one, usually of an earlier document: the chain a reader follows.
CREATE TYPE "ContinuationKind" AS ENUM ('EXTENDS', 'REPORTS_PROGRESS_ON', 'REPLACES');
ALTER TABLE "commitment" ADD COLUMN "continues_id" TEXT, ADD COLUMN "continuation" "ContinuationKind";
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_continues_id_fkey" FOREIGN KEY ("continues_id")
  REFERENCES "commitment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_continuation_check"
  CHECK (("continues_id" IS NULL) = ("continuation" IS NULL) AND "continues_id" IS DISTINCT FROM "id");
CREATE INDEX "commitment_continues_id_idx" ON "commitment"("continues_id");

-- A history entry may quote the passage of a document that reports on the commitment. The history is append-only
-- (a trigger refuses UPDATE and DELETE); adding columns rewrites no row.
ALTER TABLE "progress_update" ADD COLUMN "report_document_id" TEXT, ADD COLUMN "report_passage" TEXT;
ALTER TABLE "progress_update" ADD CONSTRAINT "progress_update_report_document_id_fkey" FOREIGN KEY ("report_document_id")
  REFERENCES "declaration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "progress_update" ADD CONSTRAINT "progress_update_report_check"
  CHECK (("report_document_id" IS NULL) = ("report_passage" IS NULL));
CREATE INDEX "progress_update_report_document_id_idx" ON "progress_update"("report_document_id");

CREATE TRIGGER notify_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "framework"
  FOR EACH STATEMENT EXECUTE FUNCTION pledgeboard_notify_data_change();
