import { describe, expect, it } from "vitest";
import { distPages } from "./distPages.ts";
import { doubledWords, gluedWords, pageText, repeatedPhrases, tickRuns } from "./textBrowser.ts";

/**
 * Each built page read as a text browser reads it (no CSS, no scripts; see textBrowser.ts): it must read as
 * prose, figures and tables. No chart read out as a run of axis labels, no word said twice in a row, no phrase
 * said twice in one breath, no control that needs a script. `w3m -dump dist/chapters/the-tilt/index.html`
 * shows the same page in a real text browser.
 */
const pages = distPages().map((page) => ({ ...page, text: pageText(page.html) }));

/**
 * Repeats the checks find in prose and chart words, listed here by page and phrase where one is meant, so a
 * new one still fails. None today.
 */
const LEFT_FOR_THE_PROSE_OWNER: { page: RegExp; phrase: string }[] = [];
const leftAlone = (page: string, phrase: string) => LEFT_FOR_THE_PROSE_OWNER.some((k) => k.page.test(page) && k.phrase === phrase);

describe("the checks catch what a text browser showed before", () => {
  it("finds axis labels read out in a run, glued or spaced", () => {
    expect(tickRuns("Share of imports 0%10%20%30%40%50%")).not.toEqual([]);
    expect(tickRuns("0% 10% 20% 30% Share of Kazakhstan's imports")).not.toEqual([]);
    expect(tickRuns("imports199520002005201020152023IMF")).not.toEqual([]);
    expect(tickRuns("1995 2000 2005 2010")).not.toEqual([]);
    expect(tickRuns("In 2013 Russia supplied 36.6%, China 16.7% and the EU 12.0%.")).toEqual([]);
  });
  it("finds a word said twice, or glued to itself", () => {
    expect(doubledWords("Russia's share of Kazakhstan's imports, 2013, 2013: 36.6%")).toEqual(["2013, 2013:"]);
    expect(doubledWords("Claim checked: supportedsupported")).toEqual(["supportedsupported"]);
    expect(doubledWords("GeoNames, GeoNames Gazetteer")).toEqual(["GeoNames, GeoNames"]);
    expect(doubledWords("trade with China; China reported $18.0bn")).toEqual([]);
    expect(doubledWords("сделки на 18 000 000 000 долларов")).toEqual([]);
    expect(doubledWords("в 2014 году, году первых сделок")).toEqual(["году, году"]);
  });
  it("finds words run together across elements, as w3m shows a chart title and its switch's legend", () => {
    expect(gluedWords("share of its exports or imports, by partnerFigures by Kazakhstan")).toEqual(["partnerFigures"]);
    expect(gluedWords("Download data (CSV)Embed Copy this code")).toEqual(["(CSV)Embed"]);
    expect(gluedWords("GeoNames, the IMF's DOTS (early-2022 release) and Kazakhstan's BNS")).toEqual([]);
    const { blocks } = pageText(
      `<html><body><fieldset><legend>Verdict</legend><label>not verifiable with these data</label></fieldset>` +
        `<fieldset><legend>Article</legend></fieldset></body></html>`,
    );
    expect(blocks.flatMap((b) => gluedWords(b.text))).toEqual(["dataArticle"]);
  });
  it("finds a phrase said twice in one breath", () => {
    expect(repeatedPhrases("(World Bank World Development Indicators; reported by World Bank World Development Indicators)")).toContain(
      "world bank world development indicators",
    );
    expect(
      repeatedPhrases(
        "IMF Direction of Trade Statistics (early-2022 release), as reported by Kazakhstan; Bureau of National Statistics (July 2024 release), as reported by Kazakhstan.",
      ),
    ).not.toEqual([]);
  });
  it("reads without CSS or scripts: shows <noscript>, not scripts, styles, templates or aria-hidden pictures", () => {
    const { blocks } = pageText(
      `<html><head><title>T</title><style>p{}</style></head><body><p>Before</p><script>x()</script><template>t</template>` +
        `<noscript>Shown</noscript><svg role="img" aria-label="A chart"><g aria-hidden="true"><text>0%</text></g></svg><p>After</p></body></html>`,
    );
    expect(blocks.map((b) => b.text)).toEqual(["Before", "Shown", "After"]);
  });
});

describe.each(pages.map((p) => [p.path, p] as const))("%s, read as text", (path, page) => {
  const { blocks, controls, svgs } = page.text;

  it("has its words (the extraction reads the page)", () => {
    expect(
      blocks
        .map((b) => b.text)
        .join(" ")
        .split(" ").length,
    ).toBeGreaterThan(20);
  });

  it("reads no chart as a run of axis labels: each chart is a named picture whose labels are hidden from text", () => {
    for (const svg of svgs) {
      expect(svg.named, "an svg with role=img and a name").toBe(true);
      expect(svg.exposedText, "chart labels reaching the text").toBe("");
    }
    expect(blocks.flatMap((b) => tickRuns(b.text).map((run) => `${run}  [${b.path}]`))).toEqual([]);
  });

  it("runs no two words together where one element ends and the next begins", () => {
    expect(blocks.flatMap((b) => gluedWords(b.text).map((g) => `${g}  in “${b.text.slice(0, 120)}”`))).toEqual([]);
  });

  it("says no word twice in a row", () => {
    expect(blocks.flatMap((b) => doubledWords(b.text).map((d) => `${d}  in “${b.text.slice(0, 120)}”`))).toEqual([]);
  });

  it("says no phrase twice in one breath, and no block twice in a row", () => {
    const repeats = blocks.flatMap((b) =>
      repeatedPhrases(b.text)
        .filter((phrase) => !leftAlone(path, phrase))
        .map((phrase) => `“${phrase}” in “${b.text.slice(0, 120)}”`),
    );
    expect(repeats).toEqual([]);
    const doubled = blocks.filter((b, i) => i > 0 && b.text.split(" ").length > 3 && b.text === blocks[i - 1]!.text);
    expect(doubled.map((b) => b.text)).toEqual([]);
  });

  it("offers no control that needs a script", () => {
    // A button outside a form does nothing without a script (the Present and copy-link buttons are added by scripts).
    expect(controls.filter((c) => c.tag === "button" && !c.inForm).map((c) => `${c.text} [${c.path}]`)).toEqual([]);
    // Embed code for a scrolly's chart, which is not shown and never changes state without scripts.
    expect(controls.filter((c) => c.tag === "textarea" && c.inScrolly).map((c) => c.text)).toEqual([]);
    expect(blocks.filter((b) => /^(Present as slides|Copy link)/i.test(b.text)).map((b) => b.text)).toEqual([]);
  });
});
