import enYaml from "../../content/i18n/ui/en.yaml?raw";
import ruYaml from "../../content/i18n/ui/ru.yaml?raw";
import kkYaml from "../../content/i18n/ui/kk.yaml?raw";
import type { EditionCode } from "./editions.ts";
import { parseCatalog, type UiCatalog } from "./catalog.ts";

/**
 * The site's UI strings per edition (content/i18n/ui/<code>.yaml): one flat map of key to text, the same keys in
 * every edition. English is the source: a key missing from a translation is a build error for a published
 * edition (src/i18n/completeness.ts), and falls back to nothing silently never.
 */
const sources: Record<EditionCode, string> = { en: enYaml, ru: ruYaml, kk: kkYaml };
const cache = new Map<EditionCode, UiCatalog>();

export function catalog(code: EditionCode): UiCatalog {
  let found = cache.get(code);
  if (!found) {
    found = parseCatalog(sources[code], `content/i18n/ui/${code}.yaml`);
    cache.set(code, found);
  }
  return found;
}

/** A UI string in an edition, with {name} placeholders filled; a missing key stops the build naming file and key. */
export function t(code: EditionCode, key: string, values: Record<string, string | number> = {}): string {
  const text = catalog(code)[key];
  if (text === undefined)
    throw new Error(`content/i18n/ui/${code}.yaml: no string for key "${key}" (the English is in content/i18n/ui/en.yaml)`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const verdictKeys = {
  supported: "verdict.supported",
  "partly supported": "verdict.partly",
  contradicted: "verdict.contradicted",
  "not verifiable with these data": "verdict.notVerifiable",
} as const;

/**
 * A claim's verdict as its label says it: `shown` on screen, with `before` and `after` the words only screen
 * readers hear (written in [brackets] in the catalog: "not verifiable[ with these data]").
 */
export function verdictLabel(code: EditionCode, verdict: keyof typeof verdictKeys): { before: string; shown: string; after: string } {
  const text = t(code, verdictKeys[verdict]);
  const match = /^(?:\[([^\]]*)\])?([^[]*)(?:\[([^\]]*)\])?$/.exec(text);
  return { before: match?.[1] ?? "", shown: match?.[2] ?? text, after: match?.[3] ?? "" };
}
