import { appOrigin } from "./env";

/**
 * The origin for absolute links in an answer (feeds, the JSON API): NEXTAUTH_URL when set, else the host the reader
 * reached. Not `request.nextUrl.origin`: the production server fills that in with its own host name ("localhost"),
 * whatever address the reader used.
 */
export function requestOrigin(request: Request): string {
  return appOrigin(request.headers.get("host"));
}
