// The pages that look the same to every anonymous reader, as routes of app/: the one list the page cache keeps copies
// of (page-cache.mjs) and the tests hold to the pages on disk (tests/unit/page-cache-key.test.ts). A route's
// [parameter] matches one path segment of the characters its pages accept.
export const PUBLIC_PAGE_ROUTES = ["/", "/updates", "/export", "/map", "/commitments/[slug]", "/countries/[code]",
  "/pillars/[slug]", "/sources/[key]", "/embed/commitments/[slug]", "/embed/countries/[code]"];

const PARAMETERS = { slug: "[a-z0-9-]{1,80}", key: "[a-z0-9-]{1,80}", code: "[A-Za-z]{2}" };

/**
 * @param {string[]} routes
 * @returns {RegExp}
 */
export function routesPattern(routes) {
  const alternatives = routes.map((route) => route.replace(/\[(\w+)\]/g, (_, name) => {
    const pattern = PARAMETERS[/** @type {keyof typeof PARAMETERS} */ (name)];
    if (!pattern) throw new Error(`No pattern for the route parameter [${name}]`);
    return pattern;
  }));
  return new RegExp(`^(?:${alternatives.join("|")})$`);
}
