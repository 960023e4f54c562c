import { z } from "zod";

// Runs in the browser before the app's own modules. Zod compiles fast parsers with `new Function` and probes for it
// when a schema is made; under this app's Content-Security-Policy (no 'unsafe-eval') that probe is refused and
// reported as a violation on every page whose forms share a schema module. Without the compiler nothing is probed.
z.config({ jitless: true });
