import { it } from "vitest";
import { writeFileSync } from "node:fs";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
it("dump", () => {
  const out: string[] = [];
  for (const id of ["trade-turnover", "partner-shares", "import-shares"]) {
    const d = chartDefinitions[id]!;
    for (const ed of ["ru", "kk"] as const) {
      for (const r of d.reporters) {
        for (const s of d.states) {
          for (const size of [{ width: 328, height: 206 }, { width: 640, height: 440 }]) {
            const m = d.draw(s, size, r, ed);
            out.push(`== ${id} ${ed} ${r} ${s} ${size.width}`);
            out.push(m.marks.filter((k) => k.tag === "text" && !/^(xtick|ytick)/.test(k.key)).map((k) => `${k.key}: ${k.text}`).join(" | "));
            if (size.width === 640) out.push("SUMMARY: " + m.summary);
          }
        }
        for (const t of d.tables(r, ed)) out.push(`TABLE ${id} ${ed} ${r}: ${t.caption} || ${t.columns.join(" | ")} || ${t.rows[0]!.join(" | ")} || ${t.rows.at(-1)!.join(" | ")}`);
      }
    }
  }
  writeFileSync("/tmp/chart-a-dump.txt", out.join("\n"));
});
