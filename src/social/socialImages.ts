import { chartById, chartDefinitions, type ChartId } from "../charts/chartDefinitions.ts";
import { chartSourceList } from "../charts/chartSources.ts";
import { chartWordsIn } from "../charts/chartWordsIn.ts";
import { DEFAULT_REPORTER, type Reporter } from "../charts/reporters.ts";
import { stepPlaces } from "../data/stepPlaces.ts";
import { chartSizeInCard, socialCardSvg } from "./socialCardSvg.ts";
import { storiesIn } from "../i18n/content.ts";
import type { EditionCode } from "../i18n/editions.ts";
import { t } from "../i18n/ui.ts";

export interface SocialImage {
  /** File name under /social/ (or /<code>/social/), without .png. */
  name: string;
  svg: string;
}

/** The card's source line: the chart's sources as its figure names them, without releases, in the edition's words. */
function sourceLine(chart: ChartId, code: EditionCode): string {
  const sources = chartSourceList(chart, { releases: false, edition: code }).text;
  return t(code, "preview.source", { sources, site: t(code, "site.name") });
}

function card(name: string, title: string, chart: ChartId, state: string, code: EditionCode = "en", reporter?: Reporter): SocialImage {
  const model = chartById(chart).draw(state, chartSizeInCard(title), reporter, code);
  return { name, svg: socialCardSvg({ title, model, source: sourceLine(chart, code) }) };
}

/** A chart state's card name, and a reporter view's: chart-<chart>-<state>[-<reporter>] (Kazakhstan's figures have none). */
export const chartCardName = (chart: string, state: string, reporter: Reporter = DEFAULT_REPORTER): string =>
  `chart-${chart}-${state}${reporter === DEFAULT_REPORTER ? "" : `-${reporter}`}`;

/**
 * One card per chart state, and for a chart with a reporter switch one per state under each other reporter (so an
 * embed of China's figures previews China's figures, not Kazakhstan's), titled and drawn in the edition's words.
 */
function chartCards(code: EditionCode): SocialImage[] {
  return Object.entries(chartDefinitions).flatMap(([chart, definition]) => {
    const { title } = chartWordsIn(chart, code);
    return definition.states.flatMap((state) => [
      card(chartCardName(chart, state), title, chart, state, code),
      ...definition.reporters
        .filter((r) => r !== DEFAULT_REPORTER)
        .map((r) => card(chartCardName(chart, state, r), `${title} (${t(code, `reporter.label.${r}`)})`, chart, state, code, r)),
    ]);
  });
}

/**
 * A translated edition's own cards, /<code>/social/: one per chart state and reporter view, one per chapter and one
 * for the site, with the edition's titles, the charts drawn in its words and its source lines.
 */
export async function editionSocialImages(code: EditionCode): Promise<SocialImage[]> {
  const places = await stepPlaces();
  const perChapter = (await storiesIn(code)).map(({ slug, entry }) => {
    const first = places.find((p) => p.chapter === slug) ?? places[0]!;
    return card(`chapter-${slug}`, entry.data.title, first.chart, first.state, code);
  });
  const landing = places.at(-1)!;
  return [...chartCards(code), ...perChapter, card("site", t(code, "preview.siteTitle"), landing.chart, landing.state, code)];
}

/** One card per chart state and reporter view, one per chapter (its first step's chart), and one for the site (the landing chart). */
export async function socialImages(): Promise<SocialImage[]> {
  const places = await stepPlaces();
  const stories = (await storiesIn("en")).map(({ slug, entry }) => ({ id: slug, data: entry.data }));
  const perChapter = stories.map((story) => {
    const first = places.find((p) => p.chapter === story.id) ?? places[0]!;
    return card(`chapter-${story.id}`, story.data.title, first.chart, first.state);
  });
  const landing = places.at(-1)!;
  return [...chartCards("en"), ...perChapter, card("site", t("en", "preview.siteTitle"), landing.chart, landing.state)];
}
