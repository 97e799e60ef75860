import { editionTexts } from "../chartText.ts";

/**
 * The routes map's words in each edition. `draw` rides in the rows to the browser; the rest is used at build time
 * only (words.ts, tables.ts), so its functions never reach a reader's browser. The names of places, countries and
 * the routes' own words in the translations are in `names` and `routeWords` below, keyed by the English data's ids.
 * Place names as the editions' chapters write them (Ляньюньган, Синьсян, Алматы; Хоргос / Қорғас, as the termbase).
 */
export interface RoutesMapDrawText {
  /** A route's key line under the map: "{article}: {from} → {to}". */
  key: string;
}

export interface RoutesMapText {
  draw: RoutesMapDrawText;
  /** The words under the map in the overview, and under one route ("Started {started}: {service}."). */
  overview: string;
  route: string;
  intro: string;
  /** One route in words: "{from} to {to} (the {article} article): {service}; started {started}". */
  described: string;
  region: string;
  /** The sentence on the shading and the crossings, with the crossings' names. */
  shaded: (crossings: string[]) => string;
  table: {
    routesCaption: string;
    routesColumns: [string, string, string, string, string];
    placesCaption: string;
    placesColumns: [string, string, string, string];
    city: string;
    crossing: string;
  };
}

export const routesMapText = /* @__PURE__ */ editionTexts<RoutesMapText>("src/charts/routes-map/text.ts", {
  en: {
    draw: { key: "{article}: {from} → {to}" },
    overview:
      "Lines are schematic: straight between named places, not along track. ○ Two China–Kazakhstan rail border crossings, as context: the articles do not say which the trains used.",
    route: "Started {started}: {service}.",
    intro:
      "A map of the rail services the articles describe, drawn schematically as straight lines between named places, not along the track.",
    described: "{from} to {to} (the {article} article): {service}; started {started}",
    region: " The 2018 article names no stops, so the line ends in the middle of the five Central Asian states.",
    shaded: (crossings) =>
      ` Shaded on the map: China, Russia, Kazakhstan and the four other Central Asian states. Two China–Kazakhstan rail border crossings, ${crossings.join(" and ")} (named as such by the national railway, Kazakhstan Temir Zholy), are marked as context, without saying which either train used.`,
    table: {
      routesCaption: "Rail services the articles describe, drawn on the map as schematic straight lines between named places",
      routesColumns: ["From", "To", "Started", "Service, as the article describes it", "Article"],
      placesCaption: "Places on the map, with coordinates from the GeoNames gazetteer (degrees)",
      placesColumns: ["Place", "Longitude", "Latitude", "Shown as"],
      city: "city",
      crossing: "rail border crossing, as context",
    },
  },
  ru: {
    draw: { key: "{article}: {from} → {to}" },
    overview:
      "Линии схематичны: прямые между пунктами, а не по путям. ○ Два железнодорожных перехода на границе Китая и Казахстана — для контекста: статьи не говорят, через какой шли поезда.",
    route: "Запуск — {started}; {service}.",
    intro:
      "Карта железнодорожных сообщений, которые описывают статьи, в схематичном виде: прямые линии между названными пунктами, а не по путям.",
    described: "{from} — {to} (статья {article} года): {service}; запуск — {started}",
    region: " Статья 2018 года не называет остановок, поэтому линия заканчивается в центре пяти государств Центральной Азии.",
    shaded: (crossings) =>
      ` Закрашены на карте: Китай, Россия, Казахстан и четыре других государства Центральной Азии. Два железнодорожных перехода на границе Китая и Казахстана, ${crossings.join(" и ")} (так их называет национальная железная дорога «Қазақстан темір жолы»), отмечены для контекста, без указания, через какой из них шёл каждый поезд.`,
    table: {
      routesCaption: "Железнодорожные сообщения, которые описывают статьи, на карте — схематичные прямые между названными пунктами",
      routesColumns: ["Откуда", "Куда", "Запуск", "Сообщение, как его описывает статья", "Статья"],
      placesCaption: "Пункты на карте, с координатами из географического справочника GeoNames (градусы)",
      placesColumns: ["Пункт", "Долгота", "Широта", "Показан как"],
      city: "город",
      crossing: "железнодорожный пограничный переход, для контекста",
    },
  },
  kk: {
    draw: { key: "{article}: {from} → {to}" },
    overview:
      "Сызықтар схемалық: жол бойымен емес, нүктелер арасындағы түзу. ○ Қытай–Қазақстан шекарасындағы екі темір жол өткелі бағдар үшін: пойыздар қайсысын пайдаланғанын мақалалар айтпайды.",
    route: "Басталуы — {started}: {service}.",
    intro:
      "Мақалаларда сипатталған темір жол қатынастарының картасы, схемалық түрде: жол бойымен емес, аталған нүктелер арасындағы түзу сызықтар.",
    described: "{from} — {to} ({article} жылғы мақала): {service}; басталуы — {started}",
    region: " 2018 жылғы мақала аялдамаларды атамайды, сондықтан сызық Орталық Азияның бес мемлекетінің ортасында аяқталады.",
    shaded: (crossings) =>
      ` Картада боялғандар: Қытай, Ресей, Қазақстан және Орталық Азияның басқа төрт мемлекеті. Қытай–Қазақстан шекарасындағы екі темір жол өткелі, ${crossings.join(" және ")} (ұлттық темір жол компаниясы «Қазақстан темір жолы» оларды осылай атайды), бағдар үшін белгіленген; пойыздардың қайсысы қай өткелді пайдаланғаны айтылмайды.`,
    table: {
      routesCaption:
        "Мақалаларда сипатталған темір жол қатынастары, картада аталған нүктелер арасындағы схемалық түзу сызықтармен берілген",
      routesColumns: ["Қайдан", "Қайда", "Басталуы", "Қатынас, мақала сипаттағандай", "Мақала"],
      placesCaption: "Картадағы елді мекендер, GeoNames географиялық анықтамалығының координаттарымен (градус)",
      placesColumns: ["Орны", "Бойлық", "Ендік", "Белгісі"],
      city: "қала",
      crossing: "шекарадағы темір жол өткелі, бағдар үшін",
    },
  },
});

