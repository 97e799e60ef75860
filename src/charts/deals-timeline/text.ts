import { editionTexts } from "../chartText.ts";
import { dealsTimelineStates } from "./states.ts";

/**
 * The deals-timeline chart's words in each edition. `draw` rides in the rows to the browser; the rest is used at
 * build time only (words.ts, tables.ts, csv.ts), so its functions never reach a reader's browser. Figures come in
 * already written in the edition's numerals. The deals' own words (what, label, who announced them) are in
 * `dealWords` below, keyed by the English data they translate.
 */
export interface DealsTimelineDrawText {
  /** Above the bars: that these are announced values, on phones and wider. */
  noteNarrow: string;
  note: string;
  /** The bracket's three lines: "{value} together;", "the {article} article says" (on phones without the year), the article's words. */
  together: string;
  articleSays: string;
  articleSaysNarrow: string;
  quote: string;
  /** "Announced by {who}". */
  announcedBy: string;
}

export interface DealsTimelineText {
  draw: DealsTimelineDrawText;
  /** A YYYY-MM month as "December 2014" in the summary, "Dec 2014" under a bar. */
  monthYear: (date: string) => string;
  monthYearShort: (date: string) => string;
  intro: string;
  /** One article's deals, each already in words, and who announced them (none where the article names no one). */
  article: (article: string, deals: string[], announcers: string[]) => string;
  /** "Together {total}; the 2015 article puts it at “$40 billion”." */
  sum: (total: string, article: string, quote: string) => string;
  /** Where a state picks out one article: the other's bars are drawn too, in outline. */
  outlined: (article: string) => string;
  /** One deal in words where the edition has no sentence of its own for it (English): value, what it covers, when. */
  deal: (value: string, projects: number | null, what: string) => string;
  table: {
    caption: string;
    columns: [string, string, string, string, string, string];
    notStated: string;
    articles: Record<"2015" | "2018", string>;
  };
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const RU_MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
/** Short months as graphics desks write them under a bar, three letters without a point. */
const RU_SHORT = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
const KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];
const KK_SHORT = ["қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"];
const month = (date: string, names: string[]) => names[Number(date.slice(5, 7)) - 1]!;
const year = (date: string) => date.slice(0, 4);

export const dealsTimelineText = /* @__PURE__ */ editionTexts<DealsTimelineText>("src/charts/deals-timeline/text.ts", {
  en: {
    draw: {
      noteNarrow: "Announced values, not statistics",
      note: "Announced values, as the articles report them; not statistics",
      together: "{value} together;",
      articleSays: "the {article} article says",
      articleSaysNarrow: "the article says",
      quote: dealsTimelineStates["2014-2015"].sum.quote,
      announcedBy: "Announced by {who}",
    },
    monthYear: (date) => `${month(date, EN_MONTHS)} ${year(date)}`,
    monthYearShort: (date) => `${month(date, EN_MONTHS).slice(0, 3)} ${year(date)}`,
    intro: "Deals and investment between China and Kazakhstan as two news articles report them: announced values, not statistics.",
    article: (article, deals, announcers) =>
      `The ${article} article: ${deals.join("; ")}${announcers.length ? `, announced by ${announcers.join(" and ")}` : ""}.`,
    sum: (total, article, quote) => `Together ${total}; the ${article} article puts it at ${quote}.`,
    outlined: (article) => `The ${article} article's figures are drawn in outline, for comparison.`,
    deal: (value, projects, what) => (projects === null ? `${value} of ${what}` : `${value} for ${projects} ${what}`),
    table: {
      caption: "Deals and investment between China and Kazakhstan as the articles report them, US dollars: announcements, not statistics",
      columns: ["Month", "Value", "Projects", "What", "Announced by", "Reported in"],
      notStated: "not stated",
      articles: { "2015": "China Bystander, 2015", "2018": "Vestnik Kavkaza, citing Eurasianet, 2018" },
    },
  },
  ru: {
    draw: {
      noteNarrow: "Объявленные суммы, не статистика",
      note: "Объявленные суммы, как о них сообщают статьи; не статистика",
      together: "Вместе {value};",
      articleSays: "статья {article} года пишет:",
      articleSaysNarrow: "в статье:",
      quote: "«40 млрд долл.»",
      announcedBy: "Объявил {who}",
    },
    monthYear: (date) => `${month(date, RU_MONTHS)} ${year(date)} г.`,
    monthYearShort: (date) => `${month(date, RU_SHORT)} ${year(date)}`,
    intro: "Сделки и инвестиции Китая и Казахстана, как о них сообщают две новостные статьи: объявленные суммы, а не статистика.",
    article: (article, deals, announcers) =>
      `Статья ${article} года: ${deals.join("; ")}${announcers.length ? `; объявил ${announcers.join(" и ")}` : ""}.`,
    sum: (total, article, quote) => `Вместе ${total}; статья ${article} года называет сумму ${quote}.`,
    outlined: (article) => `Для сравнения цифры статьи ${article} года показаны контуром.`,
    deal: (value, _projects, what) => `${value} — ${what}`,
    table: {
      caption: "Сделки и инвестиции Китая и Казахстана, как о них сообщают статьи, долл. США: объявления, а не статистика",
      columns: ["Месяц", "Сумма", "Проекты", "Что", "Кто объявил", "Где сообщалось"],
      notStated: "не указано",
      articles: { "2015": "China Bystander, 2015", "2018": "«Вестник Кавказа» со ссылкой на Eurasianet, 2018" },
    },
  },
  kk: {
    draw: {
      noteNarrow: "Мәлімделген сомалар, статистика емес",
      note: "Мақалалар хабарлаған, мәлімделген сомалар; статистика емес",
      together: "Барлығы {value};",
      articleSays: "{article} жылғы мақалада:",
      articleSaysNarrow: "мақалада:",
      quote: "«40 млрд доллар»",
      announcedBy: "Мәлімдеген: {who}",
    },
    monthYear: (date) => `${year(date)} ж. ${month(date, KK_MONTHS)}`,
    monthYearShort: (date) => `${month(date, KK_SHORT)} ${year(date)}`,
    intro:
      "Қытай мен Қазақстан арасындағы келісімдер мен инвестициялар, екі жаңалық мақаласы хабарлағандай: статистика емес, мәлімделген сомалар.",
    article: (article, deals, announcers) =>
      `${article} жылғы мақала: ${deals.join("; ")}${announcers.length ? `; мәлімдеген: ${announcers.join(" және ")}` : ""}.`,
    sum: (total, article, quote) => `Барлығы ${total}; ${article} жылғы мақала оны ${quote} деп атайды.`,
    outlined: (article) => `${article} жылғы мақаланың сандары салыстыру үшін контурмен көрсетілген.`,
    deal: (value, _projects, what) => `${what} — ${value}`,
    table: {
      caption:
        "Мақалалар хабарлаған Қытай мен Қазақстан арасындағы келісімдер мен инвестициялар, АҚШ долларымен: статистика емес, мәлімдемелер",
      columns: ["Ай", "Сомасы", "Жобалар", "Не", "Кім мәлімдеді", "Қайда хабарланды"],
      notStated: "көрсетілмеген",
      articles: { "2015": "China Bystander, 2015", "2018": "«Вестник Кавказа», Eurasianet-ке сілтеме жасап, 2018" },
    },
  },
});

