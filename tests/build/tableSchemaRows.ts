import { csvParseRows } from "d3-dsv";

/** The parts of a Table Schema (Frictionless Data v1) this checker reads. */
export interface CheckedSchema {
  fields: {
    name: string;
    type: string;
    format?: string;
    constraints?: { required?: boolean; enum?: readonly string[]; minimum?: number; maximum?: number; pattern?: string };
  }[];
  primaryKey?: string[];
  missingValues?: string[];
}

/** Lexical forms of the Table Schema types the package uses (the spec's "default" formats). */
const TYPES: Record<string, (cell: string) => boolean> = {
  string: () => true,
  number: (c) => /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(c),
  integer: (c) => /^[+-]?\d+$/.test(c),
  year: (c) => /^-?\d{4}$/.test(c),
  yearmonth: (c) => /^\d{4}-(0[1-9]|1[0-2])$/.test(c),
};

/**
 * Every way a CSV text breaks its Table Schema: a header that is not the schema's fields in order, a row of
 * the wrong length, a cell not of its field's type or format, a missing required value, a value outside
 * its enum, minimum, maximum or pattern, and a repeated primary key. Rows are numbered from 1 after the header.
 * A small checker written for the tests, because no maintained Table Schema validator for JavaScript is on npm.
 */
export function tableSchemaProblems(csv: string, schema: CheckedSchema): string[] {
  const [header = [], ...rows] = csvParseRows(csv.replace(/\n$/, ""));
  const names = schema.fields.map((f) => f.name);
  if (header.join() !== names.join()) return [`header is ${header.join(",")}, schema says ${names.join(",")}`];
  const missing = new Set(schema.missingValues ?? [""]);
  const problems: string[] = [];
  const keys = new Map<string, number>();
  rows.forEach((row, index) => {
    const at = `row ${index + 1}`;
    if (row.length !== names.length) {
      problems.push(`${at}: ${row.length} cells, not ${names.length}`);
      return;
    }
    schema.fields.forEach((field, i) => {
      const cell = row[i]!;
      const c = field.constraints ?? {};
      const where = `${at}, field "${field.name}"`;
      if (missing.has(cell)) {
        if (c.required || schema.primaryKey?.includes(field.name)) problems.push(`${where}: required, but empty`);
        return;
      }
      const isType = TYPES[field.type];
      if (!isType) return void problems.push(`${where}: type ${field.type} is not one this checker knows`);
      if (!isType(cell)) return void problems.push(`${where}: "${cell}" is not a ${field.type}`);
      if (field.format === "uri" && !URL.canParse(cell)) problems.push(`${where}: "${cell}" is not a URI`);
      if (c.enum && !c.enum.includes(cell)) problems.push(`${where}: "${cell}" is not one of ${c.enum.join(", ")}`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(cell)) problems.push(`${where}: "${cell}" does not match ${c.pattern}`);
      const n = Number(cell);
      if (c.minimum !== undefined && n < c.minimum) problems.push(`${where}: ${cell} is below the minimum ${c.minimum}`);
      if (c.maximum !== undefined && n > c.maximum) problems.push(`${where}: ${cell} is above the maximum ${c.maximum}`);
    });
    if (schema.primaryKey) {
      const key = schema.primaryKey.map((k) => row[names.indexOf(k)]).join("|");
      const first = keys.get(key);
      if (first !== undefined) problems.push(`${at}: primary key ${key} repeats row ${first}`);
      else keys.set(key, index + 1);
    }
  });
  return problems;
}
