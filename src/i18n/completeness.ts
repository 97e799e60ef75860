import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { mdxToMdast } from "satteri";
import { parse } from "yaml";
import type { TreeNode } from "../data/mdxTree.ts";
import { parseCatalog } from "./catalog.ts";
import { editionDir, type EditionCode } from "./editions.ts";

/** The fields of a data source an edition words itself, where the English has them (content/data/sources.json). */
export const SOURCE_TEXT_FIELDS = ["name", "release", "covers", "dataset", "vintage", "reporter", "notes"] as const;

/**
 * What a translation lacks, compared with the English it translates: every page, chapter, chart text (title, note
 * and the notes under each reporter), glossary term, claim translation, corrections entry, break and event (with its
 * sources' publishers), data source and UI string the English has. For a published edition the build
 * stops on any gap (src/integrations/editionCompleteness.ts); for a draft, `npm run editions:report` lists them.
 * Each gap names the file and the key, so a translator can go straight to it.
 */
export interface Gap {
  /** The translation's file (relative to the working directory), or the one it should be in. */
  file: string;
  /** What is missing or wrong there: a key, an id, a line. */
  key: string;
  problem: string;
}

type Translation = Exclude<EditionCode, "en">;

const rel = (path: string) => relative(process.cwd(), path) || path;

// ---------------------------------------------------------------------------------------------------------------
// MDX: frontmatter and the body's structure, paragraph for paragraph

/** Frontmatter values a translation keeps exactly as the English has them (ids, numbers, urls, the original title). */
const KEPT = new Set(["order", "ledger", "nav", "chart", "chart.id", "chart.state", "article.title", "article.outlet", "article.url"]);

/** Keys a translation adds: the article's headline in translation. */
const ADDED = new Set(["article.titleTranslation", "article.outletTranslation"]);

function flatten(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  } else if (prefix) out.set(prefix, value);
  return out;
}

/** One block of a page as the structure check sees it: its kind and the JSX tags and comments in it, in order. */
interface Block {
  line: number;
  kind: string;
  tags: string[];
}

function attributeText(a: NonNullable<TreeNode["attributes"]>[number]): string {
  if (a.type !== "mdxJsxAttribute") return `{...}`;
  if (a.value === null || a.value === undefined) return a.name ?? "";
  return typeof a.value === "string" ? `${a.name}="${a.value}"` : `${a.name}={${a.value.value.trim()}}`;
}

/** A JSX tag as written, attributes sorted: <Share flow="export" partner="china" year={2015}>. */
function tagText(node: TreeNode): string {
  const attributes = (node.attributes ?? []).map(attributeText).sort();
  return `<${node.name ?? ""}${attributes.length ? ` ${attributes.join(" ")}` : ""}>`;
}

const BLOCK_KINDS = new Set(["paragraph", "heading", "tableRow", "code", "html", "thematicBreak"]);

/** The page's blocks in order: paragraphs and headings with the inline tags in them, and each block-level tag. */
export function mdxBlocks(source: string): Block[] {
  const tree = mdxToMdast(source) as unknown as TreeNode;
  const blocks: Block[] = [];
  const inline = (node: TreeNode, tags: string[]) => {
    for (const child of node.children ?? []) {
      if (child.type === "mdxJsxTextElement") tags.push(tagText(child));
      if (child.type === "mdxTextExpression") tags.push(`{${(child.value ?? "").trim()}}`);
      inline(child, tags);
    }
  };
  const walk = (node: TreeNode) => {
    for (const child of node.children ?? []) {
      const line = child.position?.start.line ?? 0;
      if (child.type === "yaml") continue;
      if (child.type === "mdxJsxFlowElement") {
        blocks.push({ line, kind: "tag", tags: [tagText(child)] });
        walk(child);
        blocks.push({ line, kind: "end", tags: [`</${child.name ?? ""}>`] });
      } else if (child.type === "mdxFlowExpression") {
        blocks.push({ line, kind: "expression", tags: [`{${(child.value ?? "").trim()}}`] });
      } else if (BLOCK_KINDS.has(child.type)) {
        const tags: string[] = [];
        inline(child, tags);
        blocks.push({ line, kind: child.type === "heading" ? `heading ${child.depth ?? ""}` : child.type, tags });
      } else walk(child);
    }
  };
  walk(tree);
  return blocks;
}

function frontmatter(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  return match ? parse(match[1]!) : {};
}

