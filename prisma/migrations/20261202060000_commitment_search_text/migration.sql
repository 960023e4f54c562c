-- Search that ignores accents, case and Unicode normalisation ("Perú", "PERU", "Peru" with a combining accent all
-- find "Peru"). Each commitment keeps its searchable words folded in one column, kept by a trigger so that no
-- writer can forget it; lib/domain/search-fold.ts folds the query the same way. Folding is compatibility
-- decomposition (NFKD) with the combining marks removed; normalize() needs PostgreSQL 13 or later and a UTF-8
-- database, which both the embedded server and Debian's PostgreSQL 15 give.
CREATE FUNCTION "pledgeboard_search_fold"(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(regexp_replace(normalize(value, NFKD), '[\u0300-\u036f]', '', 'g')) $$;

ALTER TABLE "commitment" ADD COLUMN "search_text" TEXT NOT NULL DEFAULT '';

CREATE FUNCTION "commitment_fold_search_text"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW."search_text" := "pledgeboard_search_fold"(concat_ws(' ', NEW."key", NEW."title", NEW."description", NEW."source_text"));
    RETURN NEW;
END
$$;

CREATE TRIGGER "commitment_search_text"
    BEFORE INSERT OR UPDATE OF "key", "title", "description", "source_text", "search_text" ON "commitment"
    FOR EACH ROW EXECUTE FUNCTION "commitment_fold_search_text"();

UPDATE "commitment" SET "search_text" = "pledgeboard_search_fold"(concat_ws(' ', "key", "title", "description", "source_text"));
