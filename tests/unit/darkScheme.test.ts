import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The dark scheme changes colours and nothing else: the browser tests rely on it, running axe's full rule set in the
 * light scheme and, in the dark, only the rules a colour can change (tests/e2e/pageChecks.ts). A dark-only layout,
 * a rule hidden in the dark or a colour set by a script would void that; this test fails on each.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.(css|astro|ts|mdx)$/.test(entry.name) ? [path] : [];
  });
}

/** The declarations under every `@media (prefers-color-scheme: ...)` of a stylesheet, with their selectors. */
function schemeBlocks(css: string): { selector: string; declarations: string[] }[] {
  const blocks: { selector: string; declarations: string[] }[] = [];
  for (const media of css.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g)) {
    for (const rule of media[1]!.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      blocks.push({
        selector: rule[1]!.trim(),
        declarations: rule[2]!
          .split(";")
          .map((d) => d.trim())
          .filter(Boolean),
      });
    }
  }
  return blocks;
}

describe("the dark scheme", () => {
  const files = sourceFiles("src").map((path) => ({ path, text: readFileSync(path, "utf8") }));

  it("is set in one place, src/styles/tokens.css, and asked for by no script", () => {
    expect(files.filter((f) => /prefers-color-scheme/.test(f.text)).map((f) => f.path)).toEqual(["src/styles/tokens.css"]);
    expect(files.filter((f) => /light-dark\(/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it("sets only colour tokens on :root, each a hex colour", () => {
    const blocks = schemeBlocks(readFileSync("src/styles/tokens.css", "utf8"));
    expect(blocks.map((b) => b.selector)).toEqual([":root"]);
    const notColours = blocks.flatMap((b) => b.declarations).filter((d) => !/^--[a-z0-9-]+:\s*#[0-9a-f]{6}$/i.test(d));
    expect(notColours).toEqual([]);
    expect(blocks[0]!.declarations.length).toBeGreaterThan(10);
  });

  it("finds a dark-only layout rule", () => {
    const blocks = schemeBlocks("@media (prefers-color-scheme: dark) {\n  :root { --bg: #000000; }\n  .step { display: none; }\n}\n");
    expect(blocks.map((b) => b.selector)).toEqual([":root", ".step"]);
  });
});
