/**
 * A search query folded as PostgreSQL folds the searchable text of a commitment (pledgeboard_search_fold, migration
 * 20261202060000_commitment_search_text): compatibility decomposition, combining marks dropped, lower case. So
 * "Perú", "PERU" and "Peru" with a combining accent are one query.
 */
export function foldSearchText(value: string): string {
  return value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