/** How a translated MDX file departs from its English source: frontmatter keys and kept values, and block-for-block tags. */
export function mdxDifferences(englishSource: string, translatedSource: string, file: string): Gap[] {
  const gaps: Gap[] = [];
  const en = flatten(frontmatter(englishSource));
  const tr = flatten(frontmatter(translatedSource));
  for (const [key, value] of en) {
    if (!tr.has(key)) gaps.push({ file, key: `frontmatter ${key}`, problem: "missing: the English has it" });
    else if (KEPT.has(key) && JSON.stringify(tr.get(key)) !== JSON.stringify(value)) {
      gaps.push({ file, key: `frontmatter ${key}`, problem: `must stay as the English has it: ${JSON.stringify(value)}` });
    }
  }
  for (const key of tr.keys())
    if (!en.has(key) && !ADDED.has(key)) gaps.push({ file, key: `frontmatter ${key}`, problem: "the English has no such key" });
  if (en.has("article.title") && !tr.has("article.titleTranslation")) {
    gaps.push({ file, key: "frontmatter article.titleTranslation", problem: "missing: the article's headline in translation" });
  }
  const a = mdxBlocks(englishSource);
  const b = mdxBlocks(translatedSource);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) {
      gaps.push({
        file,
        key: `line ${y?.line ?? b.at(-1)?.line ?? 1}`,
        problem: `has ${b.length} blocks where the English has ${a.length}; ${x ? `the English's block at line ${x.line} (${x.kind}) has no counterpart` : `this ${y!.kind} has no English counterpart`}`,
      });
      break;
    }
    if (x.kind !== y.kind || x.tags.join(" ") !== y.tags.join(" ")) {
      gaps.push({
        file,
        key: `line ${y.line}`,
        problem: `this ${y.kind} [${y.tags.join(" ")}] does not match the English ${x.kind} at line ${x.line} [${x.tags.join(" ")}]: same blocks, tags and attributes, in order`,
      });
      // One mismatch usually shifts everything after it: report the first only.
      break;
    }
  }
  return gaps;
}

// ---------------------------------------------------------------------------------------------------------------
// YAML lists and the UI catalog

type Entry = Record<string, unknown>;
const readList = (path: string): Entry[] => {
  const list: unknown = parse(readFileSync(path, "utf8"));
  return Array.isArray(list) ? (list as Entry[]) : [];
};
const filled = (v: unknown) => typeof v === "string" && v.trim() !== "";
/** A field by its dotted path: "reporterNotes.china", "sources.0.publisher". */
const pick = (entry: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((v, k) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined), entry);

/** A translated list (charts, glossary, claims, breaks, sources) against its English: each English id present, with each field (a dotted path) filled. */
function listGaps(englishPath: string, translatedPath: string, fields: (english: Entry) => string[]): Gap[] {
  const file = rel(translatedPath);
  if (!existsSync(translatedPath)) return [{ file, key: "(file)", problem: `missing: translates ${rel(englishPath)}` }];
  const translated = new Map(readList(translatedPath).map((e) => [String(e.id), e]));
  const gaps: Gap[] = [];
  for (const english of readList(englishPath)) {
    const id = String(english.id);
    const entry = translated.get(id);
    if (!entry) gaps.push({ file, key: id, problem: `missing: ${rel(englishPath)} has it` });
    else
      for (const field of fields(english))
        if (!filled(pick(entry, field))) gaps.push({ file, key: `${id}.${field}`, problem: "missing or empty" });
  }
  return gaps;
}

interface TermbaseEntry {
  id: string;
  en: string;
  ru: string;
  kk: string;
  short?: Record<string, string>;
}

/** The glossary's names must be the termbase's: `full` its name, `short` its abbreviation (or its name where it has none). */
export function glossaryTermbaseGaps(code: Translation, glossaryPath: string, termsPath = "content/i18n/terms.yaml"): Gap[] {
  if (!existsSync(glossaryPath)) return [];
  const terms = new Map((parse(readFileSync(termsPath, "utf8")) as TermbaseEntry[]).map((t) => [t.id, t]));
  const gaps: Gap[] = [];
  for (const entry of readList(glossaryPath)) {
    const term = terms.get(String(entry.id));
    const file = rel(glossaryPath);
    if (!term) {
      gaps.push({ file, key: String(entry.id), problem: "not in the termbase, content/i18n/terms.yaml" });
      continue;
    }
    const full = term[code];
    const short = term.short?.[code] ?? full;
    if (entry.full !== full) gaps.push({ file, key: `${String(entry.id)}.full`, problem: `must be the termbase's name, "${full}"` });
    if (entry.short !== short) gaps.push({ file, key: `${String(entry.id)}.short`, problem: `must be the termbase's "${short}"` });
  }
  return gaps;
}

/** content/editions/<code>/corrections.yaml: one entry per English entry, same order, date/page/anchor copied, what/why given. */
function correctionGaps(englishPath: string, translatedPath: string): Gap[] {
  const file = rel(translatedPath);
  if (!existsSync(translatedPath)) return [{ file, key: "(file)", problem: `missing: translates ${rel(englishPath)}` }];
  const english = readList(englishPath);
  const translated = readList(translatedPath);
  const gaps: Gap[] = [];
  english.forEach((e, i) => {
    const t = translated[i];
    const key = `entry ${i + 1} (${String(e.date)} ${String(e.page ?? e.claim ?? "")}${e.anchor ? `#${String(e.anchor)}` : ""})`;
    if (!t) gaps.push({ file, key, problem: "missing" });
    else {
      for (const f of ["date", "page", "anchor"]) {
        if (String(t[f] ?? "") !== String(e[f] ?? ""))
          gaps.push({ file, key: `${key}.${f}`, problem: `must be copied as it is: ${JSON.stringify(e[f] ?? null)}` });
      }
      for (const f of ["what", "why"]) if (!filled(t[f])) gaps.push({ file, key: `${key}.${f}`, problem: "missing or empty" });
    }
  });
  return gaps;
}

