import { describe, expect, it } from "vitest";
import { fragmentCandidates, resolveFragment, safeDecode, wantsPresenter } from "../../src/client/urlTarget.ts";

/** Ids as a chapter has them: steps and section headings, in page order. */
const IDS = ["the-long-view", "the-2013-moment", "the-import-side", "what-each-side-wanted", "two-tranches", "summary"];

/** Fragments as they reach us from real links, and the place each should open (undefined: none, stay at the top). */
const CASES: [string, string, string | undefined][] = [
  ["no fragment", "", undefined],
  ["a bare #", "#", undefined],
  ["a step id", "#the-2013-moment", "the-2013-moment"],
  ["a stray percent sign", "#50%", undefined],
  ["a percent sign in the middle", "#the-%-2013", undefined],
  ["a broken escape", "#the-2013-moment%E0%A4%A", "the-2013-moment"],
  ["a lone escape of a hyphen", "#the%2D2013%2Dmoment", "the-2013-moment"],
  ["encoded twice", "#the%252D2013%252Dmoment", "the-2013-moment"],
  ["a text fragment alone", "#:~:text=China%20tilts", undefined],
  ["a step with a text fragment", "#the-2013-moment:~:text=Russia", "the-2013-moment"],
  ["an encoded text fragment", "#%3A~%3Atext%3DRussia", undefined],
  ["truncated by a chat app", "#the-2013-mom", "the-2013-moment"],
  ["truncated too far to tell", "#the-", undefined],
  ["a trailing bracket from a Markdown link", "#the-2013-moment)", "the-2013-moment"],
  ["a trailing full stop", "#the-import-side.", "the-import-side"],
  ["a trailing encoded quote", "#the-import-side%22", "the-import-side"],
  ["a zero-width space from a chat app", "#the-2013-moment%E2%80%8B", "the-2013-moment"],
  ["autocorrected dashes", "#the%E2%80%912013%E2%80%91moment", "the-2013-moment"],
  ["capital letters", "#The-2013-Moment", "the-2013-moment"],
  ["a tracker tail", "#the-long-view&utm_source=chat", "the-long-view"],
  ["a second hash", "#two-tranches#two-tranches", "two-tranches"],
  ["an encoded hash", "#%23two-tranches", "two-tranches"],
  ["spaces for hyphens", "#what%20each%20side%20wanted", "what-each-side-wanted"],
  ["an unknown id", "#no-such-step", undefined],
  ["an id of another chapter", "#the-reassurance-steps", undefined],
  ["script in the fragment", "#%3Cscript%3Ealert(1)%3C/script%3E", undefined],
  ["only punctuation", "#%%%", undefined],
  ["a lone surrogate escape", "#%ED%A0%80", undefined],
  ["a very long fragment", `#${"a".repeat(5000)}`, undefined],
];

describe("resolveFragment", () => {
  it.each(CASES)("%s (%s) opens %s", (_, hash, expected) => {
    expect(resolveFragment(hash, IDS)).toBe(expected);
  });

  it("never throws, whatever the fragment", () => {
    const alphabet = ["%", "%2", "%E0", "%25", "#", ":~:", "text=", "-", "the", "2013", "\u200b", ")", "&", "?", " "];
    for (let i = 0; i < 2000; i++) {
      let hash = "#";
      for (let j = (i % 7) + 1, k = i; j > 0; j--, k = Math.floor(k / alphabet.length) + j * 31) hash += alphabet[k % alphabet.length];
      expect(() => resolveFragment(hash, IDS)).not.toThrow();
    }
  });

  it("prefers the id written exactly over a looser reading", () => {
    expect(resolveFragment("#summary", [...IDS, "summary-2"])).toBe("summary");
  });

  it("does not guess between two ids a cut-short link could be", () => {
    expect(resolveFragment("#the-2013", ["the-2013-moment", "the-2013-trough"])).toBeUndefined();
  });
});

describe("safeDecode", () => {
  it("decodes what it can and keeps a broken escape as written", () => {
    expect(safeDecode("50%")).toBe("50%");
    expect(safeDecode("a%20b%")).toBe("a b%");
    expect(safeDecode("%E2%80%91x%E0%A4%A")).toBe("\u2011x%E0%A4%A");
  });
});

describe("fragmentCandidates", () => {
  it("lists the fragment as written first", () => {
    expect(fragmentCandidates("#The-Step)")[0]).toBe("The-Step)");
  });
});

describe("wantsPresenter", () => {
  it.each([
    ["?present", true],
    ["?present=1", true],
    ["?visit=3&present", true],
    ["?present&q=50%", true],
    ["?%E0%A4%A&present", true],
    ["", false],
    ["?presentation", false],
    ["?q=50%", false],
  ])("%s -> %s", (search, expected) => {
    expect(wantsPresenter(search as string)).toBe(expected);
  });
});
