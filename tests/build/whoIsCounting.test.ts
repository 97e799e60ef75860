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
