import type { DataTable } from "../dataTable.ts";
import { shareSeriesPartners } from "../partnerColors.ts";
import type { PartnerSharesData } from "./data.ts";
import type { Flow } from "../../data/schema.ts";
import type { Reporter } from "../reporters.ts";
import { mirrorOf, sharesView } from "./draw.ts";
import { partnerFlow } from "./words.ts";
import { partnerSharesText } from "./text.ts";
import { editionTexts } from "../chartText.ts";
import { fixedIn, rowsIn } from "../tableCells.ts";
import type { EditionCode } from "../../i18n/editions.ts";

type Counting = "china" | "russia";

/** The tables' words per edition (build side: tables are built with the page). */
interface TableWords {
  year: string;
  source: string;
  noFigure: string;
  series: { "imf-dots": string; bns: string };
  /** A partner's column under its own figures: "China (China's own count)". */
  ownColumn: Record<Counting, string>;
  shares: (flow: Flow) => string;
  sharesOwn: (flow: Flow, partnerFlow: string, last: number) => string;
  gap: (
    flow: Flow,
    p: Counting,
    partnerFlow: string,
    last: number | undefined,
  ) => { caption: string; kazakhstan: string; theirs: string; minus: string };
  mirror: { caption: string; kazakhstan: string; china: string; share: string };
}

