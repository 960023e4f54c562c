import "server-only";
import { encodeAtom } from "../domain/atom";
import { publicUpdatesFeed, type FeedScope } from "../domain/update-feed";
import { listPublicUpdates, type UpdateScope } from "./public-commitments";

const FEED_SIZE = 50;

function updateScope(scope: FeedScope): UpdateScope {
  if (scope.kind === "commitment") return { commitmentKey: scope.key };
  if (scope.kind === "country") return { countryCode: scope.code };
  return {};
}

/** The latest public updates in a scope as an Atom response; `origin` is where the reader reached the site. */
export async function publicFeedResponse(scope: FeedScope, origin: string): Promise<Response> {
  const { rows } = await listPublicUpdates(updateScope(scope), 1, FEED_SIZE);
  return new Response(encodeAtom(publicUpdatesFeed(scope, rows, origin)), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function notFoundText(message: string): Response {
  return new Response(message + "\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
