import type { PartnerSharesData } from "./data.ts";
import { partnerSharesRows } from "./data.ts";
import { partnerSharesStates, type PartnerSharesState, type PartnerSharesStateId } from "./states.ts";
import type { SharePartner } from "../partnerColors.ts";
import { roundedFixed } from "../../lib/formatShare.ts";
import { breaksSentence } from "../chartBreaks.ts";
import { reporters, type Reporter } from "../reporters.ts";
import { mirrorOf, sharesView, valueAt } from "./draw.ts";
import { partnerSharesText } from "./text.ts";
import { numerals, shareIn } from "../numerals.ts";
import { editionTexts } from "../chartText.ts";
import type { EditionCode } from "../../i18n/editions.ts";
import { endOnce } from "../trade-turnover/words.ts";

/**
 * The share charts' words, built at build time from the same rows the marks are drawn from, under each
 * reporter and in the page's edition, and carried in the chart's rows (`words`, `text`, `numerals`): the
 * browser's drawing code picks them up rather than shipping the sentences' code (see the chapter's JS budget,
 * tests/build/budgets.test.ts).
 */

type Counting = "china" | "russia";
type Flow = PartnerSharesState["flow"];

/** How an edition says the share charts' sentences: the figures and names come in already written. */
interface Say {
  /** A partner that counts its own trade, as "...'s" needs it ("China's", "Китая", "Қытайдың"). */
  of: Record<Counting, string>;
  /** What a partner's own count of a flow is: China's imports from Kazakhstan are Kazakhstan's exports. */
  partnerFlow: (p: Counting, flow: Flow) => string;
  intro: (flow: Flow, first: number, last: number) => string;
  noFigure: (name: string) => string;
  /** A year's figures; `after` says more of the year ("by Kazakhstan's count alone"). */
  in: (year: number, figures: string, after?: string) => string;
  reference: (share: string) => string;
  mirror: (share: string) => string;
  introBoth: (flow: Flow, first: number, last: number, spans: { p: Counting; first: number; last: number }[]) => string;
  introPartner: (flow: Flow, p: Counting, first: number, last: number, span: { first: number; last: number }) => string;
  /** After each figure a partner counted itself, so none reads as Kazakhstan's. */
  ownCount: (p: Counting) => string;
  countEnds: (p: Counting, last: number) => string;
  /** Under both: Kazakhstan's count and the partner's of one flow in one year, and the gap in points. */
  noKazakhstanFigure: (name: string) => string;
  noPartnerFigure: (name: string, p: Counting, share: string) => string;
  bothCounts: (name: string, p: Counting, own: string, theirs: string, points: string | undefined, more: boolean, tenth: string) => string;
  alone: (last: number) => string;
}

