/** From here a figure rounds to a thousand millions, so it is written in billions ("$1.0bn", never "$1000m"). */
export const BILLION_FROM = 999.5e6;

/** Dollars at the story's stated rounding: billions to one decimal, e.g. $14.2bn; millions below $1bn. */
export function formatUsd(usd: number): string {
  return usd >= BILLION_FROM ? `$${(usd / 1e9).toFixed(1)}bn` : `$${Math.round(usd / 1e6)}m`;
}
