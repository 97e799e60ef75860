import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { parse } from "yaml";
import { z } from "astro/zod";

/**
 * The site's editions: English, the source, at the site root; Russian under /ru/ and Kazakh (Cyrillic script)
 * under /kk/. Every page has the same path in each edition after the prefix, and the same step and section ids.
 *
 * A non-English edition's content lives in content/editions/<code>/ (see the README, "Editions"), with its
 * edition.yaml saying whether it is a `draft` (not built, not linked) or `published` (built in full, and the
 * build fails on anything the English has that it lacks). EDITIONS_ROOT points the editions' content at
 * another folder (the tests use a fixture edition under tests/fixtures/editions/).
 */
export const editionCodes = ["en", "ru", "kk"] as const;
export type EditionCode = (typeof editionCodes)[number];

export interface Edition {
  code: EditionCode;
  /** BCP-47 tag for <html lang> and hreflang. Kazakh's suppressed script is Cyrillic, so "kk" means Cyrillic Kazakh. */
  lang: string;
  /** The locale Intl formats numbers and dates with. */
  intl: string;
  /** The edition's name in its own language, for the language switch. */
  name: string;
  /** The path prefix after the base: "" for English, "ru/" for Russian. */
  prefix: string;
}

export const editions: Readonly<Record<EditionCode, Edition>> = {
  en: { code: "en", lang: "en", intl: "en-GB", name: "English", prefix: "" },
  ru: { code: "ru", lang: "ru", intl: "ru-RU", name: "Русский", prefix: "ru/" },
  kk: { code: "kk", lang: "kk", intl: "kk-KZ", name: "Қазақша", prefix: "kk/" },
};

export const sourceEdition: Edition = editions.en;

/** The folder that holds content/editions/<code>/ for each translation: EDITIONS_ROOT, or content/editions. */
export function editionsRoot(): string {
  const root = process.env.EDITIONS_ROOT || "content/editions";
  return isAbsolute(root) ? root : resolve(process.cwd(), root);
}

/** A translation's folder: content/editions/<code>/ (or under EDITIONS_ROOT). */
export function editionDir(code: EditionCode): string {
  return join(editionsRoot(), code);
}

/** content/editions/<code>/edition.yaml: what the lead and the translators say about an edition. */
/** A mailto: or https: address where readers report a mistake. */
const reportAddressSchema = z.union([z.url({ protocol: /^https$/ }), z.string().regex(/^mailto:\S+@\S+$/)]);

export const editionFileSchema = z.object({
  /** draft: not built into the site, not linked, its gaps only reported; published: built in full, and complete. */
  status: z.enum(["draft", "published"]),
  /** The English release the translation follows, e.g. "0.2.0". */
  translatedFrom: z.object({ version: z.string(), date: z.iso.date() }),
  /**
   * Where a reader reports a mistake in this translation (mailto: or https:), when it differs from the site's
   * address for reports (REPORT_TO at build time, see reportAddress); null to use the site's.
   */
  reportTo: reportAddressSchema.nullable(),
});
export type EditionFile = z.infer<typeof editionFileSchema>;

const cache = new Map<string, EditionFile | undefined>();

/** The edition.yaml of a translation, checked; undefined when the edition has none yet (a draft). */
export function editionFile(code: Exclude<EditionCode, "en">): EditionFile | undefined {
  const path = join(editionDir(code), "edition.yaml");
  if (cache.has(path)) return cache.get(path);
  let file: EditionFile | undefined;
  if (existsSync(path)) {
    const parsed = editionFileSchema.safeParse(parse(readFileSync(path, "utf8")));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${path}, field "${issue.path.join(".")}": ${issue.message}`);
    }
    file = parsed.data;
  }
  cache.set(path, file);
  return file;
}

/**
 * Where a reader of a translated edition reports a mistake: the edition's own reportTo, or the site's address for
 * reports, REPORT_TO, which the publisher sets at build time as it sets SITE_URL (an address is the publisher's
 * to give, so the code holds none). Undefined when neither is set: the notice then offers no link, and the build
 * warns (astro.config.mjs).
 */
export function reportAddress(code: Exclude<EditionCode, "en">): string | undefined {
  const own = editionFile(code)?.reportTo;
  if (own) return own;
  const site = process.env.REPORT_TO;
  if (!site) return undefined;
  const parsed = reportAddressSchema.safeParse(site);
  if (!parsed.success) throw new Error(`REPORT_TO="${site}": expected an https: or mailto: address where readers report a mistake`);
  return parsed.data;
}

/** Whether an edition is built into the site: English always, a translation when its edition.yaml says published. */
export function isPublished(code: EditionCode): boolean {
  return code === "en" || editionFile(code)?.status === "published";
}

/** The editions built into the site, English first. */
export function publishedEditions(): Edition[] {
  return editionCodes.filter(isPublished).map((code) => editions[code]);
}

/** The translations built into the site (for routes under /<code>/). */
export function publishedTranslations(): Edition[] {
  return publishedEditions().filter((e) => e.code !== "en");
}

/** The edition a path (under the base) belongs to: /ru/... is Russian, /kk/... Kazakh, anything else English. */
export function editionOfPath(pathname: string, base: string): Edition {
  const root = base.replace(/\/?$/, "/");
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, "");
  const first = rest.split("/")[0];
  const found = editionCodes.find((code) => code !== "en" && code === first);
  return editions[found ?? "en"];
}

/** A path inside the site without the base and without the edition prefix: "chapters/the-tilt/" for /kz-trade/ru/chapters/the-tilt/. */
export function pagePathOf(pathname: string, base: string): string {
  const root = base.replace(/\/?$/, "/");
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, "");
  const edition = editionOfPath(pathname, base);
  return edition.prefix && rest.startsWith(edition.prefix)
    ? rest.slice(edition.prefix.length)
    : edition.prefix && rest === edition.code
      ? ""
      : rest;
}

/** The same page in another edition: base + prefix + page path. */
export function pathInEdition(pagePath: string, edition: Edition, base: string): string {
  return `${base.replace(/\/?$/, "/")}${edition.prefix}${pagePath}`;
}

/**
 * The base for links to pages in the edition of the page being built: "/ru/" (or "/kz-trade/ru/") on a Russian page,
 * the plain base on an English one. Files (CSV, the data package, images) are shared: link them under the plain base.
 */
export function editionBase(pathname: string, base: string): string {
  return `${base.replace(/\/?$/, "/")}${editionOfPath(pathname, base).prefix}`;
}
