import "server-only";
import { encodeAtom } from "../domain/atom";
import { updateAuthor, updateHeadline, updateText } from "../domain/update-summary";
import { listPublicUpdates, type UpdateScope } from "./public-commitments";

const FEED_SIZE = 50;

/** The latest public updates in a scope as an Atom response; `path` is the HTML page the feed follows. */
export async function publicFeedResponse(origin: string, scope: UpdateScope, title: string, path: string): Promise<Response> {
  const { rows } = await listPublicUpdates(scope, 1, FEED_SIZE);
  const body = encodeAtom({
    id: `${origin}${path === "/" ? "/updates" : path}`,
    title,
    selfUrl: `${origin}${path === "/" ? "" : path}/feed.xml`,
    alternateUrl: `${origin}${path === "/" ? "/updates" : path}`,
    entries: rows.map((update) => ({
      id: `tag:pledgeboard,2024:update/${update.id}`,
      title: updateHeadline(update.commitment.title, update),
      updated: update.createdAt,
      link: `${origin}/commitments/${update.commitment.key}#entry-${update.id}`,
      author: updateAuthor(update),
      content: updateText(update),
    })),
  });
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-cache" },
  });
}

export function notFoundText(message: string): Response {
  return new Response(message + "\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
