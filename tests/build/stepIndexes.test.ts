import { existsSync, readdirSync, readFileSync } from "node:fs";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { readStoryFile, type StoryStep } from "../../src/data/storySteps.ts";
import { BASE, DIST } from "./distPages.ts";

/**
 * Every step is in every index: the steps the story parser reads from each chapter's MDX (src/data/storySteps.ts)
 * are the steps on the built chapter page, each is linked from the teaching page, its chart state's embed
 * leads back to the first step that shows it, the data page's chart index names it, and its chart state
 * has a link-preview card. A step the page shows but an index misses (or the reverse) fails here.
 */
const chapters = readdirSync("content/stories")
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => {
    const slug = name.replace(/\.mdx$/, "");
    return { slug, steps: readStoryFile(`content/stories/${name}`).flatMap((s) => s.steps) };
  });
const page = (path: string) => parse(readFileSync(`${DIST}/${path}`, "utf8"));
const chapterHref = (slug: string) => `${BASE}chapters/${slug}/`;

/** Each chart state the story shows, with the first step (in chapter order) that shows it. */
function firstPlaces(order: readonly string[]): Map<string, { slug: string; step: StoryStep }> {
  const places = new Map<string, { slug: string; step: StoryStep }>();
  for (const slug of order) {
    for (const step of chapters.find((c) => c.slug === slug)!.steps) {
      const key = `${step.chart}/${step.state}`;
      if (!places.has(key)) places.set(key, { slug, step });
    }
  }
  return places;
}

describe("every step the story parser reads is on its page and in every index", () => {
  const teaching = page("teaching/index.html");
  const teachingLinks = teaching.querySelectorAll(".deep-links a").map((a) => ({ href: a.getAttribute("href"), text: a.text }));
  /** Chapters in story order, as the teaching page lists them. */
  const storyOrder = teaching.querySelectorAll(".deep-links h3 a").map((a) => a.getAttribute("href")!.split("/").at(-2)!);

  it("the parser finds steps in every chapter, and the teaching page lists every chapter", () => {
    expect(chapters.length).toBeGreaterThanOrEqual(3);
    for (const chapter of chapters) expect(chapter.steps.length, chapter.slug).toBeGreaterThan(0);
    expect([...storyOrder].sort()).toEqual(chapters.map((c) => c.slug).sort());
  });

  it.each(chapters)(
    "$slug: the built page shows exactly the parsed steps, in order, each with its section's chart and its state",
    ({ slug, steps }) => {
      const root = page(`chapters/${slug}/index.html`);
      const onPage = root.querySelectorAll("[data-scrolly]").flatMap((scrolly) => {
        const chart = scrolly.querySelector(".scrolly-graphic [data-chart]")!.getAttribute("data-chart");
        return scrolly.querySelectorAll("[data-step]").map((step) => ({ id: step.id, chart, state: step.getAttribute("data-state") }));
      });
      expect(onPage).toEqual(steps.map(({ id, chart, state }) => ({ id, chart, state })));
    },
  );

  it.each(chapters)("$slug: the teaching page links every step by its lead-in, and as a slide", ({ slug, steps }) => {
    for (const step of steps) {
      expect(teachingLinks, step.id).toContainEqual({ href: `${chapterHref(slug)}#${step.id}`, text: step.label });
      expect(teachingLinks, step.id).toContainEqual({ href: `${chapterHref(slug)}?present#${step.id}`, text: "as a slide" });
    }
    const linked = teachingLinks.filter((l) => l.href?.startsWith(`${chapterHref(slug)}#`) && l.text !== "as a slide");
    expect(linked.length).toBeGreaterThanOrEqual(steps.length);
  });

  it("each chart state a step shows has an embed that leads back to the first step showing it, and a link-preview card", () => {
    const places = firstPlaces(storyOrder);
    expect(places.size).toBeGreaterThan(10);
    for (const [key, { slug, step }] of places) {
      const back = page(`embed/${key}/index.html`).querySelector(".embed-back a")?.getAttribute("href");
      expect(back, key).toBe(`${chapterHref(slug)}#${step.id}`);
      expect(existsSync(`${DIST}/social/chart-${key.replace("/", "-")}.png`), key).toBe(true);
    }
  });

  it("the data page's chart index names each chart state by the first step that shows it", () => {
    const index = page("data/index.html");
    for (const [key, { step }] of firstPlaces(storyOrder)) {
      const link = index.querySelector(`.chart-index a[href="${BASE}embed/${key}/"]`);
      expect(link?.text, key).toBe(step.label);
    }
  });
});
