import "server-only";
import type { NextRequest } from "next/server";
import { commitmentCsv, updatesCsv } from "../data/csv-export";
import type { Audience } from "../domain/csv-columns";
import { appToday } from "../env";
import { requestOrigin } from "../request-origin";
import { listFilterChoices } from "../data/reference-lists";
import { parseApiCommitmentQuery } from "../validation/api-commitment-query";
import { csvResponse, plainText } from "./responses";
import { currentActor } from "../auth/session";

/**
 * The GET handler of one export file. The staff files are checked against the session here, in the handler: a
 * route handler is a public endpoint whatever page links to it.
 */
export function csvExportHandler(file: "commitments" | "updates", audience: Audience) {
  return async (request: NextRequest): Promise<Response> => {
    if (audience === "staff" && !(await currentActor())) return plainText(401, "Sign in as staff to download this file.");
    const query = parseApiCommitmentQuery(request.nextUrl.searchParams, await listFilterChoices());
    if (!query.ok) return plainText(400, query.error);
    const { filters } = query;
    const today = appToday();
    const lines = file === "commitments"
      ? commitmentCsv(filters, today, audience, requestOrigin(request))
      : updatesCsv(filters, today, audience);
    return await csvResponse(audience === "staff" ? `${file}-staff` : file, today, lines);
  };
}
