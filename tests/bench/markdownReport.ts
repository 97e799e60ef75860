import { categories } from "./lighthouseRuns.ts";
import type { BenchResult, PageResult } from "./results.ts";
import { byteKinds, type ByteKind, type Sizes } from "./transferBytes.ts";

const kindHeadings: Record<ByteKind, string> = {
  html: "HTML",
  css: "CSS (inline)",
  js: "JS",
  fonts: "fonts",
  images: "images",
  data: "data, icons",
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sizes = (s: Sizes) => (s.raw === 0 ? "0" : `${kb(s.raw)} · ${kb(s.gzip)} · ${kb(s.brotli)}`);
const name = (p: PageResult) => (p.kind === "baseline" ? `baseline ${p.path}` : p.path);
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const ratio = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : "n/a");

/** The bench as Markdown: bytes, Lighthouse and scrolling per page, ratios to the baseline, and the targets. */
export function markdownReport(result: BenchResult): string {
  const { machine } = result;
  const busy = Math.max(machine.loadAtStart, machine.loadAtEnd) > machine.cpus;
  const benchmarkIndexes = result.pages.map((p) => Math.round(p.lighthouse.benchmarkIndex)).join(", ");
  const bytes = table(
    ["page", ...byteKinds.map((k) => kindHeadings[k]), "requests", "off-site"],
    result.pages.map((p) => [
      name(p),
      ...byteKinds.map((k) =>
        k === "css" && p.bytes.inlineCss.raw ? `${sizes(p.bytes.bytes.css)} (${sizes(p.bytes.inlineCss)})` : sizes(p.bytes.bytes[k]),
      ),
      String(p.bytes.requests),
      String(p.bytes.thirdPartyRequests.length),
    ]),
  );
  const speed = table(
    [
      "page",
      "Perf",
      "A11y",
      "BP",
      "SEO",
      "LCP ms",
      "CLS",
      "TBT ms",
      "SI ms",
      "long tasks scrolling",
      "frames > 50 ms",
      "same, scripts off",
    ],
    result.pages.map((p) => {
      const lh = p.lighthouse;
      const s = p.scroll;
      const off = p.scrollWithoutScripts;
      return [
        name(p),
        ...categories.map((c) => String(lh.scores[c])),
        String(Math.round(lh.lcpMs)),
        lh.cls.toFixed(3),
        String(Math.round(lh.tbtMs)),
        String(Math.round(lh.speedIndexMs)),
        s ? `${s.longTasks} (max ${s.maxLongTasks}, longest ${s.longestTaskMs} ms)` : "–",
        s ? `${s.slowFrames} of ${s.frames}` : "–",
        off ? `${off.longTasks} long, ${off.slowFrames} of ${off.frames} slow` : "–",
      ];
    }),
  );
  const ratios = table(
    ["measure", "ours", "baseline", "ours / baseline"],
    result.ratios.map((r) => [
      r.measure,
      String(Math.round(r.ours * 1000) / 1000),
      String(Math.round(r.baseline * 1000) / 1000),
      ratio(r.ratio),
    ]),
  );
  const targets = table(
    ["target", "page", "value", "met"],
    result.targets.map((t) => [t.target, t.page, t.value, t.met ? "met" : "**MISSED**"]),
  );
  const misses = result.pages
    .filter((p) => Object.keys(p.lighthouse.failedAudits).length)
    .map((p) => `- ${name(p)}: ${Object.values(p.lighthouse.failedAudits).join("; ")}`);
  return [
    `Bench of ${result.date}: \`${result.command}\`, ${machine.cpus} × ${machine.cpuModel}, load ${machine.loadAtStart.toFixed(1)} at start, ${machine.loadAtEnd.toFixed(1)} at end, Lighthouse benchmark index ${benchmarkIndexes}, Node ${machine.node}, Chromium ${machine.chromium}, Lighthouse ${machine.lighthouse}. ${result.runs === 1 ? "One run" : `Medians of ${result.runs} runs`}.${result.buildWallMs !== undefined ? ` Build: ${(result.buildWallMs / 1000).toFixed(1)} s wall.` : ""}`,
    ...(busy
      ? [
          "",
          `**The machine was busy (load over ${machine.cpus}): timings are inflated by other processes. Bytes are exact; rerun timings on a quiet machine.**`,
        ]
      : []),
    "",
    "Bytes per page, KB raw · gzip · brotli, everything the page loaded, opened and read to the end. HTML includes inline CSS and SVG; the CSS column adds the inline part in brackets.",
    "",
    bytes,
    "",
    "Lighthouse mobile preset (simulated slow 4G, 4x CPU); scrolling top to bottom at 1500 px/s on a 412 × 823 phone screen, 4x CPU.",
    "",
    speed,
    "",
    ...(result.ratios.length
      ? ["Our chapter against the baseline (full d3 + scrollama, chart drawn in the browser from the CSV), same run.", "", ratios, ""]
      : []),
    "Targets.",
    "",
    targets,
    ...(misses.length ? ["", "Lighthouse audits under full score in any run:", "", ...misses] : []),
    "",
  ].join("\n");
}
