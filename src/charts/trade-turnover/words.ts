import { tradeTurnover, type MirrorTurnoverRow, type TradeTurnoverData } from "./data.ts";
import { dataset } from "../../data/dataset.ts";
import { breaksAdded, TRADE_BREAKS } from "../withBreaks.ts";
import {
  tradeTurnoverStates,
  turnoverPartners,
  type TradeTurnoverState,
  type TradeTurnoverStateId,
  type TurnoverPartner,
} from "./states.ts";
import { breaksSentence, type ChartBreak } from "../chartBreaks.ts";
import { reporters, type Reporter } from "../reporters.ts";
import { turnoverView, rowAt, mirrorAt } from "./draw.ts";
import { tradeTurnoverText } from "./text.ts";
import { numerals, shareIn, usdIn, type Numerals } from "../numerals.ts";
import { editionTexts } from "../chartText.ts";
import type { EditionCode } from "../../i18n/editions.ts";

/**
 * The trade-turnover chart's words, built at build time from the same rows the marks are drawn from, under
 * each reporter and in the page's edition, and carried in its rows (`words`, `aheadNote`, `text`, `numerals`):
 * the browser's drawing code picks them up rather than shipping the sentences' code (see the chapter's JS
 * budget, tests/build/budgets.test.ts).
 */

/** Below this, a lead is within rounding and the sources' revisions: not an overtaking. */
const CLEAR_LEAD = 0.01;

/** Years in which Kazakhstan reported more trade with China than with Russia, however small the lead or whatever the recording. */
export function yearsChinaAboveRussia(data: TradeTurnoverData): number[] {
  return data.turnover
    .filter((r) => r.partner === "china")
    .filter((r) => r.turnoverUsd > (rowAt(data, "russia", r.year)?.turnoverUsd ?? Infinity))
    .map((r) => r.year);
}

/** Why a year China's line is above Russia's is not an overtaking (in the edition's words), or undefined when it is one. */
export function notAnOvertaking(data: TradeTurnoverData, year: number, edition: EditionCode = "en"): string | undefined {
  const inBreak = (data.breaks ?? []).find((b) => b.kind === "recording-change" && year >= b.from && year <= b.to);
  if (inBreak) return say[edition].inBreak(year, inBreak);
  const china = rowAt(data, "china", year)!.turnoverUsd;
  const russia = rowAt(data, "russia", year)!.turnoverUsd;
  if (china / russia - 1 < CLEAR_LEAD) return say[edition].withinRounding(year, shareIn(CLEAR_LEAD * 100, numerals[edition], 0));
  return undefined;
}

/** Years in which Kazakhstan's reported trade with China clearly exceeded that with Russia, outside any recording break. */
export function yearsChinaAhead(data: TradeTurnoverData): number[] {
  return yearsChinaAboveRussia(data).filter((year) => notAnOvertaking(data, year) === undefined);
}

/** How an edition says the chart's sentences: the figures and names come in already written. */
interface Say {
  /** Years listed in words: "2010", "2010 and 2012", "2010, 2012 and 2023". */
  and: string;
  /** A partner's name as "with ..." needs it, and as "...'s" needs it. */
  withName: Record<TurnoverPartner, string>;
  of: Record<TurnoverPartner, string>;
  /** A span of years: "1995 to 2023". */
  span: (from: number, to: number) => string;
  inBreak: (year: number, b: ChartBreak) => string;
  withinRounding: (year: number, share: string) => string;
  intro: (d: { first: number; last: number; mirrorFirst: number; mirrorLast: number }) => string;
  gap: (year: number, own: string, china: string, more: string) => string;
  notReal: (caveats: string[]) => string;
  neverAhead: (last: number, both: string) => string;
  ahead: (years: number[], listed: string, both: (year: number) => string) => string;
  at: (year: number, both: string) => string;
  widest: (year: number, china: string, kazakhstan: string) => string;
  /** Under both: the two partners' spans, one when they match. */
  mirrorYears: (china: string, russia: string) => string;
  introBoth: (first: number, last: number, mirrorYears: string) => string;
  introPartner: (reporter: TurnoverPartner, other: TurnoverPartner, end: number | undefined, first: number, last: number) => string;
  ownCount: (p: TurnoverPartner) => string;
  kazakhstanCount: string;
  noFigure: (counted: string, end: number | undefined) => string;
  counted: (figure: string, counted: string) => string;
  theirs: (p: TurnoverPartner, figure: string, diff: string, more: boolean) => string;
  /** The note by the "China ahead" years: one line wide, two on a phone; whose count it is in each. */
  aheadNote: (listed: string | undefined) => { wide: string[]; narrow: string[] };
}

