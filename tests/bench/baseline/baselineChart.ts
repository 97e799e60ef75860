/**
 * The baseline's chart, written the way scrollytelling charts are commonly written: the full d3 bundle
 * and scrollama load as plain scripts (globals), the CSV is fetched and shaped in the browser, the
 * chart is drawn into an empty, size-reserved box once the data arrives, and each step moves it to a
 * new state with d3 transitions. It draws what the site's partner-shares chart draws, from the same
 * file, with the same states, colours and label dodging, so the comparison is of the approach only.
 */
import { partnerColors, partnerNames, type SharePartner } from "../../../src/charts/partnerColors.ts";
import { partnerSharesStates, type PartnerSharesState, type PartnerSharesStateId } from "../../../src/charts/partner-shares/states.ts";
import { dodgeLabels } from "../../../src/lib/dodgeLabels.ts";

declare const d3: typeof import("d3");
declare const scrollama: typeof import("scrollama");

interface Row {
  year: number;
  reporter: string;
  partner: string;
  flow: "export" | "import";
  value_usd: number;
  share_pct: number;
  series: string;
}

const partners: SharePartner[] = ["eu27", "china", "russia", "rest-of-world"];
const DURATION_MS = 600;

const figure = document.querySelector<HTMLElement>('[data-chart="partner-shares"]')!;
const plot = figure.querySelector<HTMLElement>(".chart-plot")!;
const rows = (await d3.csv("/data/trade-by-partner.csv", d3.autoType)) as unknown as Row[];

// Kazakhstan's own figures: the IMF series while it lasts, the Bureau's after it (the site's join rule).
const kazakhstan = rows.filter((r) => r.reporter === "kazakhstan");
const lastImfYear = d3.max(kazakhstan.filter((r) => r.series === "imf-dots"), (r) => r.year)!;
const joined = kazakhstan.filter((r) => r.series === "imf-dots" || (r.series === "bns" && r.year > lastImfYear));
const shares = joined.filter((r) => (partners as string[]).includes(r.partner));
const years = d3.extent(shares, (r) => r.year) as [number, number];
const byKey = d3.index(shares, (r) => r.partner, (r) => r.flow, (r) => r.year);
const worldTotal = d3.index(joined.filter((r) => r.partner === "world"), (r) => r.flow, (r) => r.year);
// China's customs figure for the same trade: its imports from Kazakhstan mirror Kazakhstan's exports.
const mirrorShare = (flow: Row["flow"], year: number) => {
  const china = rows.find((r) => r.reporter === "china" && r.year === year && r.flow === (flow === "export" ? "import" : "export"));
  const total = worldTotal.get(flow)?.get(year);
  return china && total ? (china.value_usd / total.value_usd) * 100 : undefined;
};

const svg = d3.select(plot).append("svg").attr("role", "img").attr("aria-labelledby", figure.getAttribute("aria-labelledby"));
const gridG = svg.append("g").attr("class", "grid-lines");
const xAxisG = svg.append("g").attr("class", "x-axis");
const yAxisG = svg.append("g").attr("class", "y-axis");
const yTitle = svg.append("text").attr("class", "axis-title").attr("font-weight", 600).attr("font-size", 13);
const breakLine = svg.append("line").attr("class", "series-break");
const focusRule = svg.append("line").attr("class", "focus-rule").attr("opacity", 0);
const reference = svg.append("g").attr("opacity", 0);
const referenceLine = reference.append("line").attr("class", "reference");
const referenceLabel = reference.append("text").attr("class", "reference-label").attr("font-size", 13);
const linesG = svg.append("g");
const labelsG = svg.append("g");
const dotsG = svg.append("g");
const mirrorDot = svg.append("circle").attr("class", "mirror-dot").attr("r", 5).attr("fill", "none").attr("stroke", partnerColors.china.light).attr("stroke-width", 2).attr("stroke-dasharray", "2 2").attr("opacity", 0);

let current: PartnerSharesStateId = (figure.dataset.state as PartnerSharesStateId) ?? "long-view";

