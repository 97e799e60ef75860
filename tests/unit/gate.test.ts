import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { cruise, type ICruiseOptions, type IForbiddenRuleType } from "dependency-cruiser";
import { ESLint } from "eslint";
import * as prettier from "prettier";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { importDirection } from "../../eslint.config.js";

// Each code-style gate of `npm test` shown failing on a deliberate mistake (tests/fixtures/lint/README.md),
// and passing on code that keeps the rule, so a gate that stopped checking would fail here.
const ROOT = resolve(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "tests/fixtures/lint");

/** The rule ids ESLint reports for each file, keyed by path relative to the fixture folder. */
async function fixtureProblems(files: string[]): Promise<Record<string, string[]>> {
  const eslint = new ESLint({
    cwd: FIXTURES,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } },
      { files: ["**/*.ts"], ...importDirection(join(FIXTURES, "src")) },
    ],
  });
  const results = await eslint.lintFiles(files);
  return Object.fromEntries(
    results.map((result) => [result.filePath.slice(FIXTURES.length + 1), result.messages.map((m) => m.ruleId ?? m.message)]),
  );
}

describe("the import-direction gate (eslint.config.js)", () => {
  it("fails an upward import and an import cycle, and passes a downward import", async () => {
    const problems = await fixtureProblems(["src/data/upward.ts", "src/client/presenter.ts", "src/charts/chart.ts", "src/data/rows.ts"]);
    expect(problems).toEqual({
      "src/data/upward.ts": ["import-x/no-restricted-paths"],
      "src/client/presenter.ts": ["import-x/no-cycle"],
      "src/charts/chart.ts": [],
      "src/data/rows.ts": [],
    });
  });

  it("with the repository's own config: data may not import charts, the client may not import components", async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const lint = async (filePath: string, code: string) =>
      (await eslint.lintText(code, { filePath })).flatMap((result) => result.messages.map((m) => m.ruleId));
    expect(
      await lint(
        "src/data/upward.ts",
        'import { chartDefinitions } from "../charts/chartDefinitions.ts";\nexport const ids = Object.keys(chartDefinitions);\n',
      ),
    ).toEqual(["import-x/no-restricted-paths"]);
    expect(
      await lint(
        "src/client/upward.ts",
        'import type { ChartId } from "../charts/chartDefinitions.ts";\nimport "../components/ChartFigure.astro";\nexport type Id = ChartId;\n',
      ),
    ).toEqual(["import-x/no-restricted-paths"]);
    expect(
      await lint(
        "src/charts/downward.ts",
        'import { dataset } from "../data/dataset.ts";\nexport const sources = () => dataset().sources;\n',
      ),
    ).toEqual([]);
  });

  it("with the repository's own config: a module that imports one that imports it back is a cycle", async () => {
    // src/client/startScrollies.ts imports isPresenting from presenter.ts: presenter.ts may not import it back.
    const eslint = new ESLint({ cwd: ROOT });
    const [result] = await eslint.lintText(
      'import { startScrollies } from "./startScrollies.ts";\nexport const start = startScrollies;\n',
      {
        filePath: "src/client/presenter.ts",
      },
    );
    expect(result!.messages.map((m) => m.ruleId)).toEqual(["import-x/no-cycle"]);
  });
});

describe("the cycle gate (.dependency-cruiser.cjs)", () => {
  it("fails a cycle in which one side imports only a type, which ESLint's no-cycle lets through", async () => {
    const config = createRequire(import.meta.url)("../../.dependency-cruiser.cjs") as {
      forbidden: IForbiddenRuleType[];
      options: ICruiseOptions;
    };
    const cycles = async (dir: string) => {
      const { output } = await cruise([join(FIXTURES, dir)], {
        ...config.options,
        validate: true,
        ruleSet: { forbidden: config.forbidden },
      });
      if (typeof output === "string") throw new Error("dependency-cruiser returned text, not a result");
      return output.summary.violations.map((violation) => violation.rule.name);
    };
    expect(await cycles("src/client/typeOnly")).toContain("no-circular");
    expect(await cycles("src/charts")).toEqual([]);
    expect(await fixtureProblems(["src/client/typeOnly/presenter.ts", "src/client/typeOnly/scrollies.ts"])).toEqual({
      "src/client/typeOnly/presenter.ts": [],
      "src/client/typeOnly/scrollies.ts": [],
    });
  });
});

describe("the format gate (.prettierrc.json)", () => {
  const check = async (file: string) => {
    const filepath = join(FIXTURES, file);
    const source = readFileSync(filepath, "utf8");
    const options = { ...(await prettier.resolveConfig(join(ROOT, "src/file.ts"))), filepath };
    return {
      badly: await prettier.check(source, options),
      formatted: await prettier.check(await prettier.format(source, options), options),
    };
  };

  it("fails badly formatted TypeScript and Astro, and passes them once formatted", async () => {
    expect(await check("badlyFormatted.ts")).toEqual({ badly: false, formatted: true });
    expect(await check("BadlyFormatted.astro")).toEqual({ badly: false, formatted: true });
  });

  it("checks code, styles and YAML, and leaves the MDX stories, the fixtures and the build alone", async () => {
    const ignored = async (file: string) =>
      (await prettier.getFileInfo(join(ROOT, file), { ignorePath: join(ROOT, ".prettierignore"), plugins: ["prettier-plugin-astro"] }))
        .ignored;
    for (const file of ["src/charts/marks.ts", "src/components/Step.astro", "src/styles/global.css", "content/claims/claims.yaml"]) {
      expect(await ignored(file), file).toBe(false);
    }
    for (const file of ["content/stories/the-tilt.mdx", "tests/fixtures/lint/badlyFormatted.ts", "dist/index.html", "package-lock.json"]) {
      expect(await ignored(file), file).toBe(true);
    }
  });
});

describe("npm test", () => {
  it("starts with the lint (zero warnings) and the format check", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toMatch(/^npm run lint && npm run format:check && /);
    expect(pkg.scripts.lint).toBe("eslint . --max-warnings=0 && depcruise src --config .dependency-cruiser.cjs");
    expect(pkg.scripts["format:check"]).toBe("prettier --check .");
  });
});
