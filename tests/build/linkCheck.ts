import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import { distFiles } from "./distPages.ts";

/** Attributes that name a URL the browser loads or follows, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  iframe: ["src"],
  embed: ["src"],
  object: ["data"],
  use: ["href", "xlink:href"],
  image: ["href", "xlink:href"],
  form: ["action"],
};

/** An element as htmlparser2 gives it (its type package is not a direct dependency). */
type Element = Parameters<typeof DomUtils.findAll>[0] extends (element: infer E) => boolean ? E : never;

/** A stand-in origin to resolve links against: any URL that resolves elsewhere is another site's. */
const ORIGIN = "http://site.invalid";

export interface SiteReport {
  /** Broken references, each naming the page, the element and what is wrong. */
  problems: string[];
  /** Pages no link leads to from the front page (the 404 page is exempt: hosts send it). */
  orphans: string[];
}

interface Page {
  file: string;
  doc: ReturnType<typeof parseDocument>;
}

/** The URL path a page is served at: dir/index.html at dir/. */
const pageUrl = (base: string, file: string) => base + file.replace(/(^|\/)index\.html$/, "$1");

/** The file a URL path maps to on a plain static host, trying dir/index.html and name.html as hosts do. */
function fileFor(dir: string, relativePath: string): string | undefined {
  const candidates =
    relativePath === "" || relativePath.endsWith("/")
      ? [`${relativePath}index.html`]
      : [relativePath, `${relativePath}.html`, `${relativePath}/index.html`];
  return candidates.find((candidate) => existsSync(join(dir, candidate)) && statSync(join(dir, candidate)).isFile());
}

function urlsIn(element: Element): string[] {
  return (URL_ATTRIBUTES[element.name] ?? []).flatMap((attribute) => {
    const value = element.attribs[attribute];
    if (value === undefined) return [];
    // srcset: "url 1x, url 2x"
    return attribute === "srcset"
      ? value
          .split(",")
          .map((part) => part.trim().split(/\s+/)[0]!)
          .filter(Boolean)
      : [value];
  });
}

/** url(...) references in inline and linked stylesheets. */
function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!).filter((u) => !u.startsWith("data:"));
}

const ids = (doc: ReturnType<typeof parseDocument>) =>
  new Set(
    DomUtils.findAll((e) => e.attribs.id !== undefined || (e.name === "a" && e.attribs.name !== undefined), doc.children).map(
      (e) => e.attribs.id ?? e.attribs.name!,
    ),
  );

/**
 * Checks a built site as a static host under `base` would serve it: every internal link, asset and
 * fragment (#id) resolves, nothing points outside the base path, and every page can be reached by
 * links from the front page.
 */
export function checkSite(dir: string, base: string): SiteReport {
  const files = distFiles(dir);
  const pages = new Map<string, Page>(
    files.filter((f) => f.endsWith(".html")).map((file) => [file, { file, doc: parseDocument(readFileSync(join(dir, file), "utf8")) }]),
  );
  const idsByPage = new Map([...pages].map(([file, page]) => [file, ids(page.doc)]));
  const problems: string[] = [];
  const linksFrom = new Map<string, Set<string>>();

  /** Resolves one reference; returns the page it leads to, if it is an internal page. */
  const check = (from: string, where: string, reference: string, fromUrl: string): string | undefined => {
    if (/^\s*javascript:/i.test(reference)) {
      problems.push(`${from}: ${where} uses a javascript: URL`);
      return undefined;
    }
    const url = new URL(reference, ORIGIN + fromUrl);
    if (url.origin !== ORIGIN) return undefined; // another site, mailto: or data: — not ours to check
    if (!url.pathname.startsWith(base)) {
      problems.push(`${from}: ${where} points outside the base path ${base}`);
      return undefined;
    }
    const target = fileFor(dir, decodeURIComponent(url.pathname.slice(base.length)));
    if (!target) {
      problems.push(`${from}: ${where} leads to no file in ${dir}/`);
      return undefined;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment !== "" && fragment !== "top" && target.endsWith(".html") && !idsByPage.get(target)?.has(fragment)) {
      problems.push(`${from}: ${where} names #${fragment}, which ${target} has no element with`);
    }
    return target.endsWith(".html") ? target : undefined;
  };

  for (const [file, page] of pages) {
    const fromUrl = pageUrl(base, file);
    const links = new Set<string>();
    for (const element of DomUtils.findAll(() => true, page.doc.children)) {
      for (const reference of urlsIn(element)) {
        const target = check(file, `<${element.name} ${reference}>`, reference, fromUrl);
        if (target && (element.name === "a" || element.name === "area")) links.add(target);
      }
      if (element.name === "style") {
        for (const reference of cssUrls(DomUtils.textContent(element))) check(file, `<style> url(${reference})`, reference, fromUrl);
      }
      const aria = ["aria-labelledby", "aria-describedby", "aria-controls", "for"].flatMap((a) =>
        (element.attribs[a] ?? "")
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => [a, id] as const),
      );
      for (const [attribute, id] of aria) {
        if (!idsByPage.get(file)!.has(id)) problems.push(`${file}: <${element.name} ${attribute}="${id}"> names no element of the page`);
      }
    }
    linksFrom.set(file, links);
  }
  for (const css of files.filter((f) => f.endsWith(".css"))) {
    for (const reference of cssUrls(readFileSync(join(dir, css), "utf8"))) check(css, `url(${reference})`, reference, base + css);
  }

  const reached = new Set<string>();
  const queue = pages.has("index.html") ? ["index.html"] : [];
  if (queue.length === 0) problems.push(`${dir}/index.html: there is no front page`);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (reached.has(file)) continue;
    reached.add(file);
    queue.push(...(linksFrom.get(file) ?? []));
  }
  // The 404 pages (the site's, and a translated edition's ru/404.html) are reached by a missing address, never a link.
  const orphans = [...pages.keys()].filter((file) => !/^([a-z]{2,3}\/)?404\.html$/.test(file) && !reached.has(file));
  return { problems, orphans };
}
