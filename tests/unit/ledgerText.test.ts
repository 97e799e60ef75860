import { describe, expect, it } from "vitest";
import { accountsSentence, claimAccounts } from "../../src/claims/claimAccounts.ts";
import { claimVerdict, type ComparedValue } from "../../src/claims/claimVerdict.ts";
import { ledgerText, type FigureWhat } from "../../src/claims/ledgerText.ts";
import { ledgerWords } from "../../src/claims/ledgerWords.ts";
import { claims } from "../../src/claims/loadClaims.ts";
import { dataset } from "../../src/data/dataset.ts";
import { flows, partners, reporters, type Reporter } from "../../src/data/schema.ts";
import { termbaseName } from "../../src/i18n/translations.ts";
import type { EditionCode } from "../../src/i18n/editions.ts";

const NBSP = "\u00a0";

/** Every figure of a claim's entry (its headline figures and those under each count), once each. */
function figuresOf(id: string): ComparedValue[] {
  const claim = claims().find((c) => c.id === id)!;
  const all = [
    ...claimVerdict(claim.check, dataset()).compared,
    ...(claimAccounts(claim.check, dataset())?.accounts.flatMap((a) => a.result.compared) ?? []),
  ];
  return all.filter((c, i) => all.findIndex((o) => o.label === c.label && o.year === c.year && o.display === c.display) === i);
}

/** A figure as a ledger line reads in an edition: "label, year: value (source)". */
const line = (c: ComparedValue, code: EditionCode) => {
  const f = ledgerText(code).figure(c);
  return `${f.label}: ${f.display} (${f.source})`;
};

/** Every line the ledger writes itself for every claim in an edition: figures, each count's verdict line, the flip sentence. */
function ledgerLines(code: EditionCode): [string, string][] {
  const text = ledgerText(code);
  return claims().flatMap((claim) => {
    const accounts = claimAccounts(claim.check, dataset());
    const lines = [
      ...figuresOf(claim.id).map((c) => line(c, code)),
      ...(accounts?.accounts.map(
        (a) => text.account(a.reporter) + (a.noFiguresAfter === undefined ? "" : ` (${text.noFiguresAfter(a.reporter, a.noFiguresAfter)})`),
      ) ?? []),
      ...(accounts ? [accountsSentence(accounts, code) ?? ""] : []),
    ];
    return lines.filter(Boolean).map((l) => [claim.id, l] as [string, string]);
  });
}

/**
 * The English ledger's figure lines as release 0.2.0 printed them (read from its built /claims/ page), with one change:
 * a share by a partner's count names both sides in its source (the eleventh fact-check, L7).
 */
