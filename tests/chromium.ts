/**
 * The one Chromium that the browser tests, the print (PDF) checks and every bench step (Playwright and
 * Lighthouse) drive, found so that `npm install && npm test` needs no other step: no root, no apt, no
 * download from outside the npm registry. Searched in this order:
 *
 * 1. `CHROMIUM_PATH`, if set (it must exist: a typo is an error, not a silent fallback);
 * 2. a system Chromium or Chrome at the usual Linux and macOS paths;
 * 3. a browser Playwright installed (`npx playwright install chromium`, where downloads work);
 * 4. on Linux x64, the headless Chromium inside the npm package `@sparticuz/chromium` (a devDependency),
 *    unpacked once per user and version into ~/.cache/kz-trade/ (see unpackNpmChromium).
 *
 * `CHROMIUM_SEARCH` limits and orders steps 2-4 (a comma list of `system`, `playwright`, `npm`); for
 * example `CHROMIUM_SEARCH=npm` tests the npm fallback on a machine that has a system Chromium.
 * The first process to look prints one line naming the browser and passes it on to its children (the
 * Playwright workers) in `KZ_TRADE_CHROMIUM`, so they neither search again nor print again.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir, tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export type BrowserSource = "CHROMIUM_PATH" | "system" | "playwright" | "npm";

export interface FoundBrowser {
  /** The file to launch. */
  path: string;
  /** Which step of the search found it. */
  source: BrowserSource;
  /** What it says it is (`--version`), e.g. "Chromium 153.0.8010.0". */
  version: string;
}

export const SEARCH_STEPS = ["system", "playwright", "npm"] as const;
type SearchStep = (typeof SEARCH_STEPS)[number];

/** Where Linux distributions and macOS put Chromium and Chrome. */
export const SYSTEM_PATHS: Record<string, readonly string[]> = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/google-chrome",
    "/usr/bin/chrome",
    "/snap/bin/chromium",
    "/opt/google/chrome/chrome",
  ],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    join(homedir(), "Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
    join(homedir(), "Applications/Chromium.app/Contents/MacOS/Chromium"),
  ],
};

const require = createRequire(import.meta.url);

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browser's own name and version, or undefined where it does not start (a snap stub, a broken install). */
function versionOf(path: string): string | undefined {
  const run = spawnSync(path, ["--version"], { encoding: "utf8", timeout: 20_000 });
  return run.status === 0 && run.stdout.trim() ? run.stdout.trim() : undefined;
}

/** Browsers Playwright downloaded: the one this Playwright expects first, then any other version it left. */
function playwrightBrowsers(env: NodeJS.ProcessEnv): string[] {
  const found: string[] = [];
  try {
    const { chromium } = require("@playwright/test") as typeof import("@playwright/test");
    found.push(chromium.executablePath());
  } catch {
    // playwright-core knows no browser for this platform
  }
  const root =
    env.PLAYWRIGHT_BROWSERS_PATH ||
    (process.platform === "darwin" ? join(homedir(), "Library/Caches/ms-playwright") : join(homedir(), ".cache/ms-playwright"));
  const inside = [
    "chrome-linux64/chrome",
    "chrome-linux/chrome",
    "chrome-headless-shell-linux64/chrome-headless-shell",
    "chrome-mac/Chromium.app/Contents/MacOS/Chromium",
    "chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
    "chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
  ];
  if (existsSync(root)) {
    for (const dir of readdirSync(root)
      .filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d))
      .sort()
      .reverse()) {
      for (const file of inside) found.push(join(root, dir, file));
    }
  }
  return found;
}

