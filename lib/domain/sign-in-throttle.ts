/**
 * Failed sign-ins allowed within the window, per account and per client address. The account limit stops guessing
 * one password from many addresses; the address limit stops one address from trying many accounts.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export function isSignInThrottled(failures: { byAccount: number; byAddress: number }): boolean {
  return failures.byAccount >= MAX_FAILURES_PER_ACCOUNT || failures.byAddress >= MAX_FAILURES_PER_ADDRESS;
}

/**
 * The address as throttling counts it. One IPv6 host usually holds a whole /64 (2^64 addresses), so an IPv6 address
 * counts by its first four groups; an IPv4 address, also written IPv4-mapped (`::ffff:192.0.2.1`), counts as itself.
 */
export function throttleAddressKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(":")) return address;
  const [head = "", tail] = address.toLowerCase().split("%")[0]!.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === undefined || tail === "" ? [] : tail.split(":");
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(missing).fill("0"), ...tailGroups];
  return `${groups.slice(0, 4).map((group) => Number.parseInt(group || "0", 16).toString(16)).join(":")}::/64`;
}

