import { describe, expect, it } from "vitest";
import { baselineHtml } from "../bench/baseline/generateBaseline.ts";

const ourPage = `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">
<style>body{margin:0}</style>
<script type="module" src="/_astro/page.js"></script>
</head><body><figure data-chart="partner-shares"><div class="chart-plot"><svg role="img" viewBox="0 0 10 10"><path d="M0 0"/></svg></div>
<script type="application/json" data-chart-data>{"rows":[]}</script></figure></body></html>`;

describe("the bench's baseline page (the same chapter built the common way)", () => {
  const page = baselineHtml(ourPage);

  it("drops our Content-Security-Policy, which forbids the eval that d3.csv needs to parse rows", () => {
    expect(page).not.toMatch(/content-security-policy/i);
  });

  it("keeps no build-time chart, data or site script, and loads d3, scrollama and its chart script instead", () => {
    expect(page).not.toContain("<svg");
    expect(page).not.toContain("data-chart-data");
    expect(page).not.toContain("/_astro/");
    expect(page).toContain('<script defer src="/assets/d3.min.js"></script>');
    expect(page).toContain('<script defer src="/assets/scrollama.min.js"></script>');
    expect(page).toContain('<link rel="stylesheet" href="/assets/style.css">');
  });
});
