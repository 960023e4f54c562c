import "server-only";
import { db } from "../db/client";
import { canChangeSettings, type Actor } from "../domain/permissions";
import { DEFAULT_QUIET_DAYS } from "../validation/reminders";

const SETTINGS_ROW = 1;

/** The reminders' settings; the defaults until an admin first saves them. */
export async function getReminderSettings(): Promise<{ quietDays: number }> {
  const row = await db().reminderSetting.findUnique({ where: { id: SETTINGS_ROW }, select: { quietDays: true } });
  return { quietDays: row?.quietDays ?? DEFAULT_QUIET_DAYS };
}

export async function setQuietDays(actor: Actor, quietDays: number):
  Promise<{ kind: "saved"; quietDays: number } | { kind: "forbidden" }> {
  if (!canChangeSettings(actor)) return { kind: "forbidden" };
  await db().reminderSetting.upsert({
    where: { id: SETTINGS_ROW },
    create: { id: SETTINGS_ROW, quietDays, updatedById: actor.id },
    update: { quietDays, updatedById: actor.id },
  });
  return { kind: "saved", quietDays };
}
