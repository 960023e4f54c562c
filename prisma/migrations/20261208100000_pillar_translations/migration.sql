-- Issue 19: a pillar's name, short name and description in Spanish beside the English, as a commitment's title and
-- description have been since 20261203500000_content_translations: the English stays where it is (the framework
-- wrote it; exports, filters and the API keep reading it), a translation is a row per language and says who wrote it.
-- The seed fills in and corrects only rows it wrote itself (lib/db/seed/translations.ts). A field left null has no
-- translation, and the page shows the English, marked as English. Nothing existing is changed: a database seeded
-- before gets the shipped Spanish at its next start.
CREATE TABLE "pillar_translation" (
    "pillar_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT,
    "short_name" TEXT,
    "description" TEXT,
    "source" "UpdateSource" NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pillar_translation_pkey" PRIMARY KEY ("pillar_id", "locale"),
    -- English is the record itself, never a translation of it.
    CONSTRAINT "pillar_translation_locale_check" CHECK ("locale" IN ('es'))
);

ALTER TABLE "pillar_translation" ADD CONSTRAINT "pillar_translation_pillar_id_fkey"
    FOREIGN KEY ("pillar_id") REFERENCES "pillar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Public pages read pillar names: a write must move every instance's cache generation.
CREATE TRIGGER notify_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "pillar_translation"
    FOR EACH STATEMENT EXECUTE FUNCTION pledgeboard_notify_data_change();
