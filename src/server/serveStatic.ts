/**
 * Serves dist/ as plain static files, the way any static host would, and prints the URL.
 * Usage: node src/server/serveStatic.ts [--port 4321] [--base /kz-trade/]
 * PORT and BASE_PATH in the environment work too; the base must match the one the site was built with.
 */
import { createServer } from "node:http";
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

const server = createServer((req, res) => {
  const url = req.url ?? "/";
  if (!url.startsWith(base) && `${url}/` !== base) {
    res.statusCode = 404;
    res.end("Not found");
    return;
  }
  req.url = url === base.slice(0, -1) ? "/" : `/${url.slice(base.length)}`;
  files(req, res, () => {
    res.statusCode = 404;
    res.end("Not found");
  });
});

server.listen(Number(values.port), "127.0.0.1", () => {
  console.log(`Serving dist/ at http://localhost:${values.port}${base}`);
});
