/**
 * Hand-written on purpose, to save bytes in the browser: d3-selection's join would do this, but its
 * Selection class ships whole (every method is on one prototype, so nothing tree-shakes): about 3.5 KB
 * gzip on every chapter, for the one keyed join drawMarks.ts needs. This does exactly what
 * `select(root).selectAll("[data-key]").data(items, key).join(enter, update, exit).order()` does to the
 * DOM, for a flat list of keyed children (tests/unit/keyedJoin.test.ts compares the two, element by element).
 */

export interface Joined<T, E extends Element = Element> {
  /** New elements, created for items no element had the key of, with their items. */
  entered: [E, T][];
  /** Elements kept, with the items that now belong to them. */
  updated: [E, T][];
  /** Elements whose key is gone (or repeated), in document order: still in place, for the caller to fade out. */
  exited: E[];
}

/**
 * Matches `items` onto root's elements that carry a data-key attribute: an element and an item with the same
 * key are paired (the first of each, as d3 does); an item with no element gets a new one from `create`; then
 * kept and new elements are put in the items' order. Other elements (unkeyed, or leaving) stay where they are.
 */
export function joinByKey<T, E extends Element>(
  root: Element,
  items: readonly T[],
  key: (item: T) => string,
  create: (item: T) => E,
): Joined<T, E> {
  const existing = [...root.querySelectorAll<E>("[data-key]")];
  const byKey = new Map<string, E>();
  for (const element of existing) {
    const k = element.getAttribute("data-key") ?? "";
    if (!byKey.has(k)) byKey.set(k, element);
  }
  // The element each item keeps, if any: an element serves the first item with its key only.
  const nodes: (E | undefined)[] = items.map((item) => {
    const element = byKey.get(key(item));
    byKey.delete(key(item));
    return element;
  });
  const kept = new Set(nodes);
  const exited = existing.filter((element) => !kept.has(element));

  const entered: [E, T][] = [];
  const updated: [E, T][] = [];
  items.forEach((item, i) => {
    const element = nodes[i];
    if (element) return void updated.push([element, item]);
    const created = create(item);
    created.setAttribute("data-key", key(item));
    root.append(created);
    nodes[i] = created;
    entered.push([created, item]);
  });
  // Then every element not already before its successor moves there: d3's selection.order(). (d3 inserts a new
  // element before the next kept one rather than at the end; after this pass the DOM is the same either way.)
  for (let i = nodes.length - 2, after = nodes[nodes.length - 1]!; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.compareDocumentPosition(after) ^ Node.DOCUMENT_POSITION_FOLLOWING) after.parentNode!.insertBefore(node, after);
    after = node;
  }
  return { entered, updated, exited };
}
