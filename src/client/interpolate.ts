/**
 * Hand-written on purpose, to save bytes in the browser: d3-interpolate's bundle builds its colour
 * interpolators at module level, so importing even interpolateString from it ships d3-color too (about
 * 3.5 KB gzip a chapter). The charts only glide numbers and numbers inside strings (path data,
 * transforms); colours switch at once (drawMarks.ts). These two behave exactly as d3's
 * (tests/unit/interpolate.test.ts compares them).
 */

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

export const interpolateNumber =
  (a: number, b: number) =>
  (t: number): number =>
    a * (1 - t) + b * t;

/**
 * Glides each number in `b` from the number at the same place in `a`; the text around the numbers, and
 * any numbers `a` has no partner for, come from `b`.
 */
export function interpolateString(a: string, b: string): (t: number) => string {
  const inA = new RegExp(NUMBER.source, "g");
  const inB = new RegExp(NUMBER.source, "g");
  const parts: string[] = [];
  const moving: { at: number; value: (t: number) => number }[] = [];
  let done = 0;
  let am: RegExpExecArray | null;
  let bm: RegExpExecArray | null;
  while ((am = inA.exec(a)) && (bm = inB.exec(b))) {
    if (bm.index > done) parts.push(b.slice(done, bm.index));
    if (am[0] === bm[0]) parts.push(bm[0]);
    else moving.push({ at: parts.push("") - 1, value: interpolateNumber(Number(am[0]), Number(bm[0])) });
    done = inB.lastIndex;
  }
  if (done < b.length) parts.push(b.slice(done));
  return (t) => {
    for (const { at, value } of moving) parts[at] = String(value(t));
    return parts.join("");
  };
}
