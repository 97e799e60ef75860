import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { performance } from "node:perf_hooks";

/**
 * Runs the site's build (`astro build`, what `npm run build` runs, without npm's own start-up) and
 * returns its wall time. Its output goes to a log file; a failed build stops the bench.
 */
export function timeBuild(logFile: string): Promise<number> {
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - started;
      log.end();
      if (code === 0) resolve(wallMs);
      else reject(new Error(`astro build failed (exit ${code}); see ${logFile}`));
    });
  });
}
