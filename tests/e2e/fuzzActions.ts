import type { Page } from "@playwright/test";
import type { StepInfo } from "./chapterPage.ts";
import type { SeededRandom } from "./seededRandom.ts";

/** What an action can see and do: the page, the chapter under test (relative to the base) and its steps. */
export interface FuzzWorld {
  page: Page;
  chapter: string;
  /** The chapter's absolute address without the trailing slash: any URL starting with it is on the chapter. */
  chapterHref: string;
  steps: StepInfo[];
  random: SeededRandom;
  /** Counts actions, to make URLs that force a fresh page load. */
  serial: number;
}

export interface FuzzAction {
  name: string;
  /** How often it is picked, relative to the others. */
  weight: number;
  /** Whether the page offers it now; actions that are not available are not picked. */
  available?: (world: FuzzWorld) => Promise<boolean>;
  /** Does it, and says what it did, so a failure can be read and replayed. */
  run: (world: FuzzWorld) => Promise<string>;
}

/** Window sizes between a small phone and a wide desktop; rotating swaps width and height. */
const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

const SCROLL_KEYS = ["PageDown", "PageUp", "Space", "Shift+Space", "ArrowDown", "ArrowUp", "Home", "End"] as const;

/** The control that switches presenter mode; pages without steps have none. */
export const PRESENTER_TOGGLE = ".presenter-toggle";

async function scrollToFraction(page: Page, fraction: number): Promise<void> {
  await page.evaluate(
    (f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - window.innerHeight)),
    fraction,
  );
}

/** Puts a step where a reader would have it, its top just above mid-screen (as chapterPage.scrollToStep). */
async function jumpToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const top = document.getElementById(stepId)!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 0.4);
  }, id);
}

/** Back and forward may leave the chapter (to the blank page before it): come back to it if so. */
async function stayOnChapter(world: FuzzWorld): Promise<string> {
  if (world.page.url().startsWith(world.chapterHref)) return "";
  await world.page.goto(world.chapter);
  return ", left the chapter, reopened it";
}

/**
 * Every kind of thing a reader does, weighted. Add an action here and the fuzz test uses it; an
 * action whose control is missing from the page (presenter mode, for now) reports itself unavailable.
 */
export const FUZZ_ACTIONS: FuzzAction[] = [
  {
    name: "jump to a step",
    weight: 6,
    run: async ({ page, steps, random }) => {
      const step = random.pick(steps);
      await jumpToStep(page, step.id);
      return `jump to #${step.id}`;
    },
  },
  {
    name: "jump anywhere",
    weight: 3,
    run: async ({ page, random }) => {
      const fraction = Math.round(random.next() * 1000) / 1000;
      await scrollToFraction(page, fraction);
      return `jump to ${fraction} of the page`;
    },
  },
  {
    name: "wheel",
    weight: 4,
    run: async ({ page, random }) => {
      const delta = random.int(-1500, 1500);
      const size = page.viewportSize()!;
      await page.mouse.move(size.width / 2, size.height / 2);
      await page.mouse.wheel(0, delta);
      return `wheel ${delta}px`;
    },
  },
  {
    name: "key",
    weight: 3,
    run: async ({ page, random }) => {
      const key = random.pick(SCROLL_KEYS);
      await page.keyboard.press(key);
      return `press ${key}`;
    },
  },
  {
    name: "rapid steps",
    weight: 3,
    run: async ({ page, steps, random }) => {
      const ids = Array.from({ length: random.int(3, 8) }, () => random.pick(steps).id);
      // Several steps within a few frames: faster than transitions and scroll triggers settle.
      await page.evaluate(async (targets) => {
        for (const id of targets) {
          const top = document.getElementById(id)!.getBoundingClientRect().top + window.scrollY;
          window.scrollTo(0, top - window.innerHeight * 0.4);
          await new Promise(requestAnimationFrame);
        }
      }, ids);
      return `rapid steps ${ids.map((id) => `#${id}`).join(" ")}`;
    },
  },
  {
    name: "resize",
    weight: 3,
    run: async ({ page, random }) => {
      const size = random.pick(VIEWPORTS);
      await page.setViewportSize(size);
      return `resize to ${size.width}x${size.height}`;
    },
  },
  {
    name: "rotate",
    weight: 2,
    run: async ({ page }) => {
      const { width, height } = page.viewportSize()!;
      await page.setViewportSize({ width: height, height: width });
      return `rotate to ${height}x${width}`;
    },
  },
  {
    name: "deep link",
    weight: 3,
    run: async ({ page, chapter, steps, random }) => {
      const step = random.pick(steps);
      await page.goto(`${chapter}#${step.id}`);
      return `follow link to #${step.id}`;
    },
  },
  {
    name: "open a deep link",
    weight: 2,
    run: async (world) => {
      const { page, chapter, steps, random } = world;
      const step = random.pick(steps);
      // A query the host ignores makes a new document; half the time without the trailing slash.
      const path = random.next() < 0.5 ? chapter : chapter.replace(/\/$/, "");
      const url = `${path}?visit=${world.serial}#${step.id}`;
      await page.goto(url);
      return `open ${url}`;
    },
  },
  {
    name: "back",
    weight: 2,
    run: async (world) => {
      await world.page.goBack();
      return `back${await stayOnChapter(world)}`;
    },
  },
  {
    name: "forward",
    weight: 1,
    run: async (world) => {
      await world.page.goForward();
      return `forward${await stayOnChapter(world)}`;
    },
  },
  {
    name: "reload",
    weight: 1,
    run: async ({ page }) => {
      await page.reload();
      return "reload";
    },
  },
  {
    name: "presenter mode",
    weight: 2,
    available: async ({ page }) => (await page.locator(PRESENTER_TOGGLE).count()) > 0,
    run: async ({ page }) => {
      await page.locator(PRESENTER_TOGGLE).first().click();
      return "toggle presenter mode";
    },
  },
];
