import type { APIRoute, GetStaticPaths } from "astro";
import { chartById, chartDefinitions } from "../../../charts/chartDefinitions.ts";
import { csvResponse } from "../../../data/csvDownload.ts";
import { DEFAULT_REPORTER, reporterSuffix, type Reporter } from "../../../charts/reporters.ts";
import { publishedTranslations, type EditionCode } from "../../../i18n/editions.ts";

/**
 * /<code>/data/<chart>.csv (and .<reporter>.csv): a translated edition's chart CSVs, the same rows and data columns
 * as /data/<chart>.csv with the display names (labels, notes) in the edition's words; linked from its charts and
 * its data page. The data package (/data/datapackage.json) describes the English files.
 */
export const getStaticPaths = (() =>
  publishedTranslations().flatMap((edition) =>
    Object.entries(chartDefinitions).flatMap(([chart, definition]) =>
      [DEFAULT_REPORTER, ...definition.reporters.filter((r) => r !== DEFAULT_REPORTER)].map((reporter) => ({
        params: { edition: edition.code, chart: `${chart}${reporterSuffix(reporter)}` },
        props: { chart, reporter, code: edition.code },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: string; reporter: Reporter; code: EditionCode }> = ({ props }) =>
  csvResponse(chartById(props.chart).csv(props.reporter, props.code));
