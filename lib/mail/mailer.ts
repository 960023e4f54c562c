import nodemailer from "nodemailer";

export type MailMessage = { to: string; subject: string; text: string };

/** Where the reminder e-mail goes: an SMTP server, or standard output when none is configured. */
export type Mailer = { send(message: MailMessage): Promise<void>; close(): void };

/** `url` as nodemailer reads it: smtp://user:password@host:587 (STARTTLS when offered) or smtps://host:465. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}

export function printMailer(write: (text: string) => void): Mailer {
  return {
    async send(message) {
      write(`To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n${"-".repeat(72)}\n`);
    },
    close: () => undefined,
  };
}
