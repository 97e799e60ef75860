/**
 * A chart is drawn as a flat list of keyed SVG marks. The build serialises them to static SVG;
 * the browser joins the same list onto that SVG by key and animates the differences, so both
 * draw from one chart function.
 */
import type { Reporter } from "./reporters.ts";

export interface Mark {
  /** Stable across states: the element that a transition moves. */
  key: string;
  tag: "path" | "line" | "text" | "circle" | "rect";
  attrs: Record<string, string | number>;
  text?: string;
}

export interface ChartModel {
  width: number;
  height: number;
  marks: Mark[];
  /** What the current state shows, in words, for screen readers and the no-script reader. */
  summary: string;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * Signature every chart module exports: a pure function of data, state and size, and, for a chart with a
 * reporter switch (src/charts/reporters.ts), whose figures it draws (Kazakhstan's when not given).
 */
export type ChartFunction<Data, State> = (data: Data, state: State, size: Size, reporter?: Reporter) => ChartModel;
