export type DataGeneration = { current: () => string | null; close: () => Promise<void> };
export function dataGeneration(databaseUrl: string): DataGeneration;
