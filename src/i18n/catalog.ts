import { parse } from "yaml";

/** A UI catalog (content/i18n/ui/<code>.yaml): a flat map of key to non-empty text. */
export type UiCatalog = Readonly<Record<string, string>>;

/** Reads one catalog; anything but `key: text` lines stops the build naming the file and key. */
export function parseCatalog(text: string, file: string): UiCatalog {
  const parsed: unknown = parse(text);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error(`${file}: expected key: text lines`);
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== "string" || value.trim() === "") throw new Error(`${file}: key "${key}" must be a non-empty string`);
  }
  return parsed as UiCatalog;
}
