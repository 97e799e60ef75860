import type { EditionCode } from "../i18n/editions.ts";
import type { Flow, GdpRow, Partner, TradeRow } from "../data/schema.ts";

/** The series a ledger figure comes from: a trade series (content/data/trade-by-partner.csv) or a GDP series. */
export type SeriesId = TradeRow["series"] | GdpRow["series"];

/** A country or aggregate in each form a ledger phrase needs it. */
export interface NameForms {
  /** On its own: "China", "Китай", "Қытай". */
  name: string;
  /** Whose, before a noun: "China's" (share), "Китая" (доля Китая), "Қытайдың" (Қытайдың үлесі). */
  of: string;
  /** Where exports go: "to China", "в Китай", "Қытайға". */
  to: string;
  /** Where imports come from: "from China", "из Китая", "Қытайдан". */
  from: string;
}

/**
 * Everything the claims ledger writes itself (src/claims/ledgerText.ts), in one edition's words: the labels of the
 * figures set beside a claim, their units and sources, and the verdicts by who is counting. The article's quotes,
 * the claims' topics and explanations are content (content/claims/, content/editions/<code>/claims.yaml); the short
 * UI strings (filters, tolerance lines) are in content/i18n/ui/<code>.yaml.
 *
 * Templates fill {name} placeholders; each template's doc says which it is given. A name placeholder ending in Of,
 * To, From or Name is that name's form (NameForms): {partnerOf} is "China's", "Китая", "Қытайдың". Recurring terms
 * follow the termbase, content/i18n/terms.yaml. A no-break space (\u00a0) keeps a number with its unit or a year with its
 * abbreviation ("2013\u00a0г.", "2,4\u00a0есе").
 */
export interface LedgerWords {
  /** Every partner of the dataset (a reporter is one of them), in each form. */
  names: Record<Partner, NameForms>;
  /** Each series as the ledger names it in a figure's source. */
  series: Record<SeriesId, string>;
  figure: {
    /** A figure's label with its year: {label}, {year}. */
    withYear: string;
    /** A partner's share of Kazakhstan's exports or imports: {partnerOf}. */
    share: Record<Flow, string>;
    /** Added to a share counted by a partner ({reporterOf}): its figure over Kazakhstan's own total. */
    sharePartnerCount: string;
    /** Kazakhstan's exports to, or imports from, a partner: {partnerTo}, {partnerFrom}. */
    trade: Record<Flow, string>;
    /** Added to a trade figure the check names the reporter of: {reporterName}, {reporterOf}. */
    tradeReportedBy: string;
    /** Added to a trade figure counted by a partner: {reporterOf}. */
    tradePartnerCount: string;
    /** How many times one share is the other, both by the same count. */
    ratio: string;
    /** The same across two counts: {numeratorOf}, {topOf}, {denominatorOf}, {bottomOf}. */
    ratioAcross: string;
    /** Exports plus imports. */
    turnover: string;
    /** The change of a trade value on the year before. */
    change: string;
    /** Real GDP growth. */
    growth: string;
  };
  /** How a ratio is written: {n} is the number in the edition's numerals. */
  times: string;
  source: {
    /** A figure whose label does not say who reported it: {series}, {reporterName}, {reporterOf}. */
    reportedBy: string;
    /** A partner's figure over Kazakhstan's own total, both from one series: {series}, {reporterOf}. */
    partnerShare: string;
    /** The same with Kazakhstan's total from another series: {series}, {reporterOf}, {totalSeries}. */
    partnerShareMixed: string;
    /** A ratio of two shares by two counts: {series}, {topName}, {topOf}, {bottomName}, {bottomOf}. */
    ratioAcross: string;
  };
  accounts: {
    /** One count's verdict: {reporterOf}. */
    label: string;
    /** Why a partner's count cannot verify the claim: {reporterName}, {reporterOf}, {year}. */
    noFiguresAfter: string;
    /** The verdict by who counts in one sentence: {own} (Kazakhstan's verdict), {flips}, {keeps}. */
    sentence: string;
    /** One partner whose count changes the verdict: {verdict}, {reporterOf}. */
    flip: string;
    /** Between two such partners. */
    flipJoin: string;
    /** A partner whose count keeps it: {own}, {reporterOf}. */
    keep: string;
  };
}

