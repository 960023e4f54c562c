import "server-only";
import type { FeedScope } from "../domain/update-feed";
import { listPublicUpdates, type UpdateScope } from "./public-commitments";

const FEED_SIZE = 50;

function updateScope(scope: FeedScope): UpdateScope {
  if (scope.kind === "commitment") {
    return scope.chain?.length ? { commitmentKeys: [scope.key, ...scope.chain] } : { commitmentKey: scope.key };
  }
  if (scope.kind === "country") return { countryCode: scope.code };
  if (scope.filter?.parameter === "framework") return { frameworkKey: scope.filter.key };
  if (scope.filter?.parameter === "source") return { sourceKey: scope.filter.key };
  return {};
}

/** The latest public updates of a feed's scope, newest first. */
export async function listFeedUpdates(scope: FeedScope) {
  return (await listPublicUpdates(updateScope(scope), 1, FEED_SIZE)).rows;
}
