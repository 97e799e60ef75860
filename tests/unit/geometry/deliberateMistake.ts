import { rowsOf } from "./chartCases.ts";

interface ShareRows {
  shares: { year: number; partner: string; flow: string; share: number }[];
}

/** The deliberate mistake the geometry gate is shown failing on: partner-shares' rows with China's 2013 export share 2 points higher. */
export function chinaShareRaised(): unknown {
  const rows = structuredClone(rowsOf("partner-shares")) as ShareRows;
  const row = rows.shares.find((r) => r.partner === "china" && r.flow === "export" && r.year === 2013);
  if (!row) throw new Error("partner-shares has no China export share for 2013");
  row.share += 2;
  return rows;
}
