/**
 * Citations of a chapter or one of its sections, in the styles readers ask for. APA, BibTeX and CSL-JSON
 * come from Citation.js (@citation-js/core with its CSL and BibTeX plugins), at build time only. Citation.js
 * bundles no Chicago or MLA style, and the CSL styles for them are not on npm in a form worth a dependency,
 * so those two are written here for the one kind of item this site has: a dated web page, versioned.
 * A translated edition cites itself in its own words: its title, the site's name and "version" in its
 * language, its date as it writes dates, its language in CSL, and BibTeX in UTF-8 (Citation.js escapes
 * anything outside ASCII to LaTeX by default, which drops Cyrillic).
 */
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import { longDate, type Release } from "./release.ts";
import { editions, type EditionCode } from "../i18n/editions.ts";
import { longDateIn } from "../i18n/formatNumbers.ts";
import { t } from "../i18n/ui.ts";

/** What is cited: a chapter, or a section of it. */
export interface CitationTarget {
  /** The chapter's headline. */
  chapter: string;
  /** The section's heading, when a section is cited. */
  section?: string;
  /** Absolute, stable address: the chapter's page, with #section-id for a section. */
  url: string;
  /** Short id for the BibTeX key and CSL id, e.g. "the-tilt" or "the-tilt-the-trade-claim". */
  key: string;
}

export interface Citations {
  apa: string;
  chicago: string;
  mla: string;
  bibtex: string;
  /** A CSL-JSON array of one item, pretty-printed. */
  cslJson: string;
}

/** The site is its own author: no person signs it, and a made-up name would be false. */
export const SITE_NAME = "Kazakhstan's trade tilt";

/** The cited item's title: the chapter, then the section where one is cited. */
export function citationTitle(target: CitationTarget): string {
  return target.section ? `${target.chapter}: ${target.section}` : target.chapter;
}

/** The site's name, its author, in an edition. */
const siteName = (edition: EditionCode) => (edition === "en" ? SITE_NAME : t(edition, "site.name"));

/** The CSL-JSON item every format is made from. */
export function cslItem(target: CitationTarget, release: Release, edition: EditionCode = "en"): Record<string, unknown> {
  const [year, month, day] = release.date.split("-").map(Number);
  return {
    id: `kz-trade-tilt-${edition === "en" ? "" : `${edition}-`}${target.key}`,
    type: "webpage",
    title: citationTitle(target),
    author: [{ literal: siteName(edition) }],
    issued: { "date-parts": [[year, month, day]] },
    version: release.version,
    URL: target.url,
    language: editions[edition].lang,
  };
}

// BibTeX keys from the item's id (one per chapter and section), not "Author-Year-Word", which would repeat on a page.
const bibtexConfig = (plugins.config.get("@bibtex") as { format: { useIdAsLabel: boolean; asciiOnly: boolean } }).format;
bibtexConfig.useIdAsLabel = true;

const MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** Every format for one chapter or section of this edition. */
export function formatCitation(target: CitationTarget, release: Release, edition: EditionCode = "en"): Citations {
  const item = cslItem(target, release, edition);
  if (edition !== "en") return translatedCitations(target, release, edition, item);
  const title = citationTitle(target);
  const [year, month, day] = release.date.split("-").map(Number) as [number, number, number];
  const usDate = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString("en-US", {
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
  const site = SITE_NAME.replace("'", "’");

  // APA 7: the version goes in brackets after the title (Citation.js's APA style prints CSL `genre` there);
  // the site's name is left out because it is also the author.
  const apa = new Cite([{ ...item, genre: `Version ${release.version}` }])
    .format("bibliography", { format: "text", template: "apa", lang: "en-US" })
    .trim();
  // Plain BibTeX has no full date or version field, so the entry carries year and month, and the edition's
  // date and version in its note; @misc and these fields are read by every BibTeX style and by BibLaTeX.
  const bibtex = new Cite([
    { ...item, issued: { "date-parts": [[year, month]] }, note: `Version ${release.version}, ${longDate(release.date)}` },
  ])
    .format("bibtex", { format: "text" })
    .trim();
  // Chicago (17th ed., bibliography entry for a web page) and MLA (9th ed.).
  const chicago = `${site}. “${title}.” Version ${release.version}, ${usDate}. ${target.url}.`;
  const mla = `“${title}.” ${site}, version ${release.version}, ${day} ${MLA_MONTHS[month - 1]} ${year}, ${target.url.replace(/^https?:\/\//, "")}.`;
  return { apa, chicago, mla, bibtex, cslJson: JSON.stringify([item], null, 2) };
}

/**
 * A translated edition's citations: the same five formats, with the edition's words for the site and the version
 * and its way of writing the date; APA, Chicago and MLA keep their order of parts.
 */
function translatedCitations(target: CitationTarget, release: Release, edition: EditionCode, item: Record<string, unknown>): Citations {
  const [year, month] = release.date.split("-").map(Number) as [number, number];
  const title = citationTitle(target);
  const site = siteName(edition);
  const version = t(edition, "cite.version", { version: release.version });
  const date = longDateIn(release.date, edition);
  const apa = `${site}. (${date}). ${title} [${version}]. ${target.url}`;
  bibtexConfig.asciiOnly = false;
  const bibtex = new Cite([{ ...item, issued: { "date-parts": [[year, month]] }, note: `${version}, ${date}` }])
    .format("bibtex", { format: "text" })
    .trim();
  bibtexConfig.asciiOnly = true;
  // A Russian date ends with its own full stop ("2 декабря 2026 г."): never two.
  const stopped = (text: string) => (text.endsWith(".") ? text : `${text}.`);
  const chicago = `${site}. «${title}». ${version}, ${stopped(date)} ${target.url}.`;
  const mla = `«${title}». ${site}, ${version}, ${date}, ${target.url}.`;
  return { apa, chicago, mla, bibtex, cslJson: JSON.stringify([item], null, 2) };
}
