import { describe, expect, it } from "vitest";
import { type Actor, canWriteCommitment, isUnscoped } from "@/lib/domain/permissions";
import { throttleAddressKey } from "@/lib/domain/sign-in-throttle";
import { formatTarget, showsProgress } from "@/lib/domain/target-text";

describe("an editor's scope", () => {
  const editor = (scope: Actor["scope"]): Actor => ({ id: "u1", role: "EDITOR", scope });

  it("is unscoped only with no country, no pillar and no explicit all", () => {
    expect(isUnscoped(editor({ countryCodes: [], pillarIds: [] }))).toBe(true);
    expect(isUnscoped(editor({ all: false, countryCodes: [], pillarIds: [] }))).toBe(true);
    expect(isUnscoped(editor({ all: true, countryCodes: [], pillarIds: [] }))).toBe(false);
    expect(isUnscoped(editor({ countryCodes: ["CR"], pillarIds: [] }))).toBe(false);
    expect(isUnscoped(editor({ countryCodes: [], pillarIds: ["pillar-labour"] }))).toBe(false);
  });

  it("given all, writes a commitment outside every country and pillar it lists", () => {
    expect(canWriteCommitment(editor({ all: true, countryCodes: [], pillarIds: [] }),
      { pillarId: null, countryCodes: ["PA"] })).toBe(true);
  });
});

describe("the address sign-in throttling counts", () => {
  it("counts an IPv4-mapped address as the IPv4 address, whatever its digits", () => {
    expect(throttleAddressKey("::ffff:192.168.10.20")).toBe("192.168.10.20");
    expect(throttleAddressKey("::FFFF:10.0.0.1")).toBe("10.0.0.1");
  });

  it("counts an IPv6 address by its /64, the groups after :: filling in from the end", () => {
    expect(throttleAddressKey("::1")).toBe("0:0:0:0::/64");
    expect(throttleAddressKey("1::3:4:5:6:7:8")).toBe("1:0:3:4::/64");
    expect(throttleAddressKey("::2:3:4:5:6:7:8")).toBe("0:2:3:4::/64");
    expect(throttleAddressKey("2001:DB8:00a:0::1%eth0")).toBe("2001:db8:a:0::/64");
    expect(throttleAddressKey("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
  });
});

describe("a figure as shown", () => {
  it("without its words or a number, is its qualifier and unit alone", () => {
    expect(formatTarget({ qualifier: "STATED", value: null, unit: "refugees", asWritten: null })).toBe("refugees");
    expect(formatTarget({ qualifier: "MORE_THAN", value: 4_400_000, unit: "Venezuelans", asWritten: null }))
      .toBe("more than 4,400,000 Venezuelans");
  });

  it("shows progress only for a goal with a number above zero", () => {
    expect(showsProgress({ kind: "GOAL", value: 100_000 })).toBe(true);
    expect(showsProgress({ kind: "GOAL", value: 1 })).toBe(true);
    expect(showsProgress({ kind: "GOAL", value: 0 })).toBe(false);
    expect(showsProgress({ kind: "GOAL", value: -5 })).toBe(false);
    expect(showsProgress({ kind: "GOAL", value: null })).toBe(false);
    expect(showsProgress({ kind: "REPORTED", value: 100_000 })).toBe(false);
    expect(showsProgress({ kind: "CONTEXT", value: 100_000 })).toBe(false);
  });
});