const english: Record<string, string[]> = {
  "growth-2014-estimate": ["Real GDP growth, 2014: 4.2% (World Bank World Development Indicators)"],
  "growth-2013": ["Real GDP growth, 2013: 6.0% (World Bank World Development Indicators)"],
  "one-fifth-of-exports-to-china": [
    "China's share of Kazakhstan's exports, 2013: 17.2% (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "China's share of Kazakhstan's exports, by China's count of the same trade, over Kazakhstan's own total, 2013: 19.5% (IMF Direction of Trade Statistics; China's count over Kazakhstan's total)",
  ],
  "exports-84-billion": ["Exports to the world, 2013: $82.4bn (IMF Direction of Trade Statistics; reported by Kazakhstan)"],
  "twice-russias-share": [
    "China's share of Kazakhstan's exports, 2013: 17.2% (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Russia's share of Kazakhstan's exports, 2013: 7.1% (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Ratio of the two, 2013: 2.4 times (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "China's share of Kazakhstan's exports, by China's count of the same trade, over Kazakhstan's own total, 2013: 19.5% (IMF Direction of Trade Statistics; China's count over Kazakhstan's total)",
    "Ratio of the two (China's share by China's count, over Russia's by Kazakhstan's), 2013: 2.7 times (IMF Direction of Trade Statistics; reported by China and by Kazakhstan)",
    "Russia's share of Kazakhstan's exports, by Russia's count of the same trade, over Kazakhstan's own total, 2013: 7.1% (IMF Direction of Trade Statistics; Russia's count over Kazakhstan's total)",
    "Ratio of the two (China's share by Kazakhstan's count, over Russia's by Russia's), 2013: 2.4 times (IMF Direction of Trade Statistics; reported by Kazakhstan and by Russia)",
  ],
  "russia-36-percent-of-imports": [
    "Russia's share of Kazakhstan's imports, 2013: 36.6% (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Russia's share of Kazakhstan's imports, by Russia's count of the same trade, over Kazakhstan's own total, 2013: 35.9% (IMF Direction of Trade Statistics; Russia's count over Kazakhstan's total)",
  ],
  "imports-44-billion": ["Imports from the world, 2013: $49.1bn (IMF Direction of Trade Statistics; reported by Kazakhstan)"],
  "china-18-percent-of-imports": [
    "China's share of Kazakhstan's imports, 2013: 16.7% (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "China's share of Kazakhstan's imports, by China's count of the same trade, over Kazakhstan's own total, 2013: 25.6% (IMF Direction of Trade Statistics; China's count over Kazakhstan's total)",
  ],
  "import-gap-to-narrow": [
    "Russia's share of Kazakhstan's imports, 2013: 36.6% (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "China's share of Kazakhstan's imports, 2013: 16.7% (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Russia's share of Kazakhstan's imports, 2023: 27.9% (Bureau of National Statistics; reported by Kazakhstan)",
    "China's share of Kazakhstan's imports, 2023: 25.5% (Bureau of National Statistics; reported by Kazakhstan)",
  ],
  "trade-2017-10-5-billion": [
    "Exports to China, 2017: $5.8bn (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Imports from China, 2017: $4.7bn (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Turnover (the sum), 2017: $10.5bn (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Exports to China, by China's count of the same trade, 2017: $6.3bn (IMF Direction of Trade Statistics)",
    "Imports from China, by China's count of the same trade, 2017: $11.7bn (IMF Direction of Trade Statistics)",
    "Turnover (the sum), 2017: $18.0bn (IMF Direction of Trade Statistics; reported by China)",
  ],
  "exports-to-china-5-8-billion": [
    "Exports to China, 2017: $5.8bn (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Exports to China, by China's count of the same trade, 2017: $6.3bn (IMF Direction of Trade Statistics)",
  ],
  "exports-rise-37-percent": [
    "Exports to China, 2016: $4.2bn (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Exports to China, 2017: $5.8bn (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Change on the year, 2017: +36.5% (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Exports to China, by China's count of the same trade, 2016: $4.8bn (IMF Direction of Trade Statistics)",
    "Exports to China, by China's count of the same trade, 2017: $6.3bn (IMF Direction of Trade Statistics)",
    "Change on the year, 2017: +32.3% (IMF Direction of Trade Statistics; reported by China)",
  ],
  "trade-in-kazakhstans-favour": [
    "Exports to China, 2017: $5.8bn (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Imports from China, 2017: $4.7bn (IMF Direction of Trade Statistics; reported by Kazakhstan)",
    "Exports to China, by China's count of the same trade, 2017: $6.3bn (IMF Direction of Trade Statistics)",
    "Imports from China, by China's count of the same trade, 2017: $11.7bn (IMF Direction of Trade Statistics)",
  ],
};

describe("ledgerText(code): the claims ledger's own words", () => {
  it("labels one figure one way wherever the ledger shows it (audit 15: two labels for Kazakhstan's 2017 exports to China)", () => {
    const byFigure = new Map<string, Set<string>>();
    for (const claim of claims()) {
      for (const c of figuresOf(claim.id)) {
        const key = `${c.year} ${c.display} ${c.series}`;
        byFigure.set(key, (byFigure.get(key) ?? new Set()).add(line(c, "en")));
      }
    }
    const twoWays = [...byFigure.values()].filter((lines) => lines.size > 1).map((lines) => [...lines]);
    expect(twoWays).toEqual([]);
    expect(byFigure.size).toBeGreaterThan(20);
  });
  it("writes the English ledger as before, except that a share by a partner's count names both sides in its source", () => {
    const written = Object.fromEntries(Object.keys(english).map((id) => [id, figuresOf(id).map((c) => line(c, "en"))]));
    for (const id of Object.keys(english)) expect(new Set(written[id]), id).toEqual(new Set(english[id]));
  });

  it("L7: every share by a partner's count names the partner's count and Kazakhstan's total, in every edition", () => {
    const partnerShares = claims().flatMap((claim) =>
      figuresOf(claim.id)
        .filter((c) => c.what.kind === "share" && c.what.countedBy && c.what.countedBy !== "kazakhstan")
        .map((c) => [claim.id, c] as const),
    );
    expect([...new Set(partnerShares.map(([id]) => id))]).toEqual([
      "one-fifth-of-exports-to-china",
      "twice-russias-share",
      "russia-36-percent-of-imports",
      "china-18-percent-of-imports",
    ]);
    for (const [id, c] of partnerShares) {
      const who = (c.what as { countedBy: Reporter }).countedBy;
      expect(ledgerText("en").figure(c).source, id).toBe(
        `IMF Direction of Trade Statistics; ${who === "china" ? "China" : "Russia"}'s count over Kazakhstan's total`,
      );
      expect(ledgerText("ru").figure(c).source, id).toBe(
        `Статистика направлений торговли МВФ; цифра ${who === "china" ? "Китая" : "России"}, отнесённая к итогу Казахстана`,
      );
      expect(ledgerText("kk").figure(c).source, id).toBe(
        `ХВҚ Сауда бағыттары статистикасы; ${who === "china" ? "Қытайдың" : "Ресейдің"} көрсеткішінің Қазақстан жиынтығына қатынасы`,
      );
    }
  });

  it.each([
    [
      "ru",
      [
        `Доля Китая в экспорте Казахстана, 2013${NBSP}г.: 17,2${NBSP}% (Статистика направлений торговли МВФ; данные Казахстана)`,
        `Доля Китая в экспорте Казахстана по данным Китая о той же торговле, от собственного итога Казахстана, 2013${NBSP}г.: 19,5${NBSP}% (Статистика направлений торговли МВФ; цифра Китая, отнесённая к итогу Казахстана)`,
      ],
      `Экспорт во все страны, 2013${NBSP}г.: 82,4${NBSP}млрд долл. (Статистика направлений торговли МВФ; данные Казахстана)`,
      `Отношение двух долей, 2013${NBSP}г.: в 2,4${NBSP}раза (Статистика направлений торговли МВФ; данные Казахстана)`,
      `Изменение за год, 2017${NBSP}г.: +36,5${NBSP}% (Статистика направлений торговли МВФ; данные Казахстана)`,
      `Импорт из Китая по данным Китая о той же торговле, 2017${NBSP}г.: 11,7${NBSP}млрд долл. (Статистика направлений торговли МВФ)`,
      "Вердикт зависит от того, кто считает: «частично подтверждено» по данным Казахстана, «опровергнуто» по собственным данным Китая о той же торговле; по собственным данным России вердикт остаётся «частично подтверждено».",
    ],
    [
      "kk",
      [
        `Қазақстан экспортындағы Қытайдың үлесі, 2013${NBSP}ж.: 17,2% (ХВҚ Сауда бағыттары статистикасы; Қазақстанның деректері)`,
        `Қазақстан экспортындағы Қытайдың үлесі, Қытайдың сол сауда бойынша есебімен, Қазақстанның өз жиынтығына шаққанда, 2013${NBSP}ж.: 19,5% (ХВҚ Сауда бағыттары статистикасы; Қытайдың көрсеткішінің Қазақстан жиынтығына қатынасы)`,
      ],
      `Барлық елдерге экспорт, 2013${NBSP}ж.: 82,4${NBSP}млрд доллар (ХВҚ Сауда бағыттары статистикасы; Қазақстанның деректері)`,
      `Екі үлестің арақатынасы, 2013${NBSP}ж.: 2,4${NBSP}есе (ХВҚ Сауда бағыттары статистикасы; Қазақстанның деректері)`,
      `Жылдық өзгеріс, 2017${NBSP}ж.: +36,5% (ХВҚ Сауда бағыттары статистикасы; Қазақстанның деректері)`,
      `Қытайдан импорт, Қытайдың сол сауда бойынша есебімен, 2017${NBSP}ж.: 11,7${NBSP}млрд доллар (ХВҚ Сауда бағыттары статистикасы)`,
      "Қорытынды кім есептейтініне байланысты: Қазақстанның деректері бойынша «ішінара расталды», Қытайдың сол саудаға қатысты өз деректері бойынша «теріске шығарылды»; Ресейдің өз деректері бойынша «ішінара расталды» болып қалады.",
    ],
  ] as const)(
    "%s: labels, figures and sources in the edition's words and numerals",
    (code, shares, exports, ratio, change, side, sentence) => {
      expect(figuresOf("one-fifth-of-exports-to-china").map((c) => line(c, code))).toEqual(shares);
      expect(figuresOf("exports-84-billion").map((c) => line(c, code))).toEqual([exports]);
      expect(figuresOf("twice-russias-share").map((c) => line(c, code))).toContain(ratio);
      expect(figuresOf("exports-rise-37-percent").map((c) => line(c, code))).toContain(change);
      expect(figuresOf("trade-in-kazakhstans-favour").map((c) => line(c, code))).toContain(side);
      const accounts = claimAccounts(claims().find((c) => c.id === "twice-russias-share")!.check, dataset())!;
      expect(accountsSentence(accounts, code)).toBe(sentence);
    },
  );

  it.each(["ru", "kk"] as const)("%s: no English word and no English numeral in anything the ledger writes", (code) => {
    const lines = ledgerLines(code);
    expect(lines.length).toBeGreaterThan(40);
    expect(lines.filter(([, l]) => /[A-Za-z]/.test(l))).toEqual([]);
    // English numerals: a decimal point, dollars, "bn"/"m", a per cent sign straight after a Russian figure.
    expect(lines.filter(([, l]) => /\d\.\d|\$|\d(bn|m)\b/.test(l))).toEqual([]);
    if (code === "ru") expect(lines.filter(([, l]) => /\d%/.test(l))).toEqual([]);
  });

  it.each(["en", "ru", "kk"] as const)(
    "%s: every kind of figure, for every partner, reporter and flow, fills all its placeholders",
    (code) => {
      const text = ledgerText(code);
      const whats: FigureWhat[] = [
        ...partners.flatMap((partner) =>
          flows.flatMap((flow) => [
            { kind: "share", partner, flow } as const,
            { kind: "trade", partner, flow } as const,
            ...reporters.flatMap((r) => [
              { kind: "share", partner, flow, countedBy: r } as const,
              { kind: "trade", partner, flow, reportedBy: r } as const,
              { kind: "trade", partner, flow, countedBy: r } as const,
              { kind: "ratio", across: { numerator: partner, top: r, denominator: partner, bottom: r } } as const,
            ]),
          ]),
        ),
        { kind: "ratio" },
        { kind: "turnover" },
        { kind: "change" },
        { kind: "growth" },
      ];
      const written = [
        ...whats.map((what) =>
          text.figure({
            what,
            unit: "share",
            value: 12.34,
            year: 2013,
            source: { series: "imf-dots-china", reporter: "china", totalSeries: "bns" },
          }),
        ),
      ].flatMap((f) => [f.label, f.display, f.source]);
      written.push(...reporters.flatMap((r) => [text.account(r), text.noFiguresAfter(r, 2020)]));
      expect(written.filter((w) => /[{}]/.test(w))).toEqual([]);
      if (code !== "en") expect(written.filter((w) => /[A-Za-z]/.test(w))).toEqual([]);
    },
  );

  it.each(["ru", "kk"] as const)("%s: the series take the termbase's names of the datasets and publishers", (code) => {
    const series = ledgerWords[code].series;
    const term = (id: string) => termbaseName(code, id);
    expect(series["imf-dots"]).toContain(term("dots").full);
    expect(series["imf-dots"]).toContain(term("imf").short);
    expect(series["imf-dots-china"]).toContain(term("china").full);
    expect(series["imf-dots-russia"]).toContain(term("russia").full);
    expect(series.bns).toContain(term("bns").full);
    expect(series["wb-wdi"]).toContain(term("world-development-indicators").full);
    expect(series["imf-weo"]).toContain(term("weo").full);
    expect(series["imf-weo"]).toContain(term("imf").short);
  });
});
