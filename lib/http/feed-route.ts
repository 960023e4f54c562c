import "server-only";
import { listFeedUpdates } from "../data/public-feed";
import { encodeAtom } from "../domain/atom";
import { publicUpdatesFeed, type FeedScope } from "../domain/update-feed";
import type { Answer } from "./responses";

/** The latest public updates in a scope as an Atom answer; `origin` is where the reader reached the site. */
export async function publicFeed(scope: FeedScope, origin: string): Promise<Answer> {
  return { atom: encodeAtom(publicUpdatesFeed(scope, await listFeedUpdates(scope), origin)) };
}
