/**
 * Who reported a quoted figure, in English words: "EBRD via Reuters 2015-05-14" reads "as Reuters reported on
 * 14 May 2015". The English edition's words (text.ts) use it; the translations have their own.
 */

/** "EBRD via Reuters 2015-05-14": whose figure, who reported it, and when. */
export const VIA = /^(.*) via (.+) (\d{4}-\d{2}-\d{2})$/;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "as Reuters reported on 14 May 2015", from an outlet and a YYYY-MM-DD date. */
export const reportedOn = (outlet: string, date: string): string =>
  `as ${outlet} reported on ${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

/** Who reported a quoted figure, in English words, from forecasts.csv's reported_source. */
export function reportedBy(source: string): string {
  const via = VIA.exec(source);
  return via ? reportedOn(via[2]!, via[3]!) : `as reported by ${source}`;
}