const say: Readonly<Record<EditionCode, Say>> = editionTexts<Say>("src/charts/partner-shares/words.ts", {
  en: {
    of: { china: "China's", russia: "Russia's" },
    partnerFlow: (p, flow) =>
      `${p === "china" ? "China" : "Russia"}'s own count of its ${flow === "export" ? "imports from" : "exports to"} Kazakhstan`,
    intro: (flow, first, last) => `Share of Kazakhstan's ${flow}s by partner, ${first} to ${last}, as Kazakhstan reported them.`,
    noFigure: (name) => `${name} no figure`,
    in: (year, figures, after = "") => `In ${year}${after}: ${figures}.`,
    reference: (share) => `A level line across the chart marks ${share}, the 2015 article's “one-fifth”.`,
    mirror: (share) => `China's own figure for the same trade, the dot with a dashed outline, is ${share} of Kazakhstan's reported total.`,
    introBoth: (flow, first, last, spans) => {
      const same = spans.every((s) => s.first === spans[0]!.first && s.last === spans[0]!.last);
      return (
        `Share of Kazakhstan's ${flow}s by partner, ${first} to ${last}, as Kazakhstan reported them (solid lines), beside ` +
        (same
          ? `China's and Russia's own counts of their ${flow === "export" ? "imports from Kazakhstan" : "exports to Kazakhstan"}, each as a share of Kazakhstan's total ${flow}s (dashed, both ${spans[0]!.first} to ${spans[0]!.last}, where their series end)`
          : `${spans.map((s) => `${say.en.partnerFlow(s.p, flow)} (${s.first} to ${s.last}, where its series ends)`).join(" and ")}, each as a share of Kazakhstan's total ${flow}s (dashed)`) +
        `; the shading is the gap between the two counts.`
      );
    },
    introPartner: (flow, p, first, last, span) => {
      const name = p === "china" ? "China" : "Russia";
      return (
        `Share of Kazakhstan's ${flow}s by partner, ${first} to ${last}. ${name}'s line is ${say.en.partnerFlow(p, flow)}, ` +
        `as a share of Kazakhstan's total ${flow}s, since ${name} does not report Kazakhstan's totals ` +
        `(IMF Direction of Trade Statistics, ${span.first} to ${span.last}, where its series ends: later years have no ${name} figure); ` +
        `the other lines are Kazakhstan's own figures.`
      );
    },
    ownCount: (p) => ` (${p === "china" ? "China" : "Russia"}'s own count)`,
    countEnds: (_p, last) => ` (its count ends in ${last})`,
    noKazakhstanFigure: (name) => `${name} no figure by Kazakhstan's count`,
    noPartnerFigure: (name, _p, share) => `${name} ${share} by Kazakhstan's count, none by ${name}'s`,
    bothCounts: (name, _p, own, theirs, points, more, tenth) =>
      `${name} ${own} by Kazakhstan's count, ${theirs} by ${name}'s, ${points === undefined ? `under ${tenth} percentage points apart` : `${points} percentage points ${more ? "more" : "less"}`}`,
    alone: (last) => `, by Kazakhstan's count alone (the partners' counts end in ${last})`,
  },
  ru: {
    of: { china: "Китая", russia: "России" },
    partnerFlow: (p, flow) =>
      `собственные данные ${p === "china" ? "Китая о его" : "России о её"} ${flow === "export" ? "импорте из Казахстана" : "экспорте в Казахстан"}`,
    intro: (flow, first, last) =>
      `Доля партнёров в ${flow === "export" ? "экспорте" : "импорте"} Казахстана, ${first}–${last} годы, по данным Казахстана.`,
    noFigure: (name) => `${name} — нет данных`,
    in: (year, figures, after = "") => `В ${year} году${after}: ${figures}.`,
    reference: (share) => `Горизонтальная линия отмечает ${share} — «пятую часть» из статьи 2015 года.`,
    mirror: (share) =>
      `Собственная цифра Китая по той же торговле (точка с пунктирным контуром) — ${share} от итога, о котором сообщил Казахстан.`,
    introBoth: (flow, first, last, spans) => {
      const same = spans.every((s) => s.first === spans[0]!.first && s.last === spans[0]!.last);
      const total = flow === "export" ? "общего экспорта" : "общего импорта";
      return (
        `Доля партнёров в ${flow === "export" ? "экспорте" : "импорте"} Казахстана, ${first}–${last} годы, по данным Казахстана (сплошные линии), рядом — ` +
        (same
          ? `собственные данные Китая и России об их ${flow === "export" ? "импорте из Казахстана" : "экспорте в Казахстан"}, каждый ряд как доля ${total} Казахстана (пунктир, у обоих ${spans[0]!.first}–${spans[0]!.last} годы, где их ряды заканчиваются)`
          : `${spans.map((s) => `${say.ru.partnerFlow(s.p, flow)} (${s.first}–${s.last} годы, где ${s.p === "china" ? "его" : "её"} ряд заканчивается)`).join(" и ")}, каждый ряд как доля ${total} Казахстана (пунктир)`) +
        `; заливка — разрыв между двумя счетами.`
      );
    },
    introPartner: (flow, p, first, last, span) => {
      const of = p === "china" ? "Китая" : "России";
      const total = flow === "export" ? "общего экспорта" : "общего импорта";
      return (
        `Доля партнёров в ${flow === "export" ? "экспорте" : "импорте"} Казахстана, ${first}–${last} годы. Линия ${of} — ${say.ru.partnerFlow(p, flow)} ` +
        `как доля ${total} Казахстана, поскольку ${p === "china" ? "Китай" : "Россия"} не сообщает итогов Казахстана ` +
        `(Статистика направлений торговли МВФ, ${span.first}–${span.last} годы, где ${p === "china" ? "его" : "её"} ряд заканчивается: за более поздние годы цифры ${of} нет); ` +
        `остальные линии — собственные данные Казахстана.`
      );
    },
    ownCount: (p) => ` (по данным ${p === "china" ? "самого Китая" : "самой России"})`,
    countEnds: (p, last) => ` (${p === "china" ? "его" : "её"} данные заканчиваются ${last} годом)`,
    noKazakhstanFigure: (name) => `${name} — нет данных Казахстана`,
    noPartnerFigure: (name, p, share) => `${name} ${share} по данным Казахстана, данных ${p === "china" ? "Китая" : "России"} нет`,
    bothCounts: (name, p, own, theirs, points, more, tenth) =>
      `${name} ${own} по данным Казахстана, ${theirs} по данным ${p === "china" ? "Китая" : "России"}, ${points === undefined ? `разница меньше ${tenth} процентного пункта` : `на ${points} процентного пункта ${more ? "больше" : "меньше"}`}`,
    alone: (last) => `, только по данным Казахстана (данные партнёров заканчиваются ${last} годом)`,
  },
  kk: {
    of: { china: "Қытайдың", russia: "Ресейдің" },
    partnerFlow: (p, flow) =>
      `${p === "china" ? "Қытайдың" : "Ресейдің"} ${flow === "export" ? "Қазақстаннан импорты" : "Қазақстанға экспорты"} жөніндегі өз есебі`,
    intro: (flow, first, last) =>
      `Серіктестердің Қазақстан ${flow === "export" ? "экспортындағы" : "импортындағы"} үлесі, ${first}–${last} жылдар, Қазақстанның деректері бойынша.`,
    noFigure: (name) => `${name} — көрсеткіш жоқ`,
    in: (year, figures, after = "") => `${year} жылы${after}: ${figures}.`,
    reference: (share) => `Көлденең сызық ${share} деңгейін белгілейді — 2015 жылғы мақаладағы «бестен бірі».`,
    mirror: (share) =>
      `Қытайдың сол сауда бойынша өз көрсеткіші (жиегі үзік сызықты нүкте) Қазақстан хабарлаған жалпы көлемге шаққанда — ${share}.`,
    introBoth: (flow, first, last, spans) => {
      const same = spans.every((s) => s.first === spans[0]!.first && s.last === spans[0]!.last);
      const share = `Қазақстанның жалпы ${flow === "export" ? "экспортындағы" : "импортындағы"} үлес ретінде`;
      return (
        `Серіктестердің Қазақстан ${flow === "export" ? "экспортындағы" : "импортындағы"} үлесі, ${first}–${last} жылдар, Қазақстанның деректері бойынша (тұтас сызықтар), қасында — ` +
        (same
          ? `Қытай мен Ресейдің ${flow === "export" ? "Қазақстаннан импорты" : "Қазақстанға экспорты"} жөніндегі өз есептері, әрқайсысы ${share} (үзік сызықтар, екеуі де ${spans[0]!.first}–${spans[0]!.last} жылдар, қатарлары сонда аяқталады)`
          : `${spans.map((s) => `${say.kk.partnerFlow(s.p, flow)} (${s.first}–${s.last} жылдар, қатары сонда аяқталады)`).join(" және ")}, әрқайсысы ${share} (үзік сызықтар)`) +
        `; бояу — екі есептің арасындағы алшақтық.`
      );
    },
    introPartner: (flow, p, first, last, span) => {
      const name = p === "china" ? "Қытай" : "Ресей";
      return (
        `Серіктестердің Қазақстан ${flow === "export" ? "экспортындағы" : "импортындағы"} үлесі, ${first}–${last} жылдар. ${name} сызығы — ${say.kk.partnerFlow(p, flow)}, ` +
        `Қазақстанның жалпы ${flow === "export" ? "экспортындағы" : "импортындағы"} үлес ретінде, өйткені ${name} Қазақстанның жалпы көрсеткіштерін хабарламайды ` +
        `(ХВҚ Сауда бағыттары статистикасы, ${span.first}–${span.last} жылдар, қатары сонда аяқталады: кейінгі жылдарға ${name} көрсеткіші жоқ); ` +
        `қалған сызықтар — Қазақстанның өз деректері.`
      );
    },
    ownCount: (p) => ` (${p === "china" ? "Қытайдың" : "Ресейдің"} өз есебі)`,
    countEnds: (_p, last) => ` (оның есебі ${last} жылы аяқталады)`,
    noKazakhstanFigure: (name) => `${name} — Қазақстанның есебі бойынша көрсеткіш жоқ`,
    noPartnerFigure: (name, p, share) =>
      `${name} Қазақстанның есебі бойынша ${share}, ${p === "china" ? "Қытайдың" : "Ресейдің"} есебі бойынша көрсеткіш жоқ`,
    bothCounts: (name, p, own, theirs, points, more, tenth) =>
      `${name} Қазақстанның есебі бойынша ${own}, ${p === "china" ? "Қытайдың" : "Ресейдің"} есебі бойынша ${theirs}, ${points === undefined ? `айырма ${tenth} пайыздық тармақтан аз` : `${points} пайыздық тармаққа ${more ? "көп" : "аз"}`}`,
    alone: (last) => `, тек Қазақстанның есебі бойынша (серіктестердің есептері ${last} жылы аяқталады)`,
  },
});

