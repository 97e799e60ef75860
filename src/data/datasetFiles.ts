import { csvParse } from "d3-dsv";

const raw = import.meta.glob<string>("../../content/data/*.{csv,json}", { query: "?raw", import: "default", eager: true });

export interface DatasetFile {
  name: string;
  text: string;
  /** Data rows (CSV files); undefined for JSON. */
  rows?: number;
  /** Series ids named in the file's `series` column, or, for figures taken from the articles, its `article` column (article-2015). */
  series: string[];
}

/** Every file of the curated dataset in content/data, for the data page and its downloads. */
export function datasetFiles(): DatasetFile[] {
  return Object.entries(raw)
    .map(([path, text]) => {
      const name = path.split("/").at(-1)!;
      if (!name.endsWith(".csv")) return { name, text, series: [] };
      const rows = csvParse(text);
      const seriesOf = (r: (typeof rows)[number]) => r.series ?? (r.article ? `article-${r.article}` : "");
      return { name, text, rows: rows.length, series: [...new Set(rows.map(seriesOf).filter(Boolean))] };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