/**
 * The deals' own words in the translations, keyed by the English label in content/data/deals.csv (a changed or new
 * deal stops the build until it is translated): `label` under the bar ({projects} is the article's count), `what` for
 * the table and CSV, `said` for the summary ({value} the amount, {projects} the count). Names as the editions'
 * chapters write them (Ли Кэцян, Карим Масимов / Кәрім Мәсімов). Who announced them is in `announcers`, by the English.
 */
export const dealWords: Record<"ru" | "kk", Record<string, { label: string; what: string; said: string }>> = {
  ru: {
    "Li Keqiang in Astana": {
      label: "Ли Кэцян в Астане",
      what: "соглашения о совместных предприятиях, подписанные во время визита премьера Госсовета КНР Ли Кэцяна в Астану",
      said: "{value} — совместные предприятия, о которых договорились во время визита премьера Госсовета КНР Ли Кэцяна в Астану",
    },
    "Massimov in Beijing": {
      label: "Масимов в Пекине",
      what: "сделки, согласованные во время визита премьер-министра Казахстана Карима Масимова в Пекин",
      said: "{value} — сделки, согласованные во время визита премьер-министра Казахстана Карима Масимова в Пекин",
    },
    "51 ongoing projects": {
      label: "{projects} проект в работе",
      what: "реализуемые коммерческие проекты с Китаем",
      said: "{value} — {projects} реализуемый коммерческий проект с Китаем",
    },
    "6 more for 2018": {
      label: "ещё {projects} на 2018 год",
      what: "новые проекты, которые должны начаться в 2018 году",
      said: "{value} — ещё {projects} проектов, которые должны начаться в 2018 году",
    },
  },
  kk: {
    "Li Keqiang in Astana": {
      label: "Ли Кэцян Астанада",
      what: "Қытай премьері Ли Кэцянның Астанаға сапары кезінде қол қойылған бірлескен кәсіпорындар",
      said: "Қытай премьері Ли Кэцянның Астанаға сапары кезінде қол қойылған бірлескен кәсіпорындар — {value}",
    },
    "Massimov in Beijing": {
      label: "Мәсімов Бейжіңде",
      what: "Қазақстан Премьер-Министрі Кәрім Мәсімовтің Бейжіңге сапары кезінде келісілген келісімдер",
      said: "Қазақстан Премьер-Министрі Кәрім Мәсімовтің Бейжіңге сапары кезінде келісілген келісімдер — {value}",
    },
    "51 ongoing projects": {
      label: "{projects} жоба жүзеге асуда",
      what: "Қытаймен жүзеге асырылып жатқан коммерциялық жобалар",
      said: "Қытаймен жүзеге асырылып жатқан {projects} коммерциялық жоба — {value}",
    },
    "6 more for 2018": {
      label: "2018 жылға тағы {projects}",
      what: "2018 жылы басталуға тиіс тағы басқа жобалар",
      said: "2018 жылы басталуға тиіс тағы {projects} жоба — {value}",
    },
  },
};

/** Who announced the deals, by the English in deals.csv; "not named in the article" is left out of the summary. */
export const NOT_NAMED = "not named in the article";
export const announcers: Record<"ru" | "kk", Record<string, string>> = {
  ru: {
    [NOT_NAMED]: "в статье не назван",
    "Zhenis Kasymbek, Kazakhstan's Minister for Investment and Development": "Женис Касымбек, министр по инвестициям и развитию Казахстана",
  },
  kk: {
    [NOT_NAMED]: "мақалада аталмаған",
    "Zhenis Kasymbek, Kazakhstan's Minister for Investment and Development":
      "Женіс Қасымбек, Қазақстанның инвестициялар және даму министрі",
  },
};
