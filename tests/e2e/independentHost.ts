import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import sirv from "sirv";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { nginxLocations, normaliseBase } from "../../src/hosting/headerRecipes.ts";

/** nginx, where installed (Debian puts it in /usr/sbin, which an ordinary user's PATH may lack). */
export function findNginx(): string | undefined {
  for (const candidate of [process.env.NGINX, "nginx", "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/opt/homebrew/bin/nginx"]) {
    if (candidate && spawnSync(candidate, ["-v"], { stdio: "ignore" }).status === 0) return candidate;
  }
  return undefined;
}

export interface RunningHost {
  /** The site's address, under its base path. */
  siteUrl: string;
  /** Another origin (another port), serving the framing pages given to startNginx by name. */
  otherOrigin: string;
  stop(): Promise<void>;
}

/** A page of another site that frames one of ours. */
function framingPage(src: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body><h1>Another site</h1><iframe src="${src}" title="embedded" width="800" height="600"></iframe></body></html>\n`;
}

/**
 * Serves a built site with nginx, configured by the same recipe the README shows (nginxLocations), as an
 * unprivileged process: its config, pid, logs and temp files live in a fresh temporary folder. A second
 * server block on another port is the other origin, with pages that frame the site's pages.
 */
export async function startNginx(
  nginx: string,
  dist: string,
  baseInput: string,
  port: number,
  otherPort: number,
  framed: Record<string, string>,
): Promise<RunningHost> {
  const base = normaliseBase(baseInput);
  const dir = mkdtempSync(join(tmpdir(), "kz-trade-nginx-"));
  // Started by root, nginx's workers run as "nobody", who must read the framing pages.
  chmodSync(dir, 0o755);
  // The site lives at <www><base>: at the root, www is dist/ itself; under a subpath, a link named after it.
  let www = resolve(dist);
  if (base !== "/") {
    www = join(dir, "www");
    mkdirSync(join(www, ...base.split("/").filter(Boolean).slice(0, -1)), { recursive: true });
    symlinkSync(resolve(dist), join(www, base.slice(1, -1)));
  }
  const other = join(dir, "other");
  mkdirSync(other);
  for (const [name, path] of Object.entries(framed))
    writeFileSync(join(other, name), framingPage(`http://127.0.0.1:${port}${base}${path}`));
  const mimeTypes = ["/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types", "/opt/homebrew/etc/nginx/mime.types"].find(existsSync);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `    ${kind}_temp_path ${join(dir, kind)};`);
  const config = [
    "daemon off;",
    "worker_processes 1;",
    `pid ${join(dir, "nginx.pid")};`,
    `error_log ${join(dir, "error.log")} warn;`,
    "events { worker_connections 128; }",
    "http {",
    mimeTypes ? `    include ${mimeTypes};` : "",
    "    default_type application/octet-stream;",
    "    access_log off;",
    ...temp,
    "    server {",
    `        listen 127.0.0.1:${port};`,
    "        server_name localhost;",
    ...nginxLocations(base, www)
      .split("\n")
      .map((line) => (line ? `        ${line}` : line)),
    "    }",
    "    server {",
    `        listen 127.0.0.1:${otherPort};`,
    `        root ${other};`,
    "    }",
    "}",
    "",
  ].join("\n");
  writeFileSync(join(dir, "nginx.conf"), config);
  // -e: the error log before the config is read (else nginx tries /var/log/nginx, which a user cannot write).
  const child: ChildProcess = spawn(nginx, ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const siteUrl = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${stderr}\n${config}`);
    try {
      await fetch(siteUrl);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer at ${siteUrl}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    siteUrl,
    otherOrigin: `http://127.0.0.1:${otherPort}/`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGQUIT");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The rules of a `_headers` file (Netlify and Cloudflare Pages syntax): a path pattern, then indented headers. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
          .replace(/\*/g, ".*")}$`,
      );
      rules.push({ pattern, headers: [] });
    } else {
      const at = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const listen = (server: Server, port: number) => new Promise<void>((done) => server.listen(port, "127.0.0.1", done));

/**
 * Serves a built site with sirv (a maintained static file server from npm) and applies the build's own
 * dist/_headers as Netlify and Cloudflare Pages do: every matching rule applies, and a header two rules
 * set gets both values joined with a comma. A second server on another port is the other origin.
 */
export async function startHeadersFileHost(
  dist: string,
  baseInput: string,
  port: number,
  otherPort: number,
  framed: Record<string, string>,
): Promise<RunningHost> {
  const base = normaliseBase(baseInput);
  const rules = parseHeadersFile(readFileSync(join(dist, "_headers"), "utf8"));
  const files = sirv(dist, { dev: false, etag: true, extensions: ["html"] });
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(readFileSync(join(dist, "404.html")));
  };
  const site = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://host").pathname;
    const headers = new Map<string, { name: string; values: string[] }>();
    for (const rule of rules.filter((r) => r.pattern.test(path))) {
      for (const [name, value] of rule.headers) {
        const entry = headers.get(name.toLowerCase()) ?? { name, values: [] };
        entry.values.push(value);
        headers.set(name.toLowerCase(), entry);
      }
    }
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      const given = args.find((a): a is Record<string, unknown> => !!a && typeof a === "object");
      for (const [key, { name, values }] of headers) {
        for (const k of Object.keys(given ?? {})) if (k.toLowerCase() === key) delete given![k];
        res.setHeader(name, values.join(", "));
      }
      return writeHead(...args);
    }) as typeof res.writeHead;
    const url = req.url ?? "/";
    if (url === base.slice(0, -1)) req.url = "/";
    else if (url.startsWith(base)) req.url = `/${url.slice(base.length)}`;
    else return notFound(res);
    files(req, res, () => notFound(res));
  });
  const other = createServer((req, res) => {
    const name = (req.url ?? "/").slice(1);
    if (!framed[name]) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(framingPage(`http://127.0.0.1:${port}${base}${framed[name]}`));
  });
  await Promise.all([listen(site, port), listen(other, otherPort)]);
  const close = (server: Server) => new Promise((done) => server.close(done));
  return {
    siteUrl: `http://127.0.0.1:${port}${base}`,
    otherOrigin: `http://127.0.0.1:${otherPort}/`,
    stop: async () => {
      site.closeAllConnections();
      other.closeAllConnections();
      await Promise.all([close(site), close(other)]);
    },
  };
}
