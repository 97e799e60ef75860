import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The rules axe checks: WCAG 2.2 A and AA, and axe's best practices. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** The rules whose outcome a colour can change: contrast, and links told from text by colour alone. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

interface AxeScope {
  /** Only these parts of the page (a step and its chart, say, where the page itself is checked whole elsewhere). */
  include?: readonly string[];
  /** Only the rules a colour can change. */
  colourOnly?: boolean;
  /** Report and go on (expect.soft), so both schemes report. */
  soft?: boolean;
}

/** Fails with every axe violation on the page as it is now, each naming its rule and elements. */
export async function expectNoAxeViolations(
  page: Page,
  where: string,
  { include, colourOnly = false, soft = false }: AxeScope = {},
): Promise<void> {
  // Violations only: axe skips gathering the details of every passing and inapplicable check (a quarter of its time on a chapter).
  let axe = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  axe = colourOnly ? axe.withRules(COLOUR_RULES) : axe.withTags(WCAG_TAGS);
  for (const part of include ?? []) axe = axe.include(part);
  const { violations } = await axe.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  (soft ? expect.soft(summary, where) : expect(summary, where)).toEqual([]);
}

/**
 * Axe in the light scheme, every rule, then in the dark, the rules a colour can change: the dark scheme changes
 * colours and nothing else (tests/unit/darkScheme.test.ts holds that), so the other rules would find the same twice.
 * Both schemes report (soft); the page is left in the light scheme.
 */
export async function expectNoAxeViolationsInEitherScheme(page: Page, where: string, include?: readonly string[]): Promise<void> {
  await page.emulateMedia({ colorScheme: "light" });
  await expectNoAxeViolations(page, `${where}, light`, { include, soft: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page, `${where}, dark`, { include, colourOnly: true, soft: true });
  await page.emulateMedia({ colorScheme: "light" });
}

/**
 * What changes from one step of a chapter to the next: the step and its chart (state, marks, words, live region). The
 * page around them is checked whole, at each width and in each scheme, by the page's own test.
 */
export async function stepScope(page: Page, stepId: string): Promise<string[]> {
  const chart = await page.locator(`[data-scrolly]:has(#${stepId}) [data-chart]`).getAttribute("data-chart");
  return [`#${stepId}`, `[data-scrolly] [data-chart="${chart}"]`];
}

/** Records every Content-Security-Policy violation the page reports, as "directive blocked-uri". */
export async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}
