import { uiText } from "./uiText.ts";

/**
 * The embed box of a scrolly's chart: an iframe snippet for the state on screen. Built here, where the
 * page script runs, because without scripts the scrolly's chart is not shown and its state never moves.
 * Its markup matches the static box ChartFigure.astro writes for charts outside scrollies.
 */
export function addEmbedBox(figure: HTMLElement): void {
  const slot = figure.querySelector<HTMLElement>("[data-embed-slot]");
  const path = slot?.dataset.embedPath;
  if (!slot || !path) return;
  const doc = figure.ownerDocument;
  const title = figure.querySelector(".chart-title")?.textContent?.trim() ?? "";
  const details = doc.createElement("details");
  details.className = "chart-embed";
  const summary = doc.createElement("summary");
  summary.textContent = uiText("embedSummary");
  const label = doc.createElement("label");
  label.append(uiText("embedInstructions"));
  const code = doc.createElement("textarea");
  code.className = "embed-code";
  code.readOnly = true;
  code.rows = 3;
  code.dataset.embedPath = path;
  code.value = `<iframe src="" title="${title.replace(/"/g, "&quot;")}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
  label.append(code);
  const preview = doc.createElement("a");
  preview.className = "embed-preview";
  preview.textContent = uiText("embedOpen");
  details.append(summary, label, preview);
  slot.replaceWith(details);
  updateEmbedCode(figure, figure.dataset.state ?? "");
}

/**
 * Keeps a chart's embed code, and the link to the chart on its own page, pointing at the state the
 * reader sees, as an absolute address on this host.
 */
export function updateEmbedCode(figure: HTMLElement, state: string): void {
  const code = figure.querySelector<HTMLTextAreaElement>("textarea.embed-code");
  const path = code?.dataset.embedPath;
  if (!code || !path) return;
  const reporter = figure.dataset.reporter;
  const src = new URL(`${path}${state}/${reporter && reporter !== "kazakhstan" ? `${reporter}/` : ""}`, location.href).href;
  code.value = code.value.replace(/src="[^"]*"/, `src="${src}"`);
  const preview = figure.querySelector<HTMLAnchorElement>("a.embed-preview");
  if (preview) preview.href = src;
}
