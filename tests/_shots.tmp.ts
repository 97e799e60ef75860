import { chromium } from "playwright-core";
const [path, name] = [process.argv[2]!, process.argv[3]!];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const [w, h] of [[360, 640], [390, 844], [1280, 800]]) for (const scheme of ["light", "dark"] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, isMobile: w < 500, hasTouch: w < 500, colorScheme: scheme });
  await page.goto("http://localhost:4490" + path);
  await page.waitForTimeout(1800);
  await page.screenshot({ path: `/tmp/shot-${name}-${w}-${scheme}.png` });
  await page.close();
}
await browser.close();
