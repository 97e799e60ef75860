import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { glossaryTermbaseGaps, mdxDifferences } from "../../src/i18n/completeness.ts";
import { editionDir } from "../../src/i18n/editions.ts";

/**
 * Every translated MDX file there is (drafts included; EDITIONS_ROOT to check another folder) against its English
 * source: the same frontmatter keys, and paragraph for paragraph the same JSX tags with the same attributes (the
 * rule in the README's "Editions"); and every translated glossary's names against the termbase.
 */
const translated = (["ru", "kk"] as const).flatMap((code) =>
  ["stories", "pages"].flatMap((folder) => {
    const dir = join(editionDir(code), folder);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((n) => n.endsWith(".mdx"))
          .map((name) => ({ code, path: join(dir, name), english: join("content", folder, name) }))
      : [];
  }),
);

describe("translated MDX files keep their English source's structure", () => {
  it.each(translated.map((t) => [t.path, t] as const))("%s", (_, { path, english }) => {
    expect(existsSync(english), `${path} translates ${english}, which does not exist`).toBe(true);
    expect(mdxDifferences(readFileSync(english, "utf8"), readFileSync(path, "utf8"), path)).toEqual([]);
  });
  it("finds the translations it checks (none is fine while the editions are drafts)", () => {
    expect(translated.every((t) => t.path.endsWith(".mdx"))).toBe(true);
  });
});

describe("translated glossaries use the termbase's names", () => {
  it.each(["ru", "kk"] as const)("%s", (code) => {
    expect(glossaryTermbaseGaps(code, join(editionDir(code), "glossary.yaml"))).toEqual([]);
  });
});
