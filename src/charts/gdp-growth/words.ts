import type { EditionCode } from "../../i18n/editions.ts";
import { breakYears } from "../chartBreaks.ts";
import { numerals, shareIn } from "../numerals.ts";
import { gdpGrowthStates, type GdpGrowthState, type GdpGrowthStateId } from "./states.ts";
import { pointAt, type GdpGrowthData, type GdpGrowthFigures, type GrowthClaim } from "./rows.ts";
import { gdpGrowthText, type ClaimWords } from "./text.ts";
import { VIA } from "./reportedBy.ts";

/**
 * The gdp-growth chart's words in an edition, built at build time from the same rows the marks are drawn from
 * and carried in the rows (`text`, `words`): the browser's drawing code only places them, so it ships no
 * sentence (see the chapters' JS budget, tests/build/budgets.test.ts).
 */

/** A quoted figure's pieces in an edition's words and numerals. */
export function claimWords(c: GrowthClaim, edition: EditionCode): ClaimWords {
  const text = gdpGrowthText[edition];
  const name = (who: string) => {
    const found = text.names[who];
    if (found === undefined) throw new Error(`src/charts/gdp-growth/text.ts: no ${edition} name for "${who}" (forecasts.csv)`);
    return found;
  };
  const via = VIA.exec(c.reported_source);
  return {
    year: c.year,
    kind: c.kind,
    maker: name(c.made_by),
    made: c.made_on,
    value: shareIn(c.growthPct, numerals[edition]),
    source: c.reported_source,
    ...(via ? { who: name(via[1]!), outlet: via[2]!, date: via[3]! } : {}),
  };
}

/** Who reported a quoted figure, in an edition's words: "EBRD via Reuters 2015-05-14" reads "as Reuters reported on 14 May 2015". */
export function reportedIn(source: string, edition: EditionCode = "en"): string {
  const text = gdpGrowthText[edition];
  const via = VIA.exec(source);
  return via ? text.reportedBy(via[2]!, via[3]!) : text.reportedPlain(source);
}

/** Words for what a state shows, built from the same rows the marks are. */
function summarise(data: GdpGrowthFigures, stateId: GdpGrowthStateId, edition: EditionCode): string {
  const state: GdpGrowthState = gdpGrowthStates[stateId];
  const text = gdpGrowthText[edition];
  const n = numerals[edition];
  const breaks = data.breaks ?? [];
  const intro =
    text.intro(data.firstYear, data.lastYear) + (breaks.length ? text.marked(breaks.map((b) => `${b.title} (${breakYears(b)})`)) : "");
  const wb = (year: number) => shareIn(pointAt(data.worldBank, year)?.growthPct ?? NaN, n);
  const imf = (year: number) => shareIn(pointAt(data.imf, year)?.growthPct ?? NaN, n);
  if (state.focusYears.length === 0) {
    const high = data.worldBank.reduce((a, b) => (b.growthPct > a.growthPct ? b : a));
    const low = data.worldBank.reduce((a, b) => (b.growthPct < a.growthPct ? b : a));
    return (
      intro +
      text.longView(
        { year: high.year, value: shareIn(high.growthPct, n) },
        { year: low.year, value: shareIn(low.growthPct, n) },
        data.lastYear,
        wb(data.lastYear),
      )
    );
  }
  const focus: number[] = [...state.focusYears];
  const parts = [
    intro,
    text.focus(
      focus.map((y) => [wb(y), y]),
      state.withImf ? focus.map((y) => [imf(y), y]) : undefined,
    ),
  ];
  for (const claim of data.claims.filter((c) => (state.claimYears as readonly number[]).includes(c.year))) {
    parts.push(text.claim(claimWords(claim, edition), reportedIn(claim.reported_source, edition)));
  }
  return parts.join(" ");
}

/** The rows with the edition's words: fixed words for the drawing, each state's summary and each claim's read-out. */
export function withWords(data: GdpGrowthFigures, edition: EditionCode): GdpGrowthData {
  const states = Object.keys(gdpGrowthStates) as GdpGrowthStateId[];
  return {
    ...data,
    edition,
    numerals: numerals[edition],
    text: gdpGrowthText[edition].draw,
    words: {
      summary: Object.fromEntries(states.map((id) => [id, summarise(data, id, edition)])) as Record<GdpGrowthStateId, string>,
      claims: data.claims.map((c) => gdpGrowthText[edition].readout(claimWords(c, edition))),
    },
  };
}