const say = editionTexts<Say>("src/charts/trade-turnover/words.ts", {
  en: {
    and: "and",
    withName: { china: "China", russia: "Russia" },
    of: { china: "China's", russia: "Russia's" },
    span: (from, to) => `${from} to ${to}`,
    inBreak: (year, b) => `${year} falls in the ${b.label.toLowerCase()} break, when trade with Russia was recorded differently`,
    withinRounding: (year, share) => `in ${year} the two differ by under ${share}`,
    intro: (d) =>
      `Kazakhstan's trade turnover (exports plus imports) with China and with Russia, ${d.first} to ${d.last}, ` +
      `as Kazakhstan reported it, beside China's own figures for its trade with Kazakhstan, ${d.mirrorFirst} to ${d.mirrorLast}.`,
    gap: (year, own, china, more) =>
      ` In ${year} Kazakhstan reported ${own} of trade with China; China reported ${china} for the same trade, ${more} more.`,
    notReal: (caveats) =>
      caveats.length
        ? ` The solid China line (Kazakhstan's count) is also above Russia's in years that do not count as overtaking: ${caveats.join("; ")}.`
        : "",
    neverAhead: (last, both) =>
      ` Kazakhstan's reported trade with China clearly exceeds that with Russia in no year.{notReal} In ${last}: ${both}.`,
    ahead: (years, listed, both) =>
      ` Kazakhstan reported clearly more trade with China than with Russia in ${listed}: ${years.length === 1 ? both(years[0]!) : years.map((y) => `in ${y}, ${both(y)}`).join("; ")}.`,
    at: (year, both) => ` In ${year}: ${both}.`,
    widest: (year, china, kazakhstan) =>
      ` In dollars, China's figure for the same trade was furthest above Kazakhstan's in ${year}: ${china} against ${kazakhstan}.`,
    mirrorYears: (china, russia) => (china === russia ? `both ${china}` : `China's ${china}, Russia's ${russia}`),
    introBoth: (first, last, mirrorYears) =>
      `Kazakhstan's trade turnover (exports plus imports) with China and with Russia, ${first} to ${last}, as Kazakhstan reported it (solid lines), ` +
      `beside China's and Russia's own figures for the same trade (dashed, ${mirrorYears}); the shading is the gap between the two counts.`,
    introPartner: (p, other, end, first, last) => {
      const name = { china: "China", russia: "Russia" };
      return (
        `Kazakhstan's trade turnover (exports plus imports) with China and with Russia: with ${name[p]} as ${name[p]} reported it (IMF Direction of Trade Statistics, to ${end}, where its series ends: later years have no ${name[p]} figure), ` +
        `with ${name[other]} as Kazakhstan reported it, ${first} to ${last}.`
      );
    },
    ownCount: (p) => `${p === "china" ? "China" : "Russia"}'s own count`,
    kazakhstanCount: "Kazakhstan's count",
    noFigure: (counted, end) => `no figure (${counted} ends in ${end})`,
    counted: (figure, counted) => `${figure} (${counted})`,
    theirs: (p, figure, diff, more) => `, ${figure} by ${p === "china" ? "China" : "Russia"}'s count, ${diff} ${more ? "more" : "less"}`,
    aheadNote: (listed) =>
      listed === undefined
        ? {
            wide: ["China never clearly ahead of Russia, by Kazakhstan's count"],
            narrow: ["China never clearly ahead", "by Kazakhstan's count"],
          }
        : {
            wide: [`China clearly ahead of Russia, by Kazakhstan's count: ${listed}`],
            narrow: [`China clearly ahead: ${listed}`, "by Kazakhstan's count"],
          },
  },
  ru: {
    and: "и",
    withName: { china: "Китаем", russia: "Россией" },
    of: { china: "Китая", russia: "России" },
    span: (from, to) => `${from}–${to} годы`,
    inBreak: (year, b) => `${year} год приходится на разрыв ряда («${b.label}»), когда торговлю с Россией учитывали иначе`,
    withinRounding: (year, share) => `в ${year} году они различаются менее чем на ${share}`,
    intro: (d) =>
      `Товарооборот Казахстана (экспорт плюс импорт) с Китаем и с Россией за ${d.first}–${d.last} годы по данным Казахстана, ` +
      `рядом — собственные данные Китая о его торговле с Казахстаном за ${d.mirrorFirst}–${d.mirrorLast} годы.`,
    gap: (year, own, china, more) =>
      ` В ${year} году Казахстан сообщил о торговле с Китаем на ${own}; Китай сообщил о той же торговле на ${china}, то есть на ${more} больше.`,
    notReal: (caveats) =>
      caveats.length
        ? ` Сплошная линия Китая (по данным Казахстана) выше линии России и в годы, которые не считаются обгоном: ${caveats.join("; ")}.`
        : "",
    neverAhead: (last, both) =>
      ` Ни в одном году торговля с Китаем по данным Казахстана явно не превышает торговлю с Россией.{notReal} В ${last} году: ${both}.`,
    ahead: (years, listed, both) =>
      ` По данным Казахстана, торговля с Китаем явно превышала торговлю с Россией в ${listed} ${years.length === 1 ? "году" : "годах"}: ${years.length === 1 ? both(years[0]!) : years.map((y) => `в ${y} году — ${both(y)}`).join("; ")}.`,
    at: (year, both) => ` В ${year} году: ${both}.`,
    widest: (year, china, kazakhstan) =>
      ` В долларах цифра Китая по той же торговле сильнее всего превышала цифру Казахстана в ${year} году: ${china} против ${kazakhstan}.`,
    mirrorYears: (china, russia) => (china === russia ? `у обоих за ${china}` : `Китая за ${china}, России за ${russia}`),
    introBoth: (first, last, mirrorYears) =>
      `Товарооборот Казахстана (экспорт плюс импорт) с Китаем и с Россией за ${first}–${last} годы по данным Казахстана (сплошные линии), ` +
      `рядом — собственные данные Китая и России о той же торговле (пунктир, ${mirrorYears}); заливка — разрыв между двумя счетами.`,
    introPartner: (p, other, end, first, last) => {
      const withName = { china: "Китаем", russia: "Россией" };
      const of = { china: "Китая", russia: "России" };
      return (
        `Товарооборот Казахстана (экспорт плюс импорт) с Китаем и с Россией: с ${withName[p]} — по данным ${p === "china" ? "самого Китая" : "самой России"} (Статистика направлений торговли МВФ, до ${end} года, где ${p === "china" ? "его" : "её"} ряд заканчивается: за более поздние годы цифры ${of[p]} нет), ` +
        `с ${withName[other]} — по данным Казахстана, ${first}–${last} годы.`
      );
    },
    ownCount: (p) => `данные ${p === "china" ? "самого Китая" : "самой России"}`,
    kazakhstanCount: "данные Казахстана",
    noFigure: (counted, end) => `— нет данных (${counted} заканчиваются ${end} годом)`,
    counted: (figure, counted) => `${figure} (${counted})`,
    theirs: (p, figure, diff, more) =>
      `, ${figure} по данным ${p === "china" ? "Китая" : "России"}, на ${diff} ${more ? "больше" : "меньше"}`,
    aheadNote: (listed) =>
      listed === undefined
        ? {
            wide: ["Китай ни разу не был явно впереди, по данным Казахстана"],
            narrow: ["Китай ни разу не впереди", "по данным Казахстана"],
          }
        : {
            wide: [`Китай явно впереди России, по данным Казахстана: ${listed}`],
            narrow: [`Китай явно впереди: ${listed}`, "по данным Казахстана"],
          },
  },
  kk: {
    and: "және",
    withName: { china: "Қытаймен", russia: "Ресеймен" },
    of: { china: "Қытайдың", russia: "Ресейдің" },
    span: (from, to) => `${from}–${to} жылдар`,
    inBreak: (year, b) => `${year} жыл қатардағы үзіліске («${b.label}») түседі, ол кезде Ресеймен сауда басқаша тіркелген`,
    withinRounding: (year, share) => `${year} жылы екеуінің айырмасы ${share} шамасынан аз`,
    intro: (d) =>
      `Қазақстанның Қытаймен және Ресеймен тауар айналымы (экспорт пен импорттың қосындысы), ${d.first}–${d.last} жылдар, Қазақстанның деректері бойынша, ` +
      `қасында — Қытайдың Қазақстанмен саудасы жөніндегі өз деректері, ${d.mirrorFirst}–${d.mirrorLast} жылдар.`,
    gap: (year, own, china, more) =>
      ` ${year} жылы Қазақстан Қытаймен сауданы ${own} деп көрсетті; Қытай сол сауданы ${china} деп көрсетті, бұл ${more} көп.`,
    notReal: (caveats) =>
      caveats.length
        ? ` Қытайдың тұтас сызығы (Қазақстанның есебі) Ресей сызығынан басып озу саналмайтын жылдары да жоғары: ${caveats.join("; ")}.`
        : "",
    neverAhead: (last, both) =>
      ` Қазақстанның деректері бойынша Қытаймен сауда Ресеймен саудадан ешбір жылы анық асып түспейді.{notReal} ${last} жылы: ${both}.`,
    ahead: (years, listed, both) =>
      ` Қазақстанның деректері бойынша Қытаймен сауда Ресеймен саудадан ${listed} ${years.length === 1 ? "жылы" : "жылдары"} анық асып түсті: ${years.length === 1 ? both(years[0]!) : years.map((y) => `${y} жылы — ${both(y)}`).join("; ")}.`,
    at: (year, both) => ` ${year} жылы: ${both}.`,
    widest: (year, china, kazakhstan) =>
      ` Доллармен алғанда, сол сауда бойынша Қытайдың көрсеткіші Қазақстандікінен ең көп асқан жыл — ${year}: Қытайдікі ${china}, Қазақстандікі ${kazakhstan}.`,
    mirrorYears: (china, russia) => (china === russia ? `екеуі де ${china}` : `Қытайдікі ${china}, Ресейдікі ${russia}`),
    introBoth: (first, last, mirrorYears) =>
      `Қазақстанның Қытаймен және Ресеймен тауар айналымы (экспорт пен импорттың қосындысы), ${first}–${last} жылдар, Қазақстанның деректері бойынша (тұтас сызықтар), ` +
      `қасында — Қытай мен Ресейдің сол сауда бойынша өз деректері (үзік сызықтар, ${mirrorYears}); бояу — екі есептің арасындағы алшақтық.`,
    introPartner: (p, other, end, first, last) => {
      const withName = { china: "Қытаймен", russia: "Ресеймен" };
      const of = { china: "Қытайдың", russia: "Ресейдің" };
      const name = { china: "Қытай", russia: "Ресей" };
      return (
        `Қазақстанның Қытаймен және Ресеймен тауар айналымы (экспорт пен импорттың қосындысы): ${withName[p]} сауда — ${of[p]} өз деректері бойынша (ХВҚ Сауда бағыттары статистикасы, ${end} жылға дейін, оның қатары сонда аяқталады: кейінгі жылдарға ${name[p]} көрсеткіші жоқ), ` +
        `${withName[other]} сауда — Қазақстанның деректері бойынша, ${first}–${last} жылдар.`
      );
    },
    ownCount: (p) => `${p === "china" ? "Қытайдың" : "Ресейдің"} өз есебі`,
    kazakhstanCount: "Қазақстанның есебі",
    noFigure: (counted, end) => `— көрсеткіш жоқ (${counted} ${end} жылы аяқталады)`,
    counted: (figure, counted) => `${figure} (${counted})`,
    theirs: (p, figure, diff, more) =>
      `, ${p === "china" ? "Қытайдың" : "Ресейдің"} есебі бойынша ${figure}, ${diff} ${more ? "артық" : "кем"}`,
    aheadNote: (listed) =>
      listed === undefined
        ? {
            wide: ["Қазақстанның есебі бойынша Қытай ешқашан анық алда болмады"],
            narrow: ["Қытай ешқашан анық алда емес", "Қазақстанның есебінше"],
          }
        : {
            wide: [`Қазақстанның есебі бойынша Қытай Ресейден анық алда: ${listed}`],
            narrow: [`Қытай анық алда: ${listed}`, "Қазақстанның есебінше"],
          },
  },
});

