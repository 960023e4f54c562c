export function securityHeaders(pathname: string): Record<string, string>;
export const FORWARDED_HEADERS: string[];
