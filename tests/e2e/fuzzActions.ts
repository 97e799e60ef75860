import { existsSync, readdirSync } from "node:fs";
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
  /** Chart-code requests still to fail (see the "failed chunk load" action). */
  failingChunks?: number;
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

/** Each chart's code is a chunk named after its folder, src/charts/<chart id>/draw.ts: these are what a failed load hits (a retry asks with a query). */
const CHART_CHUNKS = new RegExp(
  `/_astro/(${readdirSync("src/charts")
    .filter((folder) => existsSync(`src/charts/${folder}/draw.ts`))
    .join("|")})\\.[^/?]*\\.js(\\?.*)?$`,
);

/** Links as chat apps, text fragments and typos deliver them, made from a step id. */
const ODD_FRAGMENTS: ((id: string) => string)[] = [
  () => "#50%",
  () => "#%E0%A4%A",
  () => "#:~:text=Kazakhstan",
  (id) => `#${id}:~:text=China`,
  (id) => `#${id.slice(0, Math.max(6, id.length - 3))}`,
  (id) => `#${encodeURIComponent(encodeURIComponent(id)).replace(/-/g, "%252D")}`,
  (id) => `#${id})`,
  (id) => `#${id}%E2%80%8B`,
  (id) => `#${id.toUpperCase()}`,
  (id) => `#${id}&utm_source=chat`,
  () => "#no-such-step",
  () => "#",
];

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
  await page.evaluate((f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - window.innerHeight)), fraction);
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
    name: "switch reporter",
    weight: 2,
    available: async ({ page }) => (await page.locator("[data-reporter-switch]:visible input").count()) > 0,
    run: async ({ page, random }) => {
      const inputs = await page.locator("[data-reporter-switch]:visible input").all();
      const input = random.pick(inputs);
      const value = await input.getAttribute("value");
      // A switch on screen or scrolled to (in presenter mode other sections are hidden); behind a step card on a phone the reader scrolls to it first.
      await input.check({ force: true });
      return `switch a chart to ${value}'s figures`;
    },
  },
  {
    name: "deep link with a reporter",
    weight: 1,
    run: async ({ page, chapter, steps, random }) => {
      const step = random.pick(steps);
      const reporter = random.pick(["china", "russia", "both", "kazakhstan", "mars"]);
      await page.goto(`${chapter}?reporter=${reporter}#${step.id}`);
      return `follow link to ?reporter=${reporter}#${step.id}`;
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
  {
    name: "odd link",
    weight: 2,
    run: async (world) => {
      const { page, chapter, steps, random } = world;
      const fragment = random.pick(ODD_FRAGMENTS)(random.pick(steps).id);
      const url = `${chapter}?visit=${world.serial}${fragment}`;
      await page.goto(url);
      return `open ${url}`;
    },
  },
  {
    name: "address bar",
    weight: 3,
    run: async ({ page, random }) => {
      // A phone's address bar showing or hiding: the height alone changes, by 40 to 140 px.
      const { width, height } = page.viewportSize()!;
      const change = random.int(40, 140) * (random.next() < 0.5 || height < 500 ? 1 : -1);
      await page.setViewportSize({ width, height: height + change });
      return `height ${height} -> ${height + change}`;
    },
  },
  {
    name: "offline a while",
    weight: 2,
    run: async ({ page, steps, random }) => {
      // The connection drops (a tunnel) while the reader moves on, then comes back.
      const step = random.pick(steps);
      await page.context().setOffline(true);
      await jumpToStep(page, step.id);
      await page.waitForTimeout(random.int(100, 2500));
      await page.context().setOffline(false);
      return `offline, jump to #${step.id}, online`;
    },
  },
  {
    name: "failed chunk load",
    weight: 2,
    run: async (world) => {
      const { page, chapter, steps, random } = world;
      // A fresh page whose first chart-code requests fail (a flaky network); later ones get through.
      // At most three: the fourth try comes 7 s after the first (1 s, then 2, then 4), within the fuzz's wait.
      const failing = random.int(1, 3);
      world.failingChunks = failing;
      await page.unroute(CHART_CHUNKS);
      await page.route(CHART_CHUNKS, (route) => {
        if ((world.failingChunks ?? 0) <= 0) return route.continue();
        world.failingChunks! -= 1;
        return route.abort("failed");
      });
      const step = random.pick(steps);
      await page.goto(`${chapter}?visit=${world.serial}`);
      await jumpToStep(page, step.id);
      return `fresh page, the next ${failing} chart-code loads fail, jump to #${step.id}`;
    },
  },
  {
    name: "back mid-animation",
    weight: 2,
    run: async (world) => {
      const { page, steps, random } = world;
      const step = random.pick(steps);
      // A new step starts its chart's 600 ms transition; back (or forward) comes before it ends.
      await page.evaluate((id) => (location.hash = id), step.id);
      await page.waitForTimeout(random.int(0, 400));
      const forward = random.next() < 0.3;
      await (forward ? page.goForward() : page.goBack());
      return `#${step.id}, then ${forward ? "forward" : "back"} mid-animation${await stayOnChapter(world)}`;
    },
  },
];
