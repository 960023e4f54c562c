import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { publicDataWritten } from "../data/public-cache";
import { databaseReachable } from "../db/reachability";
import { lostConnection } from "../db/lost-connection";
import { describeConflict } from "../domain/conflict-message";
import { REFUSAL_KINDS, type WriteRefusal } from "../domain/write-result";
import type { Role } from "../generated/prisma/enums";
import { fieldsWithNul, formValues, type ActionState } from "../validation/form-data";
import { UserExistsError, UserWriteRefusedError, type SessionActor } from "../data/users";
import { requestWords, type RequestWords } from "../i18n/request-words";
import type { Catalogue } from "../messages/en";
import { sayAgain } from "../messages/say-again";
import { NotAuthorisedError, requireActor } from "./session";

/** A write whose refusal reads otherwise (an admin-only write refuses by role, not by scope) names its message. */
export type RefusalWords = Partial<Record<"forbidden" | "not-found" | "conflict", string>>;

/** Each field's messages in the page's language. */
function sayFieldErrors(fieldErrors: Record<string, string[] | undefined>, t: Catalogue): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([name, errors]) =>
    [name, (errors ?? []).map((error) => sayAgain(error, t))]));
}

function refusal(result: WriteRefusal, values: Record<string, string>, words: RefusalWords, t: Catalogue): ActionState {
  switch (result.kind) {
    case "invalid":
      return { ok: false, message: t.form.needsAttention, fieldErrors: sayFieldErrors(result.fieldErrors, t), values };
    case "forbidden":
      return { ok: false, message: words.forbidden ?? t.commitment.outsideScope, values };
    case "not-found":
      return { ok: false, message: words["not-found"] ?? t.commitment.goneOrArchived, values };
    case "conflict":
      // Told what the colleague saved, the next save is made knowingly against it.
      if (result.changesSince && result.currentVersion !== undefined) {
        return { ok: false, message: describeConflict(result.changesSince, t),
          values: { ...values, expectedVersion: String(result.currentVersion) } };
      }
      return { ok: false, message: words.conflict ?? t.commitment.changedSinceOpened, values };
    case "refused":
      return { ok: false, message: sayAgain(result.message, t), values };
  }
}

function isRefusal(result: object): result is WriteRefusal {
  return "kind" in result && typeof result.kind === "string" && REFUSAL_KINDS.has(result.kind);
}

/** A write that answers with its record (the account writes, which refuse by throwing) has saved too. */
function wrote(result: object): boolean {
  return !("kind" in result) || result.kind === "saved";
}

/**
 * The one effect after a write, whichever it was: the pages this browser holds are rendered again, from the data just
 * written. Other instances' caches move on by themselves, told by PostgreSQL at commit (lib/server/data-generation.mjs).
 */
function afterWrite(): void {
  publicDataWritten();
  revalidatePath("/", "layout");
}

/** A failure tells a lost database (try again) apart from a bug (nothing a retry mends). */
async function failure(error: unknown, t: Catalogue): Promise<string> {
  if (lostConnection(error)) return t.form.databaseDown;
  // An error of the code itself, or one PostgreSQL raised about the data, is a bug unless PostgreSQL has gone since.
  return (await databaseReachable()) ? t.form.unexpected : t.form.databaseDown;
}

/**
 * The write pipeline of every server action: the form's text comes back with every answer, the signed-in user is
 * loaded and checked for a role, the input is parsed with its one schema, the write (which checks the actor at the
 * record) runs, each refusal gets its message from the catalogue, and a save runs the one post-write effect. Every
 * answer is in the language of the page the form was posted from. Server actions are public endpoints, so this runs
 * whatever page the form was on.
 */
export function protectedAction<Schema extends z.ZodType, Result extends object,
  State extends ActionState = ActionState>(options: {
  roles: readonly Role[];
  schema: Schema;
  input: (form: FormData) => unknown;
  /**
   * The write; `t` words the refusals it builds from values of its own (a quote's place of difference), and `locale`
   * says the dates and numbers in them.
   */
  run: (actor: SessionActor, data: z.infer<Schema>, t: Catalogue, locale: RequestWords["locale"]) => Promise<Result>;
  /** What the person is told of an answer that is not a refusal: a message of success, or a state of its own. */
  answer: (result: Exclude<Result, { kind: WriteRefusal["kind"] }>, values: Record<string, string>,
    data: z.infer<Schema>, words: RequestWords) => string | State;
  refusals?: (t: Catalogue) => RefusalWords;
}) {
  return async (_previous: ActionState, form: FormData): Promise<State | ActionState> => {
    const values = formValues(form);
    const words = await requestWords();
    const { t } = words;
    try {
      const actor: SessionActor = await requireActor(options.roles);
      // PostgreSQL cannot store a NUL character in text; said here, once for every form, before any write tries.
      const withNul = fieldsWithNul(values);
      if (withNul.length > 0) {
        const fieldErrors = Object.fromEntries(withNul.map((name) => [name, [t.form.nul]]));
        return { ok: false, message: t.form.needsAttention, fieldErrors, values };
      }
      const parsed = options.schema.safeParse(options.input(form));
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) {
          const typed = issue.code === "custom" && typeof issue.params?.text === "string" ? issue.params.text : undefined;
          (fieldErrors[issue.path.map(String).join(".")] ??= []).push(sayAgain(issue.message, t, typed));
        }
        return { ok: false, message: t.form.needsAttention, fieldErrors, values };
      }
      const result = await options.run(actor, parsed.data, t, words.locale);
      if (isRefusal(result)) return refusal(result, values, options.refusals?.(t) ?? {}, t);
      if (wrote(result)) afterWrite();
      const answer = options.answer(result as Exclude<Result, { kind: WriteRefusal["kind"] }>, values, parsed.data, words);
      return typeof answer === "string" ? { ok: true, message: answer } : answer;
    } catch (error) {
      if (error instanceof NotAuthorisedError) return { ok: false, message: t.form[error.reason], values };
      if (error instanceof UserExistsError) {
        const message = t.users.exists(error.email);
        return { ok: false, message, fieldErrors: { email: [message] }, values };
      }
      if (error instanceof UserWriteRefusedError) {
        return { ok: false, message: sayAgain(error.message, t),
          fieldErrors: error.fieldErrors && sayFieldErrors(error.fieldErrors, t), values };
      }
      // redirect() and notFound() signal by throwing; they are answers, not failures.
      unstable_rethrow(error);
      console.error("A server action failed:", error);
      return { ok: false, message: await failure(error, t), values };
    }
  };
}
