import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabase, withDatabase } from "../../lib/db/databases";
import { startEmbeddedServer } from "../../lib/db/embedded-server";
import { prepareDatabase } from "../../lib/db/prepare-database";

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL server for the run: TEST_DATABASE_URL's when set, else a throw-away embedded one. A template
 * database is migrated and seeded once by the app's own code; each test file copies it into a fresh database.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  let serverUrl: string;
  let stopServer: () => Promise<void> = async () => undefined;
  if (external) {
    serverUrl = external;
  } else {
    const dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-test-"));
    const server = await startEmbeddedServer({ dataDir, ephemeral: true });
    serverUrl = server.url;
    stopServer = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const template = `pb_template_${process.pid}_${Date.now()}`;
  await createDatabase(serverUrl, template);
  await prepareDatabase(withDatabase(serverUrl, template));

  project.provide("testServerUrl", serverUrl);
  project.provide("templateDatabase", template);

  return async () => {
    await dropDatabase(serverUrl, template);
    await stopServer();
  };
}
