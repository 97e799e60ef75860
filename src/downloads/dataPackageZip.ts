import { strToU8, zipSync, type Zippable } from "fflate";
import { release } from "../citation/release.ts";
import { dataPackage, packageFiles } from "./dataPackage.ts";

/** The download's name, and the folder inside it. */
export const ZIP_NAME = "kz-trade-tilt-data";

/**
 * The whole data package as one zip: datapackage.json and every file it describes, in a folder named with
 * the version. Built with fflate; every entry is dated the release's midnight and the entries keep one order,
 * so two builds of the same release give the same bytes.
 */
export function dataPackageZip(home: string): Uint8Array {
  const [year, month, day] = release.date.split("-").map(Number) as [number, number, number];
  // Zip stores local date and time; a local midnight reads back as that date on any machine.
  const mtime = new Date(year, month - 1, day);
  const folder = `${ZIP_NAME}-${release.version}`;
  const files: Zippable = {};
  const add = (path: string, text: string) => (files[`${folder}/${path}`] = [strToU8(text), { mtime, level: 9 }]);
  add("datapackage.json", JSON.stringify(dataPackage(home), null, 2) + "\n");
  for (const file of packageFiles()) add(file.path, file.text);
  return zipSync(files);
}