/** Years listed in the edition's words: "2010", "2010 and 2012", "2010, 2012 and 2023". */
export const listYears = (years: number[], edition: EditionCode = "en") =>
  years.length === 1 ? String(years[0]) : `${years.slice(0, -1).join(", ")} ${say[edition].and} ${years.at(-1)}`;

/** Both partners' turnover in a year, by the view's count: "China $30.1bn, Russia $27.1bn". */
const both = (data: TradeTurnoverData, year: number, edition: EditionCode, n: Numerals) =>
  turnoverPartners.map((p) => `${tradeTurnoverText[edition].names[p]} ${usdIn(rowAt(data, p, year)?.turnoverUsd ?? NaN, n)}`).join(", ");

/** Words for what the state shows, built from the same rows the marks are. */
function summarise(data: TradeTurnoverData, state: TradeTurnoverState, edition: EditionCode): string {
  const s = say[edition];
  const n = numerals[edition];
  const usd = (v: number) => usdIn(v, n);
  const at = (year: number) => both(data, year, edition, n);
  const intro =
    s.intro({ first: data.firstYear, last: data.lastYear, mirrorFirst: data.mirror[0]!.year, mirrorLast: data.mirror.at(-1)!.year }) +
    breaksSentence(data.breaks ?? [], edition);
  if (state.gap && state.focusYear !== undefined) {
    const own = rowAt(data, "china", state.focusYear);
    const china = mirrorAt(data, state.focusYear);
    if (own && china)
      return intro + s.gap(state.focusYear, usd(own.turnoverUsd), usd(china.turnoverUsd), usd(china.turnoverUsd - own.turnoverUsd));
  }
  if (state.overtakes) {
    const ahead = yearsChinaAhead(data);
    const notReal = s.notReal(yearsChinaAboveRussia(data).flatMap((y) => notAnOvertaking(data, y, edition) ?? []));
    if (ahead.length === 0) return intro + s.neverAhead(data.lastYear, at(data.lastYear)).replace("{notReal}", notReal);
    return intro + s.ahead(ahead, listYears(ahead, edition), at) + notReal;
  }
  if (state.focusYear !== undefined) return intro + s.at(state.focusYear, at(state.focusYear));
  const widest = data.mirror.reduce((a, b) => (gapOf(data, b) > gapOf(data, a) ? b : a));
  return (
    intro +
    s.at(data.firstYear, at(data.firstYear)) +
    s.at(data.lastYear, at(data.lastYear)) +
    s.widest(widest.year, usd(widest.turnoverUsd), usd(rowAt(data, "china", widest.year)!.turnoverUsd))
  );
}

