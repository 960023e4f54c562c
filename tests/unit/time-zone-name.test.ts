import { describe, expect, it } from "vitest";
import { timeZoneName } from "@/lib/domain/time-zone-name";

describe("timeZoneName", () => {
  it("names a zone as a reader would, never by its identifier", () => {
    expect(timeZoneName("America/New_York")).toBe("Eastern Time");
    expect(timeZoneName("America/Bogota")).not.toContain("/");
    expect(timeZoneName("UTC")).toBe("Coordinated Universal Time (UTC)");
  });
});

describe("timeZoneName in Spanish and for UTC's other identifier", () => {
  it("names UTC by either identifier, in the reader's language", () => {
    expect(timeZoneName("Etc/UTC")).toBe("Coordinated Universal Time (UTC)");
    expect(timeZoneName("UTC", new Date(), "es")).toBe("hora universal coordinada (UTC)");
    expect(timeZoneName("Etc/UTC", new Date(), "es")).toBe("hora universal coordinada (UTC)");
  });

  it("names any other zone with Spanish locale data on a Spanish page", () => {
    expect(timeZoneName("America/New_York", new Date("2026-01-15T12:00:00Z"), "es")).toBe("hora oriental");
  });
});
