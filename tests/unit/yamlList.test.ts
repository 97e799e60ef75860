import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { parseYamlList } from "../../src/lib/yamlList.ts";
import { parseBreaks } from "../../src/data/breakSchema.ts";
import { parseClaims } from "../../src/claims/loadClaims.ts";
import { parseCorrections } from "../../src/corrections/loadCorrections.ts";

const item = z.object({ id: z.string(), count: z.number().int().nonnegative() });
const parse = (yaml: string, options?: { emptyIsNone?: boolean }) => parseYamlList(yaml, item, "content/things.yaml", "thing", options);

describe("parseYamlList, the one loader of the content's YAML lists", () => {
  it("returns the entries, validated and typed", () => {
    expect(parse("- { id: a, count: 1 }\n- { id: b, count: 0 }\n")).toEqual([
      { id: "a", count: 1 },
      { id: "b", count: 0 },
    ]);
  });

  it.each([
    [
      "an entry that breaks the schema, naming file, entry, id and field",
      "- { id: a, count: 1 }\n- { id: b, count: -2 }\n",
      'content/things.yaml: thing 2 (b), field "count":',
    ],
    ["an entry without an id, by its place", "- { count: 1 }\n", 'content/things.yaml: thing 1, field "id":'],
    ["a repeated id", "- { id: a, count: 1 }\n- { id: a, count: 2 }\n", "content/things.yaml: thing 2 (a): duplicate id a"],
    ["a file that is not a list", "id: a\ncount: 1\n", "content/things.yaml: expected a list, one thing per item"],
    ["an empty file, unless empty means none", "", "content/things.yaml: expected a list"],
  ])("stops on %s", (_what, yaml, message) => {
    expect(() => parse(yaml)).toThrow(message);
  });

  it("reads an empty file as no entries where the list may be empty", () => {
    expect(parse("", { emptyIsNone: true })).toEqual([]);
    expect(parse("[]\n")).toEqual([]);
  });

  it("is what the claims, breaks and corrections loaders report through", () => {
    const claim = "- { id: x, article: '2015', quote: q, paraphrase: p, claimType: figure }\n";
    expect(() => parseClaims(`${claim}${claim}`)).toThrow(/^content\/claims\/claims\.yaml: claim 1 \(x\), field "/);
    expect(() => parseBreaks("- { id: y, kind: nothing }\n")).toThrow(/^content\/data\/breaks\.yaml: entry 1 \(y\), field "kind"/);
    expect(() => parseCorrections("a: b\n", new Set())).toThrow("content/corrections.yaml: expected a list, one correction per item");
  });
});
