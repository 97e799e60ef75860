import { describe, expect, it } from "vitest";
import type { Correction } from "../../src/corrections/correctionSchema.ts";
import { parseCorrections } from "../../src/corrections/loadCorrections.ts";
import { latestSnapshot, unloggedChanges, type ReleaseSnapshot } from "../../src/corrections/releaseSnapshot.ts";

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
  it("sorts newest first and gives each entry a stable anchor", () => {
    const log = parseCorrections(
      `- { date: "2026-12-02", what: w, why: y, claim: a }\n- { date: "2026-12-09", what: w, why: y, page: /chapters/the-tilt/, anchor: the-trade-claim }\n- { date: "2026-12-02", what: w2, why: y, claim: a }`,
      ids,
    );
    expect(log.map((c) => c.id)).toEqual(["2026-12-09-1", "2026-12-02-1", "2026-12-02-2"]);
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
