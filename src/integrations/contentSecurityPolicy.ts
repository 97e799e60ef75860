import type { AstroUserConfig } from "astro";

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig["security"]>["csp"]>, boolean>;

/**
 * The Content-Security-Policy every page carries, as a <meta> element that Astro writes with the
 * hashes of the scripts and styles it emits. Everything comes from the site's own origin: no
 * inline script or style without a hash (Astro adds them), no eval, no third-party origin.
 * A <meta> policy cannot set frame-ancestors; the deploy recipes in the README add it as a header.
 */
export const contentSecurityPolicy: CspOptions = {
  algorithm: "SHA-256",
  directives: [
    "default-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: { resources: ["'self'"] },
  styleDirective: { resources: ["'self'"] },
};
