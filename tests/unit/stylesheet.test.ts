import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const FILE = "src/styles/global.css";

/**
 * Problems in a stylesheet's block structure: a rule opened inside another rule (CSS nesting, which
 * this stylesheet does not use, so it means a missing "}"), an unmatched "}", or a block left open.
 * A missing brace does not break the build: the minifier nests every later rule, and they stop applying.
 */
function blockProblems(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));
  const problems: string[] = [];
  const open: { at: boolean; line: number }[] = [];
  let prelude = "";
  let line = 1;
  for (const char of text) {
    if (char === "\n") line++;
    if (char === "{") {
      const at = prelude.trim().startsWith("@");
      if (!at && open.some((block) => !block.at)) problems.push(`line ${line}: a rule inside the rule opened on line ${open.at(-1)!.line}`);
      open.push({ at, line });
      prelude = "";
    } else if (char === "}") {
      if (!open.pop()) problems.push(`line ${line}: "}" closes nothing`);
      prelude = "";
    } else if (char === ";") prelude = "";
    else prelude += char;
  }
  for (const block of open) problems.push(`line ${block.line}: block never closed`);
  return problems;
}

describe(FILE, () => {
  it("closes every rule before the next begins", () => {
    expect(blockProblems(readFileSync(FILE, "utf8"))).toEqual([]);
  });

  it("finds a missing brace", () => {
    expect(blockProblems(".a {\n  color: red;\n.b {\n  color: blue;\n}\n")).toEqual([
      "line 3: a rule inside the rule opened on line 1",
      "line 1: block never closed",
    ]);
    expect(blockProblems("@media print {\n  .a { color: red; }\n}\n")).toEqual([]);
  });
});
