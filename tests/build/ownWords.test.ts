import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { distPages } from "./distPages.ts";
import { runsMatching, sharedWordRuns, withoutQuotations } from "../../src/lib/sharedWordRuns.ts";
import fixture from "../fixtures/articles/word-runs.json";

/** A page's reading text outside quotations: scripts, styles and the ledger's quoted claims left out. */
function ownText(html: string): string {
  const root = parse(html);
  root.querySelectorAll("script, style, blockquote, q, template").forEach((el) => el.remove());
  // A translated page quotes in guillemets («China seeks economic union…» beside its translation), as English does in “…”.
  return withoutQuotations(root.querySelector("body")?.text ?? root.text).replace(/«[^«»]*»/g, " ");
}

describe("the site's own words", () => {
  const pages = distPages();

  it("sharedWordRuns(text, source) finds a run of eight words, at its longest, and ignores seven", () => {
    const source = "One-fifth of Kazakhstan’s $84 billion–year of exports now goes to China";
    expect(sharedWordRuns("we say One fifth of Kazakhstan's $84 billion year of exports, roughly", source)).toEqual([
      "one fifth of kazakhstans $84 billion year of exports",
    ]);
    expect(sharedWordRuns("of Kazakhstan's $84 billion year of exports", source)).toEqual([]);
  });

  it("withoutQuotations(text) drops what is in quotation marks", () => {
    expect(withoutQuotations("It said “one fifth of exports” and left")).toBe("It said   and left");
    expect(withoutQuotations("и «China seeks economic union» в")).toBe("и   в");
  });

  it.each(Object.entries(fixture.runs))(
    "no page repeats %s article's words, 8 or more in a row, outside quotation marks",
    (_article, hashes) => {
      expect(pages.length).toBeGreaterThan(10);
      const set = new Set(hashes);
      const found = pages.flatMap((p) => runsMatching(ownText(p.html), set, fixture.length).map((run) => `${p.path}: “${run}”`));
      expect([...new Set(found)]).toEqual([]);
    },
  );
});
