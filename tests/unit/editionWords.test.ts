import { describe, expect, it } from "vitest";
import { englishWords } from "../build/editionWords.ts";

describe("finding English words on a translated page", () => {
  it("finds English UI words", () => {
    expect(
      englishWords('<body><button aria-label="Copy link">Копировать</button><p>Показать Show the figures</p></body>').map((w) => w.word),
    ).toEqual(["Copy", "link", "Show", "the", "figures"]);
  });
  it("leaves out lang=en originals, English quotations, addresses, code and proper names", () => {
    const html =
      '<body><p>Статья <span lang="en">“China Tilts Kazakhstan Away From Russia”</span> в блоге China Bystander, “a quote”, chinabystander.wordpress.com, <code>reporter=china</code>, данные IMF DOTS в CSV.</p><script>let x = "Hello";</script></body>';
    expect(englishWords(html)).toEqual([]);
  });
});

describe("English titles in guillemets", () => {
  it("are names, but English words inside a Russian quotation are not", () => {
    expect(englishWords("<body><p>в материале «Distinctions in foreign trade statistics with China».</p></body>")).toEqual([]);
    expect(englishWords("<body><p>«Китай trade tilt»</p></body>").map((w) => w.word)).toEqual(["trade", "tilt"]);
  });
});

describe("what a translated page hides until asked, and what its scripts will write", () => {
  it("reads another reporter's notes and tables, hidden until the switch shows them", () => {
    expect(englishWords('<body><p data-for-reporter="china" hidden>Showing China\'s figures.</p></body>').map((w) => w.word)).toEqual([
      "Showing",
      "China's",
      "figures",
    ]);
  });
  it("reads the words the page's scripts write (#ui-text)", () => {
    const html =
      '<body><script type="application/json" id="ui-text">{"client.present":"Present as slides","client.citeCopy":"Копировать"}</script></body>';
    expect(englishWords(html).map((w) => w.word)).toEqual(["Present", "as", "slides"]);
  });
  it("reads a chart's own words apart, with charts: true", () => {
    const html = "<body><p>Доля</p><svg><text>Share of exports</text><title>Экспорт</title></svg></body>";
    expect(englishWords(html)).toEqual([]);
    expect(englishWords(html, { charts: true }).map((w) => w.word)).toEqual(["Share", "of", "exports"]);
  });
});
