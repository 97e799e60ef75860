import { expect, test } from "@playwright/test";
import { csvParse } from "d3-dsv";
import { CHAPTER, chartFigure, expectChartState } from "./chapterPage.ts";
import { sitePaths } from "./sitePages.ts";

test.describe("deep links", () => {
  test("the copy control next to a step puts the full URL to that step on the clipboard", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
    await page.goto(CHAPTER);
    const button = page.locator("#the-2013-moment .copy-link");
    await button.scrollIntoViewIfNeeded();
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${CHAPTER}#the-2013-moment`, baseURL).href);
    await expect(page.locator("#copy-status")).toHaveText("Link copied");
  });

  test("every section heading has a copy control too", async ({ page }) => {
    await page.goto(CHAPTER);
    const headings = page.locator("article h2[id]");
    expect(await headings.count()).toBeGreaterThan(3);
    await expect(headings.locator(".copy-link")).toHaveCount(await headings.count());
  });

  test("where the clipboard is refused, the link is offered selected in a text field", async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    });
    await page.goto(CHAPTER);
    const button = page.locator("article h2[id] .copy-link").first();
    const id = await page.locator("article h2[id]").first().getAttribute("id");
    await button.click();
    const field = page.locator("input.copy-fallback");
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(new URL(`${CHAPTER}#${id}`, baseURL).href);
    expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe((await field.inputValue()).length);
  });

  test("a deep link to a section lands there with focus on its heading", async ({ page }) => {
    await page.goto(CHAPTER);
    const id = await page.locator("article h2[id]").nth(1).getAttribute("id");
    await page.goto(`${CHAPTER}#${id}`);
    await expect(page.locator(`#${id}`)).toBeFocused();
    await expect(page.locator(`#${id}`)).toBeInViewport();
  });

  test("back and forward move between visited places and keep the chart in sync", async ({ page }) => {
    await page.goto(`${CHAPTER}#the-long-view`);
    await expectChartState(page, "long-view");
    await page.evaluate(() => (location.hash = "#the-import-side"));
    await expectChartState(page, "imports-2013");
    await page.evaluate(() => (location.hash = "#where-things-stand"));
    await expectChartState(page, "now-2023");
    await page.goBack();
    await expectChartState(page, "imports-2013");
    await page.goBack();
    await expectChartState(page, "long-view");
    await page.goForward();
    await expectChartState(page, "imports-2013");
  });
});

test.describe("embeds", () => {
  const embeds = sitePaths().filter((p) => p.startsWith("embed/"));

  test("every chart state has an embed page", async () => {
    expect(embeds).toEqual(expect.arrayContaining(["embed/partner-shares/moment-2013/", "embed/import-shares/imports-shift/"]));
  });

  for (const width of [320, 1200]) {
    test(`an embed fits an iframe ${width} px wide, with title, source and a link back to its place`, async ({ page, baseURL }) => {
      await page.setContent(
        `<iframe src="${new URL("embed/partner-shares/moment-2013/", baseURL).href}" width="${width}" height="640" style="border:0"></iframe>`,
      );
      const frame = page.frameLocator("iframe");
      await expect(frame.locator("figure[data-chart=partner-shares]")).toHaveAttribute("data-state", "moment-2013");
      await expect(frame.locator(".chart-title")).toContainText("Who Kazakhstan trades with");
      await expect(frame.locator(".chart-source")).toContainText("as reported by Kazakhstan");
      await expect(frame.locator("svg [data-key=value-china]")).toHaveText("17.2%");
      await expect(frame.locator(".embed-back a")).toHaveAttribute("href", /chapters\/the-tilt\/#the-2013-moment$/);
      await expect(frame.locator("[data-step]")).toHaveCount(0);
      const inner = await frame.locator("html").evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(inner.scroll).toBeLessThanOrEqual(inner.client);
      const svgWidth = await frame
        .locator("svg")
        .first()
        .evaluate((el) => el.getBoundingClientRect().width);
      expect(svgWidth).toBeGreaterThan(width * 0.8);
    });
  }

  test("the embed control shows an iframe snippet for the state on screen", async ({ page, baseURL }) => {
    await page.goto(`${CHAPTER}#the-import-side`);
    await expectChartState(page, "imports-2013");
    const details = chartFigure(page).locator("details.chart-embed");
    await details.locator("summary").focus();
    await page.keyboard.press("Enter");
    // Focusing the control can scroll a phone's page on to the next step: the snippet is for whatever state the
    // chart shows once the control is open.
    const shown = async () => {
      const state = await chartFigure(page).getAttribute("data-state");
      const snippet = await details.locator("textarea").inputValue();
      const preview = await details.locator("a.embed-preview").getAttribute("href");
      const embed = new URL(`embed/partner-shares/${state}/`, baseURL).href;
      return { state, matches: snippet.includes(`<iframe src="${embed}"`) && preview === embed };
    };
    await expect.poll(async () => (await shown()).matches).toBe(true);
    expect(["imports-2013", "now-2023"]).toContain((await shown()).state);
  });
});

test.describe("data downloads", () => {
  test("a chart's CSV holds exactly the rows it draws, with source and reporter", async ({ page, request }) => {
    await page.goto(CHAPTER);
    const figure = chartFigure(page);
    const href = await figure.locator("a.chart-download").getAttribute("href");
    // The download starts with a byte-order mark for spreadsheets (src/data/csvDownload.ts); readers drop it.
    const text = await (await request.get(href!)).text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const csv = csvParse(text.slice(1));
    // One figure per row, the shape every time-series chart's CSV shares (described in /data/datapackage.json).
    expect(csv.columns).toEqual(["year", "measure", "partner", "flow", "reporter", "value", "unit", "series", "source", "note"]);
    // Rows a break in the series touches say so (content/data/breaks.yaml); others leave the note empty.
    expect(csv.find((r) => r.year === "2010")!.note).toMatch(/customs union/i);
    expect(csv.find((r) => r.year === "2005")!.note).toBe("");
    const drawn = JSON.parse((await figure.locator("[data-chart-data]").textContent())!) as {
      shares: { year: number; partner: string; flow: string; share: number }[];
      mirror: unknown[];
    };
    const kazakhstan = csv.filter((r) => r.reporter === "Kazakhstan" && r.measure === "share-of-trade");
    expect(kazakhstan).toHaveLength(drawn.shares.length);
    for (const [i, row] of drawn.shares.entries()) {
      expect([Number(kazakhstan[i]!.year), kazakhstan[i]!.partner, kazakhstan[i]!.flow, Number(kazakhstan[i]!.value)]).toEqual([
        row.year,
        row.partner,
        row.flow,
        row.share,
      ]);
    }
    expect(kazakhstan.every((r) => r.unit === "percent")).toBe(true);
    expect(csv.filter((r) => r.reporter === "China" && r.measure === "mirror-share")).toHaveLength(drawn.mirror.length);
    expect(new Set(csv.map((r) => r.source)).size).toBeGreaterThanOrEqual(2);
  });

  test("the data page lists every curated file with provenance and licence, and each downloads", async ({ page, request }) => {
    await page.goto("data/");
    const links = page.locator(".dataset-list a[download]");
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect((await response.text()).length, href).toBeGreaterThan(50);
    }
    await expect(page.locator(".dataset-list")).toContainText("licence");
  });
});