const words = editionTexts<TableWords>("src/charts/partner-shares/tables.ts", {
  en: {
    year: "Year",
    source: "Source",
    noFigure: "no figure",
    series: { "imf-dots": "IMF Direction of Trade Statistics", bns: "Bureau of National Statistics" },
    ownColumn: { china: "China (China's own count)", russia: "Russia (Russia's own count)" },
    shares: (flow) => `Share of Kazakhstan's ${flow}s by partner, per cent, as reported by Kazakhstan`,
    sharesOwn: (flow, partnerFlow, last) =>
      `Share of Kazakhstan's ${flow}s by partner, per cent: ${partnerFlow} as a share of Kazakhstan's total ${flow}s (to ${last}, where its series ends), the other partners as reported by Kazakhstan`,
    gap: (flow, p, partnerFlow, last) => {
      const name = p === "china" ? "China" : "Russia";
      return {
        caption: `Kazakhstan's ${flow}s ${flow === "export" ? "to" : "from"} ${name} as a share of Kazakhstan's total ${flow}s, per cent, as each side counted them: Kazakhstan's own figure, and ${partnerFlow} (to ${last}, where its series ends)`,
        kazakhstan: "Kazakhstan's count",
        theirs: `${name}'s count`,
        minus: `${name}'s count minus Kazakhstan's, percentage points`,
      };
    },
    mirror: {
      caption: "Kazakhstan's exports to China in US dollars, as each side reported them (IMF Direction of Trade Statistics)",
      kazakhstan: "Reported by Kazakhstan",
      china: "Reported by China (its imports)",
      share: "China's figure as a share of Kazakhstan's total exports, per cent",
    },
  },
  ru: {
    year: "Год",
    source: "Источник",
    noFigure: "нет данных",
    series: { "imf-dots": "Статистика направлений торговли МВФ", bns: "Бюро национальной статистики" },
    ownColumn: { china: "Китай (по данным самого Китая)", russia: "Россия (по данным самой России)" },
    shares: (flow) => `Доля партнёров в ${flow === "export" ? "экспорте" : "импорте"} Казахстана, %, по данным Казахстана`,
    sharesOwn: (flow, partnerFlow, last) =>
      `Доля партнёров в ${flow === "export" ? "экспорте" : "импорте"} Казахстана, %: ${partnerFlow} как доля ${flow === "export" ? "общего экспорта" : "общего импорта"} Казахстана (до ${last} года, где ряд заканчивается), остальные партнёры — по данным Казахстана`,
    gap: (flow, p, partnerFlow, last) => {
      const of = p === "china" ? "Китая" : "России";
      const where = flow === "export" ? `Экспорт Казахстана в ${p === "china" ? "Китай" : "Россию"}` : `Импорт Казахстана из ${of}`;
      return {
        caption: `${where} как доля ${flow === "export" ? "общего экспорта" : "общего импорта"} Казахстана, %, по данным каждой из сторон: собственная цифра Казахстана и ${partnerFlow} (до ${last} года, где ряд заканчивается)`,
        kazakhstan: "По данным Казахстана",
        theirs: `По данным ${of}`,
        minus: `Данные ${of} минус данные Казахстана, процентные пункты`,
      };
    },
    mirror: {
      caption: "Экспорт Казахстана в Китай в долларах США по данным каждой из сторон (Статистика направлений торговли МВФ)",
      kazakhstan: "По данным Казахстана",
      china: "По данным Китая (его импорт)",
      share: "Цифра Китая как доля общего экспорта Казахстана, %",
    },
  },
  kk: {
    year: "Жыл",
    source: "Дереккөз",
    noFigure: "көрсеткіш жоқ",
    series: { "imf-dots": "ХВҚ Сауда бағыттары статистикасы", bns: "Ұлттық статистика бюросы" },
    ownColumn: { china: "Қытай (Қытайдың өз есебі)", russia: "Ресей (Ресейдің өз есебі)" },
    shares: (flow) =>
      `Серіктестердің Қазақстан ${flow === "export" ? "экспортындағы" : "импортындағы"} үлесі, %, Қазақстанның деректері бойынша`,
    sharesOwn: (flow, partnerFlow, last) =>
      `Серіктестердің Қазақстан ${flow === "export" ? "экспортындағы" : "импортындағы"} үлесі, %: ${partnerFlow}, Қазақстанның жалпы ${flow === "export" ? "экспортындағы" : "импортындағы"} үлес ретінде (${last} жылға дейін, қатары сонда аяқталады), қалған серіктестер — Қазақстанның деректері бойынша`,
    gap: (flow, p, partnerFlow, last) => {
      const of = p === "china" ? "Қытайдың" : "Ресейдің";
      const where =
        flow === "export"
          ? `Қазақстанның ${p === "china" ? "Қытайға" : "Ресейге"} экспорты`
          : `Қазақстанның ${p === "china" ? "Қытайдан" : "Ресейден"} импорты`;
      return {
        caption: `${where}, Қазақстанның жалпы ${flow === "export" ? "экспортындағы" : "импортындағы"} үлес ретінде, %, әр тараптың есебі бойынша: Қазақстанның өз көрсеткіші және ${partnerFlow} (${last} жылға дейін, қатары сонда аяқталады)`,
        kazakhstan: "Қазақстанның есебі",
        theirs: `${of} есебі`,
        minus: `${of} есебі минус Қазақстанның есебі, пайыздық тармақ`,
      };
    },
    mirror: {
      caption: "Қазақстанның Қытайға экспорты, АҚШ долларымен, әр тараптың деректері бойынша (ХВҚ Сауда бағыттары статистикасы)",
      kazakhstan: "Қазақстанның деректері",
      china: "Қытайдың деректері (оның импорты)",
      share: "Қытайдың көрсеткіші, Қазақстанның жалпы экспортындағы үлес ретінде, %",
    },
  },
});

/**
 * A share to the two decimals Kazakhstan's shares are published with, as the edition writes it (a share computed from
 * a partner's figure over Kazakhstan's total is rounded so; the CSV has it in full).
 */
const twoDecimals = (pct: number, edition: EditionCode) => fixedIn(pct, 2, edition);

