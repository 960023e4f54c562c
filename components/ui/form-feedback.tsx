import type { ActionState } from "@/lib/validation/form-data";

export function FieldError({ errors, id }: { errors?: string[]; id?: string }) {
  if (!errors || errors.length === 0) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {errors.join(" ")}
    </p>
  );
}

/** The answer of the last submission, announced to screen readers; line breaks in it are kept. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <p role={state.ok ? "status" : "alert"}
      className={`whitespace-pre-line rounded border p-3 text-sm sm:col-span-2 ${state.ok
        ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}>
      {state.message}
    </p>
  );
}
