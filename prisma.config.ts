import path from "node:path";
import { defineConfig } from "prisma/config";

// Offline migrations: the CLI runs the schema-engine bridge (prisma/schema-engine/README.md), not a downloaded binary.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "prisma/schema-engine/schema-engine");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
