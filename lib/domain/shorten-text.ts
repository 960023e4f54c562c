/**
 * A long text cut for a list, at a word boundary when one is near, so a list stays a list; the full text is one link
 * away. Returns null when the text is short enough to show whole.
 */
export function shortenText(text: string, max: number): string | null {
  const chars = Array.from(text);
  if (chars.length <= max) return null;
  const head = chars.slice(0, max).join("");
  const space = head.search(/\s\S*$/);
  const cut = space > max * 0.6 ? head.slice(0, space) : head;
  return `${cut.trimEnd()}…`;
}
