/**
 * Writes tests/fixtures/articles/word-runs.json: the hashes of every run of eight consecutive words in the
 * two source articles (reference-data/articles, page furniture cut off), so the own-words build test
 * (tests/build/ownWords.test.ts) runs without the articles' text in the repository. Run with
 * `npm run articles:derive` after the captured articles change (ARTICLES_DIR=/path/to/articles to read them from elsewhere).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { wordRunHashes } from "../../lib/sharedWordRuns.ts";

const folder = process.env.ARTICLES_DIR
  ? new URL(`file://${process.env.ARTICLES_DIR.replace(/\/?$/, "/")}`)
  : new URL("../../../reference-data/articles/", import.meta.url);
const articles = [
  { id: "2015", file: "000_f91fa2385afbab65.txt", end: "1 Comment" },
  { id: "2018", file: "001_7b93c3ac06c859bd.txt" },
];
const runs = Object.fromEntries(
  articles.map((a) => {
    const text = readFileSync(new URL(a.file, folder), "utf8");
    return [a.id, wordRunHashes(a.end ? text.slice(0, text.indexOf(a.end)) : text)];
  }),
);
writeFileSync(new URL("../../../tests/fixtures/articles/word-runs.json", import.meta.url), JSON.stringify({ length: 8, runs }) + "\n");