export function catalogGaps(code: Translation, uiDir: string): Gap[] {
  const englishPath = join(uiDir, "en.yaml");
  const path = join(uiDir, `${code}.yaml`);
  if (!existsSync(path)) return [{ file: rel(path), key: "(file)", problem: "missing: the UI strings of the edition" }];
  const english = parseCatalog(readFileSync(englishPath, "utf8"), rel(englishPath));
  const translated = parseCatalog(readFileSync(path, "utf8"), rel(path));
  const gaps: Gap[] = Object.keys(english)
    .filter((key) => !(key in translated))
    .map((key) => ({ file: rel(path), key, problem: `missing: ${rel(englishPath)} has "${english[key]}"` }));
  for (const key of Object.keys(translated))
    if (!(key in english)) gaps.push({ file: rel(path), key, problem: "not in the English catalog" });
  for (const [key, text] of Object.entries(english)) {
    const placeholders = (s: string) =>
      [...s.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join(",");
    if (translated[key] !== undefined && placeholders(text) !== placeholders(translated[key]!)) {
      gaps.push({ file: rel(path), key, problem: `must keep the placeholders of the English: ${placeholders(text) || "none"}` });
    }
  }
  return gaps;
}

// ---------------------------------------------------------------------------------------------------------------

export interface CompletenessRoots {
  /** Where the English content is: content/. */
  content?: string;
  /** The translation's folder: content/editions/<code>/ (or under EDITIONS_ROOT). */
  edition?: string;
  /** The UI catalogs: content/i18n/ui/. */
  ui?: string;
}

/** Every gap in a translation against the English, in the order a translator would go through them. */
export function editionGaps(code: Translation, roots: CompletenessRoots = {}): Gap[] {
  const content = roots.content ?? "content";
  const dir = roots.edition ?? editionDir(code);
  const gaps: Gap[] = [];
  for (const folder of ["stories", "pages"]) {
    for (const name of readdirSync(join(content, folder))
      .filter((n) => n.endsWith(".mdx"))
      .sort()) {
      const englishPath = join(content, folder, name);
      const path = join(dir, folder, name);
      if (!existsSync(path)) gaps.push({ file: rel(path), key: "(file)", problem: `missing: translates ${rel(englishPath)}` });
      else gaps.push(...mdxDifferences(readFileSync(englishPath, "utf8"), readFileSync(path, "utf8"), rel(path)));
    }
  }
  gaps.push(
    ...listGaps(join(content, "charts.yaml"), join(dir, "charts.yaml"), (e) => [
      "title",
      ...(e.note ? ["note"] : []),
      ...Object.keys((e.reporterNotes as object | undefined) ?? {}).map((r) => `reporterNotes.${r}`),
    ]),
  );
  // The breaks and events drawn on charts and listed on the methods page: their words, and their sources' publishers.
  gaps.push(
    ...listGaps(join(content, "data/breaks.yaml"), join(dir, "breaks.yaml"), (e) => [
      "label",
      "title",
      "what",
      ...(e.cause ? ["cause"] : []),
      ...((e.sources as Entry[] | undefined) ?? []).flatMap((s, i) => [`sources.${i}.publisher`, ...(s.date ? [`sources.${i}.date`] : [])]),
    ]),
  );
  // The data sources named under every chart, on the cards and on the data and methods pages.
  gaps.push(
    ...listGaps(join(content, "data/sources.json"), join(dir, "sources.yaml"), (e) => [
      ...SOURCE_TEXT_FIELDS.filter((f) => e[f]),
      "reportedBy",
      "publisher",
      "licence",
      ...((e.morePages as unknown[] | undefined) ?? []).map((_, i) => `morePages.${i}`),
    ]),
  );
  gaps.push(...listGaps(join(content, "glossary.yaml"), join(dir, "glossary.yaml"), () => ["short", "full", "definition"]));
  gaps.push(...glossaryTermbaseGaps(code, join(dir, "glossary.yaml"), join(content, "i18n/terms.yaml")));
  gaps.push(...listGaps(join(content, "claims/claims.yaml"), join(dir, "claims.yaml"), () => ["topic", "quoteTranslation", "explanation"]));
  gaps.push(...correctionGaps(join(content, "corrections.yaml"), join(dir, "corrections.yaml")));
  gaps.push(...catalogGaps(code, roots.ui ?? join(content, "i18n/ui")));
  return gaps;
}

/** Gaps as lines: `file: key: problem`. */
export function formatGaps(gaps: readonly Gap[]): string {
  return gaps.map((g) => `  ${g.file}: ${g.key}: ${g.problem}`).join("\n");
}
