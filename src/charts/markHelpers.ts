import type { Mark } from "./marks.ts";

/** Pixel positions to one decimal: finer than a screen shows, and it keeps the SVG small. */
export const px = (value: number): number => Math.round(value * 10) / 10;

/** A text mark maker at one font size, so a chart's labels share it unless they say otherwise. */
export function textMaker(fontSize: number) {
  return (key: string, value: string, attrs: Mark["attrs"]): Mark => ({
    key,
    tag: "text",
    text: value,
    attrs: { "font-size": fontSize, ...attrs },
  });
}

/** A straight line mark with its coordinates rounded. */
export function lineMark(key: string, className: string, x1: number, y1: number, x2: number, y2: number): Mark {
  return { key, tag: "line", attrs: { class: className, x1: px(x1), x2: px(x2), y1: px(y1), y2: px(y2) } };
}

/**
 * Year ticks for a time axis: every `step` years from a round start, plus the last year, thinned on
 * phones to the first, a middle and the last, so labels never collide. A tick too close to the
 * last year is dropped rather than crowding it.
 */
export function yearTicks(first: number, last: number, narrow: boolean, step = 5): number[] {
  if (narrow) {
    const middle = Math.round((first + last) / 2 / step) * step;
    return [...new Set([first, middle, last])];
  }
  const ticks: number[] = [first];
  for (let year = Math.ceil((first + 1) / step) * step; year < last - step / 2; year += step) ticks.push(year);
  ticks.push(last);
  return ticks;
}

/** Breaks a label into lines of at most `width` characters, at spaces. */
export function wrapWords(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const current = lines.at(-1);
    if (current !== undefined && current.length + 1 + word.length <= width) lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  return lines;
}
