import "server-only";
import { commitmentCsv, updatesCsv } from "../data/csv-export";
import type { Audience } from "../domain/csv-columns";
import { route } from "./route";
import { commitmentQuery } from "./targets";

/** The GET handler of one export file; a staff file needs a session, checked by the wrapper in the handler itself. */
export function csvExportHandler(file: "commitments" | "updates", audience: Audience) {
  return route({
    audience: audience === "staff" ? "staff" : undefined,
    refusals: "text",
    query: commitmentQuery,
    answer: async ({ query: filters, today, origin }) => ({
      name: audience === "staff" ? `${file}-staff` : file,
      today,
      csv: file === "commitments" ? commitmentCsv(filters, today, audience, origin) : updatesCsv(filters, today, audience),
    }),
  });
}
