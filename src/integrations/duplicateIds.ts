import { DomUtils, parseDocument } from "htmlparser2";

export interface DuplicateId {
  id: string;
  /** Each element carrying it, as its opening tag's name and class, in page order. */
  elements: string[];
}

/** Ids used by more than one element of the page: fragment links and aria references to them are ambiguous. */
export function duplicateIds(html: string): DuplicateId[] {
  const byId = new Map<string, string[]>();
  for (const element of DomUtils.findAll((e) => e.attribs.id !== undefined, parseDocument(html).children)) {
    const id = element.attribs.id!;
    const cls = element.attribs.class ? ` class="${element.attribs.class}"` : "";
    byId.set(id, [...(byId.get(id) ?? []), `<${element.name}${cls}>`]);
  }
  return [...byId].filter(([, elements]) => elements.length > 1).map(([id, elements]) => ({ id, elements }));
}
