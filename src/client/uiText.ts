/**
 * The words the page scripts write (button labels, announcements, notes), in the page's edition: the UI catalog's
 * client.* keys (content/i18n/ui/<code>.yaml), carried in the page as one JSON block, #ui-text
 * (src/components/ClientText.astro), so the scripts hold no sentence of their own. `{name}` is filled with `name`.
 * Hand-written: a few lines, counted in the chapter's JS budget.
 */
let words: Record<string, string> | undefined;

export function uiText(key: string, name = ""): string {
  words ??= JSON.parse(document.getElementById("ui-text")?.textContent || "{}") as Record<string, string>;
  return (words[`client.${key}`] ?? "").replace("{name}", () => name);
}
