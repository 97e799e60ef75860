import { readFileSync } from "node:fs";
import { parse } from "node-html-parser";
import { distFiles, DIST } from "../build/distPages.ts";

/** Every page the build produced, as a URL path relative to the site's base (e.g. "chapters/the-tilt/"). */
export function sitePaths(): string[] {
  return distFiles()
    .filter((file) => file.endsWith("index.html"))
    .map((file) => file.replace(/index\.html$/, ""));
}

/** The scrollytelling steps of a built page, read from dist/ so tests can be generated per step. */
export function builtSteps(path: string): { id: string; state: string }[] {
  const html = readFileSync(`${DIST}/${path}index.html`, "utf8");
  return parse(html)
    .querySelectorAll("[data-scrolly] [data-step]")
    .map((step) => ({ id: step.id, state: step.getAttribute("data-state") ?? "" }));
}
