import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { editionGaps, mdxDifferences } from "../../src/i18n/completeness.ts";
import { makeFixtureEdition } from "../fixtures/editions/makeFixtureEdition.ts";

const root = mkdtempSync(join(tmpdir(), "editions-"));
const dir = join(root, "ru");
const gaps = () => editionGaps("ru", { edition: dir });
const edit = (file: string, from: string | RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const changed = text.replace(from, to);
  expect(changed, `the fixture's ${file} has ${String(from)}`).not.toBe(text);
  writeFileSync(path, changed);
};

const editList = (file: string, change: (list: Record<string, unknown>[]) => Record<string, unknown>[]) => {
  const path = join(dir, file);
  writeFileSync(path, stringify(change(parse(readFileSync(path, "utf8")) as Record<string, unknown>[])));
};

describe("the completeness check of a translated edition", () => {
  beforeEach(() => makeFixtureEdition(root, "ru"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("finds nothing missing in a complete edition", () => expect(gaps()).toEqual([]));

  it("names a missing chapter or page", () => {
    unlinkSync(join(dir, "stories/the-tilt.mdx"));
    expect(gaps()).toEqual([expect.objectContaining({ file: expect.stringMatching(/ru\/stories\/the-tilt\.mdx$/), key: "(file)" })]);
  });

  it("names a chart text, glossary term, claim translation, corrections entry and UI string the English has", () => {
    editList("charts.yaml", (list) => list.filter((c) => c.id !== "gdp-growth"));
    editList("glossary.yaml", (list) => list.map((g, i) => (i === list.length - 1 ? { ...g, definition: "" } : g)));
    editList("claims.yaml", (list) => list.map((c, i) => (i === 0 ? { ...c, quoteTranslation: undefined } : c)));
    editList("corrections.yaml", (list) => list.map((c, i) => (i === 0 ? { ...c, anchor: "elsewhere" } : c)));
    const found = gaps().map((g) => `${g.file.split("/").pop()}: ${g.key}`);
    expect(found).toContain("charts.yaml: gdp-growth");
    expect(found.some((k) => /^glossary\.yaml: [a-z-]+\.definition$/.test(k))).toBe(true);
    expect(found).toContain("claims.yaml: forty-billion-in-four-months.quoteTranslation");
    expect(found.some((k) => /^corrections\.yaml: entry 1 .*\.anchor$/.test(k))).toBe(true);
  });

  it("names a reporter note, a break's words or source publisher, and a data source's field the English has", () => {
    editList("charts.yaml", (list) =>
      list.map((c) => (c.id === "trade-turnover" ? { ...c, reporterNotes: { ...(c.reporterNotes as object), china: "" } } : c)),
    );
    editList("breaks.yaml", (list) =>
      list.map((b) => (b.id === "pandemic-2020" ? { ...b, label: undefined } : b.id === "war-2022" ? { ...b, sources: [] } : b)),
    );
    editList("sources.yaml", (list) => list.map((s) => (s.id === "bns" ? { ...s, reportedBy: undefined, vintage: undefined } : s)));
    const found = gaps().map((g) => `${g.file.split("/").pop()}: ${g.key}`);
    expect(found).toEqual([
      "charts.yaml: trade-turnover.reporterNotes.china",
      "breaks.yaml: pandemic-2020.label",
      "breaks.yaml: war-2022.sources.0.publisher",
      "breaks.yaml: war-2022.sources.0.date",
      "breaks.yaml: war-2022.sources.1.publisher",
      "breaks.yaml: war-2022.sources.1.date",
      "sources.yaml: bns.vintage",
      "sources.yaml: bns.reportedBy",
    ]);
  });

  it("requires the glossary's names to be the termbase's", () => {
    edit("glossary.yaml", "full: Евразийский экономический союз", "full: Евразийский союз");
    expect(gaps()).toEqual([
      expect.objectContaining({ key: "eaeu.full", problem: expect.stringContaining("Евразийский экономический союз") }),
    ]);
  });

  it("names a UI string a translation lacks, and one that drops a placeholder", () => {
    const ui = mkdtempSync(join(tmpdir(), "ui-"));
    writeFileSync(join(ui, "en.yaml"), 'a: "Version {version}"\nb: "Chapters"\n');
    writeFileSync(join(ui, "ru.yaml"), 'a: "Версия"\n');
    const found = editionGaps("ru", { edition: dir, ui });
    rmSync(ui, { recursive: true });
    expect(found.map((g) => g.key)).toEqual(["b", "a"]);
  });
});

describe("a translated MDX file against its English source", () => {
  const english = [
    "---",
    'title: "Chapter 1"',
    "order: 1",
    "---",
    "",
    'China took <Share partner="china" flow="export" year={2015} /> of exports <Check claim="share(china, export, 2015) > 10" />.',
    "",
    '<Scrolly chart="partner-shares" state="a">',
    "",
    '<Step id="s1" state="b">',
    "",
    '**Lead.** Words <Term id="eaeu" />.',
    "",
    "</Step>",
    "",
    "</Scrolly>",
    "",
    "## A heading",
    "",
    "{/* a note to editors */}",
    "",
  ].join("\n");
  const translate = (t: string) =>
    t
      .replace('"Chapter 1"', '"Глава 1"')
      .replace("China took", "Китай получил")
      .replace("**Lead.** Words", "**Начало.** Слова")
      .replace("A heading", "Заголовок");

  it("accepts a translation with the same blocks, tags and attributes", () =>
    expect(mdxDifferences(english, translate(english), "x.mdx")).toEqual([]));

  it("names the line where a tag's attribute changed", () => {
    const found = mdxDifferences(english, translate(english).replace("year={2015}", "year={2016}"), "x.mdx");
    expect(found).toEqual([expect.objectContaining({ key: "line 6", problem: expect.stringContaining("year={2015}") })]);
  });

  it("names a tag moved to another paragraph, a paragraph split in two, a step id changed and a dropped comment", () => {
    const moved = translate(english)
      .replace(' <Check claim="share(china, export, 2015) > 10" />.', ".")
      .replace("Слова <Term", 'Слова <Check claim="share(china, export, 2015) > 10" /> <Term');
    expect(mdxDifferences(english, moved, "x.mdx")[0]?.key).toBe("line 6");
    expect(mdxDifferences(english, translate(english).replace("of exports", "of\n\nexports"), "x.mdx")[0]?.key).toBe("line 6");
    expect(mdxDifferences(english, translate(english).replace('id="s1"', 'id="s2"'), "x.mdx")[0]?.key).toBe("line 10");
    expect(mdxDifferences(english, translate(english).replace("{/* a note to editors */}", ""), "x.mdx")).toHaveLength(1);
  });

  it("names frontmatter that is missing or changed where it must stay", () => {
    const found = mdxDifferences(english, translate(english).replace("order: 1", "order: 2"), "x.mdx");
    expect(found).toEqual([expect.objectContaining({ key: "frontmatter order" })]);
  });
});
