import { getCollection } from "astro:content";
import { chartById, chartDefinitions, chartWords, type ChartId } from "../charts/chartDefinitions.ts";
import { dataset } from "../data/dataset.ts";
import { stepPlaces } from "../data/stepPlaces.ts";
import { chartSizeInCard, socialCardSvg } from "./socialCardSvg.ts";

export interface SocialImage {
  /** File name under /social/, without .png. */
  name: string;
  svg: string;
}

function sourceLine(chart: ChartId): string {
  const names = [...new Set(chartById(chart).series.map((id) => dataset().sources.find((s) => s.id === id)?.name ?? id))];
  return `Source: ${names.join("; ")}. Kazakhstan's trade tilt.`;
}

function card(name: string, title: string, chart: ChartId, state: string): SocialImage {
  const model = chartById(chart).draw(state, chartSizeInCard(title));
  return { name, svg: socialCardSvg({ title, model, source: sourceLine(chart) }) };
}

/** One card per chart state, one per chapter (its first step's chart), and one for the site (the landing chart). */
export async function socialImages(): Promise<SocialImage[]> {
  const places = await stepPlaces();
  const stories = await getCollection("stories");
  const perState = Object.entries(chartDefinitions).flatMap(([chart, definition]) =>
    definition.states.map((state) => card(`chart-${chart}-${state}`, chartWords(chart).title, chart, state)),
  );
  const perChapter = stories.map((story) => {
    const first = places.find((p) => p.chapter === story.id) ?? places[0]!;
    return card(`chapter-${story.id}`, story.data.title, first.chart, first.state);
  });
  const landing = places.at(-1)!;
  return [...perState, ...perChapter, card("site", "Kazakhstan's trade tilt: from Russia toward China", landing.chart, landing.state)];
}
