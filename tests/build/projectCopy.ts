import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { stripVTControlCharacters } from "node:util";

const ROOT = resolve(import.meta.dirname, "../..");
/** Build output, caches and reports: a copy starts without them, as a fresh clone does. */
const LEFT_OUT = new Set(["node_modules", "dist", "dist-subpath", ".astro", "reports", "test-results", "playwright-report", ".git"]);

/**
 * Copies the project's sources to a new temporary folder, so a test can change content or build
 * without touching the working tree. node_modules is shared through one link per package, not one
 * link for the folder: Astro and Vite keep caches in node_modules/.astro and .vite, and those must
 * stay per copy, or one build would see another's content.
 */
export function copyProject(prefix = "kz-trade-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => source === ROOT || !LEFT_OUT.has(basename(source)) || !isTopLevel(source),
  });
  mkdirSync(join(dir, "node_modules"));
  for (const entry of readdirSync(join(ROOT, "node_modules"))) {
    if (entry.startsWith(".") && entry !== ".bin") continue;
    symlinkSync(join(ROOT, "node_modules", entry), join(dir, "node_modules", entry));
  }
  return dir;
}

function isTopLevel(source: string): boolean {
  return resolve(source, "..") === ROOT;
}

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/**
 * Variables vitest sets in its own process (import.meta.env's BASE_URL, MODE, DEV, PROD, SSR, and
 * NODE_ENV=test) that a build must not inherit: Vite reads them, so a build under BASE_PATH=/kz-trade/
 * still wrote links to "/" and NODE_ENV=test is not a production build.
 */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*)$/;

/** Runs `astro build` in a project folder, as `npm run build` would from a shell, with extra environment variables. */
export function build(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(dir, "node_modules/astro/bin/astro.mjs"), "build"], {
      cwd: dir,
      env: { ...inherited, NO_COLOR: "1", FORCE_COLOR: "0", ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", fail);
    child.on("close", (status) => done({ status, output: stripVTControlCharacters(output) }));
  });
}
