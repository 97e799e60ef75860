import type { Mark } from "./marks.ts";

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escape = (value: string) => value.replace(/[&<>"]/g, (c) => escapes[c]!);

/** Serialises marks to SVG markup, each element tagged with its key for the browser to join on. */
export function renderSvgMarks(marks: readonly Mark[]): string {
  return marks
    .map(({ key, tag, attrs, text }) => {
      const attributes = Object.entries(attrs)
        .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
        .join("");
      const open = `<${tag} data-key="${escape(key)}"${attributes}`;
      return text === undefined ? `${open}/>` : `${open}>${escape(text)}</${tag}>`;
    })
    .join("");
}
