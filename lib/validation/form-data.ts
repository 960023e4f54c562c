/** The text fields of a submitted form, as typed, to give back beside an error. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    values[name] = name in values ? `${values[name]}\n${value}` : value;
  }
  return values;
}

export type ActionState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

/** Fields whose text holds a NUL character, which no text column can store. */
export function fieldsWithNul(values: Record<string, string>): string[] {
  return Object.keys(values).filter((name) => values[name]?.includes("\u0000"));
}
