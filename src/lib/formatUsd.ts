/** Dollars at the story's stated rounding: billions to one decimal, e.g. $14.2bn; millions below $1bn. */
export function formatUsd(usd: number): string {
  return usd >= 1e9 ? `$${(usd / 1e9).toFixed(1)}bn` : `$${Math.round(usd / 1e6)}m`;
}
