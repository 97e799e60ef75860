/** The import-shares chart is the partner-shares chart in its import states. */
export { draw } from "./partner-shares.ts";
