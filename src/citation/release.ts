import pkg from "../../package.json" with { type: "json" };

/** This edition of the site: the version in package.json and the date it was released (`releaseDate`, YYYY-MM-DD). */
export interface Release {
  version: string;
  /** YYYY-MM-DD. */
  date: string;
}

/** Checks the release fields a maintainer edits by hand when cutting a release (see the README). */
export function parseRelease(fields: { version?: unknown; releaseDate?: unknown }): Release {
  const { version, releaseDate } = fields;
  if (typeof version !== "string" || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json: "version" must be MAJOR.MINOR.PATCH (got ${JSON.stringify(version)})`);
  }
  if (typeof releaseDate !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(releaseDate) || Number.isNaN(Date.parse(releaseDate))) {
    throw new Error(`package.json: "releaseDate" must be the release's date as YYYY-MM-DD (got ${JSON.stringify(releaseDate)})`);
  }
  return { version, date: releaseDate };
}

/** The edition being built. */
export const release: Release = parseRelease(pkg);

/** A YYYY-MM-DD date in words, as the footer and the citations print it: "1 December 2026". */
export function longDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
