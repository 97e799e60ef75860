import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer } from "../../src/server/staticServer.ts";

/**
 * The one static server (npm start, the browser tests, the bench) on a small built site: pages under the base
 * path, the 404 page with status 404, and, for the bench, text compressed as a host sends it.
 */
const dir = mkdtempSync(join(tmpdir(), "kz-static-"));
const page = `<!doctype html><title>Chapter</title>${"<p>The tilt, in words. ".repeat(50)}`;
mkdirSync(join(dir, "chapters/the-tilt"), { recursive: true });
mkdirSync(join(dir, "_astro"));
writeFileSync(join(dir, "index.html"), "<!doctype html><title>Front</title>");
writeFileSync(join(dir, "chapters/the-tilt/index.html"), page);
writeFileSync(join(dir, "_astro/app.js"), "export const a = 1;\n".repeat(100));
writeFileSync(join(dir, "404.html"), "<!doctype html><title>Not here</title>");
mkdirSync(join(dir, "kk"));
writeFileSync(join(dir, "kk/404.html"), '<!doctype html><html lang="kk"><title>Бет табылмады</title>');

const servers: Server[] = [];
const start = async (base: string, compress = false) => {
  const server = await startStaticServer({ dir, base, port: 0, compress });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
let plain: string;
let subpath: string;
let compressed: string;
beforeAll(async () => {
  [plain, subpath, compressed] = await Promise.all([start("/"), start("/kz-trade/"), start("/", true)]);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  rmSync(dir, { recursive: true, force: true });
});

describe("the static server", () => {
  it("serves pages by folder, with their types", async () => {
    const response = await fetch(`${plain}/chapters/the-tilt/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await response.text()).toBe(page);
    expect((await fetch(`${plain}/_astro/app.js`)).headers.get("content-type")).toMatch(/javascript/);
  });

  it("answers a missing path with the site's 404 page and status 404", async () => {
    const response = await fetch(`${plain}/chapters/nowhere/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Not here");
  });

  it("answers a missing path in a translated edition with that edition's own 404 page", async () => {
    for (const origin of [plain, `${subpath}/kz-trade`]) {
      const response = await fetch(`${origin}/kk/chapters/nowhere/`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("Бет табылмады");
    }
    // A folder without a 404 page of its own gets the site's.
    expect(await (await fetch(`${plain}/xx/nowhere/`)).text()).toContain("Not here");
  });

  it("serves a site built for a subpath under it, with or without the trailing slash, and nothing outside it", async () => {
    expect(await (await fetch(`${subpath}/kz-trade/chapters/the-tilt/`)).text()).toBe(page);
    expect(await (await fetch(`${subpath}/kz-trade`)).text()).toContain("Front");
    expect((await fetch(`${subpath}/chapters/the-tilt/`)).status).toBe(404);
    expect((await fetch(`${subpath}/kz-trade-other/`)).status).toBe(404);
  });

  it("sends files as they are unless asked to compress, then brotli or gzip by the request's Accept-Encoding", async () => {
    // node:http, not fetch, which would decompress the body before the test sees it.
    const raw = (origin: string, encoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        get(`${origin}/chapters/the-tilt/`, { headers: { "accept-encoding": encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }));
        }).on("error", reject);
      });
    expect((await raw(plain, "br, gzip")).encoding).toBeUndefined();
    const br = await raw(compressed, "gzip, deflate, br");
    expect(br.encoding).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    const gz = await raw(compressed, "gzip");
    expect(gz.encoding).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(page);
    expect((await raw(compressed, "identity")).encoding).toBeUndefined();
  });
});
