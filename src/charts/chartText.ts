import type { EditionCode } from "../i18n/editions.ts";

/**
 * A chart's own words in every edition: each chart folder's text.ts hands its English, Russian and Kazakh
 * strings to `editionTexts`, which stops the build when a translation lacks a key the English has (or leaves it
 * empty), naming the file and the key. The chart's rows carry one edition's words to the browser.
 */
export function editionTexts<T extends object>(file: string, texts: Readonly<Record<EditionCode, T>>): Readonly<Record<EditionCode, T>> {
  const missing = (english: unknown, other: unknown, path: string, code: EditionCode): string[] => {
    if (typeof english === "string") return typeof other === "string" && other.trim() !== "" ? [] : [`${code}.${path}`];
    if (typeof english === "function") return typeof other === "function" ? [] : [`${code}.${path}`];
    if (typeof english !== "object" || english === null) return [];
    if (typeof other !== "object" || other === null) return [`${code}.${path}`];
    return Object.entries(english).flatMap(([key, value]) =>
      missing(value, (other as Record<string, unknown>)[key], path ? `${path}.${key}` : key, code),
    );
  };
  const gaps = (Object.keys(texts) as EditionCode[]).flatMap((code) => missing(texts.en, texts[code], "", code));
  if (gaps.length > 0) throw new Error(`${file}: no text for ${gaps.join(", ")} (the English is in the same file)`);
  return texts;
}

/** A chart string with {name} placeholders filled: small enough for the browser's drawing code. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
