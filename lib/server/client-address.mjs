// The request header in which the web server (serve-next.mjs) hands the app the address of the client, taken from the
// connection itself (and trusted proxies), so that a client cannot choose it. Sign-in throttling reads it.
export const CLIENT_ADDRESS_HEADER = "x-pledgeboard-client-address";