const english: LedgerWords = {
  names: {
    world: { name: "the world", of: "the world's", to: "to the world", from: "from the world" },
    china: { name: "China", of: "China's", to: "to China", from: "from China" },
    russia: { name: "Russia", of: "Russia's", to: "to Russia", from: "from Russia" },
    eu27: { name: "the EU27", of: "the EU27's", to: "to the EU27", from: "from the EU27" },
    "rest-of-world": {
      name: "the rest of the world",
      of: "the rest of the world's",
      to: "to the rest of the world",
      from: "from the rest of the world",
    },
    kazakhstan: { name: "Kazakhstan", of: "Kazakhstan's", to: "to Kazakhstan", from: "from Kazakhstan" },
  },
  series: {
    "imf-dots": "IMF Direction of Trade Statistics",
    bns: "Bureau of National Statistics",
    "imf-dots-china": "IMF Direction of Trade Statistics (China as reporter)",
    "imf-dots-russia": "IMF Direction of Trade Statistics (Russia as reporter)",
    "wb-wdi": "World Bank World Development Indicators",
    "imf-weo": "IMF World Economic Outlook",
  },
  figure: {
    withYear: "{label}, {year}",
    share: { export: "{partnerOf} share of Kazakhstan's exports", import: "{partnerOf} share of Kazakhstan's imports" },
    sharePartnerCount: ", by {reporterOf} count of the same trade, over Kazakhstan's own total",
    trade: { export: "Exports {partnerTo}", import: "Imports {partnerFrom}" },
    tradeReportedBy: ", reported by {reporterName}",
    tradePartnerCount: ", by {reporterOf} count of the same trade",
    ratio: "Ratio of the two",
    ratioAcross: "Ratio of the two ({numeratorOf} share by {topOf} count, over {denominatorOf} by {bottomOf})",
    turnover: "Turnover (the sum)",
    change: "Change on the year",
    growth: "Real GDP growth",
  },
  times: "{n} times",
  source: {
    reportedBy: "{series}; reported by {reporterName}",
    partnerShare: "{series}; {reporterOf} count over Kazakhstan's total",
    partnerShareMixed: "{series}, {reporterOf} count, over Kazakhstan's total from the {totalSeries}",
    ratioAcross: "{series}; reported by {topName} and by {bottomName}",
  },
  accounts: {
    label: "By {reporterOf} count",
    noFiguresAfter: "no figures from {reporterName} after {year}",
    sentence: "The verdict depends on who is counting: {own} by Kazakhstan's figures, {flips}{keeps}.",
    flip: "{verdict} by {reporterOf} own figures for the same trade",
    flipJoin: ", and ",
    keep: "; by {reporterOf} own figures it stays {own}",
  },
};

const russian: LedgerWords = {
  names: {
    world: { name: "мир", of: "мира", to: "во все страны", from: "из всех стран" },
    china: { name: "Китай", of: "Китая", to: "в Китай", from: "из Китая" },
    russia: { name: "Россия", of: "России", to: "в Россию", from: "из России" },
    eu27: { name: "ЕС-27", of: "ЕС-27", to: "в ЕС-27", from: "из ЕС-27" },
    "rest-of-world": { name: "остальной мир", of: "остального мира", to: "в остальные страны", from: "из остальных стран" },
    kazakhstan: { name: "Казахстан", of: "Казахстана", to: "в Казахстан", from: "из Казахстана" },
  },
  series: {
    "imf-dots": "Статистика направлений торговли МВФ",
    bns: "Бюро национальной статистики",
    "imf-dots-china": "Статистика направлений торговли МВФ (отчитывающаяся страна — Китай)",
    "imf-dots-russia": "Статистика направлений торговли МВФ (отчитывающаяся страна — Россия)",
    "wb-wdi": "Показатели мирового развития Всемирного банка",
    "imf-weo": "Перспективы развития мировой экономики МВФ",
  },
  figure: {
    withYear: "{label}, {year}\u00a0г.",
    share: { export: "Доля {partnerOf} в экспорте Казахстана", import: "Доля {partnerOf} в импорте Казахстана" },
    sharePartnerCount: " по данным {reporterOf} о той же торговле, от собственного итога Казахстана",
    trade: { export: "Экспорт {partnerTo}", import: "Импорт {partnerFrom}" },
    tradeReportedBy: " по данным {reporterOf}",
    tradePartnerCount: " по данным {reporterOf} о той же торговле",
    ratio: "Отношение двух долей",
    ratioAcross: "Отношение двух долей (доля {numeratorOf} по данным {topOf} к доле {denominatorOf} по данным {bottomOf})",
    turnover: "Товарооборот (сумма)",
    change: "Изменение за год",
    growth: "Реальный рост ВВП",
  },
  times: "в {n}\u00a0раза",
  source: {
    reportedBy: "{series}; данные {reporterOf}",
    partnerShare: "{series}; цифра {reporterOf}, отнесённая к итогу Казахстана",
    partnerShareMixed: "{series}, цифра {reporterOf}; {totalSeries}, итог Казахстана",
    ratioAcross: "{series}; данные {topOf} и {bottomOf}",
  },
  accounts: {
    label: "По данным {reporterOf}",
    noFiguresAfter: "данных {reporterOf} после {year} года нет",
    sentence: "Вердикт зависит от того, кто считает: «{own}» по данным Казахстана, {flips}{keeps}.",
    flip: "«{verdict}» по собственным данным {reporterOf} о той же торговле",
    flipJoin: " и ",
    keep: "; по собственным данным {reporterOf} вердикт остаётся «{own}»",
  },
};

