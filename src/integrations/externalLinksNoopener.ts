import type { HastPlugin } from "./satteriPlugins.ts";

/** An absolute or protocol-relative URL: another site, since the site never links to itself that way. */
export const isExternalHref = (href: unknown): boolean => typeof href === "string" && /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(href);

/** The rel tokens with noopener added: hast keeps rel as a list, JSX as a string. */
function withNoopener(rel: unknown): string[] | undefined {
  const tokens = Array.isArray(rel) ? rel.map(String) : typeof rel === "string" ? rel.split(/\s+/).filter(Boolean) : [];
  return tokens.includes("noopener") ? undefined : [...tokens, "noopener"];
}

/** The rel an <a> written as JSX in MDX should have, from its attributes; undefined when it is fine as it is. */
function jsxLinkRel(attributes: readonly { type: string; name?: string; value?: unknown }[]): string | undefined {
  const attribute = (name: string) => attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  if (!isExternalHref(attribute("href")?.value)) return undefined;
  return withNoopener(attribute("rel")?.value)?.join(" ");
}

/**
 * Gives every link to another site in Markdown and MDX content rel="noopener", so a page it opens
 * can never reach back into this one through window.opener. Markdown links are hast elements;
 * an <a> written as JSX in MDX is a JSX element with attributes.
 */
export const externalLinksNoopener: HastPlugin = {
  name: "external-links-noopener",
  element: {
    filter: ["a"],
    visit(node, ctx) {
      if (!isExternalHref(node.properties.href)) return;
      const rel = withNoopener(node.properties.rel);
      if (rel) ctx.setProperty(node, "rel", rel);
    },
  },
  mdxJsxTextElement: {
    filter: ["a"],
    visit(node, ctx) {
      const rel = jsxLinkRel(node.attributes);
      if (rel) ctx.setProperty(node, "rel", rel);
    },
  },
  mdxJsxFlowElement: {
    filter: ["a"],
    visit(node, ctx) {
      const rel = jsxLinkRel(node.attributes);
      if (rel) ctx.setProperty(node, "rel", rel);
    },
  },
};
