/**
 * Reads the place a URL's fragment points at, whatever the fragment holds: links pasted from chat apps
 * (trailing punctuation, zero-width characters, encoded twice), text fragments (`#:~:text=...`),
 * truncated ids and stray percent signs (`#50%`, which makes decodeURIComponent throw). Never throws;
 * an id that matches nothing, even loosely, gives undefined and the page stays where the browser put it.
 * Hand-written: a few lines, and no URL library reads fragments this leniently.
 */

/** Decodes percent escapes where they are valid and leaves the rest as written ("50%" stays "50%"). */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // Decode each run of valid UTF-8 escapes on its own; a broken one is kept as written.
    return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Characters chat apps and mail clients add around or inside a link, never part of one of our ids. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;
const TRAILING_JUNK = /[\s.,;:!?)\]}>"'\u2019\u201d\u00bb*_~]+$/u;
const LEADING_JUNK = /^[\s#"'([{<\u2018\u201c\u00ab*_~]+/u;
/** Hyphens and dashes that autocorrect puts where a plain hyphen was. */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * The ids a fragment may mean, most literal first: as written, decoded once and twice, without a text
 * directive, query-like tail or surrounding punctuation, with dashes made plain, lower-cased.
 */
export function fragmentCandidates(hash: string): string[] {
  const raw = hash.replace(/^#/, "");
  const candidates: string[] = [];
  const add = (id: string) => {
    if (id !== "" && !candidates.includes(id)) candidates.push(id);
  };
  // A text fragment's directive is not part of the id: "#step:~:text=x" names "step", "#:~:text=x" nothing.
  const beforeDirective = raw.split(":~:")[0]!;
  const once = safeDecode(beforeDirective);
  const twice = safeDecode(once);
  for (const id of [beforeDirective, once, twice]) {
    add(id);
    // Trackers and mangled links append "&utm_source=...", "?x=y" or a second "#" after the id.
    // What is left of a broken escape ("%E0%A4%A") ends the id too.
    const head = id.replace(/^[#\s]+/, "").split(/[?&#%]/)[0]!;
    const tidy = head.replace(INVISIBLE, "").replace(LEADING_JUNK, "").replace(TRAILING_JUNK, "").replace(DASHES, "-").trim();
    add(tidy);
    add(tidy.toLowerCase());
    add(tidy.toLowerCase().replace(/\s+/g, "-"));
  }
  return candidates;
}

/** Shortest truncated id still read as the start of a known one: shorter prefixes are too ambiguous. */
const MIN_PREFIX = 6;

/**
 * The known id a fragment points at, or undefined. `ids` are the places a link can name, in page
 * order. An exact match wins; else a cleaned-up form of the fragment; else, for a link cut short, the
 * one known id it is the start of (none if it could be several).
 */
export function resolveFragment(hash: string, ids: readonly string[]): string | undefined {
  if (hash === "" || hash === "#") return undefined;
  const known = new Set(ids);
  const candidates = fragmentCandidates(hash);
  const exact = candidates.find((id) => known.has(id));
  if (exact) return exact;
  for (const candidate of candidates) {
    if (candidate.length < MIN_PREFIX) continue;
    const starts = ids.filter((id) => id.startsWith(candidate));
    if (starts.length === 1) return starts[0];
  }
  return undefined;
}

/** Whether the page's address asks for presenter mode (`?present`, `?present=1`), read without throwing. */
export function wantsPresenter(search: string): boolean {
  try {
    return new URLSearchParams(search).has("present");
  } catch {
    return false;
  }
}

/** The places a link may name loosely, in page order: steps and section headings. */
const PLACES = "[data-step][id], article h2[id]";

/** The element a URL fragment points at on this page: any id written exactly, else a step or section it can be read as. */
export function fragmentTarget(doc: Document, hash: string): HTMLElement | undefined {
  if (hash === "" || hash === "#") return undefined;
  for (const id of fragmentCandidates(hash)) {
    const element = doc.getElementById(id);
    if (element) return element;
  }
  const id = resolveFragment(
    hash,
    [...doc.querySelectorAll<HTMLElement>(PLACES)].map((place) => place.id),
  );
  return id ? (doc.getElementById(id) ?? undefined) : undefined;
}

/**
 * Where the browser could not follow the fragment itself (it names an id only loosely), goes to the
 * place it can be read as, and writes that place's id into the address so copying the link gives a good
 * one. Returns the target, if any. A fragment that names nothing leaves the page where it is.
 */
export function landOnFragment(doc: Document): HTMLElement | undefined {
  const target = fragmentTarget(doc, location.hash);
  if (!target) return undefined;
  const literal = safeDecode(location.hash.slice(1));
  if (target.id !== literal && target.id !== location.hash.slice(1)) {
    const url = new URL(location.href);
    url.hash = target.id;
    history.replaceState(history.state, "", url.href);
    target.scrollIntoView({ block: "start" });
  }
  return target;
}
