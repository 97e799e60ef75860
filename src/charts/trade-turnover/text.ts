import { editionTexts } from "../chartText.ts";
import type { TurnoverPartner } from "./states.ts";
import type { Numerals } from "../numerals.ts";

/**
 * The words the trade-turnover chart draws, per edition: the rows carry one edition's (words.ts), so the
 * browser redraws in the page's language. `{name}` placeholders are filled by the drawing code; names are in
 * the termbase's forms (content/i18n/terms.yaml), and a phrase that declines a name is given per partner.
 */
export interface TradeTurnoverText {
  /** The y axis's title, wide and on a phone. */
  axisTitle: string;
  axisTitleShort: string;
  /** The dashed rule where the IMF's series ends and the Bureau's begins, wide and on a phone. */
  sourceSwitch: string;
  sourceSwitchShort: string;
  /** Each partner's name, and Kazakhstan's, as a figure's label names who counted it. */
  names: Record<TurnoverPartner | "kazakhstan", string>;
  /** A line's label at its end, wide: "With China". */
  withPartner: Record<TurnoverPartner, string>;
  /** Under a partner's own figures, the note under its line's label, wide and on a phone ({from}, {year}: its span). */
  ownCount: Record<TurnoverPartner, string>;
  ownCountShort: string;
  /** A partner's own count drawn dashed: its label, wide and on a phone, and the note under it. */
  theirFigures: Record<TurnoverPartner, string>;
  theirFiguresShort: Record<TurnoverPartner, string>;
  dashedTo: string;
  dashedToShort: string;
  /** A figure that names whose it is and its year: "China, 2017: $23.9bn". */
  named: string;
  /** The gap between two counts of the same trade, in the gap state. */
  gap: string;
  /**
   * Dollars as a figure drawn on the chart writes them, in the short form newsrooms label charts with ("$30.1bn",
   * "$30,1 млрд"): the edition's decimal sign, a dollar sign for "долл."/"доллар". The words under it keep the
   * edition's full form (numerals.ts).
   */
  dollars: Pick<Numerals, "dollar" | "billion" | "million">;
}

export const tradeTurnoverText = editionTexts<TradeTurnoverText>("src/charts/trade-turnover/text.ts", {
  en: {
    axisTitle: "Trade turnover, US$ billions (exports plus imports)",
    axisTitleShort: "Turnover, US$ bn",
    sourceSwitch: "IMF | Bureau",
    sourceSwitchShort: "IMF|Bureau",
    names: { kazakhstan: "Kazakhstan", china: "China", russia: "Russia" },
    withPartner: { china: "With China", russia: "With Russia" },
    ownCount: { china: "China's count, to {year}", russia: "Russia's count, to {year}" },
    ownCountShort: "own count, to {year}",
    theirFigures: { china: "China's figures", russia: "Russia's figures" },
    theirFiguresShort: { china: "China's data", russia: "Russia's data" },
    dashedTo: "dashed, to {year}",
    dashedToShort: "to {year}",
    named: "{who}, {year}: {value}",
    gap: "Gap {value}",
    dollars: { dollar: "$", billion: "bn", million: "m" },
  },
  ru: {
    axisTitle: "Товарооборот, млрд долл. США (экспорт плюс импорт)",
    axisTitleShort: "Товарооборот, млрд долл.",
    sourceSwitch: "МВФ | Бюро",
    sourceSwitchShort: "МВФ|Бюро",
    names: { kazakhstan: "Казахстан", china: "Китай", russia: "Россия" },
    withPartner: { china: "С Китаем", russia: "С Россией" },
    ownCount: { china: "счёт Китая, до {year}", russia: "счёт России, до {year}" },
    ownCountShort: "свой счёт, до {year}",
    theirFigures: { china: "Данные Китая", russia: "Данные России" },
    theirFiguresShort: { china: "Данные Китая", russia: "Данные России" },
    dashedTo: "пунктир, до {year}",
    dashedToShort: "до {year}",
    named: "{who}, {year}: {value}",
    gap: "Разрыв {value}",
    dollars: { dollar: "$", billion: "\u00a0млрд", million: "\u00a0млн" },
  },
  kk: {
    axisTitle: "Тауар айналымы, млрд АҚШ доллары (экспорт пен импорт)",
    axisTitleShort: "Тауар айналымы, млрд доллар",
    sourceSwitch: "ХВҚ | Бюро",
    sourceSwitchShort: "ХВҚ|Бюро",
    names: { kazakhstan: "Қазақстан", china: "Қытай", russia: "Ресей" },
    withPartner: { china: "Қытаймен", russia: "Ресеймен" },
    ownCount: { china: "Қытай есебі, {from}–{year}", russia: "Ресей есебі, {from}–{year}" },
    ownCountShort: "өз есебі, {from}–{year}",
    theirFigures: { china: "Қытай деректері", russia: "Ресей деректері" },
    theirFiguresShort: { china: "Қытай есебі", russia: "Ресей есебі" },
    dashedTo: "үзік, {from}–{year}",
    dashedToShort: "{from}–{year}",
    named: "{who}, {year}: {value}",
    gap: "Алшақтық {value}",
    dollars: { dollar: "$", billion: "\u00a0млрд", million: "\u00a0млн" },
  },
});
