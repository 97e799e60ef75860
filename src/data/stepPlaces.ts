import { getCollection } from "astro:content";
import { readStoryFile, type StorySection, type StoryStep } from "./storySteps.ts";

/** One chapter's scrollytelling sections, as the story parser (./storySteps.ts) reads them. */
export interface ChapterSections {
  chapter: string;
  chapterTitle: string;
  sections: StorySection[];
}

/** A step and the chapter it is in. */
export interface StepPlace extends StoryStep {
  chapter: string;
  chapterTitle: string;
}

/** Every chapter, in story order, with its sections and steps read from its MDX file. */
export async function chapterSections(): Promise<ChapterSections[]> {
  const stories = (await getCollection("stories")).sort((a, b) => a.data.order - b.data.order);
  return stories.map((story) => {
    if (!story.filePath) throw new Error(`The chapter "${story.id}" has no file to read its steps from`);
    return { chapter: story.id, chapterTitle: story.data.title, sections: readStoryFile(story.filePath) };
  });
}

/** Where in the story each chart state is shown: every <Step> of every chapter, in story order. */
export async function stepPlaces(): Promise<StepPlace[]> {
  return (await chapterSections()).flatMap(({ chapter, chapterTitle, sections }) =>
    sections.flatMap((section) => section.steps.map((step) => ({ ...step, chapter, chapterTitle }))),
  );
}

/** Where the story first shows a chart in a state, if it does. */
export function placeOf(places: readonly StepPlace[], chart: string, state: string): StepPlace | undefined {
  return places.find((p) => p.chart === chart && p.state === state);
}
