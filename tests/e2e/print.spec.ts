import { expect, test } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { readSteps } from "./chapterPage.ts";
import { EDITIONS, editionChapters } from "./sitePages.ts";

// The layout under test is the print stylesheet, not the viewport: one project is enough.
// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook needs from this pattern; this one needs none.
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "print is the same at every viewport"));

// Every chapter of every edition the build holds: a translation's longer text must still print as a handout.
for (const chapter of EDITIONS.flatMap(editionChapters)) {
  test(`/${chapter} prints as a handout: one chart per step, nothing sticky, no blank pages`, async ({ page }, testInfo) => {
    await page.goto(chapter);
    await page.emulateMedia({ media: "print" });
    const steps = await readSteps(page);

    const layout = await page.evaluate(() => ({
      stepCharts: [...document.querySelectorAll("[data-step] .step-chart svg")].filter((svg) => svg.getBoundingClientRect().height > 50)
        .length,
      stickyPlots: [...document.querySelectorAll(".scrolly-graphic .chart-plot")].filter((el) => el.getBoundingClientRect().height > 0)
        .length,
      sticky: [...document.querySelectorAll("*")].filter((el) => ["sticky", "fixed"].includes(getComputedStyle(el).position)).length,
      printedTargets: [...document.querySelectorAll("article a[href^='http']")].every((a) =>
        getComputedStyle(a, "::after").content.includes("http"),
      ),
    }));
    expect(layout.stepCharts).toBe(steps.length);
    expect(layout.stickyPlots).toBe(0);
    expect(layout.sticky).toBe(0);
    expect(layout.printedTargets).toBe(true);

    const pdf = await page.pdf({
      format: "A4",
      printBackground: false,
      margin: { top: "15mm", bottom: "15mm", left: "15mm", right: "15mm" },
    });
    await testInfo.attach(`${chapter.replace(/\W+/g, "-")}handout.pdf`, { body: pdf, contentType: "application/pdf" });
    const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
    expect(doc.numPages).toBeGreaterThanOrEqual(2);
    expect(doc.numPages).toBeLessThanOrEqual(8 + steps.length * 2);
    for (let n = 1; n <= doc.numPages; n++) {
      const text = await (await doc.getPage(n)).getTextContent();
      const words = text.items
        .map((item) => ("str" in item ? item.str : ""))
        .join("")
        .trim();
      expect(words.length, `page ${n} of ${doc.numPages} is not blank`).toBeGreaterThan(20);
    }
  });
}
