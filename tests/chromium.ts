/**
 * The system Chromium the browser tests and every bench step drive: Playwright and Lighthouse cannot
 * download browsers here.
 * CHROMIUM_PATH overrides the Debian path (on macOS, point it at Chrome).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags that keep Chromium quiet and offline: no sandbox (containers), no GPU, and no background
 * fetches (updates, sync, QUIC probes), which would add requests that are not the page's.
 */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Chrome-launcher starts the binary itself, so it needs the headless flag spelled out. */
export const headlessChromiumFlags = ["--headless=new", ...chromiumFlags];
