import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { currentLock, staleTranslations, translatedPairs } from "../../src/i18n/englishLock.ts";
import { publishedTranslations } from "../../src/i18n/editions.ts";

describe("each published translation follows the English as it is now", () => {
  it.each(publishedTranslations().map((e) => [e.code]))(
    "%s: no translated file's English changed since it was brought up to it (else update it, then npm run editions:lock)",
    (code) => {
      expect(translatedPairs(code).length).toBeGreaterThan(15);
      expect(staleTranslations(code)).toEqual([]);
    },
  );
});

describe("the staleness check", () => {
  const content = mkdtempSync(join(tmpdir(), "english-"));
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  it("names the translated file whose English changed, and no other", () => {
    cpSync("content", content, { recursive: true, filter: (path) => !path.includes("editions") });
    const code = publishedTranslations()[0]!.code;
    expect(staleTranslations(code, content)).toEqual([]);
    writeFileSync(join(content, "stories/the-tilt.mdx"), "an English sentence changed\n", { flag: "a" });
    expect(staleTranslations(code, content)).toEqual(["stories/the-tilt.mdx"]);
    expect(Object.keys(currentLock(code, content))).toContain("breaks.yaml");
  });
});
