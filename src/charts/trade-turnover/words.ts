import { tradeTurnover, type MirrorTurnoverRow, type TradeTurnoverData, type TurnoverRow } from "./data.ts";
import { dataset } from "../../data/dataset.ts";
import { breaksAdded, TRADE_BREAKS } from "../withBreaks.ts";
import {
  tradeTurnoverStates,
  turnoverPartners,
  type TradeTurnoverState,
  type TradeTurnoverStateId,
  type TurnoverPartner,
} from "./states.ts";
import { partnerNames } from "../partnerColors.ts";
import { formatUsd } from "../../lib/formatUsd.ts";
import { breaksSentence } from "../chartBreaks.ts";
import { reporters, type Reporter } from "../reporters.ts";
import { listYears, reporterView } from "./draw.ts";

/**
 * The trade-turnover chart's words, built at build time from the same rows the marks are drawn from, under
 * each reporter, and carried in its rows (`words`, `ahead`): the browser's drawing code picks them up rather
 * than shipping the sentences' code (see the chapter's JS budget, tests/build/budgets.test.ts).
 */

const rowAt = (data: TradeTurnoverData, partner: TurnoverPartner, year: number): TurnoverRow | undefined =>
  data.turnover.find((r) => r.partner === partner && r.year === year);
const mirrorAt = (data: TradeTurnoverData, year: number): MirrorTurnoverRow | undefined => data.mirror.find((r) => r.year === year);
/** Below this, a lead is within rounding and the sources' revisions: not an overtaking. */
const CLEAR_LEAD = 0.01;

/** Years in which Kazakhstan reported more trade with China than with Russia, however small the lead or whatever the recording. */
export function yearsChinaAboveRussia(data: TradeTurnoverData): number[] {
  return data.turnover
    .filter((r) => r.partner === "china")
    .filter((r) => r.turnoverUsd > (rowAt(data, "russia", r.year)?.turnoverUsd ?? Infinity))
    .map((r) => r.year);
}

/** Why a year China's line is above Russia's is not an overtaking, or undefined when it is one. */
export function notAnOvertaking(data: TradeTurnoverData, year: number): string | undefined {
  const inBreak = (data.breaks ?? []).find((b) => b.kind === "recording-change" && year >= b.from && year <= b.to);
  if (inBreak) return `${year} falls in the ${inBreak.label.toLowerCase()} break, when trade with Russia was recorded differently`;
  const china = rowAt(data, "china", year)!.turnoverUsd;
  const russia = rowAt(data, "russia", year)!.turnoverUsd;
  if (china / russia - 1 < CLEAR_LEAD) return `in ${year} the two differ by under 1%`;
  return undefined;
}

/** Years in which Kazakhstan's reported trade with China clearly exceeded that with Russia, outside any recording break. */
export function yearsChinaAhead(data: TradeTurnoverData): number[] {
  return yearsChinaAboveRussia(data).filter((year) => notAnOvertaking(data, year) === undefined);
}

const both = (data: TradeTurnoverData, year: number) =>
  turnoverPartners.map((p) => `${partnerNames[p]} ${formatUsd(rowAt(data, p, year)?.turnoverUsd ?? NaN)}`).join(", ");

/** Words for what the state shows, built from the same rows the marks are. */
function summarise(data: TradeTurnoverData, state: TradeTurnoverState): string {
  const lastMirror = data.mirror.at(-1)!;
  const intro =
    `Kazakhstan's trade turnover (exports plus imports) with China and with Russia, ${data.firstYear} to ${data.lastYear}, ` +
    `as Kazakhstan reported it, beside China's own figures for its trade with Kazakhstan, ${data.mirror[0]!.year} to ${lastMirror.year}.` +
    breaksSentence(data.breaks ?? []);
  if (state.gap && state.focusYear !== undefined) {
    const own = rowAt(data, "china", state.focusYear);
    const china = mirrorAt(data, state.focusYear);
    if (own && china) {
      return `${intro} In ${state.focusYear} Kazakhstan reported ${formatUsd(own.turnoverUsd)} of trade with China; China reported ${formatUsd(china.turnoverUsd)} for the same trade, ${formatUsd(china.turnoverUsd - own.turnoverUsd)} more.`;
    }
  }
  if (state.overtakes) {
    const ahead = yearsChinaAhead(data);
    const caveats = yearsChinaAboveRussia(data).flatMap((y) => notAnOvertaking(data, y) ?? []);
    const notReal = caveats.length
      ? ` China's line is also above Russia's in years that do not count as overtaking: ${caveats.join("; ")}.`
      : "";
    if (ahead.length === 0)
      return `${intro} Kazakhstan's reported trade with China clearly exceeds that with Russia in no year.${notReal} In ${data.lastYear}: ${both(data, data.lastYear)}.`;
    return `${intro} Kazakhstan reported clearly more trade with China than with Russia in ${listYears(ahead)}: ${ahead.length === 1 ? both(data, ahead[0]!) : ahead.map((y) => `in ${y}, ${both(data, y)}`).join("; ")}.${notReal}`;
  }
  if (state.focusYear !== undefined) return `${intro} In ${state.focusYear}: ${both(data, state.focusYear)}.`;
  const widest = data.mirror.reduce((a, b) => (gapOf(data, b) > gapOf(data, a) ? b : a));
  return (
    `${intro} In ${data.firstYear}: ${both(data, data.firstYear)}. In ${data.lastYear}: ${both(data, data.lastYear)}. ` +
    `In dollars, China's figure for the same trade was furthest above Kazakhstan's in ${widest.year}: ${formatUsd(widest.turnoverUsd)} against ${formatUsd(rowAt(data, "china", widest.year)!.turnoverUsd)}.`
  );
}

