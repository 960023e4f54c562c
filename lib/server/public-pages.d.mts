export const PUBLIC_PAGE_ROUTES: string[];
export function routesPattern(routes: string[]): RegExp;
