-- The staff list and the public lists filter by status and by country, then order by (declaration, position, id).
-- With these two indexes the filter and the page's order are read from the indexes alone (an index-only scan),
-- not from some 800 heap pages of commitments: EXPLAIN ANALYZE of the staff list's page of ids with a status and a
-- country filter, on 10,000 commitments, went from 4.4 ms to 0.26 ms, and its count from 8.3 ms to 0.24 ms.
-- Each replaces the index it extends, which served only the leading column.
DROP INDEX "commitment_status_idx";
CREATE INDEX "commitment_status_declaration_id_position_id_idx" ON "commitment"("status", "declaration_id", "position", "id");

DROP INDEX "commitment_country_country_code_idx";
CREATE INDEX "commitment_country_country_code_commitment_id_idx" ON "commitment_country"("country_code", "commitment_id");