/** What a partner's own count of a flow is, in an edition's words (for the tables). */
export const partnerFlow = (partner: Counting, flow: Flow, edition: EditionCode = "en") => say[edition].partnerFlow(partner, flow);

/** The first and last year of a partner's own figures for a flow ("1995 to 2020"). */
const spanOf = (data: PartnerSharesData, partner: Counting, flow: Flow) => {
  const years = mirrorOf(data, partner)
    .filter((m) => m.flow === flow)
    .map((m) => m.year);
  return { first: Math.min(...years), last: Math.max(...years) };
};

/** Words for what the state shows under Kazakhstan's own figures, built from the same rows the marks are. */
function summarise(data: PartnerSharesData, state: PartnerSharesState, edition: EditionCode): string {
  const s = say[edition];
  const n = numerals[edition];
  const names = partnerSharesText[edition].names;
  const intro = s.intro(state.flow, data.firstYear, data.lastYear) + breaksSentence(data.breaks ?? [], edition);
  const at = (year: number, partners: readonly SharePartner[]) =>
    partners
      .map((p) => {
        const row = valueAt(data, state, p, year);
        return row ? `${names[p]} ${shareIn(row.share, n)}` : s.noFigure(names[p]);
      })
      .join(", ");
  if (state.focusYear === undefined) {
    const main: SharePartner[] = ["eu27", "china", "russia"];
    return [intro, s.in(data.firstYear, at(data.firstYear, main)), s.in(data.lastYear, at(data.lastYear, main))].join(" ");
  }
  const parts = [intro, s.in(state.focusYear, at(state.focusYear, state.focus))];
  if (state.compareYear !== undefined) parts.push(s.in(state.compareYear, at(state.compareYear, state.focus)));
  if (state.reference) parts.push(s.reference(shareIn(state.reference.share, n)));
  const mirror = state.mirror ? data.mirror.find((m) => m.year === state.focusYear && m.flow === state.flow) : undefined;
  if (mirror) parts.push(s.mirror(shareIn(mirror.shareOfKazakhstanTotal, n)));
  return parts.join(" ");
}

