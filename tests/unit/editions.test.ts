import { afterEach, describe, expect, it } from "vitest";
import {
  editionFile,
  editionOfPath,
  isPublished,
  pagePathOf,
  pathInEdition,
  editions,
  publishedEditions,
  reportAddress,
} from "../../src/i18n/editions.ts";

describe("editions", () => {
  afterEach(() => {
    delete process.env.EDITIONS_ROOT;
    delete process.env.REPORT_TO;
  });

  it("tells a translation's readers where to report a mistake: the edition's own address, else the site's REPORT_TO", () => {
    expect(reportAddress("kk")).toBeUndefined();
    process.env.REPORT_TO = "mailto:corrections@example.org";
    expect(reportAddress("kk")).toBe("mailto:corrections@example.org");
    process.env.EDITIONS_ROOT = "tests/fixtures/editions";
    expect(reportAddress("ru")).toBe("mailto:editions@example.org");
    process.env.REPORT_TO = "http://example.org/report";
    expect(() => reportAddress("kk")).toThrow('REPORT_TO="http://example.org/report": expected an https: or mailto: address');
  });

  it("reads the committed translations as published: all three editions are built, English first", () => {
    expect(editionFile("ru")?.status).toBe("published");
    expect(editionFile("kk")?.status).toBe("published");
    expect(isPublished("ru")).toBe(true);
    expect(publishedEditions().map((e) => e.code)).toEqual(["en", "ru", "kk"]);
  });

  it("builds an edition whose edition.yaml says published (a fixture root)", () => {
    process.env.EDITIONS_ROOT = "tests/fixtures/editions";
    expect(isPublished("ru")).toBe(true);
    expect(isPublished("kk")).toBe(false);
    expect(publishedEditions().map((e) => e.code)).toEqual(["en", "ru"]);
  });

  it("tells a page's edition and its path within the edition, at the root and under a subpath", () => {
    expect(editionOfPath("/ru/chapters/the-tilt/", "/").code).toBe("ru");
    expect(editionOfPath("/kz-trade/kk/", "/kz-trade/").code).toBe("kk");
    expect(editionOfPath("/kz-trade/chapters/the-tilt/", "/kz-trade/").code).toBe("en");
    // A page whose first segment merely starts like an edition code stays English.
    expect(editionOfPath("/rules/", "/").code).toBe("en");
    expect(pagePathOf("/kz-trade/ru/chapters/the-tilt/", "/kz-trade/")).toBe("chapters/the-tilt/");
    expect(pagePathOf("/ru/", "/")).toBe("");
    expect(pagePathOf("/about/", "/")).toBe("about/");
    expect(pathInEdition("chapters/the-tilt/", editions.kk, "/kz-trade")).toBe("/kz-trade/kk/chapters/the-tilt/");
    expect(pathInEdition("", editions.en, "/")).toBe("/");
  });

  it("gives each edition a BCP-47 tag and an Intl locale that formats in its language", () => {
    expect(editions.kk.lang).toBe("kk");
    expect(
      new Intl.DateTimeFormat(editions.kk.intl, { month: "long", day: "numeric", timeZone: "UTC" }).format(
        new Date("2026-12-02T00:00:00Z"),
      ),
    ).toBe("2 желтоқсан");
    expect(
      new Intl.DateTimeFormat(editions.ru.intl, { month: "long", day: "numeric", timeZone: "UTC" }).format(
        new Date("2026-12-02T00:00:00Z"),
      ),
    ).toBe("2 декабря");
  });
});
