/**
 * Serves dist/ as plain static files, the way any static host would, and prints the URL.
 * Usage: node src/server/serveStatic.ts [--port 4321] [--base /kz-trade/] [--dir dist]
 * PORT and BASE_PATH in the environment work too; the base must match the one the site was built with.
 * Like GitHub Pages, Netlify or S3, a path with no file gets 404.html with status 404.
 */
import { createServer, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import sirv from "sirv";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "4321" },
    base: { type: "string", default: process.env.BASE_PATH ?? "/" },
    dir: { type: "string", default: "dist" },
  },
});
const base = `/${values.base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
const files = sirv(values.dir, { dev: false, etag: true, extensions: ["html"] });

/** The site's own 404 page, read per request so a rebuild shows at once; plain text if there is none. */
function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  try {
    const page = readFileSync(join(values.dir, "404.html"));
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(page);
  } catch {
    res.end("Not found");
  }
}

/** The base without its trailing slash: "/kz-trade" is the front page too, as most hosts answer it. */
const bareBase = base.slice(0, -1);

const server = createServer((req, res) => {
  const url = req.url ?? "/";
  const inside = url.startsWith(base) || url === bareBase || url.startsWith(`${bareBase}?`);
  if (!inside) return notFound(res);
  req.url = `/${url.slice(url.startsWith(base) ? base.length : bareBase.length)}`;
  files(req, res, () => notFound(res));
});

server.listen(Number(values.port), "127.0.0.1", () => {
  console.log(`Serving ${values.dir}/ at http://localhost:${values.port}${base}`);
});
