import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { createBrotliCompress, createGzip } from "node:zlib";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};
const compressible = new Set([".html", ".css", ".js", ".mjs", ".json", ".csv", ".svg", ".txt"]);

/** The file a URL path names under root, with index.html for directories; undefined outside root or missing. */
function resolveFile(root: string, urlPath: string): string | undefined {
  const path = resolve(root, `.${normalize(decodeURIComponent(urlPath))}`);
  if (!path.startsWith(root)) return undefined;
  const candidate = existsSync(path) && statSync(path).isDirectory() ? join(path, "index.html") : path;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/**
 * Serves a directory the way a typical static host does: brotli or gzip for text, by the request's
 * Accept-Encoding. The project's own server (src/server/serveStatic.ts) sends files uncompressed,
 * which would make both pages look heavier on the wire than on any real host.
 */
export function startBenchServer(dir: string, port: number): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const file = resolveFile(root, new URL(req.url ?? "/", "http://localhost").pathname);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      "content-type": contentTypes[ext] ?? "application/octet-stream",
      "cache-control": "no-cache",
    };
    const accepts = String(req.headers["accept-encoding"] ?? "");
    const encoding = !compressible.has(ext) ? undefined : /\bbr\b/.test(accepts) ? "br" : /\bgzip\b/.test(accepts) ? "gzip" : undefined;
    if (encoding) headers["content-encoding"] = encoding;
    res.writeHead(200, headers);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    const body = createReadStream(file);
    if (encoding === "br") body.pipe(createBrotliCompress()).pipe(res);
    else if (encoding === "gzip") body.pipe(createGzip()).pipe(res);
    else body.pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolvePromise(server));
  });
}