/** Words for the chart under a partner's figures or both, from the same rows the marks are drawn from. */
function summariseReporter(
  data: TradeTurnoverData,
  state: TradeTurnoverState,
  reporter: Exclude<Reporter, "kazakhstan">,
  edition: EditionCode,
): string {
  const s = say[edition];
  const n = numerals[edition];
  const names = tradeTurnoverText[edition].names;
  const mirrors = { china: data.mirror, russia: data.mirrorRussia };
  const yearOf = (p: TurnoverPartner) => (reporter === p ? data.turnover.filter((r) => r.partner === p) : mirrors[p]).at(-1)?.year;
  const counted = (p: TurnoverPartner) => (reporter === p ? s.ownCount(p) : s.kazakhstanCount);
  const intro =
    reporter === "both"
      ? s.introBoth(
          data.firstYear,
          data.lastYear,
          // One span when both partners' series cover the same years ("both 1995 to 2020"), two otherwise.
          s.mirrorYears(s.span(data.mirror[0]!.year, yearOf("china")!), s.span(data.mirrorRussia[0]!.year, yearOf("russia")!)),
        )
      : s.introPartner(reporter, reporter === "china" ? "russia" : "china", yearOf(reporter), data.firstYear, data.lastYear);
  const at = (year: number) =>
    turnoverPartners
      .map((p) => {
        const own = rowAt(data, p, year)?.turnoverUsd;
        const theirs = reporter === "both" ? mirrors[p].find((m) => m.year === year)?.turnoverUsd : undefined;
        const ownText = `${names[p]} ${own === undefined ? s.noFigure(counted(p), yearOf(p)) : s.counted(usdIn(own, n), counted(p))}`;
        return theirs === undefined || own === undefined
          ? ownText
          : ownText + s.theirs(p, usdIn(theirs, n), usdIn(Math.abs(theirs - own), n), theirs > own);
      })
      .join("; ");
  const year = state.focusYear ?? data.lastYear;
  // Where the year in focus is past the partners' own counts (they end in 2020), their last year is read out first,
  // so a reader without the chart hears the count the view is about (audit 23).
  const mirrorLast = reporter === "both" ? data.mirror.at(-1)?.year : yearOf(reporter);
  const lastOwn = mirrorLast !== undefined && mirrorLast < year ? s.at(mirrorLast, at(mirrorLast)) : "";
  return intro + breaksSentence(data.breaks ?? [], edition) + lastOwn + s.at(year, at(year));
}