function update(stateId: PartnerSharesStateId, animate: boolean): void {
  const state: PartnerSharesState = partnerSharesStates[stateId];
  const width = plot.clientWidth;
  const height = plot.clientHeight;
  const narrow = width < 480;
  const margin = { top: 34, right: narrow ? 86 : 108, bottom: 26, left: 38 };
  const x = d3.scaleLinear(years, [margin.left, width - margin.right]);
  const y = d3.scaleLinear([0, Math.ceil(d3.max(shares, (r) => r.share_pct)! / 10) * 10], [height - margin.bottom, margin.top]);
  const t = d3.transition().duration(animate ? DURATION_MS : 0);
  const series = (p: SharePartner) => [...(byKey.get(p)?.get(state.flow)?.values() ?? [])].sort((a, b) => a.year - b.year);
  const strong = (p: SharePartner) => state.focus.length === 0 || (state.focus as readonly string[]).includes(p);

  svg.attr("viewBox", `0 0 ${width} ${height}`);
  gridG.call((g) =>
    g
      .selectAll("line")
      .data(y.ticks(narrow ? 4 : 6))
      .join("line")
      .attr("class", "grid")
      .attr("x1", margin.left)
      .attr("x2", width - margin.right)
      .attr("y1", (d) => y(d))
      .attr("y2", (d) => y(d)),
  );
  yAxisG.attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(narrow ? 4 : 6).tickFormat((d) => `${d}%`));
  xAxisG
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).tickValues(narrow ? [1995, 2005, 2015, years[1]] : [1995, 2000, 2005, 2010, 2015, years[1]]).tickFormat(d3.format("d")));
  yTitle.attr("y", 14).text(`Share of Kazakhstan's ${state.flow}s`);
  const breakX = x(lastImfYear + 0.5);
  breakLine.attr("x1", breakX).attr("x2", breakX).attr("y1", margin.top - 4).attr("y2", height - margin.bottom);

  const line = d3.line<Row>((r) => x(r.year), (r) => y(r.share_pct));
  linesG
    .selectAll<SVGPathElement, SharePartner>("path")
    .data(partners, (p) => p)
    .join("path")
    .attr("fill", "none")
    .attr("stroke", (p) => partnerColors[p].light)
    .attr("stroke-dasharray", (p) => (p === "rest-of-world" ? "5 3" : null))
    .transition(t)
    .attr("d", (p) => line(series(p)))
    .attr("stroke-width", (p) => (strong(p) && state.focus.length ? 3 : 2))
    .attr("opacity", (p) => (strong(p) ? 1 : 0.35));

  const labelYs = dodgeLabels(partners.map((p) => y(series(p).at(-1)?.share_pct ?? 0)), 14, margin.top, height - margin.bottom);
  labelsG
    .selectAll<SVGTextElement, SharePartner>("text")
    .data(partners, (p) => p)
    .join("text")
    .attr("font-size", narrow ? 12 : 13)
    .attr("fill", (p) => partnerColors[p].light)
    .text((p) => (narrow && p === "rest-of-world" ? "Others" : partnerNames[p]))
    .transition(t)
    .attr("x", width - margin.right + 6)
    .attr("y", (_p, i) => labelYs[i]! + 4)
    .attr("font-weight", (p) => (strong(p) ? 700 : 400))
    .attr("opacity", (p) => (strong(p) ? 1 : 0.6));

  const focusYear = state.focusYear;
  focusRule
    .transition(t)
    .attr("x1", focusYear ? x(focusYear) : 0)
    .attr("x2", focusYear ? x(focusYear) : 0)
    .attr("y1", margin.top)
    .attr("y2", height - margin.bottom)
    .attr("opacity", focusYear ? 1 : 0);
  reference.transition(t).attr("opacity", state.reference ? 1 : 0);
  if (state.reference) {
    const ry = y(state.reference.share);
    referenceLine.attr("x1", margin.left).attr("x2", width - margin.right).attr("y1", ry).attr("y2", ry);
    referenceLabel.attr("x", margin.left + 4).attr("y", ry - 6).text(state.reference.label);
  }

  const focusRows = focusYear ? state.focus.flatMap((p) => byKey.get(p)?.get(state.flow)?.get(focusYear) ?? []) : [];
  const dots = dotsG.selectAll<SVGGElement, Row>("g").data(focusRows, (r) => r.partner);
  const entered = dots.enter().append("g").attr("opacity", 0);
  entered.append("circle").attr("r", 5);
  entered.append("text").attr("font-size", 13).attr("font-weight", 700).attr("text-anchor", "end");
  dots.exit().transition(t).attr("opacity", 0).remove();
  const valueYs = dodgeLabels(focusRows.map((r) => y(r.share_pct)), 16, margin.top + 10, height - margin.bottom - 4);
  const merged = entered.merge(dots);
  merged.transition(t).attr("opacity", 1);
  merged
    .select("circle")
    .attr("fill", (r) => partnerColors[r.partner as SharePartner].light)
    .transition(t)
    .attr("cx", (r) => x(r.year))
    .attr("cy", (r) => y(r.share_pct));
  merged
    .select("text")
    .attr("fill", (r) => partnerColors[r.partner as SharePartner].light)
    .text((r) => `${d3.format(".1f")(r.share_pct)}%`)
    .transition(t)
    .attr("x", (r) => x(r.year) - 8)
    .attr("y", (_r, i) => valueYs[i]! + 4);

  const mirror = state.mirror && focusYear ? mirrorShare(state.flow, focusYear) : undefined;
  mirrorDot
    .transition(t)
    .attr("cx", focusYear ? x(focusYear) : 0)
    .attr("cy", mirror !== undefined ? y(mirror) : 0)
    .attr("opacity", mirror !== undefined ? 1 : 0);

  figure.dataset.state = stateId;
  current = stateId;
}

update(current, false);

// Only this chart's own steps move it: the chapter's other sections belong to other charts.
scrollama()
  .setup({ step: [...figure.closest("[data-scrolly]")!.querySelectorAll<HTMLElement>("[data-step]")], offset: 0.5 })
  .onStepEnter(({ element }) => {
    const state = element.dataset.state as PartnerSharesStateId;
    if (state !== current) update(state, true);
  });

let resizing: number | undefined;
window.addEventListener("resize", () => {
  window.clearTimeout(resizing);
  resizing = window.setTimeout(() => update(current, false), 150);
});