/**
 * Words for the chart under a partner's figures or both. A partner's share is its own count of the flow over
 * Kazakhstan's total for the flow, since the partners do not report Kazakhstan's totals: the words say so, say
 * where the partner's series ends, and tag every figure the partner counted as its own count, so none in a later
 * year reads as Kazakhstan's.
 */
function summariseReporter(
  all: PartnerSharesData,
  state: PartnerSharesState,
  reporter: Exclude<Reporter, "kazakhstan">,
  edition: EditionCode,
): string {
  const s = say[edition];
  const n = numerals[edition];
  const names = partnerSharesText[edition].names;
  const share = (pct: number) => shareIn(pct, n);
  const data = sharesView(all, reporter);
  const { flow } = state;
  const counted: Counting[] = reporter === "both" ? ["china", "russia"] : [reporter];
  const spans = counted.map((p) => ({ p, ...spanOf(all, p, flow) }));
  const intro =
    reporter === "both"
      ? s.introBoth(flow, data.firstYear, data.lastYear, spans)
      : s.introPartner(flow, reporter, data.firstYear, data.lastYear, spans[0]!);
  const lastCounted = Math.max(...spans.map((x) => x.last));
  /** What the words have said once already: where a count ends. */
  const said = new Set<string>();
  const once = (key: string, words: string) => (said.has(key) ? "" : (said.add(key), words));
  /** One partner's figure in a year, naming who counted it; under "both", both counts and the gap in points. */
  const figure = (p: SharePartner, year: number) => {
    const own = valueAt(data, state, p, year);
    const name = names[p];
    if (p === reporter)
      return own ? `${name} ${share(own.share)}${s.ownCount(p)}` : s.noFigure(name) + once(`end-${p}`, s.countEnds(p, lastCounted));
    if (reporter !== "both" || (p !== "china" && p !== "russia") || year > lastCounted)
      return own ? `${name} ${share(own.share)}` : s.noFigure(name);
    const mirrored = mirrorOf(data, p).find((m) => m.flow === flow && m.year === year);
    if (!own) return s.noKazakhstanFigure(name);
    if (mirrored === undefined) return s.noPartnerFigure(name, p, share(own.share));
    const theirs = mirrored.shareOfKazakhstanTotal;
    // The gap from the two dollar figures over the same total, not from two rounded shares (12.36 - 12.21 is 0.15, but 0.146 unrounded).
    const gap = ((mirrored.partnerReportedUsd - mirrored.kazakhstanReportedUsd) / mirrored.partnerReportedUsd) * theirs;
    const points = roundedFixed(Math.abs(gap), 1);
    return s.bothCounts(
      name,
      p,
      share(own.share),
      share(theirs),
      points === "0.0" ? undefined : points.replace(".", n.decimal),
      gap > 0,
      roundedFixed(0.1, 1).replace(".", n.decimal),
    );
  };
  // Under "both", a year after the partners' series end has Kazakhstan's count alone, and says so once.
  const at = (year: number, partners: readonly SharePartner[]) =>
    s.in(
      year,
      partners.map((p) => figure(p, year)).join("; "),
      reporter === "both" && year > lastCounted ? once("after", s.alone(lastCounted)) : "",
    );
  const main: SharePartner[] = ["eu27", "china", "russia"];
  const parts = [intro + breaksSentence(data.breaks ?? [], edition)];
  if (state.focusYear === undefined) parts.push(...[data.firstYear, lastCounted, data.lastYear].map((year) => at(year, main)));
  else {
    parts.push(at(state.focusYear, state.focus));
    if (state.compareYear !== undefined) parts.push(at(state.compareYear, state.focus));
  }
  if (state.reference) parts.push(s.reference(share(state.reference.share)));
  return parts.join(" ");
}

/** The words under each reporter, for each of a chart's states, and the edition's chart words and numerals, added to the rows the page carries. */
export function withWords<Data extends PartnerSharesData>(
  data: Data,
  states: readonly PartnerSharesStateId[],
  edition: EditionCode = "en",
): Data {
  const words = Object.fromEntries(
    reporters.map((reporter) => [
      reporter,
      Object.fromEntries(
        states.map((id) => {
          const state = partnerSharesStates[id];
          return [
            id,
            endOnce(
              reporter === "kazakhstan" ? summarise(sharesView(data), state, edition) : summariseReporter(data, state, reporter, edition),
            ),
          ];
        }),
      ),
    ]),
  ) as Record<Reporter, Partial<Record<PartnerSharesStateId, string>>>;
  return { ...data, words, edition, text: partnerSharesText[edition], numerals: numerals[edition] };
}

/** The rows of a share chart showing `states`, with the breaks and the words for those states alone, in an edition. */
export const sharesRowsFor =
  (states: readonly PartnerSharesStateId[]) =>
  (edition: EditionCode = "en") =>
    withWords(partnerSharesRows(edition), states, edition);
