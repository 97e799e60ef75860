/**
 * A dynamic import that a later try can fetch again. Chromium keeps a failed module fetch in its module map
 * (whatwg/html#6768, not yet changed there; Firefox and Safari fetch again): importing the same address a second time
 * fails at once without asking the network, so a reader whose connection dropped would not get a chart's code back
 * until a reload. After a failure, the next try asks for the address the error names with a query, a new entry in the
 * map; where the error names none, it imports as before. Hand-written: a library for this would cost the browser more.
 */
export function retriableImport<M, T = M>(
  load: () => Promise<T>,
  pick: (module: M) => T = (module) => module as unknown as T,
): () => Promise<T> {
  let named: string | undefined;
  let tries = 0;
  return () =>
    (named ? (import(/* @vite-ignore */ `${named}?retry=${++tries}`) as Promise<M>).then(pick) : load()).catch((error: unknown) => {
      // "Failed to fetch dynamically imported module: https://host/_astro/chart.abc.js" (Chromium and Firefox alike).
      const url = /https?:\/\/[^\s"']+?\.js/.exec(String(error))?.[0];
      if (url?.startsWith(location.origin)) named = url;
      throw error;
    });
}
