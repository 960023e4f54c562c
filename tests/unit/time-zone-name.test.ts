import { describe, expect, it } from "vitest";
import { timeZoneName } from "@/lib/domain/time-zone-name";

describe("timeZoneName", () => {
  it("names a zone as a reader would, never by its identifier", () => {
    expect(timeZoneName("America/New_York")).toBe("Eastern Time");
    expect(timeZoneName("America/Bogota")).not.toContain("/");
    expect(timeZoneName("UTC")).toBe("Coordinated Universal Time (UTC)");
  });
});