/** A folder of this user's own: `$XDG_CACHE_HOME` or ~/.cache, else the temporary folder with the user id in its name. */
function userCacheDir(): string {
  const home = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  try {
    mkdirSync(join(home, "kz-trade"), { recursive: true });
    accessSync(join(home, "kz-trade"), constants.W_OK);
    return join(home, "kz-trade");
  } catch {
    const dir = join(tmpdir(), `kz-trade-${userInfo().uid}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return dir;
  }
}

/**
 * Unpacks the headless Chromium shipped in the npm package `@sparticuz/chromium` and returns what to launch.
 *
 * The package unpacks into `os.tmpdir()` itself (`/tmp/chromium`, mode 0700, plus its GL libraries and
 * fonts), which fails or hands over another user's file where someone else unpacked it first. So it runs
 * here in a child process whose TMPDIR is a fresh folder in this user's cache, which is then renamed into
 * place in one step: a second process never sees half a browser. Its default launch flags are not used:
 * they turn off web security (and so the Content-Security-Policy the tests check) and force one process.
 *
 * The binary is built for Amazon Linux and needs the NSS libraries that a desktop Linux has; where `ldd`
 * reports one missing, the package's own copies (al2023.tar.br) are put on LD_LIBRARY_PATH by a small
 * wrapper script, which also points fontconfig at the package's fonts where the system has no fontconfig.
 */
export function unpackNpmChromium(cacheDir = userCacheDir()): string | undefined {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  let entry: string;
  try {
    entry = require.resolve("@sparticuz/chromium");
  } catch {
    return undefined;
  }
  const packageDir = join(dirname(entry), "..");
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string };
  const dir = join(cacheDir, `sparticuz-chromium-${version}`);
  const binary = join(dir, "chromium");
  if (!isExecutable(binary)) {
    const staging = `${dir}.partial-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const script = `
      const { default: Chromium, inflate } = await import(${JSON.stringify(pathToFileURL(entry).href)});
      const bin = ${JSON.stringify(join(packageDir, "bin"))};
      await Chromium.executablePath(bin);
      await inflate(bin + "/al2023.tar.br");`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      env: { ...process.env, TMPDIR: staging },
      encoding: "utf8",
    });
    if (run.status !== 0 || !isExecutable(join(staging, "chromium"))) {
      rmSync(staging, { recursive: true, force: true });
      throw new Error(`could not unpack @sparticuz/chromium into ${dir}: ${run.stderr || run.error}`);
    }
    try {
      renameSync(staging, dir);
    } catch {
      // Another process unpacked the same version meanwhile: use its copy.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return wrapIfNeeded(dir, binary);
}

function wrapIfNeeded(dir: string, binary: string): string {
  const ldd = spawnSync("ldd", [binary], { encoding: "utf8" });
  const missingLibraries = ldd.status === 0 && /not found/.test(ldd.stdout);
  const noFontconfig = !existsSync("/etc/fonts/fonts.conf");
  if (!missingLibraries && !noFontconfig) return binary;
  const lines = ["#!/bin/sh", "# Written by tests/chromium.ts: the libraries and fonts this headless Chromium needs and the system lacks."];
  if (missingLibraries) lines.push(`export LD_LIBRARY_PATH="${dir}/al2023/lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"`);
  if (noFontconfig) {
    writeFileSync(
      join(dir, "fonts.conf"),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${dir}/fonts/fonts</dir><cachedir>${dir}/fonts-cache</cachedir></fontconfig>\n`,
    );
    lines.push(`export FONTCONFIG_FILE="${dir}/fonts.conf"`);
  }
  lines.push(`exec "${binary}" "$@"`, "");
  const wrapper = join(dir, "chromium-wrapped.sh");
  writeFileSync(wrapper, lines.join("\n"), { mode: 0o755 });
  return wrapper;
}

/** Which of steps 2-4 to take, in order: CHROMIUM_SEARCH, or all of them. */
export function searchSteps(value = process.env.CHROMIUM_SEARCH): SearchStep[] {
  if (!value) return [...SEARCH_STEPS];
  const steps = value.split(",").map((s) => s.trim());
  const unknown = steps.filter((s) => !(SEARCH_STEPS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`CHROMIUM_SEARCH: unknown step ${unknown.join(", ")} (known: ${SEARCH_STEPS.join(", ")})`);
  return steps as SearchStep[];
}

/** Searches for a browser as the header of this file describes, without printing or caching. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  if (env.CHROMIUM_PATH) {
    const version = versionOf(env.CHROMIUM_PATH);
    if (!version) throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not run (try it with --version)`);
    return { path: env.CHROMIUM_PATH, source: "CHROMIUM_PATH", version };
  }
  const tried: string[] = [];
  for (const step of searchSteps(env.CHROMIUM_SEARCH)) {
    const candidates =
      step === "system" ? (SYSTEM_PATHS[process.platform] ?? []) : step === "playwright" ? playwrightBrowsers(env) : [unpackNpmChromium()];
    for (const path of candidates) {
      if (!path || !isExecutable(path)) continue;
      const version = versionOf(path);
      if (version) return { path, source: step, version };
      tried.push(`${path} (does not start)`);
    }
    tried.push(
      step === "npm"
        ? `@sparticuz/chromium (${process.platform}-${process.arch}${process.platform === "linux" && process.arch === "x64" ? "" : ": Linux x64 only"})`
        : `${step} browsers`,
    );
  }
  throw new Error(
    `No Chromium for the browser tests. Tried: ${tried.join("; ")}. Set CHROMIUM_PATH to a Chromium or Chrome, ` +
      "or run `npx playwright install chromium` where downloads work.",
  );
}

const describeSource: Record<BrowserSource, string> = {
  CHROMIUM_PATH: "from CHROMIUM_PATH",
  system: "the system's",
  playwright: "installed by Playwright",
  npm: "from the npm package @sparticuz/chromium",
};

let found: FoundBrowser | undefined;

/**
 * The browser every test and bench step launches. The first call in a run searches and prints one line;
 * later calls, and child processes, reuse the answer.
 */
export function testBrowser(): FoundBrowser {
  if (found) return found;
  const inherited = process.env.KZ_TRADE_CHROMIUM;
  if (inherited) {
    found = JSON.parse(inherited) as FoundBrowser;
    return found;
  }
  found = findChromium();
  process.env.KZ_TRADE_CHROMIUM = JSON.stringify(found);
  console.log(`Browser for the tests: ${found.version}, ${describeSource[found.source]} (${found.path})`);
  return found;
}

/**
 * Flags that keep Chromium quiet and offline: no sandbox (containers), no GPU, and no background
 * fetches (updates, sync, QUIC probes), which would add requests that are not the page's.
 * These are the only flags passed, whichever browser was found.
 */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Chrome-launcher starts the binary itself, so it needs the headless flag spelled out. */
export const headlessChromiumFlags = ["--headless=new", ...chromiumFlags];
