import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { databaseReachable } from "../db/reachability";
import type { Role } from "../generated/prisma/enums";
import { fieldsWithNul, formValues, type ActionState } from "../validation/form-data";
import { UserWriteRefusedError, type SessionActor } from "../data/users";
import { messages } from "../messages/en";
import { NotAuthorisedError, requireActor } from "./session";

/** The refusals every write of a commitment can answer, said the same way by every action. */
export type WriteRefusal =
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "forbidden" }
  | { kind: "not-found" };

export function refusal(result: WriteRefusal, values: Record<string, string>): ActionState {
  switch (result.kind) {
    case "invalid":
      return { ok: false, message: messages.form.needsAttention, fieldErrors: result.fieldErrors, values };
    case "forbidden":
      return { ok: false, message: messages.commitment.outsideScope, values };
    case "not-found":
      return { ok: false, message: messages.commitment.goneOrArchived, values };
  }
}

/**
 * Wraps a server action: the form's text comes back with every answer, the input is parsed with its one schema,
 * and the signed-in user is loaded and checked for a role before the action body runs. Server actions are public
 * endpoints, so this runs whatever page the form was on.
 */
export function protectedAction<Schema extends z.ZodType, State extends ActionState = ActionState>(options: {
  roles: readonly Role[];
  schema: Schema;
  input: (form: FormData) => unknown;
  /** May answer with more than ActionState (an import answers with its preview); refusals stay plain ActionState. */
  run: (actor: SessionActor, data: z.infer<Schema>, values: Record<string, string>) => Promise<NoInfer<State>>;
}) {
  return async (_previous: ActionState, form: FormData): Promise<State | ActionState> => {
    const values = formValues(form);
    try {
      const actor: SessionActor = await requireActor(options.roles);
      // PostgreSQL cannot store a NUL character in text; said here, once for every form, before any write tries.
      const withNul = fieldsWithNul(values);
      if (withNul.length > 0) {
        const fieldErrors = Object.fromEntries(withNul.map((name) => [name, [messages.form.nul]]));
        return { ok: false, message: messages.form.needsAttention, fieldErrors, values };
      }
      const parsed = options.schema.safeParse(options.input(form));
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) (fieldErrors[issue.path.map(String).join(".")] ??= []).push(issue.message);
        return { ok: false, message: messages.form.needsAttention, fieldErrors, values };
      }
      return await options.run(actor, parsed.data, values);
    } catch (error) {
      if (error instanceof NotAuthorisedError || error instanceof UserWriteRefusedError) {
        return { ok: false, message: error.message, values };
      }
      // redirect() and notFound() signal by throwing; they are answers, not failures.
      unstable_rethrow(error);
      console.error("A server action failed:", error);
      if (!(await databaseReachable())) {
        return { ok: false, message: messages.form.databaseDown, values };
      }
      return { ok: false, message: messages.form.unexpected, values };
    }
  };
}