const kazakh: LedgerWords = {
  names: {
    world: { name: "әлем", of: "әлемнің", to: "барлық елдерге", from: "барлық елдерден" },
    china: { name: "Қытай", of: "Қытайдың", to: "Қытайға", from: "Қытайдан" },
    russia: { name: "Ресей", of: "Ресейдің", to: "Ресейге", from: "Ресейден" },
    eu27: { name: "ЕО-27", of: "ЕО-27-нің", to: "ЕО-27-ге", from: "ЕО-27-ден" },
    "rest-of-world": { name: "қалған елдер", of: "қалған елдердің", to: "қалған елдерге", from: "қалған елдерден" },
    kazakhstan: { name: "Қазақстан", of: "Қазақстанның", to: "Қазақстанға", from: "Қазақстаннан" },
  },
  series: {
    "imf-dots": "ХВҚ Сауда бағыттары статистикасы",
    bns: "Ұлттық статистика бюросы",
    "imf-dots-china": "ХВҚ Сауда бағыттары статистикасы (хабарлаушы — Қытай)",
    "imf-dots-russia": "ХВҚ Сауда бағыттары статистикасы (хабарлаушы — Ресей)",
    "wb-wdi": "Дүниежүзілік банктің Әлемдік даму көрсеткіштері",
    "imf-weo": "ХВҚ Әлемдік экономика болжамы",
  },
  figure: {
    withYear: "{label}, {year}\u00a0ж.",
    share: { export: "Қазақстан экспортындағы {partnerOf} үлесі", import: "Қазақстан импортындағы {partnerOf} үлесі" },
    sharePartnerCount: ", {reporterOf} сол сауда бойынша есебімен, Қазақстанның өз жиынтығына шаққанда",
    trade: { export: "{partnerTo} экспорт", import: "{partnerFrom} импорт" },
    tradeReportedBy: ", {reporterOf} деректері бойынша",
    tradePartnerCount: ", {reporterOf} сол сауда бойынша есебімен",
    ratio: "Екі үлестің арақатынасы",
    ratioAcross:
      "Екі үлестің арақатынасы ({topOf} есебі бойынша {numeratorOf} үлесінің {bottomOf} есебі бойынша {denominatorOf} үлесіне қатынасы)",
    turnover: "Тауар айналымы (қосынды)",
    change: "Жылдық өзгеріс",
    growth: "Нақты ЖІӨ өсімі",
  },
  times: "{n}\u00a0есе",
  source: {
    reportedBy: "{series}; {reporterOf} деректері",
    partnerShare: "{series}; {reporterOf} көрсеткішінің Қазақстан жиынтығына қатынасы",
    partnerShareMixed: "{series}, {reporterOf} көрсеткіші; {totalSeries}, Қазақстан жиынтығы",
    ratioAcross: "{series}; {topOf} және {bottomOf} деректері",
  },
  accounts: {
    label: "{reporterOf} есебі бойынша",
    noFiguresAfter: "{reporterOf} {year} жылдан кейінгі деректері жоқ",
    sentence: "Қорытынды кім есептейтініне байланысты: Қазақстанның деректері бойынша «{own}», {flips}{keeps}.",
    flip: "{reporterOf} сол саудаға қатысты өз деректері бойынша «{verdict}»",
    flipJoin: ", ал ",
    keep: "; {reporterOf} өз деректері бойынша «{own}» болып қалады",
  },
};

/** The ledger's own words per edition; the types make every edition give every string. */
export const ledgerWords: Readonly<Record<EditionCode, LedgerWords>> = { en: english, ru: russian, kk: kazakh };
