import { createHash } from "node:crypto";
import { csvParse } from "d3-dsv";
import { chartDefinitions, chartWords } from "../charts/chartDefinitions.ts";
import { DEFAULT_REPORTER, reporterLabels, reporterSuffix, type Reporter } from "../charts/reporters.ts";
import { SITE_NAME } from "../citation/formatCitation.ts";
import { release } from "../citation/release.ts";
import { BYTE_ORDER_MARK } from "../data/csvDownload.ts";
import { dataset } from "../data/dataset.ts";
import { datasetFiles } from "../data/datasetFiles.ts";
import type { Source } from "../data/schema.ts";
import { chartSchema, datasetSchemas, type TableSchema } from "./tableSchemas.ts";

/**
 * One file of the package: its path inside the package (relative to datapackage.json) and its text, byte
 * for byte as the site serves it (with the byte-order mark every CSV download starts with, see
 * csvDownload.ts), so the declared bytes and hash hold for the download and for the zip alike.
 */
export interface PackageFile {
  path: string;
  text: string;
}

interface License {
  name?: string;
  path?: string;
  title: string;
}

/**
 * Licences as the Data Package spec wants them (a name or a path each): the two open licences by their
 * Open Definition ids; any other publisher's terms by their words in sources.json and the publisher's page.
 */
function licenseOf(source: Source): License {
  if (source.licence === "CC BY 4.0")
    return { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" };
  if (source.licence === "Public domain") return { name: "other-pd", title: "Public domain" };
  return { title: source.licence, path: source.url };
}

/** A series as a Data Package source, with who reported it and which release (extra properties the spec allows). */
function sourceOf(source: Source) {
  return {
    title: `${source.name} (${source.release})`,
    path: source.url,
    id: source.id,
    publisher: source.publisher,
    dataset: source.dataset,
    reporter: source.reporter,
    vintage: source.vintage,
    licence: source.licence,
    via: source.via,
    notes: source.notes,
  };
}

const unique = <T>(items: T[]) => [...new Map(items.map((i) => [JSON.stringify(i), i])).values()];

/** The series a curated file draws on: its `series` column, and for the articles' files, their `article` column. */
function seriesOfDatasetFile(text: string): string[] {
  const rows = csvParse(text);
  const ids = rows.flatMap((r) => [r.series, r.article ? `article-${r.article}` : undefined]).filter((id): id is string => Boolean(id));
  return [...new Set(ids)];
}

function resource(
  name: string,
  path: string,
  text: string,
  title: string,
  description: string,
  schema: TableSchema,
  seriesIds: readonly string[],
) {
  const sources = seriesIds.map((id) => {
    const source = dataset().sources.find((s) => s.id === id);
    if (!source) throw new Error(`${path}: series "${id}" has no entry in content/data/sources.json`);
    return source;
  });
  return {
    profile: "tabular-data-resource",
    name,
    path,
    title,
    description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: Buffer.byteLength(text, "utf8"),
    hash: `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`,
    dialect: { delimiter: ",", header: true, lineTerminator: "\n", quoteChar: '"', doubleQuote: true },
    schema,
    sources: sources.map(sourceOf),
    licenses: unique(sources.map(licenseOf)),
  };
}

/** The reporters a chart's files come under: Kazakhstan's first, then the others its switch offers. */
const chartReporters = (reporters: readonly Reporter[]): Reporter[] => [
  DEFAULT_REPORTER,
  ...reporters.filter((r) => r !== DEFAULT_REPORTER),
];

/** Every file of the package: the curated dataset under dataset/, each chart's CSV at the top. */
export function packageFiles(): PackageFile[] {
  const curated = datasetFiles()
    .filter((f) => f.name.endsWith(".csv"))
    .map((f) => ({ path: `dataset/${f.name}`, text: BYTE_ORDER_MARK + f.text }));
  // A chart with a reporter switch: one file per reporter, named as its download on the site (trade-turnover.china.csv).
  const charts = Object.entries(chartDefinitions).flatMap(([chart, definition]) =>
    chartReporters(definition.reporters).map((reporter) => ({
      path: `${chart}${reporterSuffix(reporter)}.csv`,
      text: BYTE_ORDER_MARK + definition.csv(reporter === DEFAULT_REPORTER ? undefined : reporter),
    })),
  );
  return [...curated, ...charts];
}

/**
 * The Frictionless Data Package (Tabular Data Package, v1) that describes every file: a Table Schema per
 * file (names, types, units, descriptions), the source and reporter of each series, and their licences.
 * `home` is the data page's absolute address.
 */
export function dataPackage(home: string) {
  const files = new Map(packageFiles().map((f) => [f.path, f.text]));
  const curated = datasetFiles()
    .filter((f) => f.name.endsWith(".csv"))
    .map((f) => {
      const schema = datasetSchemas[f.name];
      if (!schema) throw new Error(`content/data/${f.name} has no Table Schema in src/downloads/tableSchemas.ts`);
      const name = f.name.replace(/\.csv$/, "");
      return resource(
        name,
        `dataset/${f.name}`,
        files.get(`dataset/${f.name}`)!,
        `${name} (curated dataset)`,
        `${schema.fields.length} columns, ${f.rows} rows: the project's content/data/${f.name} as committed, after a byte-order mark (so that a spreadsheet reads it as UTF-8).`,
        schema,
        seriesOfDatasetFile(f.text),
      );
    });
  const charts = Object.entries(chartDefinitions).flatMap(([chart, definition]) =>
    chartReporters(definition.reporters).map((reporter) => {
      const path = `${chart}${reporterSuffix(reporter)}.csv`;
      const { title, note } = chartWords(chart);
      const under = definition.reporters.length > 0 ? ` (${reporterLabels[reporter]})` : "";
      // A chart of partners' shares also carries the dollar values each share is worked out from.
      const behind = /,trade-value,/.test(files.get(path)!) ? ", with the dollar values behind its shares" : "";
      const description = `The figures the chart “${title}” draws${under}, one per row${behind}.${note ? ` ${note}` : ""}`;
      const name = `chart-${chart}${reporterSuffix(reporter).replace(".", "-")}`;
      return resource(name, path, files.get(path)!, `${title}${under}`, description, chartSchema(chart), definition.series);
    }),
  );
  const resources = [...curated, ...charts];
  return {
    profile: "tabular-data-package",
    name: "kz-trade-tilt-data",
    id: home,
    title: `${SITE_NAME}: the data`,
    description:
      "Kazakhstan's trade by partner as Kazakhstan reported it, and its trade with China and with Russia as China and Russia each reported it (to 2020), GDP growth, export composition, and the deals and rail routes two news articles report: the curated dataset behind the explainer, and the figures each of its charts draws. Figures are selected from the publishers' releases and re-keyed, never estimated; values are as the source files give them (the World Bank's growth figures to two decimals, as extracted), and rows derived by subtraction are marked as derived; each row says who reported it and which series it comes from.",
    version: release.version,
    created: `${release.date}T00:00:00Z`,
    homepage: home,
    keywords: ["Kazakhstan", "China", "Russia", "trade", "direction of trade", "GDP growth"],
    contributors: [{ title: SITE_NAME, role: "wrangler", path: home }],
    licenses: unique(resources.flatMap((r) => r.licenses)),
    sources: unique(resources.flatMap((r) => r.sources)),
    resources,
  };
}
