import { describe, expect, it } from "vitest";
import { isSignInThrottled, SIGN_IN_WINDOW_MINUTES } from "@/lib/domain/sign-in-throttle";
import { en } from "@/lib/messages/en";

// The limits docs/security.md promises, written as literals: a test that took them from the constants under test
// would pass whatever the constants became.
describe("sign-in limits", () => {
  it("lets an account fail 4 times and stops it at the 5th failure", () => {
    expect(isSignInThrottled({ byAccount: 4, byAddress: 0 })).toBe(false);
    expect(isSignInThrottled({ byAccount: 5, byAddress: 0 })).toBe(true);
  });

  it("lets an address fail 19 times and stops it at the 20th failure", () => {
    expect(isSignInThrottled({ byAccount: 0, byAddress: 19 })).toBe(false);
    expect(isSignInThrottled({ byAccount: 0, byAddress: 20 })).toBe(true);
  });

  it("tells a throttled user to wait 15 minutes, and an unknown email the same as a wrong password", () => {
    expect(en.signIn.throttled(SIGN_IN_WINDOW_MINUTES)).toBe(
      "Too many failed sign-ins for this account or from this address. Wait 15 minutes and try again.");
    expect(en.signIn.invalid).toBe("The email or password is not right.");
  });
});
