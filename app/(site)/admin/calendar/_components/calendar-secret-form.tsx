"use client";

import { useActionState } from "react";
import { rotateCalendarTokenAction } from "../actions";
import { FormMessage } from "@/components/ui/form-feedback";
import { useCatalogue } from "@/lib/i18n/client";

export function CalendarSecretForm({ hasSecret }: { hasSecret: boolean }) {
  const [state, action, pending] = useActionState(rotateCalendarTokenAction, {});
  const t = useCatalogue().staff.calendar;
  return (
    <form action={action} className="mt-3 space-y-2 text-sm">
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="rounded border border-slate-600 px-3 py-1">
        {hasSecret ? t.replace : t.make}
      </button>
    </form>
  );
}
