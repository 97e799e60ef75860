import { describe, expect, it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import { tradeTurnoverTables } from "../../src/charts/trade-turnover/tables.ts";
import { partnerSharesTables } from "../../src/charts/partner-shares/tables.ts";
import type { Reporter } from "../../src/charts/reporters.ts";
import type { EditionCode } from "../../src/i18n/editions.ts";

// Kazakhstan's figures are the IMF's compilation to 2020 and the Bureau's from 2021. A table that runs across that
// change says, row by row, which it is: in a partner's view as in Kazakhstan's (audit 18 found four views that did not).
const charts = {
  "trade-turnover": (rows: never, reporter: Reporter) => tradeTurnoverTables(rows, reporter),
  "partner-shares": (rows: never, reporter: Reporter) => partnerSharesTables(rows, ["export", "import"], true, reporter),
  "import-shares": (rows: never, reporter: Reporter) => partnerSharesTables(rows, ["import"], false, reporter),
} as const;
const sourceWord: Record<EditionCode, { column: string; bureau: string; imf: string }> = {
  en: { column: "Source", bureau: "Bureau of National Statistics", imf: "IMF Direction of Trade Statistics" },
  ru: { column: "Источник", bureau: "Бюро национальной статистики", imf: "Статистика направлений торговли МВФ" },
  kk: { column: "Дереккөз", bureau: "Ұлттық статистика бюросы", imf: "ХВҚ Сауда бағыттары статистикасы" },
};

describe("tables that run across the change of source", () => {
  for (const edition of ["en", "ru", "kk"] as const)
    for (const [chart, tables] of Object.entries(charts))
      for (const reporter of ["kazakhstan", "china", "russia", "both"] as const)
        it(`${edition} ${chart}, ${reporter}'s view: name the source of each year's figures`, () => {
          const rows = chartDefinitions[chart]!.rows(edition) as never;
          const words = sourceWord[edition];
          const across = tables(rows, reporter).filter((t) => t.rows.some((r) => r[0] === 2020) && t.rows.some((r) => r[0] === 2021));
          expect(across.length).toBeGreaterThan(0);
          for (const table of across) {
            expect(table.columns.at(-1), table.caption).toBe(words.column);
            expect(table.rows.find((r) => r[0] === 2020)?.at(-1), table.caption).toBe(words.imf);
            expect(table.rows.find((r) => r[0] === 2021)?.at(-1), table.caption).toBe(words.bureau);
          }
        });
});
