import "server-only";
import { listFeedUpdates } from "../data/public-feed";
import { encodeAtom } from "../domain/atom";
import { publicUpdatesFeed, type FeedScope } from "../domain/update-feed";
import { atomResponse } from "./responses";

/** The latest public updates in a scope as an Atom answer; `origin` is where the reader reached the site. */
export async function publicFeedResponse(scope: FeedScope, origin: string): Promise<Response> {
  return atomResponse(encodeAtom(publicUpdatesFeed(scope, await listFeedUpdates(scope), origin)));
}
