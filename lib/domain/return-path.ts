/** Only a path on this site is followed after sign-in, so a crafted link cannot send anyone to another site. */
export function safeReturnPath(candidate: string | undefined, fallback = "/admin"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) return fallback;
  return candidate;
}