/**
 * Names in the translations, by id: places (places.csv), countries (ISO 3166-1 numeric, as countries.ts), and the
 * 2018 route's destination where the article names no stop. A new place or country stops the build until it is named.
 */
export const names: Record<
  "ru" | "kk",
  { places: Record<string, string>; countries: Record<string, string>; region: string; regionKey: string }
> = {
  ru: {
    places: {
      lianyungang: "Ляньюньган",
      almaty: "Алматы",
      xinxiang: "Синьсян",
      "alashankou-dostyk": "Алашанькоу–Достык",
      "khorgos-altynkol": "Хоргос–Алтынколь",
    },
    countries: {
      "398": "Казахстан",
      "156": "Китай",
      "643": "Россия",
      "417": "Кыргызстан",
      "762": "Таджикистан",
      "795": "Туркменистан",
      "860": "Узбекистан",
    },
    region: "все пять государств Центральной Азии",
    /** Shorter, for the key under the map, which has one line on a phone. */
    regionKey: "пять государств Центр. Азии",
  },
  kk: {
    places: {
      lianyungang: "Ляньюньган",
      almaty: "Алматы",
      xinxiang: "Синьсян",
      "alashankou-dostyk": "Алашаңқой–Достық",
      "khorgos-altynkol": "Қорғас–Алтынкөл",
    },
    countries: {
      "398": "Қазақстан",
      "156": "Қытай",
      "643": "Ресей",
      "417": "Қырғызстан",
      "762": "Тәжікстан",
      "795": "Түрікменстан",
      "860": "Өзбекстан",
    },
    region: "Орталық Азияның бес мемлекеті",
    regionKey: "Орт. Азияның бес мемлекеті",
  },
};

/** The routes' own words in the translations, by rail-routes.csv id: when each started and what it carried, as the article says. */
export const routeWords: Record<"ru" | "kk", Record<string, { started: string; service: string }>> = {
  ru: {
    "lianyungang-almaty": {
      started: "начало 2015 года («в прошлом месяце», по статье 2015 года)",
      service: "регулярные грузовые поезда; первый, по словам статьи, вёз «китайские автомобили, электронику и бытовые товары»",
    },
    "xinxiang-central-asia": {
      started: "28 марта 2018 года",
      service:
        "первый рейс; еженедельно, 50 вагонов; туда — машины и оборудование, резиновые изделия и огнеупорные материалы, обратно — сырьё",
    },
  },
  kk: {
    "lianyungang-almaty": {
      started: "2015 жылдың басы (2015 жылғы мақала: «өткен айда»)",
      service:
        "тұрақты жүк пойыздары; батысқа алғашқы пойыз «қытай көліктерін, электроника мен тұрмыстық тауарларды» алып кетті, дейді мақала",
    },
    "xinxiang-central-asia": {
      started: "2018 жылғы 28 наурыз",
      service:
        "алғашқы рейсі; апта сайын, 50 вагон; барарда — машина-жабдықтар, резеңке бұйымдар және отқа төзімді материалдар, қайтарда — шикізат",
    },
  },
};
