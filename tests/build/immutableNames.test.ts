import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build, copyProject } from "./projectCopy.ts";

/** Every file in a build's _astro/ folder, by name, with its bytes. */
const assets = (dir: string) =>
  new Map(readdirSync(join(dir, "dist/_astro")).map((name) => [name, readFileSync(join(dir, "dist/_astro", name))]));

/**
 * Hosts are told to cache /_astro/ for a year as immutable (see README, Deploy), which is only safe if a
 * file's name changes whenever its bytes do. Two builds that differ only in configuration, here Vite's
 * module preloading for the browser build (which rewrites how chunks import each other), must never
 * give one name two contents: a reader's cached copy would then be the wrong code for a year.
 */
describe("hashed file names in /_astro/", { timeout: 300_000 }, () => {
  const copies = [copyProject("kz-trade-names-a-"), copyProject("kz-trade-names-b-")] as const;
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("never name two different contents the same, across builds that differ only in configuration", async () => {
    const [a, b] = copies;
    const config = join(b, "astro.config.mjs");
    const turnedOff = `configEnvironment: (name) => (name === "client" ? { build: { modulePreload: false } } : undefined)`;
    const source = readFileSync(config, "utf8");
    expect(source).toContain(turnedOff);
    // The same build with Vite's module preloading left on (its helper code goes into the chunks).
    writeFileSync(config, source.replace(turnedOff, "configEnvironment: () => undefined"));

    const env = { SITE_URL: "https://example.org/" };
    const [first, second] = await Promise.all([build(a, env), build(b, env)]);
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);

    const before = assets(a);
    const after = assets(b);
    const changed = [...after].filter(([name, bytes]) => !before.get(name)?.equals(bytes));
    // The configuration change did change some chunks (else this test could not fail) ...
    expect(changed.length).toBeGreaterThan(0);
    // ... and every changed chunk got a new name.
    const reused = changed.filter(([name]) => before.has(name)).map(([name]) => name);
    expect(reused).toEqual([]);
  });
});
