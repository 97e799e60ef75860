import { expect, test } from "@playwright/test";
import { collectPageErrors, readSteps, scrollToStep, expectChartState } from "./chapterPage.ts";
import { sitePages } from "./builtSite.ts";
import { recordViolations } from "./pageChecks.ts";

test.describe("security", () => {
  for (const path of sitePages()) {
    // An embed runs the same code at every width, in a page with no furniture: one width checks it.
    test(
      `"${path || "/"}" requests nothing from another origin and breaks no policy`,
      { tag: path.startsWith("embed/") ? "@once" : [] },
      async ({ page, baseURL }) => {
        const origin = new URL(baseURL!).origin;
        const requests: string[] = [];
        page.on("request", (request) => requests.push(request.url()));
        const errors = collectPageErrors(page);
        const violations = await recordViolations(page);

        await page.goto(path === "" ? baseURL! : path);
        // Read it through, so everything scrolling can load is loaded.
        for (const step of await readSteps(page)) {
          await scrollToStep(page, step.id);
          await expectChartState(page, step.state, step.id);
        }
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState("networkidle");

        expect(requests.length).toBeGreaterThan(0);
        expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
        expect(await violations()).toEqual([]);
        expect(errors).toEqual([]);
      },
    );
  }

  test("the policy blocks inline scripts, eval and other origins", async ({ page, baseURL }) => {
    const violations = await recordViolations(page);
    await page.goto("chapters/the-tilt/");
    await expect(page.locator("[data-scrolly]").first()).toHaveClass(/is-live/);

    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    expect(policy).toMatch(/script-src 'self'/);

    const inlineRan = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);

    // Code run through page.evaluate is exempt from the policy: probe eval from a script of the site's origin.
    await page.route("**/__eval-probe.js", (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "try { window.__evalRan = eval('1 + 1') === 2; } catch { window.__evalRan = false; }",
      }),
    );
    const evalRan = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const probe = document.createElement("script");
          probe.src = new URL("__eval-probe.js", location.href).href;
          probe.onload = () => resolve((window as unknown as { __evalRan?: boolean }).__evalRan);
          probe.onerror = () => resolve("the probe did not load");
          document.head.append(probe);
        }),
    );
    expect(evalRan).toBe(false);

    // Another origin on this machine (127.0.0.1 is not localhost to the browser), so that even a
    // broken policy sends nothing off the machine.
    const elsewhere = new URL(baseURL!);
    elsewhere.hostname = "127.0.0.1";
    const fetched = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => true,
          () => false,
        ),
      elsewhere.href,
    );
    expect(fetched).toBe(false);

    await expect
      .poll(violations)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-elem /),
          expect.stringMatching(/^script-src /),
          expect.stringMatching(/^connect-src /),
        ]),
      );
  });
});
