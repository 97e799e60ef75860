import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** The stylesheet's files: global.css imports the others, one per concern. */
const FILES = readdirSync("src/styles")
  .filter((name) => name.endsWith(".css"))
  .map((name) => `src/styles/${name}`);

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

describe("the stylesheet (src/styles)", () => {
  it.each(FILES)("%s closes every rule before the next begins", (file) => {
    expect(blockProblems(readFileSync(file, "utf8"))).toEqual([]);
  });

  it("imports every file of src/styles from global.css, once", () => {
    const imports = [...readFileSync("src/styles/global.css", "utf8").matchAll(/@import\s+"\.\/([^"]+)"/g)].map(
      (m) => `src/styles/${m[1]}`,
    );
    expect(imports.toSorted()).toEqual(FILES.filter((f) => f !== "src/styles/global.css").toSorted());
  });

  it("finds a missing brace", () => {
    expect(blockProblems(".a {\n  color: red;\n.b {\n  color: blue;\n}\n")).toEqual([
      "line 3: a rule inside the rule opened on line 1",
      "line 1: block never closed",
    ]);
    expect(blockProblems("@media print {\n  .a { color: red; }\n}\n")).toEqual([]);
  });
});
