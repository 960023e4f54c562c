import type { IncomingMessage, ServerResponse } from "node:http";

export const CACHE_HEADER: string;
export function pageCacheKey(request: { method?: string; url?: string;
  headers: Record<string, string | string[] | undefined> }): string | null;
export function createPageCache(options: { databaseUrl: string; timeZone: string }): {
  serve: (req: IncomingMessage, res: ServerResponse, render: () => void) => void;
};
export function scriptsMatchTheirPolicy(headers: Record<string, string | string[] | number | undefined>,
  body: Buffer): boolean;
