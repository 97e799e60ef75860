import { readStoryFile, type StoryStep } from "../data/storySteps.ts";
import { storiesIn } from "./content.ts";
import type { EditionCode } from "./editions.ts";

/** A step of an edition's chapter, with the chapter's slug and title in that edition. */
export interface EditionStepPlace extends StoryStep {
  chapter: string;
  chapterTitle: string;
}

/**
 * Every step of every chapter of an edition, in story order, with its lead-in (`label`) in the edition's words: the
 * same steps, ids, charts and states as the English (the completeness check holds them together).
 */
export async function editionStepPlaces(code: EditionCode): Promise<EditionStepPlace[]> {
  return (await storiesIn(code)).flatMap(({ slug, entry }) => {
    if (!entry.filePath) throw new Error(`The chapter "${slug}" has no file to read its steps from`);
    return readStoryFile(entry.filePath).flatMap((section) =>
      section.steps.map((step) => ({ ...step, chapter: slug, chapterTitle: entry.data.title })),
    );
  });
}
