import { select } from "d3-selection";
import "d3-transition";
import type { ChartModel, Mark } from "../charts/marks.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const DURATION_MS = 600;

function setAttrs(element: Element, mark: Mark): void {
  for (const [name, value] of Object.entries(mark.attrs)) element.setAttribute(name, String(value));
}

/**
 * Joins a chart model onto an SVG by mark key: new marks fade in, gone marks fade out, and
 * the rest move to their new attributes. Without `animate` it jumps straight to the end state.
 * A new call interrupts the running transition, so fast scrolling always lands on the last state.
 */
export function drawMarks(svg: SVGSVGElement, model: ChartModel, animate: boolean): void {
  const root = select(svg).attr("viewBox", `0 0 ${model.width} ${model.height}`);
  root.selectAll("[data-key]").interrupt();
  const duration = animate ? DURATION_MS : 0;
  root
    .selectAll<SVGElement, Mark>("[data-key]")
    // Elements drawn at build time carry no datum yet: they are matched by their data-key attribute.
    .data<Mark>(model.marks, function (this: SVGElement | SVGSVGElement, mark: Mark) {
      return (mark as Mark | undefined)?.key ?? this.getAttribute("data-key") ?? "";
    })
    .join(
      (enter) =>
        enter
          .append((mark) => document.createElementNS(SVG_NS, mark.tag) as SVGElement)
          .attr("data-key", (mark) => mark.key)
          .each(function (mark) {
            setAttrs(this, mark);
            if (mark.text !== undefined) this.textContent = mark.text;
          })
          .call((entered) => {
            if (!animate) return;
            entered.style("opacity", 0).transition().duration(duration).style("opacity", null);
          }),
      (update) =>
        update.each(function (mark) {
          if (mark.text !== undefined) this.textContent = mark.text;
          // Moving SVG text makes the browser lay it out again on every frame (measured: 112 ms of
          // text layout per scroll through a chapter at 4x CPU, 1 ms without); labels jump instead.
          if (!animate || mark.tag === "text") {
            setAttrs(this, mark);
            return;
          }
          const transition = select(this).transition().duration(duration);
          for (const [name, value] of Object.entries(mark.attrs)) transition.attr(name, String(value));
        }),
      (exit) =>
        animate ? exit.transition().duration(duration).style("opacity", 0).remove() : exit.remove(),
    )
    .order();
}
