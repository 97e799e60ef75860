import type { Browser } from "@playwright/test";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const byteKinds = ["html", "css", "js", "fonts", "images", "data"] as const;
export type ByteKind = (typeof byteKinds)[number];

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageBytes {
  bytes: Record<ByteKind, Sizes>;
  /** CSS inside the HTML's <style> elements, already counted in `html`: the page's CSS is this plus `css`. */
  inlineCss: Sizes;
  /** Every request the page made while loading and while being read to the end. */
  requests: number;
  /** Requests to any host other than the page's own. */
  thirdPartyRequests: string[];
  /** Uncaught errors and console errors while loading and reading: a page that breaks is not measured fairly. */
  errors: string[];
}

/** Sizes of a body as served raw and as a static host would compress it (gzip -9, brotli 11). */
export function sizesOf(body: Buffer | string): Sizes {
  const buffer = typeof body === "string" ? Buffer.from(body) : body;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

const kindOf: Record<string, ByteKind> = {
  document: "html",
  stylesheet: "css",
  script: "js",
  font: "fonts",
  image: "images",
  fetch: "data",
  xhr: "data",
};

/**
 * Loads a page in Chromium, scrolls it to the end, and sorts every response it received by kind, so pages that fetch
 * their data or styles (the baseline) are measured the same way as pages that inline them.
 * Bodies are re-compressed here rather than read off the wire, so the figures do not depend on the server.
 */
export async function transferBytes(browser: Browser, url: string): Promise<PageBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const bodies: Promise<{ kind: ByteKind; body: Buffer } | undefined>[] = [];
  const thirdPartyRequests: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  let requests = 0;
  page.on("request", (request) => {
    requests++;
    if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) thirdPartyRequests.push(request.url());
  });
  page.on("response", (response) => {
    const kind = kindOf[response.request().resourceType()] ?? "data";
    bodies.push(
      response.body().then(
        (body) => ({ kind, body }),
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  // Charts fetch their code as the reader nears them: read down to the end so every byte a reader gets counts.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForTimeout(500);
  await page.waitForLoadState("networkidle");
  const inlineCssText = await page.evaluate(() => [...document.querySelectorAll("style")].map((s) => s.textContent ?? "").join("\n"));
  const received = await Promise.all(bodies);
  await context.close();

  const bytes = Object.fromEntries(byteKinds.map((k) => [k, zero()])) as Record<ByteKind, Sizes>;
  for (const entry of received) if (entry) bytes[entry.kind] = add(bytes[entry.kind], sizesOf(entry.body));
  return { bytes, inlineCss: inlineCssText ? sizesOf(inlineCssText) : zero(), requests, thirdPartyRequests, errors };
}
