import type { LighthouseResult } from "./lighthouseRuns.ts";
import type { ScrollResult } from "./scrollJank.ts";
import type { PageBytes } from "./transferBytes.ts";

export interface PageResult {
  /** The page's path on its site, e.g. /chapters/the-tilt/. */
  path: string;
  url: string;
  /** Ours, or the same chapter built the common way, for comparison. */
  kind: "site" | "baseline";
  chapter: boolean;
  bytes: PageBytes;
  lighthouse: LighthouseResult;
  /** Chapters only: a scripted scroll top to bottom under 4x CPU throttling. */
  scroll?: ScrollResult;
  /** Chapters only: the same scroll with the page's scripts blocked, the floor this machine sets. */
  scrollWithoutScripts?: ScrollResult;
}

export interface TargetCheck {
  target: string;
  page: string;
  value: string;
  met: boolean;
}

export interface Ratio {
  measure: string;
  ours: number;
  baseline: number;
  /** ours / baseline: under 1 is better for every measure here. */
  ratio: number;
}

export interface BenchResult {
  date: string;
  command: string;
  machine: {
    cpus: number;
    cpuModel: string;
    /** One-minute load average when the bench started and when it ended: over the CPU count, timings are inflated. */
    loadAtStart: number;
    loadAtEnd: number;
    node: string;
    chromium: string;
    lighthouse: string;
  };
  runs: number;
  buildWallMs?: number;
  pages: PageResult[];
  targets: TargetCheck[];
  /** Our chapter against the baseline chapter, same run. */
  ratios: Ratio[];
}
