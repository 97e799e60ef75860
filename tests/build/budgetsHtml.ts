/**
 * Just enough HTML reading for the budget checks, over markup our own build writes (quoted
 * attributes, no comments in tags). Not a general parser: the budgets need tags and attributes only.
 */

/** Every start tag of the given element names, as written. */
export function startTags(html: string, names: readonly string[]): string[] {
  const pattern = new RegExp(`<(?:${names.join("|")})(?=[\\s>/])[^>]*>`, "gi");
  return html.match(pattern) ?? [];
}

/** The element name of a start tag, lower-cased. */
export function tagName(tag: string): string {
  return /^<([a-z0-9-]+)/i.exec(tag)?.[1]?.toLowerCase() ?? "";
}

/** An attribute's value (entities left as written); "" for a bare attribute; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=[\\s>/])`, "i").exec(tag);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? "";
}

/** The text of every element of that name whose start tag passes `keep`, e.g. inline scripts. */
export function elementTexts(html: string, name: string, keep: (startTag: string) => boolean = () => true): string[] {
  const pattern = new RegExp(`(<${name}(?=[\\s>])[^>]*>)([\\s\\S]*?)</${name}>`, "gi");
  return [...html.matchAll(pattern)].filter((m) => keep(m[1]!)).map((m) => m[2]!);
}
