import { getCollection } from "astro:content";

export interface StepPlace {
  chapter: string;
  chapterTitle: string;
  step: string;
  chart: string;
  state: string;
  /** The step's bold lead-in, e.g. "The long view", for indexes of links. */
  label: string;
}

const STEP_TAG = /<Step\s+id="([^"]+)"\s+chart="([^"]+)"\s+state="([^"]+)"[^>]*>\s*(?:\*\*([^*]+?)\.?\*\*)?/g;

/** Where in the story each chart state is shown: every <Step> of every chapter, in story order. */
export async function stepPlaces(): Promise<StepPlace[]> {
  const stories = (await getCollection("stories")).sort((a, b) => a.data.order - b.data.order);
  return stories.flatMap((story) =>
    [...(story.body ?? "").matchAll(STEP_TAG)].map(([, step, chart, state, label]) => ({
      chapter: story.id,
      chapterTitle: story.data.title,
      step: step!,
      chart: chart!,
      state: state!,
      label: label ?? step!,
    })),
  );
}

/** Where the story first shows a chart in a state, if it does. */
export function placeOf(places: readonly StepPlace[], chart: string, state: string): StepPlace | undefined {
  return places.find((p) => p.chart === chart && p.state === state);
}
