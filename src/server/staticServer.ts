/**
 * The project's one static file server, for `npm start` and `npm run serve` (serveStatic.ts), the browser tests
 * (playwright.config.ts) and the bench (tests/bench/bench.ts). It serves a built site the way any static host
 * would, with sirv (a maintained static file server from npm): files under the base path the site was built
 * for, `/kz-trade` as well as `/kz-trade/`, and, like GitHub Pages, Netlify or S3, the site's 404.html with
 * status 404 for a path with no file (under a translated edition's folder, /ru/..., that edition's ru/404.html). With `compress`, text goes out brotli- or gzip-compressed by the
 * request's Accept-Encoding, as hosts send it (the bench's page weights and Lighthouse timings need that).
 */
import compression from "compression";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import { constants } from "node:zlib";
import sirv from "sirv";

export interface StaticSite {
  /** The built site, e.g. "dist". */
  dir: string;
  /** The base path it was built for (BASE_PATH), e.g. "/kz-trade/"; "/" by default. */
  base?: string;
  /** Compress text responses (brotli or gzip), as a host would. */
  compress?: boolean;
}

/** "/", or the base with one slash at each end. */
export const normaliseBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");

/** The request handler for a built site (see the file's comment). */
export function staticSite({ dir, base = "/", compress = false }: StaticSite): (req: IncomingMessage, res: ServerResponse) => void {
  const root = normaliseBase(base);
  const files = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  // Brotli at its best quality, as a host compresses a static file once; compression's default (4) is for dynamic pages.
  const compressor = compress
    ? compression({ threshold: 0, brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } } })
    : undefined;

  /**
   * The site's own 404 page, read per request so a rebuild shows at once; plain text if there is none. A path in a
   * translated edition (its first folder holds a 404.html of its own, /ru/404.html) gets that edition's page.
   */
  const notFound = (res: ServerResponse, path = "/") => {
    res.statusCode = 404;
    const folder = /^\/([a-z]{2,3})(?:\/|$)/.exec(path)?.[1];
    const own = folder && existsSync(join(dir, folder, "404.html")) ? join(folder, "404.html") : "404.html";
    try {
      const page = readFileSync(join(dir, own));
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(page);
    } catch {
      res.end("Not found");
    }
  };
  /** The base without its trailing slash: "/kz-trade" is the front page too, as most hosts answer it. */
  const bareBase = root.slice(0, -1);

  const serve = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    const inside = url.startsWith(root) || url === bareBase || url.startsWith(`${bareBase}?`);
    if (!inside) return notFound(res);
    req.url = `/${url.slice(url.startsWith(root) ? root.length : bareBase.length)}`;
    files(req, res, () => notFound(res, req.url));
  };
  return compressor ? (req, res) => compressor(req as never, res as never, () => serve(req, res)) : serve;
}

/** Serves a built site on 127.0.0.1 at `port` (0 for any free port); resolves once it listens. */
export function startStaticServer(site: StaticSite & { port: number }): Promise<Server> {
  const server = createServer(staticSite(site));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(site.port, "127.0.0.1", () => resolve(server));
  });
}
