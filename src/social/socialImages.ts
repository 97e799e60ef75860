import { chartById, chartDefinitions, chartWords, type ChartId } from "../charts/chartDefinitions.ts";
import { chartSourceList } from "../charts/chartSources.ts";
import { dataset } from "../data/dataset.ts";
import { stepPlaces } from "../data/stepPlaces.ts";
import { chartSizeInCard, socialCardSvg } from "./socialCardSvg.ts";
import { storiesIn } from "../i18n/content.ts";
import type { EditionCode } from "../i18n/editions.ts";
import { t } from "../i18n/ui.ts";

export interface SocialImage {
  /** File name under /social/, without .png. */
  name: string;
  svg: string;
}

function sourceLine(chart: ChartId, code: EditionCode): string {
  // English names who reported each figure, as the chart's own source line does; a translation has the names alone for now.
  const names = [...new Set(chartById(chart).series.map((id) => dataset().sources.find((s) => s.id === id)?.name ?? id))];
  const sources = code === "en" ? chartSourceList(chart, { releases: false }).text : names.join("; ");
  return t(code, "preview.source", { sources, site: t(code, "site.name") });
}

function card(name: string, title: string, chart: ChartId, state: string, code: EditionCode = "en"): SocialImage {
  const model = chartById(chart).draw(state, chartSizeInCard(title), undefined, code);
  return { name, svg: socialCardSvg({ title, model, source: sourceLine(chart, code) }) };
}

/**
 * A translated edition's own cards, /<code>/social/: one per chapter and one for the site, with the edition's
 * titles (the chart inside still draws its English labels; per-state chart cards stay English, under /social/).
 */
export async function editionSocialImages(code: EditionCode): Promise<SocialImage[]> {
  const places = await stepPlaces();
  const perChapter = (await storiesIn(code)).map(({ slug, entry }) => {
    const first = places.find((p) => p.chapter === slug) ?? places[0]!;
    return card(`chapter-${slug}`, entry.data.title, first.chart, first.state, code);
  });
  const landing = places.at(-1)!;
  return [...perChapter, card("site", t(code, "preview.siteTitle"), landing.chart, landing.state, code)];
}

/** One card per chart state, one per chapter (its first step's chart), and one for the site (the landing chart). */
export async function socialImages(): Promise<SocialImage[]> {
  const places = await stepPlaces();
  const stories = (await storiesIn("en")).map(({ slug, entry }) => ({ id: slug, data: entry.data }));
  const perState = Object.entries(chartDefinitions).flatMap(([chart, definition]) =>
    definition.states.map((state) => card(`chart-${chart}-${state}`, chartWords(chart).title, chart, state)),
  );
  const perChapter = stories.map((story) => {
    const first = places.find((p) => p.chapter === story.id) ?? places[0]!;
    return card(`chapter-${story.id}`, story.data.title, first.chart, first.state);
  });
  const landing = places.at(-1)!;
  return [...perState, ...perChapter, card("site", t("en", "preview.siteTitle"), landing.chart, landing.state)];
}
