import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { distPages } from "./distPages.ts";
import { dataset } from "../../src/data/dataset.ts";
import { tradeFigure } from "../../src/data/lookup.ts";
import { formatShare } from "../../src/lib/formatShare.ts";
import { formatUsd } from "../../src/lib/formatUsd.ts";
import { formatShareIn, formatUsdIn } from "../../src/i18n/formatNumbers.ts";
import { claims } from "../../src/claims/loadClaims.ts";
import { glossary } from "../../src/data/glossary.ts";
import type { Flow, Partner } from "../../src/data/schema.ts";

const pages = distPages().map((p) => ({ ...p, root: parse(p.html) }));
const figures = pages.flatMap((p) => p.root.querySelectorAll("data.figure").map((el) => ({ page: p.path, el })));

/** What a figure in the prose must say, recomputed from the dataset at the story's stated rounding. */
function expected(key: string): { value: number; text: string } {
  const [kind, ...rest] = key.split("/");
  if (kind === "share" || kind === "usd") {
    const [reporter, partner, flow, year] = rest as ["kazakhstan" | "china", Partner, Flow, string];
    const row = tradeFigure({ reporter, partner, flow, year: Number(year) });
    return kind === "share"
      ? { value: row.share_pct, text: formatShare(row.share_pct) }
      : { value: row.value_usd, text: formatUsd(row.value_usd) };
  }
  if (kind === "turnover") {
    const [reporter, partner, year] = rest as ["kazakhstan" | "china", Partner, string];
    const total = (["export", "import"] as const).reduce(
      (sum, flow) => sum + tradeFigure({ reporter, partner, flow, year: Number(year) }).value_usd,
      0,
    );
    return { value: total, text: formatUsd(total) };
  }
  if (kind === "export-share") {
    const [indicator, year] = rest;
    const row = dataset().exportShares.find((r) => r.indicator === indicator && r.year === Number(year))!;
    return { value: row.share_pct, text: formatShare(row.share_pct) };
  }
  if (kind === "growth") {
    const [series, year] = rest;
    const row = dataset().gdp.find((r) => r.series === series && r.year === Number(year))!;
    return { value: row.growth_pct, text: formatShare(row.growth_pct) };
  }
  throw new Error(`unknown figure kind in ${key}`);
}

describe("figures in the prose", () => {
  it("are there, on several pages", () => {
    expect(figures.length).toBeGreaterThan(30);
    expect(new Set(figures.map((f) => f.page)).size).toBeGreaterThanOrEqual(4);
  });

  it("each match the dataset at the stated rounding", () => {
    for (const { page, el } of figures) {
      const key = el.getAttribute("data-figure")!;
      const { value, text } = expected(key);
      expect(Number(el.getAttribute("value")), `${page} ${key}`).toBe(value);
      // A translated page (ru/, kk/) writes the same figure in its edition's way: "17,2 %", "4,3 млрд долл.".
      const edition = /^(ru|kk)\//.exec(page)?.[1] as "ru" | "kk" | undefined;
      const written = !edition ? text : text.endsWith("%") ? formatShareIn(value, edition) : formatUsdIn(value, edition);
      expect(el.text, `${page} ${key}`).toBe(written);
    }
  });

  it("are never typed by hand in chapter prose: no bare percentage or dollar figure outside quotes and data tags", () => {
    for (const page of pages.filter((p) => p.path.startsWith("chapters/"))) {
      const prose = page.root.querySelectorAll("article p").filter((p) => !p.closest("figure, .claim-notes, .claim-list, .chart-data"));
      for (const p of prose) {
        const clone = parse(p.outerHTML);
        clone.querySelectorAll("data.figure, a.claim-ref").forEach((el) => el.remove());
        // What the articles said is quoted or attributed; quoted passages may carry the article's own numbers.
        const text = clone.text.replace(/“[^”]*”/g, "");
        const bare = text.match(/\$\d[\d.,]*\s*(bn|billion|m|million)?|\d+(\.\d+)?%/g) ?? [];
        const attributed = /article|said|counted|wrote|digest|forecast|estimated|minister|ambassador|EBRD|Kasymbek/i.test(text);
        if (bare.length && !attributed) expect(bare, `${page.path}: “${text.trim().slice(0, 120)}…”`).toEqual([]);
      }
    }
  });
});

describe("claims in the chapters", () => {
  it("every ledger claim is marked in the chapter that retells its article, and links to its checked entry", () => {
    for (const claim of claims()) {
      const chapter = pages.find((p) => p.root.querySelector(`#claim-${claim.id}`) && p.path.startsWith("chapters/"));
      expect(chapter, claim.id).toBeDefined();
      const marker = chapter!.root.querySelector(`#ref-${claim.id}`);
      expect(marker, `${claim.id} is marked in the text`).not.toBeNull();
      expect(marker!.getAttribute("href")).toBe(`#claim-${claim.id}`);
      expect(chapter!.root.querySelector(`#claim-${claim.id} a[href="#ref-${claim.id}"]`), `${claim.id} links back`).not.toBeNull();
    }
  });

  it("the ledger page lists every claim with its verdict", () => {
    const ledger = pages.find((p) => p.path === "claims/index.html")!.root;
    expect(ledger.querySelectorAll("li.claim")).toHaveLength(claims().length);
    for (const li of ledger.querySelectorAll("li.claim"))
      expect(li.getAttribute("data-verdict")).toMatch(/supported|contradicted|not verifiable/);
  });
});

describe("terms and acronyms", () => {
  it("each chapter writes a glossary term out in full the first time it uses it", () => {
    for (const page of pages.filter((p) => p.path.startsWith("chapters/"))) {
      const article = page.root.querySelector("article")!;
      const uses = article.querySelectorAll("[data-term]");
      const firsts = new Map<string, boolean>();
      for (const use of uses) {
        const id = use.getAttribute("data-term")!;
        if (!firsts.has(id)) firsts.set(id, use.hasAttribute("data-first"));
      }
      for (const [id, first] of firsts) expect(first, `${page.path}: first use of ${id}`).toBe(true);
      // A bare acronym in prose before its first written-out use would slip past the tags: look for one.
      const prose = article.querySelectorAll("p").filter((p) => !p.closest("figure, .claim-list"));
      for (const term of glossary().filter((t) => /^[A-Z]{2,}$/.test(t.short))) {
        const firstTag = prose.findIndex((p) => p.querySelector(`[data-term="${term.id}"]`));
        const firstBare = prose.findIndex((p) => new RegExp(`\\b${term.short}\\b`).test(p.text));
        if (firstBare >= 0) expect(firstTag, `${page.path}: ${term.short} is introduced`).toBeGreaterThanOrEqual(0);
        if (firstBare >= 0)
          expect(firstTag, `${page.path}: ${term.short} is written out before its first bare use`).toBeLessThanOrEqual(firstBare);
      }
    }
  });
});
