import type { ChartFunction, ChartModel, Size } from "./marks.ts";
import type { DataTable } from "./dataTable.ts";
import type { SeriesInfo } from "./chartCsv.ts";
import { dataset } from "../data/dataset.ts";
import type { Reporter } from "./reporters.ts";
import type { EditionCode } from "../i18n/editions.ts";

/**
 * How a chart's folder (src/charts/<chart id>/chart.ts) ties its pieces together, for the build. The registry
 * (chartDefinitions.ts) finds every folder's `chart` by itself; the browser loads the folder's draw.ts alone
 * (src/client/chartDraws.ts). See "Add a chart" in the README.
 */
export interface ChartSpec<Data, State extends string> {
  /** The states a step may name, in the order the chart's index lists them. */
  states: readonly State[];
  /**
   * Exactly the rows the chart draws, shaped at build time for one edition; they ride along in the page for the
   * browser to redraw. Everything the chart writes in words (axes, labels, legends, summaries, tables, CSV display
   * names) comes from the rows, in the edition's language, so the browser's code holds no sentence of its own.
   */
  rows: (edition: EditionCode) => Data;
  /** The chart's pure drawing function, the one its draw.ts hands the browser. */
  draw: ChartFunction<Data, State>;
  /** Series ids (content/data/sources.json) the rows come from, for the source line and the data package. */
  series: readonly string[];
  /** The years of the articles a state quotes beyond the chart's own article-<year> series (a claim drawn as a line). */
  quotes?: (state: State) => readonly number[];
  /** The same figures as tables, for screen readers and readers who want the figures. */
  tables: (rows: Data, reporter?: Reporter) => DataTable[];
  /** Exactly the figures the chart draws as a tidy CSV, with reporter, series and source columns (/data/<chart>.csv). */
  csv: (rows: Data, series: SeriesInfo, reporter?: Reporter) => string;
  /** The reporters its switch offers (src/charts/reporters.ts); a chart without one draws Kazakhstan's figures only. */
  reporters?: readonly Reporter[];
  /**
   * The chart's title and note, where its folder carries them. Without them content/charts.yaml must have an
   * entry for the chart (the site's charts keep theirs there, where the prose checks of their notes run).
   */
  words?: ChartWords;
  /** Where the chart comes in lists (the data page, the data package): lowest first; charts without one follow, by id. */
  order?: number;
  /** The size the build draws the static SVG at (the browser redraws at the real size). */
  staticSize?: Size;
}

/**
 * A chart as the build uses it whatever its data: each piece is already bound to the chart's own rows and
 * states, so a page, the CSV route or the data package never holds one chart's rows for another's function.
 */
export interface Chart {
  readonly states: readonly string[];
  /** Its title and note from its folder, if there; see chartWords(). */
  readonly words: ChartWords | undefined;
  readonly series: readonly string[];
  /** The years of the articles a state draws or quotes, so that an embed of it can link them. */
  articles(state: string): readonly number[];
  readonly order: number;
  readonly staticSize: Size;
  /** The reporters its switch offers; empty for a chart without a switch. */
  readonly reporters: readonly Reporter[];
  /** The rows the page carries for the browser (as JSON), shaped once per build and edition (English by default). */
  rows(edition?: EditionCode): unknown;
  /** The chart in one of its states; a state it does not have throws, naming it. */
  draw(state: string, size?: Size, reporter?: Reporter, edition?: EditionCode): ChartModel;
  tables(reporter?: Reporter, edition?: EditionCode): DataTable[];
  csv(reporter?: Reporter, edition?: EditionCode): string;
}

/** A chart's title, a plain statement of what it shows, and its note: who reported the figures, what marks mean. */
export interface ChartWords {
  title: string;
  note?: string;
  /** For a chart with a reporter switch: what its marks are under each reporter it offers (the build stops without one). */
  reporterNotes?: Partial<Record<Reporter, string>>;
}

/** A chart's definition: what the build uses, and its typed pieces for tests. */
export interface DefinedChart<Data, State extends string> extends Chart {
  readonly spec: ChartSpec<Data, State>;
}

/** The size every chart's static SVG is drawn at, unless its definition says otherwise. */
export const STATIC_SIZE: Size = { width: 640, height: 440 };

/** The ids of a chart's states, typed as such, in the order its states object lists them. */
export const stateIds = <States extends object>(states: States): (keyof States & string)[] =>
  Object.keys(states).filter((id): id is keyof States & string => Object.hasOwn(states, id));

/** A series' source line, "<name> (<release>)", and who reported it, as the CSVs give them. */
export function seriesInfo(id: string): { source: string; reporter: string } {
  const source = dataset().sources.find((s) => s.id === id);
  if (!source) throw new Error(`No series "${id}" in content/data/sources.json`);
  return { source: `${source.name} (${source.release})`, reporter: source.reportedBy };
}

/** Ties a chart's pieces; Data is what its `rows` returns and State its state ids, checked across every piece. */
export function defineChart<Data, State extends string>(spec: ChartSpec<Data, State>): DefinedChart<Data, State> {
  const shaped = new Map<EditionCode, Data>();
  const data = (edition: EditionCode = "en"): Data => {
    if (!shaped.has(edition)) shaped.set(edition, spec.rows(edition));
    return shaped.get(edition)!;
  };
  const stateOf = (state: string): State => {
    const found = spec.states.find((s) => s === state);
    if (found === undefined) throw new Error(`no state "${state}"; its states are ${spec.states.join(", ")}`);
    return found;
  };
  return {
    spec,
    states: spec.states,
    words: spec.words,
    series: spec.series,
    articles: (state) => [
      ...new Set([
        ...spec.series.flatMap((id) => /^article-(\d{4})$/.exec(id)?.slice(1).map(Number) ?? []),
        ...(spec.quotes?.(stateOf(state)) ?? []),
      ]),
    ],
    order: spec.order ?? Number.POSITIVE_INFINITY,
    staticSize: spec.staticSize ?? STATIC_SIZE,
    reporters: spec.reporters ?? [],
    rows: data,
    draw: (state, size, reporter, edition) => spec.draw(data(edition), stateOf(state), size ?? spec.staticSize ?? STATIC_SIZE, reporter),
    tables: (reporter, edition) => spec.tables(data(edition), reporter),
    csv: (reporter, edition) => spec.csv(data(edition), seriesInfo, reporter),
  };
}