/** Words for the chart under a partner's figures or both, from the same rows the marks are drawn from. */
function summariseReporter(data: TradeTurnoverData, state: TradeTurnoverState, reporter: Exclude<Reporter, "kazakhstan">): string {
  const mirrors = { china: data.mirror, russia: data.mirrorRussia };
  const yearOf = (p: TurnoverPartner) => (reporter === p ? data.turnover.filter((r) => r.partner === p) : mirrors[p]).at(-1)?.year;
  const counted = (p: TurnoverPartner) => (reporter === p ? `${partnerNames[p]}'s own count` : "Kazakhstan's count");
  // Under "both": one span when both partners' series cover the same years ("both 1995 to 2020"), two otherwise.
  const mirrorYears = () => {
    const china = `${data.mirror[0]?.year} to ${yearOf("china")}`;
    const russia = `${data.mirrorRussia[0]?.year} to ${yearOf("russia")}`;
    return china === russia ? `both ${china}` : `China's ${china}, Russia's ${russia}`;
  };
  const intro =
    reporter === "both"
      ? `Kazakhstan's trade turnover (exports plus imports) with China and with Russia, ${data.firstYear} to ${data.lastYear}, as Kazakhstan reported it (solid lines), ` +
        `beside China's and Russia's own figures for the same trade (dashed, ${mirrorYears()}); the shading is the gap between the two counts.`
      : `Kazakhstan's trade turnover (exports plus imports) with China and with Russia: with ${partnerNames[reporter]} as ${partnerNames[reporter]} reported it (IMF Direction of Trade Statistics, to ${yearOf(reporter)}, where its series ends: later years have no ${partnerNames[reporter]} figure), ` +
        `with ${partnerNames[reporter === "china" ? "russia" : "china"]} as Kazakhstan reported it, ${data.firstYear} to ${data.lastYear}.`;
  const at = (year: number) =>
    turnoverPartners
      .map((p) => {
        const own = rowAt(data, p, year)?.turnoverUsd;
        const theirs = reporter === "both" ? mirrors[p].find((m) => m.year === year)?.turnoverUsd : undefined;
        const ownText = `${partnerNames[p]} ${own === undefined ? `no figure (${counted(p)} ends in ${yearOf(p)})` : `${formatUsd(own)} (${counted(p)})`}`;
        return theirs === undefined || own === undefined
          ? ownText
          : `${ownText}, ${formatUsd(theirs)} by ${partnerNames[p]}'s count, ${formatUsd(Math.abs(theirs - own))} ${theirs > own ? "more" : "less"}`;
      })
      .join("; ");
  const year = state.focusYear ?? data.lastYear;
  return `${intro}${breaksSentence(data.breaks ?? [])} In ${year}: ${at(year)}.`;
}

const gapOf = (data: TradeTurnoverData, m: MirrorTurnoverRow) =>
  m.turnoverUsd - (rowAt(data, "china", m.year)?.turnoverUsd ?? m.turnoverUsd);

/** The words and the "China ahead" years under each reporter, for each state, added to the rows the page carries. */
export function withWords<Data extends TradeTurnoverData>(data: Data): Data {
  const states = Object.keys(tradeTurnoverStates) as TradeTurnoverStateId[];
  const words = {} as Record<Reporter, Record<TradeTurnoverStateId, string>>;
  const ahead = {} as Record<Reporter, number[]>;
  for (const reporter of reporters) {
    const view = reporterView(data, reporter);
    words[reporter] = Object.fromEntries(
      states.map((id) => [
        id,
        reporter === "kazakhstan" ? summarise(view, tradeTurnoverStates[id]) : summariseReporter(view, tradeTurnoverStates[id], reporter),
      ]),
    ) as Record<TradeTurnoverStateId, string>;
    // "China clearly ahead" compares two lines of one count; a partner's own view mixes its count with
    // Kazakhstan's count of the other partner, so it marks no such years.
    ahead[reporter] = reporter === "china" || reporter === "russia" ? [] : yearsChinaAhead(view);
  }
  return { ...data, words, ahead };
}

/** The turnover rows with the trade series' breaks and the context events, and the chart's words, as the chart draws them. */
export const tradeTurnoverRows = () => withWords(breaksAdded(tradeTurnover(dataset()), [...TRADE_BREAKS, "event"]));
