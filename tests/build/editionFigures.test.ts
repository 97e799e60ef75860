import { existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { DIST, distPages } from "./distPages.ts";

/**
 * Every figure a data tag prints on a translated page is in the edition's number format and says the same number
 * as its value: "17,2 %" / "14,2 млрд долл." in Russian, "17,2%" / "14,2 млрд доллар" in Kazakh.
 */
const formats = {
  ru: /^(?<number>[−-]?\d[\d\u00a0]*(?:,\d)?)(?<unit>\u00a0%|\u00a0млрд долл\.|\u00a0млн долл\.)$/,
  kk: /^(?<number>[−-]?\d[\d\u00a0]*(?:,\d)?)(?<unit>%|\u00a0млрд доллар|\u00a0млн доллар)$/,
} as const;
const built = (["ru", "kk"] as const).filter((code) => existsSync(join(DIST, code, "index.html")));
const figures = built.flatMap((code) =>
  distPages(DIST)
    .filter((p) => p.path.startsWith(`${code}/`))
    .flatMap((p) =>
      parse(p.html)
        .querySelectorAll("data.figure")
        .map((el) => ({
          code,
          path: p.path,
          id: el.getAttribute("data-figure")!,
          value: Number(el.getAttribute("value")),
          text: el.text.trim(),
        })),
    ),
);

describe("figures on translated pages", () => {
  it("are there to check in every published translation of the build", () => {
    for (const code of built) expect(figures.filter((f) => f.code === code).length).toBeGreaterThan(50);
  });
  it.each(figures.map((f) => [`${f.path} ${f.id}`, f] as const))("%s", (_, f) => {
    const match = formats[f.code].exec(f.text);
    expect(match, `"${f.text}"`).not.toBeNull();
    const number = Number(
      match!
        .groups!.number!.replace(/\u00a0/g, "")
        .replace(",", ".")
        .replace("−", "-"),
    );
    const unit = match!.groups!.unit!;
    const scaled = unit.includes("млрд") ? f.value / 1e9 : unit.includes("млн") ? f.value / 1e6 : f.value;
    expect(Math.abs(number - scaled)).toBeLessThanOrEqual(unit.includes("млн") ? 0.5 : 0.05 + 1e-9);
  });
});
