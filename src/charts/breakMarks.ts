import type { ChartBreak } from "./chartBreaks.ts";
import type { Mark } from "./marks.ts";
import { px } from "./markHelpers.ts";

/**
 * The marks for a chart's breaks and events, drawn behind its lines: a recording change as a shaded
 * band over its years with its label above the plot; an event as a thin dotted rule at its year, labelled
 * at the foot of the plot on wide charts only (its name is in the chart's words and table either way). A series switch is left
 * to the chart, which draws its own dashed line.
 */
export function breakMarks(
  breaks: readonly ChartBreak[] | undefined,
  x: (year: number) => number,
  plot: { top: number; bottom: number; left: number; right: number },
  fontSize: number,
  narrow: boolean,
): Mark[] {
  const marks: Mark[] = [];
  let events = 0;
  (breaks ?? []).forEach((b) => {
    if (b.kind === "recording-change") {
      const x0 = Math.max(plot.left, x(b.from - 0.5));
      const x1 = Math.min(plot.right, x(b.to + 0.5));
      marks.push({
        key: `break-${b.id}`,
        tag: "rect",
        attrs: {
          class: "break-band",
          fill: "#8a8a8a",
          "fill-opacity": 0.18,
          x: px(x0),
          y: plot.top,
          width: px(Math.max(0, x1 - x0)),
          height: px(Math.max(0, plot.bottom - plot.top)),
        },
      });
      marks.push({
        key: `break-${b.id}-label`,
        tag: "text",
        text: b.label,
        attrs: { class: "note break-label", x: px((x0 + x1) / 2), y: plot.top - 8, "text-anchor": "middle", "font-size": fontSize - 2 },
      });
    }
    if (b.kind === "event") {
      const ex = x(b.from);
      if (ex < plot.left || ex > plot.right) return;
      marks.push({
        key: `event-${b.id}`,
        tag: "line",
        attrs: { class: "event-rule", stroke: "#8a8a8a", "stroke-dasharray": "1 3", x1: px(ex), x2: px(ex), y1: plot.top, y2: plot.bottom },
      });
      if (!narrow) {
        // Along the foot of the plot, where the lines seldom are, at alternate heights so neighbours do not
        // meet; to the left of its rule when another mark follows within a year and a half, so it crosses none.
        const y = plot.bottom - 6 - (events++ % 2) * (fontSize + 1);
        const crowded = (breaks ?? []).some((o) => o !== b && o.kind !== "recording-change" && o.to > b.from && o.from - b.from <= 1.5);
        const attrs: Record<string, string | number> = crowded ? { x: px(ex - 3), "text-anchor": "end" } : { x: px(ex + 3) };
        marks.push({
          key: `event-${b.id}-label`,
          tag: "text",
          text: b.label,
          attrs: { class: "note event-label", ...attrs, y: px(y), "font-size": fontSize - 2 },
        });
      }
    }
  });
  return marks;
}
