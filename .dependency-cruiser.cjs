/**
 * dependency-cruiser: no import cycles in src/, counting `import type` too (ESLint's import-x/no-cycle sees
 * only imports that run). Run by `npm run lint`; the layers themselves are in eslint.config.js.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A module may not import (even only types from) a module that imports it back, directly or through others.",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
