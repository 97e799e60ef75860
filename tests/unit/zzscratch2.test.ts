import { it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
import { outsideDrawing, collisions, farFigures, bandsOverWords, plotSizes, switchPlotSizes } from "./labelChecks.ts";
it("dbg", () => {
  const seen = new Map<string, number>();
  for (const ed of ["en", "ru", "kk"] as const) for (const chart of ["trade-turnover", "partner-shares", "import-shares"]) {
    const d = chartDefinitions[chart]!;
    for (const r of d.reporters) for (const s of d.states) for (const [w, size] of Object.entries({ ...plotSizes, ...switchPlotSizes })) {
      const m = d.draw(s, size, r, ed);
      for (const p of [...outsideDrawing(m).map((x) => "OUT " + x), ...collisions(m).map((x) => "COL " + x), ...farFigures(m).map((x) => "FAR " + x), ...bandsOverWords(m).map((x) => "BAND " + x)]) {
        const k = `${ed} ${chart} ${p.replace(/\d+\.\.\d+ of \d+/, "").replace(/[\d,.]+ (млрд|млн|%)/g, "N")}`;
        seen.set(k, (seen.get(k) ?? 0) + 1);
      }
    }
  }
  for (const [k, n] of seen) console.log("P", n, k);
});
