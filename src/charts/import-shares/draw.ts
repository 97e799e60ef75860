/** The import-shares chart is the partner-shares chart in its import states: the same drawing. */
export { drawing } from "../partner-shares/draw.ts";
