import { createServer } from "node:net";

/** The sentence a user sees when another program already listens on the app's port. */
export function portInUseMessage(port: number): string {
  return `port ${port} is in use (another npm start, or another program, listens on it); set PORT to a free port, ` +
    `for example PORT=${port === 65535 ? port - 1 : port + 1} npm start`;
}

/**
 * True when nothing listens on the port yet. Checked before the database starts, so that a second `npm start` on a
 * taken port stops at once with one clear line instead of a stack from the web server.
 */
export async function isPortFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      error.code === "EADDRINUSE" ? resolve(false) : reject(error));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}
