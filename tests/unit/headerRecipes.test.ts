import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apacheHtaccess, headersFile, nginxLocations } from "../../src/hosting/headerRecipes.ts";

const readme = readFileSync("README.md", "utf8");
/** The body of the README's first fenced block of a language after a heading. */
const block = (heading: string, language: string) => {
  const section = readme.slice(readme.indexOf(heading));
  return new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(section)?.[1];
};

/** The README's header recipes are the ones the code renders (and the hosting test serves with). */
describe("the README's header recipes", () => {
  it("nginx: the same text as nginxLocations() for /kz-trade/ in /srv/www", () => {
    expect(block("### nginx", "nginx")).toBe(nginxLocations("/kz-trade/", "/srv/www"));
  });

  it("Apache: the same text as apacheHtaccess() for /~user/kz-trade/", () => {
    expect(block("### Apache", "apache")).toBe(apacheHtaccess("/~user/kz-trade/"));
  });

  it("Netlify and Cloudflare Pages: every rule the README shows is in the generated _headers", () => {
    const files = [
      "index.html",
      "404.html",
      "chapters/the-tilt/index.html",
      "embed/x/y/index.html",
      "data/partner-shares.csv",
      "_astro/a.js",
    ];
    const generated = headersFile("/", files);
    const shown = block("### Netlify and Cloudflare Pages", "")!
      .split("\n...\n")
      .map((part) => part.trim());
    for (const part of shown) expect(generated).toContain(part);
  });
});

describe("headersFile", () => {
  const files = [
    "index.html",
    "404.html",
    "chapters/the-tilt/index.html",
    "embed/x/y/index.html",
    "data/index.html",
    "data/a.csv",
    "_astro/a.js",
  ];

  it("sets no header from two rules that match one path (Netlify and Cloudflare would join them)", () => {
    const rules = headersFile("/kz-trade/", files)
      .split(/\n(?=\/)/)
      .filter((rule) => rule.startsWith("/"))
      .map((rule) => ({
        path: rule.split("\n")[0]!,
        names: rule
          .split("\n")
          .slice(1)
          .map((l) => l.trim().split(":")[0]),
      }));
    const matches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/[.]/g, "\\.").replace(/\*/g, ".*")}$`).test(path);
    for (const path of [
      "/kz-trade/",
      "/kz-trade/chapters/the-tilt/",
      "/kz-trade/embed/x/y/",
      "/kz-trade/data/a.csv",
      "/kz-trade/_astro/a.js",
    ]) {
      const names = rules.filter((rule) => matches(rule.path, path)).flatMap((rule) => rule.names);
      expect(names.length, path).toBe(new Set(names).size);
    }
    expect(rules.every((rule) => rule.path.startsWith("/kz-trade/"))).toBe(true);
  });

  it("lets any site frame a translated edition's embeds, and only the site itself its other pages", () => {
    const withEdition = [...files, "ru/index.html", "ru/404.html", "ru/chapters/the-tilt/index.html", "ru/embed/x/y/index.html"];
    const rules = headersFile("/", withEdition)
      .split(/\n(?=\/)/)
      .filter((rule) => rule.startsWith("/"));
    const matches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/[.]/g, "\\.").replace(/\*/g, ".*")}$`).test(path);
    const policies = (path: string) =>
      rules.filter((rule) => matches(rule.split("\n")[0]!, path)).flatMap((rule) => rule.match(/Content-Security-Policy: .*/g) ?? []);
    expect(policies("/ru/embed/x/y/")).toEqual(["Content-Security-Policy: frame-ancestors *"]);
    for (const path of ["/ru/", "/ru/chapters/the-tilt/", "/ru/404.html", "/chapters/the-tilt/"])
      expect(policies(path), path).toEqual(["Content-Security-Policy: frame-ancestors 'self'"]);
  });
});
