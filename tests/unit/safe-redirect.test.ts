import { describe, expect, it } from "vitest";
import { safeRedirectPath, withSearchParam } from "~/utils/safe-redirect";

describe("safeRedirectPath", () => {
  it.each([
    "/indbakke",
    "/ordrer/2026-0042?fane=kandidater",
    "/ordrer/2026-0042/kandidater?q=t%C3%B8mrer&side=2",
    "/indbakke#opgaver",
  ])("keeps the same-site path %s", (path) => {
    expect(safeRedirectPath(path, "/fallback")).toBe(path);
  });

  it.each([
    ["another origin", "https://evil.example/"],
    ["a protocol-relative path", "//evil.example/x"],
    ["a backslash path", "/\\evil.example"],
    ["a tab browsers drop", "/\t/evil.example"],
    ["a percent-encoded tab", "/%09/evil.example"],
    ["a percent-encoded backslash", "/%5Cevil.example"],
    ["a newline", "/\n/evil.example"],
    ["a carriage return", "/\r\n/evil.example"],
    ["an ideographic space", "/\u3000/evil.example"],
    ["non-ASCII text", "/ordrer/ø"],
    ["a space", "/ ordrer"],
    ["a NUL", "/\u0000/evil.example"],
    ["dot segments that normalise to //host", "/..//evil.example/x"],
    ["encoded dot segments", "/%2e%2e//evil.example/x"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "indbakke"],
    ["an empty value", ""],
    ["a very long value", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_what, to) => {
    expect(safeRedirectPath(to, "/fallback")).toBe("/fallback");
  });

  it("refuses what is not text", () => {
    expect(safeRedirectPath(null, "/fallback")).toBe("/fallback");
    expect(safeRedirectPath(undefined, "/fallback")).toBe("/fallback");
    expect(safeRedirectPath(new File(["/indbakke"], "x.txt"), "/fallback")).toBe("/fallback");
  });

  it("gives the normal form of a harmless path with dot segments", () => {
    expect(safeRedirectPath("/ordrer/../indbakke", "/fallback")).toBe("/indbakke");
  });
});

describe("withSearchParam", () => {
  it("sets one parameter and keeps the others", () => {
    expect(withSearchParam("/ordrer/2026-0042/kandidater?q=kok", "listet", "3")).toBe("/ordrer/2026-0042/kandidater?q=kok&listet=3");
  });
});
