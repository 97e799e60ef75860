import { csvParse } from "d3-dsv";
import type { z } from "astro/zod";
import { DataFileError } from "./DataFileError.ts";

/**
 * Parses CSV text and validates every row against `schema`. Rows are numbered from 1 after
 * the header, so row N is on line N + 1. Throws a DataFileError at the first missing column,
 * empty cell (a gap is left out of the file, never written as an empty or zero value), bad
 * value, or repeated key (the columns in `key` taken together). The one exception to the empty
 * rule is a column whose schema reads the empty cell as null (schema.ts, emptyMeansNotStated):
 * there the file says "not stated" on purpose.
 */
export function parseCsv<S extends z.ZodObject>(
  text: string,
  file: string,
  schema: S,
  key: readonly (keyof z.infer<S> & string)[],
): z.infer<S>[] {
  const raw = csvParse(text);
  const expected = Object.keys(schema.shape);
  const columns = schema.shape as Record<string, z.ZodType>;
  const readsEmptyAsNull = (column: string) => {
    const parsed = columns[column]?.safeParse("");
    return parsed?.success === true && parsed.data === null;
  };
  const missing = expected.find((column) => !raw.columns.includes(column));
  if (missing) throw new DataFileError(file, 0, missing, "column is missing from the header");

  const seen = new Map<string, number>();
  return raw.map((cells, index) => {
    const row = index + 1;
    const empty = expected.find((column) => (cells[column] ?? "").trim() === "" && !readsEmptyAsNull(column));
    if (empty) throw new DataFileError(file, row, empty, "is missing (the cell is empty)");
    const parsed = schema.safeParse(cells);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = String(issue.path[0] ?? "?");
      throw new DataFileError(file, row, field, `${issue.message} (got "${cells[field]}")`);
    }
    const id = key.map((column) => String(parsed.data[column])).join("|");
    const first = seen.get(id);
    if (first !== undefined) {
      throw new DataFileError(file, row, key.join("+"), `duplicate key ${id}, first seen in row ${first}`);
    }
    seen.set(id, row);
    return parsed.data;
  });
}
