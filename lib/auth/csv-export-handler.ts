import "server-only";
import type { NextRequest } from "next/server";
import { commitmentCsv, csvResponse, updateCsv } from "../data/csv-export";
import type { Audience } from "../domain/csv-columns";
import { appToday } from "../env";
import { requestOrigin } from "../request-origin";
import { listFilterChoices } from "../data/reference-lists";
import { parseApiCommitmentQuery } from "../validation/api-commitment-query";
import { currentActor } from "./session";

/**
 * The GET handler of one export file. The staff files are checked against the session here, in the handler: a
 * route handler is a public endpoint whatever page links to it.
 */
export function csvExportHandler(file: "commitments" | "updates", audience: Audience) {
  return async (request: NextRequest): Promise<Response> => {
    if (audience === "staff" && !(await currentActor())) {
      return new Response("Sign in as staff to download this file.\n", { status: 401,
        headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    const query = parseApiCommitmentQuery(request.nextUrl.searchParams, await listFilterChoices());
    if (!query.ok) {
      return new Response(`${query.error}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    const { filters } = query;
    const today = appToday();
    const lines = file === "commitments"
      ? commitmentCsv(filters, today, audience, requestOrigin(request))
      : updateCsv(filters, today, audience);
    return await csvResponse(audience === "staff" ? `${file}-staff` : file, today, lines);
  };
}
