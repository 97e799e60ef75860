/**
 * Moves label positions apart so that neighbours are at least `gap` apart, keeping their order
 * and staying within [min, max]. Input and output are in the same order.
 */
export function dodgeLabels(ys: readonly number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
  const overflow = order.length ? order[order.length - 1]!.y - max : 0;
  if (overflow > 0) order.forEach((o) => (o.y -= overflow));
  for (let k = order.length - 2; k >= 0; k--) order[k]!.y = Math.min(order[k]!.y, order[k + 1]!.y - gap);
  if (order.length && order[0]!.y < min) {
    const shift = min - order[0]!.y;
    order.forEach((o) => (o.y += shift));
  }
  const out = new Array<number>(ys.length);
  order.forEach((o) => (out[o.i] = o.y));
  return out;
}
