/** A data file that breaks its schema; the message names the file, the row and the field. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly row: number,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: row ${row} (line ${row + 1}), field "${field}": ${problem}`);
    this.name = "DataFileError";
  }
}
