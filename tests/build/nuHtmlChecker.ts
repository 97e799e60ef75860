import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";

export interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Messages the checker gets wrong, never shown. Its CSS grammar predates `paint-order` (CSS Fill
 * and Stroke, in every browser since 2016), so it calls a valid property an error.
 */
const CHECKER_LIMITATIONS = [/^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/];

const JAVA = process.env.JAVA ?? "java";
/** The checker as the vnu-jar package ships it (the package has no types; its path is all we need). */
const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

/** Whether Java runs here; the W3C Nu HTML Checker (vnu.jar) needs it. */
export const javaAvailable = (): boolean => spawnSync(JAVA, ["-version"], { stdio: "ignore" }).status === 0;

/** Runs the Nu HTML Checker once over the given HTML files and returns its errors, by file as given. */
export function nuHtmlErrors(files: string[]): Map<string, NuMessage[]> {
  const run = spawnSync(JAVA, ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  // The checker reports on stderr, and exits 1 when it found errors; anything else is a failure to run.
  if (run.error || (run.status !== 0 && run.status !== 1)) throw new Error(`vnu.jar did not run: ${run.error ?? run.stderr}`);
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  const byFile = new Map<string, NuMessage[]>(files.map((file) => [file, []]));
  const fileOf = new Map(files.map((file) => [new URL(`file:${resolve(file)}`).href, file]));
  for (const message of messages) {
    if (message.type !== "error" || CHECKER_LIMITATIONS.some((p) => p.test(message.message))) continue;
    const file = fileOf.get(new URL(message.url).href) ?? message.url;
    byFile.set(file, [...(byFile.get(file) ?? []), message]);
  }
  return byFile;
}

/** One line per error: where it is, what it says, and the markup around it. */
export const describeNuError = (m: NuMessage) => `line ${m.lastLine ?? "?"}:${m.lastColumn ?? "?"}: ${m.message} [${m.extract ?? ""}]`;
