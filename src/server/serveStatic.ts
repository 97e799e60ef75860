/**
 * Serves dist/ as plain static files, the way any static host would, and prints the URL (src/server/staticServer.ts).
 * Usage: node src/server/serveStatic.ts [--port 4321] [--base /kz-trade/] [--dir dist] [--compress]
 * PORT and BASE_PATH in the environment work too; the base must match the one the site was built with.
 * Like GitHub Pages, Netlify or S3, a path with no file gets 404.html with status 404.
 */
import { parseArgs } from "node:util";
import { normaliseBase, startStaticServer } from "./staticServer.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "4321" },
    base: { type: "string", default: process.env.BASE_PATH ?? "/" },
    dir: { type: "string", default: "dist" },
    compress: { type: "boolean", default: false },
  },
});
await startStaticServer({ dir: values.dir, base: values.base, port: Number(values.port), compress: values.compress });
console.log(`Serving ${values.dir}/ at http://localhost:${values.port}${normaliseBase(values.base)}`);