/** One full stop where a sentence ends on an abbreviation ("27,1 млрд долл."), not two. */
export const endOnce = (words: string) => words.replace(/\.\.(?=\s|$)/g, ".");

const gapOf = (data: TradeTurnoverData, m: MirrorTurnoverRow) =>
  m.turnoverUsd - (rowAt(data, "china", m.year)?.turnoverUsd ?? m.turnoverUsd);

/**
 * The words, the "China ahead" years and their note under each reporter, for each state, and the edition's chart
 * words and numerals, added to the rows the page carries.
 */
export function withWords<Data extends TradeTurnoverData>(data: Data, edition: EditionCode = "en"): Data {
  const states = Object.keys(tradeTurnoverStates) as TradeTurnoverStateId[];
  const words = {} as Record<Reporter, Record<TradeTurnoverStateId, string>>;
  const ahead = {} as Record<Reporter, number[]>;
  const aheadNote = {} as Partial<Record<Reporter, { wide: string[]; narrow: string[] }>>;
  for (const reporter of reporters) {
    const view = turnoverView(data, reporter);
    words[reporter] = Object.fromEntries(
      states.map((id) => [
        id,
        endOnce(
          reporter === "kazakhstan"
            ? summarise(view, tradeTurnoverStates[id], edition)
            : summariseReporter(view, tradeTurnoverStates[id], reporter, edition),
        ),
      ]),
    ) as Record<TradeTurnoverStateId, string>;
    // "China clearly ahead" compares two lines of one count; a partner's own view mixes its count with
    // Kazakhstan's count of the other partner, so it marks no such years, and says nothing of them.
    ahead[reporter] = reporter === "china" || reporter === "russia" ? [] : yearsChinaAhead(view);
    if (reporter === "kazakhstan" || reporter === "both")
      aheadNote[reporter] = say[edition].aheadNote(ahead[reporter].length ? listYears(ahead[reporter], edition) : undefined);
  }
  return { ...data, words, ahead, aheadNote, edition, text: tradeTurnoverText[edition], numerals: numerals[edition] };
}

/** The turnover rows with the trade series' breaks and the context events, and the chart's words, as the chart draws them in an edition. */
export const tradeTurnoverRows = (edition: EditionCode = "en") =>
  withWords(breaksAdded(tradeTurnover(dataset()), [...TRADE_BREAKS, "event"], edition), edition);
