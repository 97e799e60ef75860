/**
 * Keeps a chart's embed code, and the link to the chart on its own page, pointing at the state the
 * reader sees, as an absolute address on this host.
 */
export function updateEmbedCode(figure: HTMLElement, state: string): void {
  const code = figure.querySelector<HTMLTextAreaElement>("textarea.embed-code");
  const path = code?.dataset.embedPath;
  if (!code || !path) return;
  const src = new URL(`${path}${state}/`, location.href).href;
  code.value = code.value.replace(/src="[^"]*"/, `src="${src}"`);
  const preview = figure.querySelector<HTMLAnchorElement>("a.embed-preview");
  if (preview) preview.href = src;
}