/** The shares of one flow as the chart draws them under `reporter`: under a partner's figures, its column is its own count. */
function sharesTable(all: PartnerSharesData, flow: Flow, reporter: Reporter, edition: EditionCode): DataTable {
  const w = words[edition];
  const names = partnerSharesText[edition].names;
  const data = sharesView(all, reporter);
  const years = [...new Set(data.shares.map((r) => r.year))].sort((a, b) => a - b);
  const own = reporter === "china" || reporter === "russia" ? reporter : undefined;
  const last = own && Math.max(...mirrorOf(all, own).map((m) => m.year));
  return {
    caption: own ? w.sharesOwn(flow, partnerFlow(own, flow, edition), last!) : w.shares(flow),
    columns: [w.year, ...shareSeriesPartners.map((p) => (p === own ? w.ownColumn[own] : names[p])), w.source],
    rows: years.map((year) => {
      const rows = data.shares.filter((r) => r.year === year && r.flow === flow);
      const cells = shareSeriesPartners.map((p) => {
        const row = rows.find((r) => r.partner === p);
        return row ? twoDecimals(row.share, edition) : w.noFigure;
      });
      const kazakhstan = rows.find((r) => r.series === "imf-dots" || r.series === "bns");
      return [year, ...cells, w.series[kazakhstan?.series === "bns" ? "bns" : "imf-dots"]];
    }),
  };
}

/** Under "both": one partner's share of a flow by Kazakhstan's count and by its own, and the gap between them. */
function gapTable(data: PartnerSharesData, partner: Counting, flow: Flow, edition: EditionCode): DataTable {
  const w = words[edition];
  const years = [...new Set(data.shares.map((r) => r.year))].sort((a, b) => a - b);
  const theirs = mirrorOf(data, partner).filter((m) => m.flow === flow);
  const t = w.gap(flow, partner, partnerFlow(partner, flow, edition), theirs.at(-1)?.year);
  return {
    caption: t.caption,
    // Kazakhstan's figures are the IMF's to 2020 and the Bureau's from 2021: the column says which (audit 18).
    columns: [w.year, t.kazakhstan, t.theirs, t.minus, w.source],
    rows: years.map((year) => {
      const ownRow = data.shares.find((r) => r.partner === partner && r.flow === flow && r.year === year);
      const own = ownRow?.share;
      const mirror = theirs.find((m) => m.year === year);
      const other = mirror?.shareOfKazakhstanTotal;
      // The gap before rounding, as the chart and its words work it out: the two counts' dollars over the same total
      // (subtracting the two rounded shares put the last digit out in 24 cells; audit 16).
      const gap =
        mirror && (mirror.shareOfKazakhstanTotal * (mirror.partnerReportedUsd - mirror.kazakhstanReportedUsd)) / mirror.partnerReportedUsd;
      return [
        year,
        own === undefined ? w.noFigure : twoDecimals(own, edition),
        other === undefined ? w.noFigure : twoDecimals(other, edition),
        own === undefined || gap === undefined ? w.noFigure : twoDecimals(gap, edition),
        w.series[ownRow?.series === "bns" ? "bns" : "imf-dots"],
      ];
    }),
  };
}

/**
 * A share chart's figures for its flows, as it draws them under `reporter`: Kazakhstan's shares (with
 * `withMirror`, China's own figures for its exports beside them, as the mirror step marks them); under a
 * partner's figures, its own count in its column; under "both", each partner's two counts and the gap. In the
 * rows' edition, figures written as it writes them.
 */
export function partnerSharesTables(
  data: PartnerSharesData,
  flows: readonly Flow[],
  withMirror: boolean,
  reporter: Reporter = "kazakhstan",
): DataTable[] {
  const edition = data.edition ?? "en";
  const w = words[edition];
  const tables = flows.map((flow) => sharesTable(data, flow, reporter, edition));
  const all =
    reporter === "both"
      ? [...tables, ...flows.flatMap((flow) => (["china", "russia"] as const).map((p) => gapTable(data, p, flow, edition)))]
      : reporter !== "kazakhstan" || !withMirror
        ? tables
        : [
            ...tables,
            {
              caption: w.mirror.caption,
              columns: [w.year, w.mirror.kazakhstan, w.mirror.china, w.mirror.share],
              rows: data.mirror
                .filter((m) => m.flow === "export")
                .map((m) => [m.year, m.kazakhstanReportedUsd, m.partnerReportedUsd, twoDecimals(m.shareOfKazakhstanTotal, edition)]),
            },
          ];
  return all.map((t) => ({ ...t, rows: rowsIn(t.rows, edition) }));
}
