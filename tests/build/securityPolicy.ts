import { createHash } from "node:crypto";
import { DomUtils, parseDocument } from "htmlparser2";

type Document = ReturnType<typeof parseDocument>;

/** Sources a directive may name: the site itself, nothing, and hashes of Astro's own inline code. */
const ALLOWED_SOURCE = /^('self'|'none'|'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}')$/;
/** Script types a browser executes; a JSON data block is not run, so needs no hash. */
const EXECUTED_SCRIPT_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

/** The policy's directives, by name, from a page's <meta http-equiv="content-security-policy">. */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/**
 * What is wrong with a page's Content-Security-Policy: it must be the first thing in <head> that
 * loads or runs anything, fall back to the site's own origin, name no other origin or scheme, allow
 * no inline script or style except by hash, no eval, and hash every inline script and style the
 * page has. Inline event handlers and style attributes would be blocked, so they are reported too.
 */
/**
 * Links a policy need not precede: a canonical address and the hreflang alternates (the same page in the other
 * editions) load nothing, and the icon is this site's own file.
 */
const UNGUARDED_LINKS = new Set(["canonical", "alternate", "icon"]);

export function policyProblems(html: string): string[] {
  const doc: Document = parseDocument(html);
  const metas = DomUtils.findAll(
    (e) => e.name === "meta" && e.attribs["http-equiv"]?.toLowerCase() === "content-security-policy",
    doc.children,
  );
  if (metas.length !== 1) return [`has ${metas.length} Content-Security-Policy meta elements, not 1`];
  const meta = metas[0]!;
  const problems: string[] = [];

  const inOrder = DomUtils.findAll(() => true, doc.children);
  const loadsBefore = inOrder
    .slice(0, inOrder.indexOf(meta))
    .filter((e) => ["script", "style"].includes(e.name) || (e.name === "link" && !UNGUARDED_LINKS.has(e.attribs.rel ?? "")));
  if (loadsBefore.length > 0) problems.push(`the policy comes after <${loadsBefore[0]!.name}>, which it then does not cover`);

  const policy = parsePolicy(meta.attribs.content ?? "");
  if (policy.get("default-src")?.join(" ") !== "'self'") problems.push(`default-src is not 'self'`);
  for (const name of ["script-src", "style-src"]) if (!policy.has(name)) problems.push(`${name} is missing`);
  for (const [name, sources] of policy) {
    for (const source of sources) if (!ALLOWED_SOURCE.test(source)) problems.push(`${name} allows ${source}`);
  }

  const allowed = (kind: "script" | "style") => new Set([...(policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? [])]);
  for (const script of DomUtils.findAll((e) => e.name === "script" && e.attribs.src === undefined, doc.children)) {
    const type = (script.attribs.type ?? "").toLowerCase();
    const text = DomUtils.textContent(script);
    if (EXECUTED_SCRIPT_TYPES.has(type) && !allowed("script").has(hashOf(text))) {
      problems.push(`an inline script (${text.slice(0, 40)}…) has no hash in script-src`);
    }
  }
  for (const style of DomUtils.findAll((e) => e.name === "style", doc.children)) {
    if (!allowed("style").has(hashOf(DomUtils.textContent(style)))) problems.push("an inline <style> has no hash in style-src");
  }
  for (const element of DomUtils.findAll((e) => Object.keys(e.attribs).some((a) => a.startsWith("on") || a === "style"), doc.children)) {
    const attribute = Object.keys(element.attribs).find((a) => a.startsWith("on") || a === "style")!;
    problems.push(`<${element.name} ${attribute}="…"> is inline code the policy blocks`);
  }
  return problems;
}

/** Links to another site (or opening a new window) without rel="noopener". */
export function openerProblems(html: string): string[] {
  const links = DomUtils.findAll((e) => e.name === "a" || e.name === "area", parseDocument(html).children);
  return links
    .filter((a) => /^([a-z][a-z0-9+.-]*:)?\/\//i.test(a.attribs.href ?? "") || a.attribs.target === "_blank")
    .filter((a) => !(a.attribs.rel ?? "").split(/\s+/).includes("noopener"))
    .map((a) => `<a href="${a.attribs.href}"> has no rel="noopener"`);
}
