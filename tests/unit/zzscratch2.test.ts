import { it } from "vitest";
import { chartDefinitions } from "../../src/charts/chartDefinitions.ts";
it("dbg", () => {
  const d = chartDefinitions["trade-turnover"]!;
  for (const ed of ["en", "ru", "kk"] as const) for (const r of ["kazakhstan", "both"] as const) for (const size of [{ width: 328, height: 206 },{ width: 328, height: 172 },{ width: 358, height: 262 },{ width: 358, height: 317 }, { width: 420, height: 340 }, { width: 704, height: 300 }, { width: 640, height: 440 }]) {
    const m = d.draw("china-overtakes", size, r, ed);
    const notes = m.marks.filter((k) => k.key.startsWith("ahead-note"));
    console.log("NOTE", ed, r, size.width, size.height, notes.map((n) => `${n.text}@${n.attrs.x},${n.attrs.y},${n.attrs["text-anchor"] ?? ""}`).join(" / "));
  }
});
