import { editionTexts } from "../chartText.ts";
import type { Flow } from "../../data/schema.ts";
import { partnerNamesIn, type SharePartner } from "../partnerColors.ts";

/**
 * The words the share charts (partner-shares, import-shares) draw, per edition: the rows carry one edition's
 * (words.ts), so the browser redraws in the page's language. `{name}` placeholders are filled by the drawing
 * code; partner names are the termbase's (content/i18n/terms.yaml, via partnerNamesIn).
 */
export interface PartnerSharesText {
  /** The y axis's title, per flow. */
  axisTitle: Record<Flow, string>;
  /** The dashed rule where the IMF's series ends and the Bureau's begins, wide and on a phone. */
  sourceSwitch: string;
  sourceSwitchShort: string;
  /** Each partner's name, and the rest of the world's shorter name on a phone. */
  names: Record<SharePartner, string>;
  othersShort: string;
  /**
   * A line drawn from a partner's own count: its label, and the note under it ({year}: where its count ends),
   * wide and on a phone: "China's" over "count, to 2020".
   */
  own: Record<"china" | "russia", string>;
  ownNote: string;
  ownNoteShort: string;
  /** Whose figure a read-out names, under that partner's own figures: "China's count". */
  ownWho: Record<"china" | "russia", string>;
  /** A figure that names whose it is and its year: "China, 2013: 17.2%". */
  named: string;
  /** China's own figure in the mirror step, beside its dot, and as a read-out names it. */
  mirrorLabel: string;
  mirrorWho: string;
  /** The article's claim drawn as a level line, wide and on a phone. */
  reference: string;
  referenceShort: string;
}

export const partnerSharesText = editionTexts<PartnerSharesText>("src/charts/partner-shares/text.ts", {
  en: {
    axisTitle: { export: "Share of Kazakhstan's exports", import: "Share of Kazakhstan's imports" },
    sourceSwitch: "IMF | Bureau",
    sourceSwitchShort: "IMF|Bureau",
    names: partnerNamesIn.en,
    othersShort: "Others",
    own: { china: "China's", russia: "Russia's" },
    ownNote: "count, to {year}",
    ownNoteShort: "count, to {year}",
    ownWho: { china: "China's count", russia: "Russia's count" },
    named: "{who}, {year}: {value}",
    mirrorLabel: "China's figure {value}",
    mirrorWho: "China's figure",
    reference: "“One-fifth”: the 2015 article",
    referenceShort: "“One-fifth”",
  },
  ru: {
    axisTitle: { export: "Доля в экспорте Казахстана", import: "Доля в импорте Казахстана" },
    sourceSwitch: "МВФ | Бюро",
    sourceSwitchShort: "МВФ|Бюро",
    names: partnerNamesIn.ru,
    othersShort: "Прочие",
    own: { china: "Счёт Китая", russia: "Счёт России" },
    ownNote: "до {year} г.",
    ownNoteShort: "до {year} г.",
    ownWho: { china: "Счёт Китая", russia: "Счёт России" },
    named: "{who}, {year}: {value}",
    mirrorLabel: "Цифра Китая {value}",
    mirrorWho: "Цифра Китая",
    reference: "«Пятая часть»: статья 2015 года",
    referenceShort: "«Пятая часть»",
  },
  kk: {
    axisTitle: { export: "Қазақстан экспортындағы үлес", import: "Қазақстан импортындағы үлес" },
    sourceSwitch: "ХВҚ | Бюро",
    sourceSwitchShort: "ХВҚ|Бюро",
    names: partnerNamesIn.kk,
    othersShort: "Басқалар",
    own: { china: "Қытай есебі", russia: "Ресей есебі" },
    ownNote: "{year} жылға дейін",
    ownNoteShort: "{year} ж. дейін",
    ownWho: { china: "Қытай есебі", russia: "Ресей есебі" },
    named: "{who}, {year}: {value}",
    mirrorLabel: "ҚХР есебі {value}",
    mirrorWho: "Қытай есебі",
    reference: "«Бестен бірі»: 2015 жылғы мақала",
    referenceShort: "«Бестен бірі»",
  },
});
