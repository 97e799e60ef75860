/** A table of exactly what a chart draws: for screen readers, for readers who want the figures, and for download. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}
