import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SESSION_SECRET, linkSecret, parseEnv, secretWeakness } from "~/utils/env.server";

const strong = "Kq3v9ZxR2mT8bW1nY6pH4sD7fG0jL5cA-_e";
const strong2 = "Pz8uN3wE6rV1kM9qB4tX7yC2aS5dF0gHj_-";
const base = { DATABASE_URL: "postgresql://u:p@db:5432/portal", TEMPORAL_ADDRESS: "temporal:7233", SMTP_URL: "smtp://mail:25" };

function problems(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("the settings", () => {
  it("are production when NODE_ENV is not set", () => {
    expect(parseEnv({ ...base, SESSION_SECRET: strong, LINK_SECRET: strong2 }).NODE_ENV).toBe("production");
  });

  it("start production with two strong, different secrets", () => {
    expect(problems({ ...base, SESSION_SECRET: strong, LINK_SECRET: strong2 })).toBe("");
  });

  it.each([
    ["the development secret", { SESSION_SECRET: DEVELOPMENT_SESSION_SECRET, LINK_SECRET: strong2 }, "SESSION_SECRET"],
    ["a short secret", { SESSION_SECRET: "kort", LINK_SECRET: strong2 }, "SESSION_SECRET"],
    ["a placeholder", { SESSION_SECRET: "please-change-me-before-going-live-0123456789", LINK_SECRET: strong2 }, "SESSION_SECRET"],
    ["one character repeated", { SESSION_SECRET: "x".repeat(40), LINK_SECRET: strong2 }, "SESSION_SECRET"],
    ["no link secret", { SESSION_SECRET: strong }, "LINK_SECRET is required"],
    ["the same secret twice", { SESSION_SECRET: strong, LINK_SECRET: strong }, "LINK_SECRET must differ"],
    ["the development mail folder", { SESSION_SECRET: strong, LINK_SECRET: strong2, DEV_MAIL_DIR: "/tmp/mail" }, "DEV_MAIL_DIR"],
  ])("refuse production with %s", (_what, secrets, expected) => {
    const message = problems({ ...base, ...secrets });
    expect(message).toContain(expected);
    // The values never appear in the message.
    for (const value of Object.values(secrets)) if (value.length > 8) expect(message).not.toContain(value);
  });

  it("refuse in production every secret .env.example ships", () => {
    const example = fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", ".env.example"), "utf8");
    const secrets = [...example.matchAll(/^#?\s*(?:SESSION|LINK)_SECRET=(.+)$/gm)].map((m) => m[1]!.trim()).filter(Boolean);
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(secretWeakness(secret)).not.toBeNull();
  });

  it("take development and tests with the development secret, and keep the link key apart from it", () => {
    const env = parseEnv({ ...base, NODE_ENV: "development", SESSION_SECRET: DEVELOPMENT_SESSION_SECRET });
    expect(linkSecret(env)).not.toBe(env.SESSION_SECRET);
    expect(linkSecret(env)).toBe(linkSecret(parseEnv({ ...base, NODE_ENV: "development", SESSION_SECRET: DEVELOPMENT_SESSION_SECRET })));
  });
});

describe("TRUST_PROXY", () => {
  const dev = { ...base, NODE_ENV: "test", SESSION_SECRET: DEVELOPMENT_SESSION_SECRET };

  it("trusts only loopback when unset", () => {
    expect(parseEnv(dev).TRUST_PROXY).toEqual(["loopback"]);
  });

  it("takes a hop count", () => {
    expect(parseEnv({ ...dev, TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
  });

  it("takes proxy addresses and ranges", () => {
    expect(parseEnv({ ...dev, TRUST_PROXY: "10.0.0.0/8, 192.168.1.5, fd00::/8, loopback" }).TRUST_PROXY).toEqual(["10.0.0.0/8", "192.168.1.5", "fd00::/8", "loopback"]);
  });

  it.each([["true"], ["proxy.internal"], ["10.0.0.0/33"], ["10.0.0.1/8/2"]])("refuses %s", (value) => {
    expect(problems({ ...dev, TRUST_PROXY: value })).toContain("TRUST_PROXY");
  });
});
