import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** The build under test: dist/, or another (DIST=dist-subpath) built with BASE_PATH. */
export const DIST = process.env.DIST ?? "dist";
/** The base path the build was made for, always with slashes at both ends. */
export const BASE = `/${(process.env.BASE_PATH ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");

/** Every file under a built site, as paths relative to it with forward slashes. */
export function distFiles(dir = DIST, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? distFiles(path, root) : [relative(root, path).split("\\").join("/")];
  });
}

/** Every built HTML page, with its text. */
export function distPages(dir = DIST): { path: string; html: string }[] {
  return distFiles(dir)
    .filter((path) => path.endsWith(".html"))
    .map((path) => ({ path, html: readFileSync(join(dir, path), "utf8") }));
}
