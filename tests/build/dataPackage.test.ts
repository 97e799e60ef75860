import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { unzipSync } from "fflate";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { BASE, DIST } from "./distPages.ts";
import { tableSchemaProblems, type CheckedSchema } from "./tableSchemaRows.ts";

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  encoding: string;
  schema: CheckedSchema & { fields: { name: string; description?: string; type: string }[] };
  sources: { title: string; path: string; reporter: string }[];
  licenses: { name?: string; path?: string; title: string }[];
}

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const DATA = join(DIST, "data");
const descriptor = JSON.parse(readFileSync(join(DATA, "datapackage.json"), "utf8")) as { version: string; resources: Resource[] };
const chartIds = ["partner-shares", "import-shares", "trade-turnover", "gdp-growth", "export-composition", "deals-timeline", "routes-map"];

describe("the data package (dist/data/datapackage.json)", () => {
  it("is valid against the official Tabular Data Package JSON Schema (Frictionless Data v1)", () => {
    const profile = JSON.parse(readFileSync("tests/fixtures/datapackage/tabular-data-package.json", "utf8")) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(profile);
    expect(validate(descriptor), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it("(the profile check itself refuses a broken descriptor)", () => {
    const profile = JSON.parse(readFileSync("tests/fixtures/datapackage/tabular-data-package.json", "utf8")) as object;
    const validate = new Ajv({ strict: false }).compile(profile);
    const broken = { ...descriptor, resources: [{ ...descriptor.resources[0], name: "Not A Name", schema: { fields: [] } }] };
    expect(validate(broken)).toBe(false);
  });

  it("carries the site's version", () => {
    expect(descriptor.version).toBe(pkg.version);
  });

  it("describes every curated data file and every chart's CSV", () => {
    const paths = descriptor.resources.map((r) => r.path);
    for (const file of ["trade-by-partner", "gdp-growth", "export-composition", "forecasts", "deals", "places", "rail-routes"]) {
      expect(paths).toContain(`dataset/${file}.csv`);
    }
    for (const chart of chartIds) expect(paths).toContain(`${chart}.csv`);
    // A chart with a reporter switch: every reporter's CSV, as the site offers it for download.
    for (const chart of ["partner-shares", "import-shares", "trade-turnover"])
      for (const reporter of ["china", "russia", "both"]) expect(paths).toContain(`${chart}.${reporter}.csv`);
  });

  describe.each(descriptor.resources.map((r) => [r.path, r]))("%s", (path, resource) => {
    const bytes = readFileSync(join(DATA, path));

    it("is the file served beside datapackage.json, byte for byte as described, in UTF-8", () => {
      expect(bytes.length).toBe(resource.bytes);
      expect(`sha256:${createHash("sha256").update(bytes).digest("hex")}`).toBe(resource.hash);
      expect(resource.encoding).toBe("utf-8");
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toThrow();
    });

    it("has every row valid against its Table Schema", () => {
      // Read as pandas, readr and d3 read it: the byte-order mark dropped by the decoder.
      expect(tableSchemaProblems(new TextDecoder("utf-8").decode(bytes), resource.schema)).toEqual([]);
    });

    it("describes every field, and names the source, reporter and licence of its series", () => {
      for (const field of resource.schema.fields) expect(field.description, field.name).toBeTruthy();
      expect(resource.sources.length).toBeGreaterThan(0);
      for (const source of resource.sources) expect(source.reporter, source.title).toBeTruthy();
      expect(resource.licenses.length).toBeGreaterThan(0);
    });
  });

  it("gives every time-series chart's CSV one shape, and keeps each chart's figures tidy: one per row, no repeated caption", () => {
    const shape = (chart: string) => descriptor.resources.find((r) => r.path === `${chart}.csv`)!.schema.fields.map((f) => f.name);
    const series = ["partner-shares", "import-shares", "trade-turnover", "gdp-growth", "export-composition"];
    for (const chart of series) expect(shape(chart)).toEqual(shape("partner-shares"));
    for (const chart of chartIds) expect(shape(chart), chart).not.toContain("table");
  });

  it("describes a growth or exports chart's fields for its own figures, not for trade between two reporters", () => {
    const field = (chart: string, name: string) =>
      descriptor.resources.find((r) => r.path === `${chart}.csv`)!.schema.fields.find((f) => f.name === name) as unknown as {
        description: string;
        constraints?: { enum?: string[] };
      };
    expect(field("gdp-growth", "measure").constraints?.enum).toEqual(["gdp-growth", "growth-estimate", "growth-forecast"]);
    expect(field("export-composition", "measure").constraints?.enum).toEqual(["fuel-export-share", "ores-metals-export-share"]);
    for (const chart of ["gdp-growth", "export-composition"])
      for (const name of ["measure", "reporter", "note"])
        expect(field(chart, name).description, `${chart} ${name}`).not.toMatch(/China|Russia|trade/);
    expect(field("partner-shares", "reporter").description).toMatch(/China or Russia/);
  });
});

describe("the data package download", () => {
  const zip = unzipSync(readFileSync(join(DATA, "kz-trade-tilt-data.zip")));
  const folder = `kz-trade-tilt-data-${pkg.version}/`;

  it("holds datapackage.json and every file it describes, the same bytes as served", () => {
    expect(Object.keys(zip).every((name) => name.startsWith(folder))).toBe(true);
    expect(new TextDecoder().decode(zip[`${folder}datapackage.json`])).toBe(readFileSync(join(DATA, "datapackage.json"), "utf8"));
    for (const resource of descriptor.resources) {
      expect(Buffer.from(zip[`${folder}${resource.path}`]!).equals(readFileSync(join(DATA, resource.path))), resource.path).toBe(true);
    }
    expect(Object.keys(zip)).toHaveLength(descriptor.resources.length + 1);
  });

  it("is offered on the data page, with the descriptor", () => {
    const page = parse(readFileSync(join(DIST, "data/index.html"), "utf8"));
    expect(page.querySelector(`a[href="${BASE}data/kz-trade-tilt-data.zip"]`)).not.toBeNull();
    expect(page.querySelector(`a[href="${BASE}data/datapackage.json"]`)).not.toBeNull();
  });
});

describe("tableSchemaProblems(csv, schema)", () => {
  const schema: CheckedSchema = {
    fields: [
      { name: "year", type: "year", constraints: { required: true } },
      { name: "flow", type: "string", constraints: { enum: ["export", "import"] } },
      { name: "value", type: "number", constraints: { required: true, minimum: 0, maximum: 100 } },
      { name: "n", type: "integer" },
      { name: "month", type: "yearmonth" },
    ],
    primaryKey: ["year", "flow"],
    missingValues: [""],
  };

  it.each([
    [
      "a required value left empty",
      "year,flow,value,n,month\n2013,export,17.2,3,2014-12\n2013,import,,,\n",
      ['row 2, field "value": required, but empty'],
    ],
    ["a valid table", "year,flow,value,n,month\n2013,export,17.2,3,2014-12\n2013,import,0,,\n", []],
    ["a wrong header", "year,value\n", ["header is year,value, schema says year,flow,value,n,month"]],
    ["a short row", "year,flow,value,n,month\n2013,export\n", ["row 1: 2 cells, not 5"]],
    ["a bad year", "year,flow,value,n,month\n13,export,1,1,2014-12\n", ['row 1, field "year": "13" is not a year']],
    [
      "a value out of its enum",
      "year,flow,value,n,month\n2013,re-export,1,1,2014-12\n",
      ['row 1, field "flow": "re-export" is not one of export, import'],
    ],
    [
      "a value above its maximum",
      "year,flow,value,n,month\n2013,export,101,1,2014-12\n",
      ['row 1, field "value": 101 is above the maximum 100'],
    ],
    ["a fraction for an integer", "year,flow,value,n,month\n2013,export,1,1.5,2014-12\n", ['row 1, field "n": "1.5" is not a integer']],
    ["a bad month", "year,flow,value,n,month\n2013,export,1,1,2014-13\n", ['row 1, field "month": "2014-13" is not a yearmonth']],
    [
      "a repeated key",
      "year,flow,value,n,month\n2013,export,1,1,2014-12\n2013,export,2,1,2014-12\n",
      ["row 2: primary key 2013|export repeats row 1"],
    ],
  ])("finds the problem in %s", (_name, csv, expected) => {
    expect(tableSchemaProblems(csv, schema)).toEqual(expected);
  });
});
