/**
 * Hand-written on purpose, to save bytes in the browser: the charts need d3-shape's line, area and diamond
 * symbol with straight segments, but d3-shape's bundle builds every curve and symbol at module level, so
 * importing `line` alone ships them all, with d3-path (3.8 KB gzip on a chapter, for about 0.4 KB of use).
 * These give the same path strings as d3-shape 3 for what the charts use (accessor functions, defined(),
 * digits(), linear curves): tests/unit/svgShapes.test.ts compares them on random data with gaps.
 */

type Accessor<T> = (d: T, i: number, data: readonly T[]) => number;
type Test<T> = (d: T, i: number, data: readonly T[]) => boolean;

/** d3-path's number output: rounded to `digits` places (none when null or over 15), as a JavaScript number prints. */
function pathWriter(digits: number | null) {
  const scale = digits === null || digits > 15 ? undefined : 10 ** digits;
  const round = (v: number) => (scale === undefined ? v : Math.round(v * scale) / scale);
  let text = "";
  return {
    move: (x: number, y: number) => (text += `M${round(x)},${round(y)}`),
    line: (x: number, y: number) => (text += `L${round(x)},${round(y)}`),
    close: () => (text += "Z"),
    /** What d3 returns: the path, or null for an empty one. */
    done: () => text || null,
  };
}

/** d3's rule for digits(): a whole number of places at least 0 (null means no rounding). */
function checkDigits(d: number | null): number | null {
  if (d === null) return null;
  const places = Math.floor(d);
  if (!(places >= 0)) throw new RangeError(`invalid digits: ${d}`);
  return places;
}

export interface LineGenerator<T> {
  (data: readonly T[]): string | null;
  x(x: Accessor<T>): LineGenerator<T>;
  y(y: Accessor<T>): LineGenerator<T>;
  defined(defined: Test<T>): LineGenerator<T>;
  digits(digits: number | null): LineGenerator<T>;
}

/** d3-shape's line() with its default linear curve: a run of defined points is "M…L…L…" ("M…Z" for a lone point). */
export function line<T>(): LineGenerator<T> {
  let x: Accessor<T> = (d) => (d as unknown as [number, number])[0];
  let y: Accessor<T> = (d) => (d as unknown as [number, number])[1];
  let defined: Test<T> = () => true;
  let digits: number | null = 3;
  const generator = ((data: readonly T[]) => {
    const path = pathWriter(digits);
    let points = 0;
    data.forEach((d, i) => {
      if (!defined(d, i, data)) {
        if (points === 1) path.close();
        points = 0;
        return;
      }
      (points++ ? path.line : path.move)(+x(d, i, data), +y(d, i, data));
    });
    if (points === 1) path.close();
    return path.done();
  }) as LineGenerator<T>;
  generator.x = (f) => ((x = f), generator);
  generator.y = (f) => ((y = f), generator);
  generator.defined = (f) => ((defined = f), generator);
  generator.digits = (d) => ((digits = checkDigits(d)), generator);
  return generator;
}

export interface AreaGenerator<T> {
  (data: readonly T[]): string | null;
  x(x: Accessor<T>): AreaGenerator<T>;
  y0(y0: Accessor<T>): AreaGenerator<T>;
  y1(y1: Accessor<T>): AreaGenerator<T>;
  defined(defined: Test<T>): AreaGenerator<T>;
  digits(digits: number | null): AreaGenerator<T>;
}

/** d3-shape's area() with its default linear curve: each run of defined points along y1, back along y0, closed. */
export function area<T>(): AreaGenerator<T> {
  let x: Accessor<T> = (d) => (d as unknown as [number, number])[0];
  let y0: Accessor<T> = () => 0;
  let y1: Accessor<T> = (d) => (d as unknown as [number, number])[1];
  let defined: Test<T> = () => true;
  let digits: number | null = 3;
  const generator = ((data: readonly T[]) => {
    const path = pathWriter(digits);
    let run: { x: number; y0: number }[] = [];
    const closeRun = () => {
      for (let k = run.length - 1; k >= 0; k--) path.line(run[k]!.x, run[k]!.y0);
      if (run.length) path.close();
      run = [];
    };
    data.forEach((d, i) => {
      if (!defined(d, i, data)) return closeRun();
      const point = { x: +x(d, i, data), y0: +y0(d, i, data) };
      (run.length ? path.line : path.move)(point.x, +y1(d, i, data));
      run.push(point);
    });
    closeRun();
    return path.done();
  }) as AreaGenerator<T>;
  generator.x = (f) => ((x = f), generator);
  generator.y0 = (f) => ((y0 = f), generator);
  generator.y1 = (f) => ((y1 = f), generator);
  generator.defined = (f) => ((defined = f), generator);
  generator.digits = (d) => ((digits = checkDigits(d)), generator);
  return generator;
}

/** A symbol's outline, drawn into a path at the given area in square pixels, as d3-shape's symbol types are. */
export interface SymbolType {
  draw(path: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void; closePath(): void }, size: number): void;
}

const tan30 = Math.sqrt(1 / 3);
const tan30Twice = tan30 * 2;

/** d3-shape's symbolDiamond: a rhombus, taller than wide. */
export const symbolDiamond: SymbolType = {
  draw(path, size) {
    const y = Math.sqrt(size / tan30Twice);
    const x = y * tan30;
    path.moveTo(0, -y);
    path.lineTo(x, 0);
    path.lineTo(0, y);
    path.lineTo(-x, 0);
    path.closePath();
  },
};

/** d3-shape's symbol(type, size): a generator of that symbol's path, centred on 0,0, to 3 decimal places. */
export function symbol(type: SymbolType, size = 64): () => string | null {
  return () => {
    const path = pathWriter(3);
    type.draw({ moveTo: path.move, lineTo: path.line, closePath: path.close }, size);
    return path.done();
  };
}
