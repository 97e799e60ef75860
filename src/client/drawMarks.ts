import { interpolateNumber, interpolateString } from "./interpolate.ts";
import { joinByKey } from "./keyedJoin.ts";
import type { ChartModel, Mark } from "../charts/marks.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const DURATION_MS = 600;

/** One animated change, at eased time t from 0 to 1; at 1 it leaves exactly the end state. */
type Tween = (t: number) => void;

/** Ends the animation running on a chart at once, in its end state. */
const running = new WeakMap<SVGSVGElement, () => void>();

/** Sets only the attributes that change: setting one to its own value still makes the browser restyle the mark. */
function setAttrs(element: Element, mark: Mark): void {
  for (const [name, value] of Object.entries(mark.attrs)) {
    const text = String(value);
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
}

/**
 * Moves one attribute: numbers and path geometry glide; anything else (colours, classes) switches
 * at the start. Colours would need d3-color's interpolators, 3.5 KB gzip a page, for a 600 ms fade.
 */
function attrTween(element: Element, name: string, to: string): Tween | undefined {
  const from = element.getAttribute(name);
  const numeric = from !== null && from.trim() !== "" && Number.isFinite(Number(from)) && Number.isFinite(Number(to));
  const geometric = from !== null && (name === "d" || name === "points" || name === "transform");
  if (from === to || (!numeric && !geometric)) {
    element.setAttribute(name, to);
    return undefined;
  }
  const between = numeric ? interpolateNumber(Number(from), Number(to)) : interpolateString(from!, to);
  return (t) => element.setAttribute(name, t === 1 ? to : String(between(t)));
}

/**
 * d3-ease's easeCubicInOut, written out: importing it ships all of d3-ease's curves (0.4 KB gzip), which its
 * bundle builds at module level. tests/unit/keyedJoin.test.ts compares the two.
 */
export const easeCubicInOut = (t: number): number => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

const fade =
  (element: SVGElement, from: number, to: number): Tween =>
  (t) => {
    element.style.opacity = t === 1 && to === 1 ? "" : String(from + (to - from) * t);
  };

/**
 * Joins a chart model onto an SVG by mark key: new marks fade in, gone marks fade out, and the rest
 * move to their new attributes. Without `animate` it jumps straight to the end state. A new call
 * first finishes the running animation, so fast scrolling always lands on the last state.
 */
export function drawMarks(svg: SVGSVGElement, model: ChartModel, animate: boolean): void {
  running.get(svg)?.();
  svg.setAttribute("viewBox", `0 0 ${model.width} ${model.height}`);
  // Marks live in the svg's marks group (hidden from text extraction: the svg is named and a table has the figures).
  const root = svg.querySelector<SVGGElement>(":scope > g.marks") ?? svg;
  const tweens: Tween[] = [];
  const { entered, updated, exited } = joinByKey(
    root,
    model.marks,
    (mark) => mark.key,
    (mark) => document.createElementNS(SVG_NS, mark.tag) as SVGElement,
  );
  for (const [element, mark] of entered) {
    setAttrs(element, mark);
    if (mark.text !== undefined) element.textContent = mark.text;
    if (animate) tweens.push(fade(element, 0, 1));
  }
  for (const [element, mark] of updated) {
    if (mark.text !== undefined) element.textContent = mark.text;
    // Moving SVG text makes the browser lay it out again on every frame (measured: 112 ms of
    // text layout per scroll through a chapter at 4x CPU, 1 ms without); labels jump instead.
    if (!animate || mark.tag === "text") {
      setAttrs(element, mark);
      continue;
    }
    for (const [name, value] of Object.entries(mark.attrs)) {
      const tween = attrTween(element, name, String(value));
      if (tween) tweens.push(tween);
    }
  }
  if (animate) for (const element of exited) tweens.push(fade(element, 1, 0));

  let frame = 0;
  const finish = () => {
    cancelAnimationFrame(frame);
    for (const tween of tweens) tween(1);
    for (const element of exited) element.remove();
    running.delete(svg);
  };
  if (!animate || tweens.length === 0) return finish();
  // One step a frame, timed from now (what d3-timer's timer() does, without its 0.6 KB gzip of scheduling).
  const start = performance.now();
  const step = (now: number) => {
    const elapsed = Math.max(0, now - start);
    if (elapsed >= DURATION_MS) return finish();
    const t = easeCubicInOut(elapsed / DURATION_MS);
    for (const tween of tweens) tween(t);
    frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  running.set(svg, finish);
}
