import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { distFiles } from "./distPages.ts";
import { build, copyProject } from "./projectCopy.ts";

/** Every file of a built site with the SHA-256 of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    distFiles(dir)
      .sort()
      .map((file) => [
        file,
        createHash("sha256")
          .update(readFileSync(join(dir, file)))
          .digest("hex"),
      ]),
  );
}

/**
 * Two builds of the same sources give byte-identical sites: built twice in one folder (the second
 * with Astro's caches warm), and once more in another folder, in another time zone and locale, as a
 * fresh clone on another machine would.
 */
describe("the build is reproducible", { timeout: 300_000 }, () => {
  const copies = [copyProject("kz-trade-repro-a-"), copyProject("kz-trade-repro-b-")];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("byte for byte, across rebuilds, folders, time zones and locales", async () => {
    const [a, b] = copies as [string, string];
    const first = await build(a, { SITE_URL: "" });
    expect(first.status, first.output).toBe(0);
    // Built without SITE_URL, as a production build for a host would be by mistake: one warning says so.
    expect(first.output.match(/SITE_URL is not set, so every canonical link, og:url and og:image/g)).toHaveLength(1);
    renameSync(join(a, "dist"), join(a, "dist-first"));
    const warm = await build(a);
    expect(warm.status, warm.output).toBe(0);
    const elsewhere = await build(b, { TZ: "Pacific/Kiritimati", LANG: "kk_KZ.UTF-8", LC_ALL: "kk_KZ.UTF-8" });
    expect(elsewhere.status, elsewhere.output).toBe(0);

    const reference = fingerprint(join(a, "dist-first"));
    expect(Object.keys(reference)).toContain("index.html");
    expect(fingerprint(join(a, "dist"))).toEqual(reference);
    expect(fingerprint(join(b, "dist"))).toEqual(reference);
  });
});
