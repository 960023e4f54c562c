-- Data fidelity (issue 14): what the model could not say of the fact sheet.
-- The shipped commitments that staff never touched are rewritten from the corrected seed by the loader that runs after
-- the migrations (prisma/seed/reconcile.ts); this migration only adds what the data needs.

-- Hosts (where an action takes place) beside leads and partners; joint leads need nothing new.
ALTER TYPE "CountryRole" ADD VALUE 'HOST';

-- A figure that describes the situation: never a target, never shown with progress.
ALTER TYPE "TargetKind" ADD VALUE 'CONTEXT';

-- "exactly" claimed a precision the source never gave ("4.4 million"): the value is as stated, with no qualifier.
ALTER TYPE "TargetQualifier" RENAME VALUE 'EXACTLY' TO 'STATED';

ALTER TABLE "target" ALTER COLUMN "value" DROP NOT NULL;
ALTER TABLE "target" ADD COLUMN "as_written" TEXT;

ALTER TABLE "commitment" ADD COLUMN "is_group" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "commitment" ADD COLUMN "pillar_note" TEXT;

ALTER TABLE "deadline" ADD COLUMN "inferred" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "deadline" ADD COLUMN "inference_note" TEXT;
ALTER TABLE "deadline" ADD CONSTRAINT "deadline_inference_noted" CHECK ("inferred" = ("inference_note" IS NOT NULL));
ALTER TABLE "deadline" ADD COLUMN "original_date" DATE NOT NULL DEFAULT CURRENT_DATE;
ALTER TABLE "deadline" ADD COLUMN "original_precision" "DatePrecision" NOT NULL DEFAULT 'DAY';
ALTER TABLE "deadline" ADD COLUMN "move_count" INTEGER NOT NULL DEFAULT 0;
UPDATE "deadline" SET "original_date" = "date", "original_precision" = "precision";

-- Existing deadlines that moved: the first date the history recorded for them, and every change of date or precision
-- since (the others keep their own date as the original, set just above).
UPDATE "deadline" d SET
  "original_date" = coalesce(first_change."old_date", d."date"),
  "original_precision" = coalesce(first_change."old_precision", d."precision"),
  "move_count" = (SELECT count(*) FROM "deadline_change" dc WHERE dc."deadline_id" = d."id"
    AND (dc."old_date", dc."old_precision") IS DISTINCT FROM (dc."new_date", dc."new_precision"))
FROM (SELECT DISTINCT ON (dc."deadline_id") dc."deadline_id", dc."old_date", dc."old_precision"
  FROM "deadline_change" dc JOIN "progress_update" u ON u."id" = dc."update_id"
  WHERE dc."old_date" IS NOT NULL AND dc."old_precision" IS NOT NULL
  ORDER BY dc."deadline_id", u."created_at", dc."id") first_change
WHERE first_change."deadline_id" = d."id";

-- The original date and the count of moves are kept here, so that every writer (the update form, the CSV import, a
-- script) keeps them alike. A row inserted with moves already counted (a restored backup) keeps its original date.
CREATE FUNCTION "deadline_keep_original"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW."move_count" = 0 THEN
      NEW."original_date" := NEW."date";
      NEW."original_precision" := NEW."precision";
    END IF;
  ELSE
    NEW."original_date" := OLD."original_date";
    NEW."original_precision" := OLD."original_precision";
    NEW."move_count" := OLD."move_count"
      + CASE WHEN (NEW."date", NEW."precision") IS DISTINCT FROM (OLD."date", OLD."precision") THEN 1 ELSE 0 END;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "deadline_keep_original" BEFORE INSERT OR UPDATE ON "deadline"
  FOR EACH ROW EXECUTE FUNCTION "deadline_keep_original"();
