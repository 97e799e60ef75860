/**
 * Runs of `length` or more consecutive words that a text shares with a source, after normalising case,
 * punctuation and apostrophes; each run is reported once, at its longest. Used to keep the site's prose
 * in its own words: the articles may be quoted, in quotation marks, but not retold in their phrasing.
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’`']/g, "")
    .replace(/[–—-]/g, " ")
    .split(/[^\p{L}\p{N}$.%]+/u)
    .map((w) => w.replace(/^[.]+|[.]+$/g, ""))
    .filter(Boolean);
}

export function sharedWordRuns(text: string, source: string, length = 8): string[] {
  return runsMatching(text, new Set(wordRunHashes(source, length)), length);
}

/** Text with every passage in quotation marks (“…”, "…", «…») taken out: quotations are the articles' words, not ours. */
export function withoutQuotations(text: string): string {
  // «…» are the quotation marks of the Russian and Kazakh editions, which quote the English titles in them.
  return text
    .replace(/“[^”]*”/g, " ")
    .replace(/"[^"]*"/g, " ")
    .replace(/«[^»]*»/g, " ");
}

/** A short, stable hash of a run of words (FNV-1a, 32 bits, hex): lets a fixture hold an article's runs without its text. */
export function runHash(run: string): string {
  let h = 0x811c9dc5;
  for (const ch of run) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** The hashes of every run of `length` consecutive words in a source. */
export function wordRunHashes(source: string, length = 8): string[] {
  const w = words(source);
  const hashes = new Set<string>();
  for (let i = 0; i + length <= w.length; i++) hashes.add(runHash(w.slice(i, i + length).join(" ")));
  return [...hashes].sort();
}

/** Runs of `length`+ words in `text` whose every `length`-word window is among `hashes`, each at its longest. */
export function runsMatching(text: string, hashes: ReadonlySet<string>, length = 8): string[] {
  const own = words(text);
  const hit = (i: number) => hashes.has(runHash(own.slice(i, i + length).join(" ")));
  const runs: string[] = [];
  let i = 0;
  while (i + length <= own.length) {
    if (!hit(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end + length <= own.length && hit(end)) end++;
    runs.push(own.slice(i, end + length - 1).join(" "));
    i = end + length - 1;
  }
  return runs;
}
