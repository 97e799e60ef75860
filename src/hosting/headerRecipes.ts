/**
 * What a static host should send with the built site, as one recipe rendered for each kind of host:
 * the `_headers` file the build writes into dist/ (Netlify, Cloudflare Pages), an nginx server block and
 * an Apache .htaccess. README (Deploy) shows these same texts, and tests/unit/headerRecipes.test.ts fails
 * if the README's copies drift from them; the hosting tests serve dist/ with nginx under nginxLocations().
 *
 * The rules:
 * - Embed pages (/embed/, and a translated edition's /ru/embed/) may be framed by any site: that is what they are for. Every other page may be
 *   framed only by the site itself (`frame-ancestors 'self'`; a <meta> policy cannot forbid framing).
 * - CSVs are `text/csv; charset=utf-8` (stock nginx says application/octet-stream, busybox nothing).
 * - Hashed files in /_astro/ are cached for a year as immutable; everything else revalidates at once.
 * - nosniff and a strict referrer policy everywhere.
 */

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "public, max-age=0, must-revalidate";
export const CSV_TYPE = "text/csv; charset=utf-8";
export const FRAME_SELF = "frame-ancestors 'self'";
export const FRAME_ANY = "frame-ancestors *";
export const NOSNIFF = "nosniff";
export const REFERRER = "strict-origin-when-cross-origin";
/** The translated editions' folders (src/i18n/editions.ts), for the recipes' per-edition rules. */
export const TRANSLATIONS = ["ru", "kk"] as const;

/** The base path with a slash at both ends ("/" or "/kz-trade/"). */
export const normaliseBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");

/**
 * The `_headers` file for Netlify and Cloudflare Pages, for the built site's files (paths relative to
 * dist/). Both hosts join the values of a header set by two matching rules with a comma, which would
 * make two Content-Security-Policies (both enforced) or a muddled Cache-Control, so no header is set by
 * two rules that match the same path: the framing rule is given per top-level folder and the CSV type per
 * file. Pages get no Cache-Control here: both hosts already send `public, max-age=0, must-revalidate`.
 */
