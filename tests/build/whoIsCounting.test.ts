import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, type HTMLElement } from "node-html-parser";
import { DIST } from "./distPages.ts";

const page = (path: string) => parse(readFileSync(join(DIST, path), "utf8"));
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("the claims ledger under both accounts (built /claims/)", () => {
  const ledger = page("claims/index.html");
  const claim = (id: string) => {
    const el = ledger.querySelector(`#claim-${id}`);
    if (!el) throw new Error(`no #claim-${id} on /claims/`);
    return el;
  };
  const accounts = (id: string) =>
    claim(id)
      .querySelectorAll(".claim-account-list > li")
      .map((li) => [li.getAttribute("data-reporter"), text(li.querySelector(".verdict"))]);

  it("shows a flipping claim's verdict under Kazakhstan's count and China's, and marks the flip in words", () => {
    const favour = claim("trade-in-kazakhstans-favour");
    expect(favour.getAttribute("data-flips")).toBe("true");
    expect(accounts("trade-in-kazakhstans-favour")).toEqual([
      ["kazakhstan", "supported"],
      ["china", "contradicted"],
    ]);
    expect(text(favour.querySelector(".flip-mark"))).toBe("Flips with who counts");
    // A text browser or a copy reads the mark and the topic as two phrases, not "countsTrade".
    expect(text(favour.querySelector(".claim-meta"))).toMatch(/Flips with who counts \S/);
    expect(text(favour.querySelector(".claim-flip"))).toBe(
      "The verdict depends on who is counting: supported by Kazakhstan's figures, contradicted by China's own figures for the same trade.",
    );
    expect(text(favour.querySelector(".claim-account-list"))).toMatch(/By Kazakhstan's count: supported.*By China's count: contradicted/);
  });

  it("shows both verdicts, and no flip mark, where the accounts agree", () => {
    const russia = claim("russia-36-percent-of-imports");
    expect(russia.getAttribute("data-flips")).toBe("false");
    expect(accounts("russia-36-percent-of-imports")).toEqual([
      ["kazakhstan", "supported"],
      ["russia", "supported"],
    ]);
    expect(russia.querySelector(".flip-mark")).toBeNull();
  });

  it("says where the partners' figures end instead of guessing", () => {
    expect(text(claim("import-gap-to-narrow").querySelector(".claim-account-list"))).toMatch(
      /By China's count: not verifiable with these data \(no figures from China after 2020\)/,
    );
  });

  it("shows accounts only for claims about trade with China or Russia, and a filter for the ones that flip", () => {
    expect(claim("growth-2013").querySelector(".claim-accounts")).toBeNull();
    expect(ledger.querySelectorAll('.claim[data-flips="true"]').length).toBeGreaterThanOrEqual(5);
    expect(ledger.querySelector('input[name="flips"][value="true"]')).not.toBeNull();
  });
});

describe("why the two sides' counts differ (built /teaching/)", () => {
  const teaching = page("teaching/index.html");
  const heading = teaching.querySelector("h2#why-the-two-sides-counts-differ");
  // The section: every element after its heading up to the next h2.
  const section: HTMLElement[] = [];
  for (let el = heading?.nextElementSibling; el && el.tagName !== "H2"; el = el.nextElementSibling) section.push(el);
  const words = section.map(text).join(" ");

  it("is a linkable section of the teaching page", () => {
    expect(text(heading)).toBe("Why the two sides’ counts differ");
  });

  it("prints every figure through a data tag, Russia's own figures among them", () => {
    const figures = section.flatMap((el) => el.querySelectorAll("data[data-figure]").map((d) => d.getAttribute("data-figure")));
    expect(figures).toEqual(
      expect.arrayContaining(["turnover/china/kazakhstan/2017", "usd/russia/kazakhstan/export/2010", "usd/kazakhstan/russia/import/2010"]),
    );
    expect(teaching.querySelector('data[data-figure="usd/russia/kazakhstan/export/2010"]')?.textContent.trim()).toBe("$10.2bn");
  });

  it("gives each reason with its source, and a lesson that links the ledger and the 2017 gap", () => {
    for (const reason of ["Valuation.", "Transit and false declarations.", "Weak customs administration.", "The customs union."])
      expect(words).toContain(reason);
    expect(words).toMatch(/as reported by Desht/);
    expect(words).toMatch(/as reported by Kursiv Research on 9 September 2024/);
    expect(words).toMatch(/EurAsEC/);
    const links = section.flatMap((el) => el.querySelectorAll("a[href]").map((a) => a.getAttribute("href")));
    expect(links).toEqual(expect.arrayContaining(["../claims/", "../chapters/the-reassurance/#turnover-2017"]));
  });
});

describe("the tolerance behind each verdict (built /claims/)", () => {
  const ledger = page("claims/index.html");
  it("is printed beside every claim judged by closeness, in the claim's own unit", () => {
    const tolerance = (id: string) => text(ledger.querySelector(`#claim-${id} .claim-tolerance`));
    expect(tolerance("exports-84-billion")).toBe("Tolerance: supported within 3% of the claimed figure, partly supported within 12%.");
    expect(tolerance("russia-36-percent-of-imports")).toMatch(
      /^Tolerance, in percentage points: supported within 1 of the claimed figure, partly supported within \d+\.$/,
    );
    expect(tolerance("twice-russias-share")).toBe(
      "Tolerance, on the ratio: supported within 0.25 of the claimed ratio, partly supported within 0.6.",
    );
    expect(tolerance("import-gap-to-narrow")).toBe("Rule: supported if the gap between the two shares is smaller in 2023 than in 2013.");
    expect(ledger.querySelectorAll(".claim-tolerance").length).toBeGreaterThan(10);
  });

  it("says beside a surplus claim, in the chapter too, that it is judged on both sides' figures at once", () => {
    const rule =
      "Rule: judged on both sides' figures for 2017 at once: supported if both show the surplus, contradicted if neither does, partly supported if they disagree.";
    for (const where of [ledger, page("chapters/the-reassurance/index.html")])
      expect(text(where.querySelector("#claim-trade-in-kazakhstans-favour .claim-tolerance"))).toBe(rule);
  });
});
