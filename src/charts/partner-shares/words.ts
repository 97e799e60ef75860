import type { PartnerSharesData } from "./data.ts";
import { partnerSharesRows } from "./data.ts";
import { partnerSharesStates, type PartnerSharesState, type PartnerSharesStateId } from "./states.ts";
import { partnerNames, type SharePartner } from "../partnerColors.ts";
import { formatShare, roundedFixed } from "../../lib/formatShare.ts";
import { breaksSentence } from "../chartBreaks.ts";
import { reporters, type Reporter } from "../reporters.ts";
import { mirrorOf, sharesView, valueAt } from "./draw.ts";

/**
 * The share charts' words, built at build time from the same rows the marks are drawn from, under each
 * reporter, and carried in the chart's rows (`words`): the browser's drawing code picks them up rather than
 * shipping the sentences' code (see the chapter's JS budget, tests/build/budgets.test.ts).
 */

const flowNoun = { export: "exports", import: "imports" } as const;
type Counting = "china" | "russia";

/** What a partner's own count of a flow is: China's imports from Kazakhstan are Kazakhstan's exports to China. */
export const partnerFlow = (partner: Counting, flow: PartnerSharesState["flow"]) =>
  `${partnerNames[partner]}'s own count of its ${flow === "export" ? "imports from" : "exports to"} Kazakhstan`;

/** The first and last year of a partner's own figures for a flow ("1995 to 2020"). */
const spanOf = (data: PartnerSharesData, partner: Counting, flow: PartnerSharesState["flow"]) => {
  const years = mirrorOf(data, partner)
    .filter((m) => m.flow === flow)
    .map((m) => m.year);
  return { first: Math.min(...years), last: Math.max(...years) };
};

/** Words for what the state shows under Kazakhstan's own figures, built from the same rows the marks are. */
function summarise(data: PartnerSharesData, state: PartnerSharesState): string {
  const noun = flowNoun[state.flow];
  const intro = `Share of Kazakhstan's ${noun} by partner, ${data.firstYear} to ${data.lastYear}, as Kazakhstan reported them.${breaksSentence(data.breaks ?? [])}`;
  const at = (year: number, partners: readonly SharePartner[]) =>
    partners
      .map((p) => {
        const row = valueAt(data, state, p, year);
        return row ? `${partnerNames[p]} ${formatShare(row.share)}` : `${partnerNames[p]} no figure`;
      })
      .join(", ");
  if (state.focusYear === undefined) {
    const main: SharePartner[] = ["eu27", "china", "russia"];
    return `${intro} In ${data.firstYear}: ${at(data.firstYear, main)}. In ${data.lastYear}: ${at(data.lastYear, main)}.`;
  }
  const parts = [intro, `In ${state.focusYear}: ${at(state.focusYear, state.focus)}.`];
  if (state.compareYear !== undefined) parts.push(`In ${state.compareYear}: ${at(state.compareYear, state.focus)}.`);
  if (state.reference)
    parts.push(`A level line across the chart marks ${formatShare(state.reference.share)}, the 2015 article's “one-fifth”.`);
  const mirror = state.mirror ? data.mirror.find((m) => m.year === state.focusYear && m.flow === state.flow) : undefined;
  if (mirror) {
    parts.push(
      `China's own figure for the same trade, the dot with a dashed outline, is ${formatShare(mirror.shareOfKazakhstanTotal)} of Kazakhstan's reported total.`,
    );
  }
  return parts.join(" ");
}

/**
 * Words for the chart under a partner's figures or both. A partner's share is its own count of the flow over
 * Kazakhstan's total for the flow, since the partners do not report Kazakhstan's totals: the words say so, and
 * say where the partner's series ends.
 */
