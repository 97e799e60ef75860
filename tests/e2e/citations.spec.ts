import { expect, test } from "@playwright/test";
import { CHAPTER } from "./chapterPage.ts";

test.describe("citations", () => {
  test("a section's Cite control opens on its citations, and Copy puts one on the clipboard", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
    await page.goto(CHAPTER);
    const id = await page.locator("article h2[id]").first().getAttribute("id");
    const cite = page.locator(`#${id} + details.cite`);
    await cite.locator("summary").click();
    const apa = cite.locator("dt:text-is('APA') + dd");
    // The citation names the public address the site was built for (SITE_URL), whatever serves it here.
    await expect(apa).toContainText(`${new URL(CHAPTER, baseURL).pathname}#${id}`);
    await apa.getByRole("button", { name: "Copy the APA citation" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await apa.locator("p").textContent());
    await expect(page.locator("#cite-status")).toHaveText("APA citation copied");
  });

  test("where the clipboard is refused, the citation is selected instead", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    });
    await page.goto(CHAPTER);
    const bibtex = page.locator(".cite-chapter dt:text-is('BibTeX') + dd");
    await bibtex.scrollIntoViewIfNeeded();
    await bibtex.getByRole("button", { name: "Copy the BibTeX citation" }).click();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(await bibtex.locator("pre").textContent());
  });

  test("without JavaScript, the chapter's citation is in full at its end, and each Cite control still opens", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(CHAPTER);
    await expect(page.locator(".cite-chapter dt")).toHaveText(["APA", "Chicago", "MLA", "BibTeX", "CSL-JSON"]);
    await expect(page.locator(".cite-copy")).toHaveCount(0);
    const cite = page.locator("details.cite").nth(1);
    await cite.locator("summary").click();
    await expect(cite.locator("dt:text-is('MLA') + dd")).toBeVisible();
    await context.close();
  });
});
