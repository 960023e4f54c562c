-- Issue 19: the content in Spanish beside the English. A commitment's English title and description stay where they
-- are (every reader, export and import of the English keeps working as it did); a translation is a row of its own per
-- language, so a third language is rows, not columns. A row records who wrote it: the seed fills in and corrects only
-- rows it wrote itself, never one staff wrote (lib/db/seed/translations.ts). A field left null has no translation,
-- and the page shows the English, marked as English. Nothing existing is changed: a database seeded before gets the
-- shipped Spanish at its next start.
CREATE TABLE "commitment_translation" (
    "commitment_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT,
    "description" TEXT,
    "source" "UpdateSource" NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_translation_pkey" PRIMARY KEY ("commitment_id", "locale"),
    -- English is the record itself, never a translation of it.
    CONSTRAINT "commitment_translation_locale_check" CHECK ("locale" IN ('es'))
);

ALTER TABLE "commitment_translation" ADD CONSTRAINT "commitment_translation_commitment_id_fkey"
    FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Public pages read translations: a write must move every instance's cache generation.
CREATE TRIGGER notify_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "commitment_translation"
    FOR EACH STATEMENT EXECUTE FUNCTION pledgeboard_notify_data_change();

-- The language a history entry's note was written in, so a page in the other language marks it (lang="es" on an
-- English page). Every entry written before was written in English. The history is append-only; adding a column
-- with a default rewrites no entry.
ALTER TABLE "progress_update" ADD COLUMN "note_lang" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "progress_update" ADD CONSTRAINT "progress_update_note_lang_check" CHECK ("note_lang" IN ('en', 'es'));

-- The language the source document is written in, so a page in another language marks its quotes (lang="en" on the
-- fact sheet's words on a Spanish page). Every source shipped so far is in English.
ALTER TABLE "declaration" ADD COLUMN "source_lang" TEXT NOT NULL DEFAULT 'en';
