export type DataGeneration = { current: () => string | null; wrote: () => void; close: () => Promise<void> };
export function dataGeneration(databaseUrl: string): DataGeneration;
