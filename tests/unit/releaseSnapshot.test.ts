import { describe, expect, it } from "vitest";
import type { Correction } from "../../src/corrections/correctionSchema.ts";
import { parseCorrections } from "../../src/corrections/loadCorrections.ts";
import { latestSnapshot, unloggedChanges, type ReleaseSnapshot } from "../../src/corrections/releaseSnapshot.ts";
import { pageOf, proseSnapshot } from "../../src/corrections/proseSnapshot.ts";
import { dataset } from "../../src/data/dataset.ts";

const previous: ReleaseSnapshot = {
  version: "0.1.0",
  date: "2026-12-01",
  claims: {
    a: { verdict: "supported", figures: ["Exports to China, 2013: 17.2%"] },
    b: { verdict: "contradicted", figures: [] },
    c: { verdict: "partly supported", figures: ["x"] },
  },
};
const now = (claims: ReleaseSnapshot["claims"]): ReleaseSnapshot => ({ ...previous, version: "0.2.0", claims });
const entry = (fields: Partial<Correction>): Correction => ({ date: "2026-12-05", what: "w", why: "y", ...fields });

describe("unloggedChanges(previous, current, log)", () => {
  const changed = now({ ...previous.claims, a: { verdict: "contradicted", figures: ["Exports to China, 2013: 12.0%"] } });

  it.each([
    ["nothing changed, nothing logged", now(previous.claims), [], []],
    ["a new claim needs no entry", now({ ...previous.claims, d: { verdict: "supported", figures: [] } }), [], []],
    [
      "a verdict changed, not logged",
      changed,
      [],
      ['claim "a" changed its verdict from "supported" to "contradicted" since release 0.1.0'],
    ],
    [
      "a verdict changed, logged from what to what",
      changed,
      [entry({ claim: "a", verdict: { from: "supported", to: "contradicted" } })],
      [],
    ],
    [
      "a verdict changed, logged the wrong way round",
      changed,
      [entry({ claim: "a", verdict: { from: "contradicted", to: "supported" } })],
      ['claim "a" changed its verdict from "supported" to "contradicted" since release 0.1.0'],
    ],
    [
      "a verdict changed, logged before the release",
      changed,
      [entry({ date: "2026-11-30", claim: "a", verdict: { from: "supported", to: "contradicted" } })],
      ['claim "a" changed its verdict from "supported" to "contradicted" since release 0.1.0'],
    ],
    [
      "a figure changed under the same verdict, not logged",
      now({ ...previous.claims, c: { verdict: "partly supported", figures: ["y"] } }),
      [],
      ['claim "c" changed its figures since release 0.1.0: was “x”; now “y”'],
    ],
    [
      "a figure changed, logged",
      now({ ...previous.claims, c: { verdict: "partly supported", figures: ["y"] } }),
      [entry({ claim: "c" })],
      [],
    ],
    [
      "a claim removed, not logged",
      now({ a: previous.claims.a!, c: previous.claims.c! }),
      [],
      ['claim "b" was in release 0.1.0 and is gone'],
    ],
  ] as const)("%s", (_name, current, log, expected) => {
    expect(unloggedChanges(previous, current, log)).toEqual(expected);
  });
});

describe("latestSnapshot(snapshots)", () => {
  it("picks the highest version, by number not by text", () => {
    const v = (version: string) => ({ ...previous, version });
    expect(latestSnapshot([v("0.9.0"), v("0.10.0"), v("0.2.1")])?.version).toBe("0.10.0");
    expect(latestSnapshot([])).toBeUndefined();
  });
});

describe("parseCorrections(yaml, claim ids)", () => {
  const ids = new Set(["a"]);
  it("reads an empty log", () => {
    expect(parseCorrections("# nothing yet\n[]\n", ids)).toEqual([]);
    expect(parseCorrections("", ids)).toEqual([]);
  });
  it("sorts newest first, within a day by the order added, and gives each entry a stable anchor", () => {
    const log = parseCorrections(
      `- { date: "2026-12-02", what: w, why: y, claim: a }\n- { date: "2026-12-09", what: w, why: y, page: /chapters/the-tilt/, anchor: the-trade-claim }\n- { date: "2026-12-02", what: w2, why: y, claim: a }`,
      ids,
    );
    expect(log.map((c) => c.id)).toEqual(["2026-12-09-1", "2026-12-02-2", "2026-12-02-1"]);
  });
  it.each([
    [`- { date: "2026-12-02", what: w, why: y }`, /correction 1, field "claim": name the claim or the page/],
    [`- { date: "2026-12-02", what: w, why: y, claim: zz }`, /correction 1, field "claim": no claim "zz"/],
    [`- { date: "2 Dec", what: w, why: y, claim: a }`, /field "date": must be a date/],
    [
      `- { date: "2026-12-02", what: w, why: y, page: /x/, verdict: { from: supported, to: contradicted } }`,
      /field "verdict": a verdict change needs the claim/,
    ],
    [`- { date: "2026-12-02", what: w, why: y, claim: a, verdict: { from: supported, to: wrong } }`, /field "verdict.to"/],
  ])("refuses %s", (yaml, message) => {
    expect(() => parseCorrections(yaml, ids)).toThrow(message);
  });
});

describe("the figures the prose prints", () => {
  const sources = {
    "/content/stories/the-tilt.mdx": 'China took <Share partner="china" flow="export" year={2013} /> and grew <Growth year={2014} />.',
  };
  const base = dataset();
  const kept: ReleaseSnapshot = { version: "0.1.0", date: "2026-12-01", claims: {}, prose: proseSnapshot(sources, base) };

  it("are read from the data tags in each page's MDX, as the page prints them", () => {
    expect(kept.prose).toEqual({ "/chapters/the-tilt/": { "share/kazakhstan/china/export/2013": "17.2%", "growth/wb-wdi/2014": "4.2%" } });
    expect(pageOf("/content/pages/index.mdx")).toBe("/");
    expect(pageOf("/content/pages/teaching.mdx")).toBe("/teaching/");
  });

  it("stop the build when one data value changes a sentence's figure and the log has no entry for its page", () => {
    const revised = {
      ...base,
      trade: base.trade.map((r) =>
        r.series === "imf-dots" && r.partner === "china" && r.flow === "export" && r.year === 2013 ? { ...r, share_pct: 19.4 } : r,
      ),
    };
    const current: ReleaseSnapshot = { ...kept, version: "0.2.0", prose: proseSnapshot(sources, revised) };
    expect(unloggedChanges(kept, current, [])).toEqual([
      "on /chapters/the-tilt/, the figure share/kazakhstan/china/export/2013 the prose prints changed from 17.2% to 19.4% since release 0.1.0",
    ]);
    expect(unloggedChanges(kept, current, [entry({ page: "/chapters/the-tilt/", anchor: "the-2013-moment" })])).toEqual([]);
    expect(unloggedChanges(kept, current, [entry({ page: "/chapters/the-tilt/", date: "2026-11-30" })])).toHaveLength(1);
  });

  it("are kept for every page with data tags in the last release", () => {
    const release = latestSnapshot(
      Object.values(import.meta.glob<ReleaseSnapshot>("../../content/releases/*.json", { import: "default", eager: true })),
    )!;
    expect(Object.keys(release.prose ?? {})).toEqual(
      expect.arrayContaining(["/chapters/the-tilt/", "/chapters/the-reassurance/", "/chapters/where-things-stand/"]),
    );
  });
});
