/** Thrown inside a transaction when the row's version moved since the author loaded it, to roll the write back. */
export class VersionConflict extends Error {}