function summariseReporter(all: PartnerSharesData, state: PartnerSharesState, reporter: Exclude<Reporter, "kazakhstan">): string {
  const data = sharesView(all, reporter);
  const { flow } = state;
  const noun = flowNoun[flow];
  const counted: Counting[] = reporter === "both" ? ["china", "russia"] : [reporter];
  const spans = counted.map((p) => ({ p, ...spanOf(all, p, flow) }));
  const sameSpan = spans.every((s) => s.first === spans[0]!.first && s.last === spans[0]!.last);
  const theirFlow = flow === "export" ? "imports from Kazakhstan" : "exports to Kazakhstan";
  const intro =
    reporter === "both"
      ? `Share of Kazakhstan's ${noun} by partner, ${data.firstYear} to ${data.lastYear}, as Kazakhstan reported them (solid lines), beside ` +
        (sameSpan
          ? `China's and Russia's own counts of their ${theirFlow}, each as a share of Kazakhstan's total ${noun} (dashed, both ${spans[0]!.first} to ${spans[0]!.last}, where their series end)`
          : `${spans.map((s) => `${partnerFlow(s.p, flow)} (${s.first} to ${s.last}, where its series ends)`).join(" and ")}, each as a share of Kazakhstan's total ${noun} (dashed)`) +
        `; the shading is the gap between the two counts.`
      : `Share of Kazakhstan's ${noun} by partner, ${data.firstYear} to ${data.lastYear}. ${partnerNames[reporter]}'s line is ${partnerFlow(reporter, flow)}, ` +
        `as a share of Kazakhstan's total ${noun}, since ${partnerNames[reporter]} does not report Kazakhstan's totals ` +
        `(IMF Direction of Trade Statistics, ${spans[0]!.first} to ${spans[0]!.last}, where its series ends: later years have no ${partnerNames[reporter]} figure); ` +
        `the other lines are Kazakhstan's own figures.`;
  const lastCounted = Math.max(...spans.map((s) => s.last));
  /** What the words have said once already: whose count a line is, and where a count ends. */
  const said = new Set<string>();
  const once = (key: string, words: string) => (said.has(key) ? "" : (said.add(key), words));
  /** One partner's figure in a year, naming who counted it; under "both", both counts and the gap in points. */
  const figure = (p: SharePartner, year: number) => {
    const own = valueAt(data, state, p, year);
    const name = partnerNames[p];
    if (p === reporter)
      return own
        ? `${name} ${formatShare(own.share)}${once(`own-${p}`, ` (${name}'s own count)`)}`
        : `${name} no figure${once(`end-${p}`, ` (its count ends in ${lastCounted})`)}`;
    if (reporter !== "both" || (p !== "china" && p !== "russia") || year > lastCounted)
      return `${name} ${own ? formatShare(own.share) : "no figure"}`;
    const mirrored = mirrorOf(data, p).find((m) => m.flow === flow && m.year === year);
    if (!own) return `${name} no figure by Kazakhstan's count`;
    if (mirrored === undefined) return `${name} ${formatShare(own.share)} by Kazakhstan's count, none by ${name}'s`;
    const theirs = mirrored.shareOfKazakhstanTotal;
    // The gap from the two dollar figures over the same total, not from two rounded shares (12.36 - 12.21 is 0.15, but 0.146 unrounded).
    const gap = ((mirrored.partnerReportedUsd - mirrored.kazakhstanReportedUsd) / mirrored.partnerReportedUsd) * theirs;
    const points = roundedFixed(Math.abs(gap), 1);
    return `${name} ${formatShare(own.share)} by Kazakhstan's count, ${formatShare(theirs)} by ${name}'s, ${points === "0.0" ? "under 0.1 percentage points apart" : `${points} percentage points ${gap > 0 ? "more" : "less"}`}`;
  };
  // Under "both", a year after the partners' series end has Kazakhstan's count alone, and says so once.
  const at = (year: number, partners: readonly SharePartner[]) =>
    `In ${year}${reporter === "both" && year > lastCounted ? once("after", `, by Kazakhstan's count alone (the partners' counts end in ${lastCounted})`) : ""}: ${partners.map((p) => figure(p, year)).join("; ")}.`;
  const main: SharePartner[] = ["eu27", "china", "russia"];
  const parts = [intro + breaksSentence(data.breaks ?? [])];
  if (state.focusYear === undefined) parts.push(...[data.firstYear, lastCounted, data.lastYear].map((year) => at(year, main)));
  else {
    parts.push(at(state.focusYear, state.focus));
    if (state.compareYear !== undefined) parts.push(at(state.compareYear, state.focus));
  }
  if (state.reference)
    parts.push(`A level line across the chart marks ${formatShare(state.reference.share)}, the 2015 article's “one-fifth”.`);
  return parts.join(" ");
}

/** The words under each reporter, for each of a chart's states, added to the rows the page carries. */
export function withWords<Data extends PartnerSharesData>(data: Data, states: readonly PartnerSharesStateId[]): Data {
  const words = Object.fromEntries(
    reporters.map((reporter) => [
      reporter,
      Object.fromEntries(
        states.map((id) => {
          const state = partnerSharesStates[id];
          return [id, reporter === "kazakhstan" ? summarise(sharesView(data), state) : summariseReporter(data, state, reporter)];
        }),
      ),
    ]),
  ) as Record<Reporter, Partial<Record<PartnerSharesStateId, string>>>;
  return { ...data, words };
}

/** The rows of a share chart showing `states`, with the breaks and the words for those states alone. */
export const sharesRowsFor = (states: readonly PartnerSharesStateId[]) => () => withWords(partnerSharesRows(), states);
