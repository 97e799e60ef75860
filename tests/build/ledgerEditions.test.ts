import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { DIST } from "./distPages.ts";
import { englishWords } from "./editionWords.ts";

/**
 * The claims ledger as built: in a translated edition, every claim entry (on /<code>/claims/ and at the end of each
 * chapter) is in the edition's words and numerals, apart from the article's English quote (lang="en"); in every
 * edition, a share counted by a partner names both sides in its source (the eleventh fact-check, L7). The
 * translations are checked when they are built (published, or EDITIONS_ROOT); the English always.
 */
const page = (path: string) => parse(readFileSync(join(DIST, path), "utf8"));
// Spaces and line breaks folded; a no-break space (the edition's "17,2 %") kept.
const text = (el: HTMLElement) => el.textContent.replace(/[ \t\r\n]+/g, " ").trim();
const ledgerPages = (prefix: string) =>
  ["claims/index.html", "chapters/the-tilt/index.html", "chapters/the-reassurance/index.html"].map((p) => `${prefix}${p}`);

/** Each figure line of a built page's ledger entries: [claim id, "label, year: value (source)"]. */
const figureLines = (path: string) =>
  page(path)
    .querySelectorAll("li.claim")
    .flatMap((claim) => claim.querySelectorAll(".claim-figures > li").map((li) => [claim.id, text(li)] as const));

describe("the English ledger: a share by a partner's count names both sides in its source", () => {
  // The 2015 article's claims (the-tilt) are the ones about shares.
  it.each(["claims/index.html", "chapters/the-tilt/index.html"])("%s", (path) => {
    const partnerShares = figureLines(path).filter(([, line]) => line.includes("over Kazakhstan's own total"));
    expect([...new Set(partnerShares.map(([id]) => id))]).toEqual([
      "claim-one-fifth-of-exports-to-china",
      "claim-twice-russias-share",
      "claim-russia-36-percent-of-imports",
      "claim-china-18-percent-of-imports",
    ]);
    for (const [id, line] of partnerShares) {
      const who = /by (China|Russia)'s count/.exec(line)?.[1];
      expect(line, id).toMatch(new RegExp(`\\(IMF Direction of Trade Statistics; ${who}'s count over Kazakhstan's total\\)$`));
    }
  });
});

const built = (["ru", "kk"] as const).filter((code) => existsSync(join(DIST, code, "claims", "index.html")));

/** Figures as each edition writes them: a decimal comma, its own per cent sign and dollar words. */
const numerals = {
  ru: /^(?:[+−]?\d+(?:,\d)?\u00a0(?:%|млрд долл\.|млн долл\.)|в \d+,\d\u00a0раза)$/,
  kk: /^(?:[+−]?\d+(?:,\d)?(?:%|\u00a0млрд доллар|\u00a0млн доллар)|\d+,\d\u00a0есе)$/,
};

describe.each(built)("the %s ledger is in the edition's words and numerals", (code) => {
  it.each(ledgerPages(`${code}/`))("%s: no English word outside the articles' quotes", (path) => {
    const entries = page(path).querySelectorAll("li.claim");
    expect(entries.length).toBeGreaterThan(0);
    const words = entries.flatMap((entry) =>
      englishWords(`<body>${entry.outerHTML}</body>`).map((w) => `${entry.id}: ${w.word}: …${w.context}…`),
    );
    expect(words.slice(0, 20), `${words.length} English words`).toEqual([]);
  });

  it.each(ledgerPages(`${code}/`))("%s: every figure in the edition's numerals", (path) => {
    const figures = page(path).querySelectorAll("li.claim .claim-figures strong").map(text);
    expect(figures.length).toBeGreaterThan(10);
    expect(figures.filter((f) => !numerals[code].test(f))).toEqual([]);
  });

  it("a share by a partner's count names both sides in its source", () => {
    const expected = {
      ru: "(Статистика направлений торговли МВФ; цифра Китая, отнесённая к итогу Казахстана)",
      kk: "(ХВҚ Сауда бағыттары статистикасы; Қытайдың көрсеткішінің Қазақстан жиынтығына қатынасы)",
    }[code];
    const lines = figureLines(`${code}/claims/index.html`).filter(([id]) => id === "claim-one-fifth-of-exports-to-china");
    expect(lines.map(([, line]) => line.slice(line.lastIndexOf(" ("))).at(-1)).toBe(` ${expected}`);
  });
});
