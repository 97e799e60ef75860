import { chartById, chartDefinitions, type ChartId } from "../charts/chartDefinitions.ts";
import { chartSourceList } from "../charts/chartSources.ts";
import { chartWordsIn } from "../charts/chartWordsIn.ts";
import { DEFAULT_REPORTER, type Reporter } from "../charts/reporters.ts";
import { stepPlaces } from "../data/stepPlaces.ts";
import { chartSizeInCard, socialCardSvg } from "./socialCardSvg.ts";
import { pageIn, storiesIn } from "../i18n/content.ts";
import type { EditionCode } from "../i18n/editions.ts";
import { t } from "../i18n/ui.ts";

export interface SocialImage {
  /** File name under /social/ (or /<code>/social/), without .png. */
  name: string;
  svg: string;
}

/** What one card shows: its heading, and the chart under it in one state and reporter view. */
interface CardPlan {
  name: string;
  title: string;
  chart: ChartId;
  state: string;
  reporter?: Reporter;
}

/** A chart state's card name, and a reporter view's: chart-<chart>-<state>[-<reporter>] (Kazakhstan's figures have none). */
export const chartCardName = (chart: string, state: string, reporter: Reporter = DEFAULT_REPORTER): string =>
  `chart-${chart}-${state}${reporter === DEFAULT_REPORTER ? "" : `-${reporter}`}`;

/** A chart's title as its card and alt text name it: with the reporter whose figures it draws, where not Kazakhstan's. */
function chartTitle(chart: ChartId, code: EditionCode, reporter: Reporter = DEFAULT_REPORTER): string {
  const { title } = chartWordsIn(chart, code);
  return reporter === DEFAULT_REPORTER ? title : `${title} (${t(code, `reporter.label.${reporter}`)})`;
}

/**
 * Every card of an edition: one per chart state, and for a chart with a reporter switch one per state under each
 * other reporter (so an embed of China's figures previews China's figures); one per chapter, drawn from its first
 * step's chart; and one for the site, drawn from the chart on the front page.
 */
async function planCards(code: EditionCode): Promise<CardPlan[]> {
  const places = await stepPlaces();
  const charts = Object.entries(chartDefinitions).flatMap(([chart, definition]) =>
    definition.states.flatMap((state) =>
      [DEFAULT_REPORTER, ...definition.reporters.filter((r) => r !== DEFAULT_REPORTER)].map((reporter) => ({
        name: chartCardName(chart, state, reporter),
        title: chartTitle(chart, code, reporter),
        chart,
        state,
        reporter,
      })),
    ),
  );
  const chapters = (await storiesIn(code)).map(({ slug, entry }) => {
    const first = places.find((p) => p.chapter === slug) ?? places[0]!;
    return { name: `chapter-${slug}`, title: entry.data.title, chart: first.chart, state: first.state };
  });
  const front = (await pageIn(code, "index"))?.data.chart;
  if (!front) throw new Error(`The front page (content/pages/index.mdx, edition ${code}) names no chart for the site's card`);
  return [...charts, ...chapters, { name: "site", title: t(code, "preview.siteTitle"), chart: front.id, state: front.state }];
}

const plans = new Map<EditionCode, Promise<CardPlan[]>>();
const cardPlans = (code: EditionCode): Promise<CardPlan[]> => {
  if (!plans.has(code)) plans.set(code, planCards(code));
  return plans.get(code)!;
};

/** An edition's link-preview cards, titled and drawn in its words, with its source lines (sources named without releases). */
export async function socialImages(code: EditionCode = "en"): Promise<SocialImage[]> {
  return (await cardPlans(code)).map(({ name, title, chart, state, reporter }) => {
    const source = t(code, "preview.source", {
      sources: chartSourceList(chart, { releases: false, edition: code }).text,
      site: t(code, "site.name"),
    });
    const model = chartById(chart).draw(state, chartSizeInCard(title, source), reporter, code);
    return { name, svg: socialCardSvg({ title, model, source }) };
  });
}

/** What a card shows, for its og:image:alt: the chart it draws, and its heading where that is not the chart's title. */
export async function socialImageAlt(name: string, code: EditionCode): Promise<string> {
  const plan = (await cardPlans(code)).find((p) => p.name === name);
  if (!plan) throw new Error(`No link-preview card "${name}" in edition ${code}`);
  const chart = chartTitle(plan.chart, code, plan.reporter);
  return plan.title === chart ? t(code, "preview.imageAlt", { chart }) : t(code, "preview.imageAltTitled", { title: plan.title, chart });
}
