// ESLint: `npm run lint` (zero warnings allowed), run first by `npm test`.
// Besides typescript-eslint and eslint-plugin-astro, it holds the one direction of imports (README, "Code style"):
// content -> data -> charts -> components/pages, and client -> charts; nothing imports upward, no cycles.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import globals from "globals";

/**
 * What each folder of src/ may import from the others (its own folder always). Everything else in src/ is
 * upward or sideways and fails the lint. Layers, lowest first:
 * - lib, hosting, server: helpers that know nothing of the story;
 * - citation: the release and how to cite it;
 * - data, claims, corrections: the content model (content/ read, parsed and checked);
 * - charts: each chart's states, tables and pure drawing, from the data;
 * - client (browser code, drives the charts); downloads (the data package); social (link-preview cards);
 *   integrations (build checks wired into astro.config.mjs);
 * - components, layouts, pages: the site.
 */
export const layers = {
  lib: [],
  hosting: [],
  server: [],
  citation: ["lib"],
  data: ["lib", "citation", "claims"],
  claims: ["lib", "data"],
  corrections: ["lib", "citation", "data", "claims"],
  charts: ["lib", "data"],
  client: ["lib", "charts"],
  downloads: ["lib", "citation", "data", "charts"],
  social: ["lib", "data", "charts"],
  integrations: ["lib", "hosting", "data", "claims", "charts"],
  components: ["lib", "citation", "data", "claims", "corrections", "charts", "downloads", "social", "client"],
  layouts: ["lib", "citation", "data", "components", "styles"],
  pages: ["lib", "citation", "data", "claims", "corrections", "charts", "client", "downloads", "social", "components", "layouts", "styles"],
  styles: [],
};

/**
 * Inside src/charts, the modules every chart shares (src/charts/*.ts) sit below the chart folders
 * (src/charts/<chart id>/): a chart folder imports them, never the other way (the registry finds the folders
 * with import.meta.glob, which is no import).
 */
const chartFolderZone = (srcDir) => ({
  target: `${srcDir}/charts/*.ts`,
  from: [`${srcDir}/charts/*/**`],
  message: 'A module all charts share may not import from a chart\'s folder; move what it needs into src/charts/ (README, "Add a chart").',
});

/** One no-restricted-paths zone per folder: it may not import any folder of src/ outside its list. */
function layerZones(srcDir) {
  const folders = Object.keys(layers);
  const zones = folders.map((folder) => ({
    target: `${srcDir}/${folder}`,
    from: folders.filter((other) => other !== folder && !layers[folder].includes(other)).map((other) => `${srcDir}/${other}`),
    message: `src/${folder} may import only from ${layers[folder].length ? layers[folder].map((f) => `src/${f}`).join(", ") : "itself"} (see eslint.config.js and the README's "Code style").`,
  }));
  return [...zones, chartFolderZone(srcDir)];
}

/**
 * The import rules, as a config for files under `srcDir` (exported so tests/unit/gate.test.ts can lint a fixture tree).
 * @returns {import("eslint").Linter.Config}
 */
export function importDirection(srcDir = `${import.meta.dirname}/src`) {
  return {
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".js", ".mjs", ".astro"],
      // Parse imported .ts and .astro files as such, also when following imports from another kind of file.
      "import-x/ignore": ["node_modules"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"], "astro-eslint-parser": [".astro"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js", ".mjs", ".astro", ".json"] })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      "import-x/no-restricted-paths": ["error", { zones: layerZones(srcDir) }],
    },
  };
}

export default defineConfig(
  {
    ignores: [
      "dist/",
      "dist-subpath/",
      "dist-editions/",
      ".editions-fixture/",
      "reports/",
      "test-results/",
      "playwright-report/",
      ".astro/",
      ".vitest/",
      "reference-data/",
      "tests/fixtures/",
      "tests/bench/baseline/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.{ts,mjs,js,astro}"], ...importDirection() },
);