export function headersFile(baseInput: string, files: readonly string[]): string {
  const base = normaliseBase(baseInput);
  const pages = files.filter((f) => f.endsWith(".html"));
  const rule = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  /** The page paths of a folder ("" for the root) outside its embed/: the folder, its own files, each other subfolder. */
  const folderPaths = (folder: string): string[] => {
    const inside = pages.filter((f) => f.startsWith(folder)).map((f) => f.slice(folder.length));
    const subfolders = [...new Set(inside.filter((f) => f.includes("/")).map((f) => f.split("/")[0]!))].sort();
    // A translated edition's folder (/ru/) holds embeds of its own: it is split like the root, so they stay framable.
    const split = (d: string) =>
      inside.some((f) => f.startsWith(`${d}/embed/`)) ? folderPaths(`${folder}${d}/`) : [`${base}${folder}${d}/*`];
    return [
      `${base}${folder}`,
      ...inside
        .filter((f) => !f.includes("/"))
        .sort()
        .map((f) => `${base}${folder}${f}`),
      ...subfolders.filter((d) => d !== "embed").flatMap(split),
    ];
  };
  const storyPaths = folderPaths("");
  const embedFolders = [
    ...new Set(pages.filter((f) => /^([a-z]{2,3}\/)?embed\//.test(f)).map((f) => f.slice(0, f.indexOf("embed/")) + "embed/")),
  ].sort();
  return [
    "# Response headers for Netlify and Cloudflare Pages, written by the build (src/hosting/headerRecipes.ts).",
    rule(`${base}*`, { "X-Content-Type-Options": NOSNIFF, "Referrer-Policy": REFERRER }),
    rule(`${base}_astro/*`, { "Cache-Control": IMMUTABLE }),
    ...storyPaths.map((path) => rule(path, { "Content-Security-Policy": FRAME_SELF })),
    ...embedFolders.map((folder) => rule(`${base}${folder}*`, { "Content-Security-Policy": FRAME_ANY })),
    ...files
      .filter((f) => f.endsWith(".csv"))
      .sort()
      .map((f) => rule(`${base}${f}`, { "Content-Type": CSV_TYPE })),
    "",
  ].join("\n");
}

/**
 * The nginx locations for a site built with BASE_PATH=`base` and copied to `<root><base>` (for the root,
 * base "/" and the files in `root`). Goes inside a `server { }` block. nginx's add_header is not inherited
 * by a location that has its own, so each location lists all of its headers. `translations` are the translated
 * editions' folders (/ru/, /kk/): their embeds may be framed too, and a missing address there gets the edition's
 * own 404 page (ru/404.html).
 */
export function nginxLocations(baseInput: string, root: string, translations: readonly string[] = TRANSLATIONS): string {
  const editions = translations.join("|");
  const base = normaliseBase(baseInput);
  const headers = (cache: string, frame?: string) => [
    `add_header Cache-Control "${cache}" always;`,
    `add_header X-Content-Type-Options ${NOSNIFF} always;`,
    `add_header Referrer-Policy ${REFERRER} always;`,
    ...(frame ? [`add_header Content-Security-Policy "${frame}" always;`] : []),
  ];
  const indent = (lines: string[], depth = 1) => lines.map((l) => (l ? `${"    ".repeat(depth)}${l}` : l));
  return [
    ...(base === "/" ? [] : [`location = ${base.slice(0, -1)} {`, "    absolute_redirect off;", `    return 301 ${base};`, "}"]),
    `location ${base} {`,
    ...indent([
      `root ${root};`,
      "try_files $uri $uri/index.html $uri.html =404;",
      `error_page 404 ${base}404.html;`,
      "charset utf-8;",
      "charset_types text/css text/plain text/xml text/csv application/javascript application/json image/svg+xml;",
      ...headers(REVALIDATE, FRAME_SELF),
      "",
      "location ~ \\.csv$ {",
      "    types { }",
      "    default_type text/csv;",
      "}",
      `location ${base}embed/ {`,
      "    try_files $uri $uri/index.html $uri.html =404;",
      ...indent(headers(REVALIDATE, FRAME_ANY)),
      "}",
      // A translated edition (/ru/, /kk/): its embeds may be framed too, and a missing address gets its own 404 page.
      `location ~ ^${base}(?<edition>${editions})/embed/ {`,
      "    try_files $uri $uri/index.html $uri.html =404;",
      `    error_page 404 ${base}$edition/404.html;`,
      ...indent(headers(REVALIDATE, FRAME_ANY)),
      "}",
      `location ~ ^${base}(?<edition>${editions})/ {`,
      "    try_files $uri $uri/index.html $uri.html =404;",
      `    error_page 404 ${base}$edition/404.html;`,
      ...indent(headers(REVALIDATE, FRAME_SELF)),
      "}",
      `location ${base}_astro/ {`,
      ...indent(headers(IMMUTABLE)),
      "}",
    ]),
    "}",
    "",
  ].join("\n");
}

/** An Apache .htaccess for a site built with BASE_PATH=`base`, placed beside its index.html; `translations` as for nginx. */
export function apacheHtaccess(baseInput: string, translations: readonly string[] = TRANSLATIONS): string {
  const editions = translations.join("|");
  const base = normaliseBase(baseInput);
  return [
    `ErrorDocument 404 ${base}404.html`,
    "DirectorySlash On",
    "AddType text/csv .csv",
    "AddCharset utf-8 .csv",
    "<IfModule mod_headers.c>",
    `  Header set Cache-Control "${REVALIDATE}"`,
    `  Header set X-Content-Type-Options "${NOSNIFF}"`,
    `  Header set Referrer-Policy "${REFERRER}"`,
    `  Header set Content-Security-Policy "${FRAME_SELF}"`,
    `  <If "%{REQUEST_URI} =~ m#^${base}((${editions})/)?embed/#">`,
    `    Header set Content-Security-Policy "${FRAME_ANY}"`,
    "  </If>",
    `  <If "%{REQUEST_URI} =~ m#^${base}_astro/#">`,
    `    Header set Cache-Control "${IMMUTABLE}"`,
    "  </If>",
    "</IfModule>",
    "",
  ].join("\n");
}
