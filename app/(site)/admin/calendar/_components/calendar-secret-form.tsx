"use client";

import { useActionState } from "react";
import { rotateCalendarTokenAction } from "../actions";
import { FormMessage } from "@/components/ui/form-feedback";

export function CalendarSecretForm({ hasSecret }: { hasSecret: boolean }) {
  const [state, action, pending] = useActionState(rotateCalendarTokenAction, {});
  return (
    <form action={action} className="mt-3 space-y-2 text-sm">
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="rounded border border-slate-600 px-3 py-1">
        {hasSecret ? "Replace the secret address" : "Make my calendar address"}
      </button>
    </form>
  );
}
