import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpSink = {
  url: string;
  received: ParsedMail[];
  /** While true, every message is refused with a 550, as a full or broken mailbox would. */
  refusing: boolean;
  close(): Promise<void>;
};

/** A real SMTP server in the test process, on a free port, keeping what it is sent (parsed) for the test to read. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = { url: "", received: [], refusing: false, close: async () => undefined };
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on the loopback: no certificate to trust, nothing to sign in with.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      if (sink.refusing) {
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 })));
        return;
      }
      simpleParser(stream).then((mail) => {
        sink.received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
