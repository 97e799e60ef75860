/**
 * The reporter switch of a bilateral-trade chart (src/components/ReporterSwitch.astro): whose figures the
 * chart draws is `?reporter=` in the address (none for Kazakhstan's, the default), beside the step's #id.
 * Choosing one pushes a history entry, so Back returns to the previous reporter, and every switch on the
 * page follows the address (the scrolly redraws on popstate). Hand-written: a few lines, counted in the
 * chapter's JS budget.
 */

/** The reporter the address asks for, if the figure's switch offers it; else the default, Kazakhstan's. */
export function askedReporter(figure: HTMLElement): string {
  const asked = new URLSearchParams(location.search).get("reporter");
  return figure.querySelector(`[data-reporter-switch] input[value="${CSS.escape(asked ?? "")}"]`) ? asked! : "kazakhstan";
}

/** Shows the figure's words, tables, CSV link and checked option for the reporter now drawn. */
export function showReporter(figure: HTMLElement, reporter: string): void {
  figure.dataset.reporter = reporter;
  for (const el of figure.querySelectorAll<HTMLElement>("[data-for-reporter]")) el.hidden = el.dataset.forReporter !== reporter;
  for (const input of figure.querySelectorAll<HTMLInputElement>("[data-reporter-switch] input")) input.checked = input.value === reporter;
  const csv = figure.querySelector<HTMLAnchorElement>("[data-csv-path]");
  if (csv) {
    const name = `${csv.dataset.csvPath}${reporter === "kazakhstan" ? "" : `.${reporter}`}.csv`;
    csv.href = name;
    csv.download = name.split("/").pop()!;
  }
}

/** Wires the switch: a choice goes into the address (a new history entry), then every chart follows it. */
export function onReporterChoice(figure: HTMLElement): void {
  figure.querySelector("[data-reporter-switch]")?.addEventListener("change", (event) => {
    const { value } = event.target as HTMLInputElement;
    const url = new URL(location.href);
    if (value === "kazakhstan") url.searchParams.delete("reporter");
    else url.searchParams.set("reporter", value);
    history.pushState(history.state, "", url.href);
    window.dispatchEvent(new PopStateEvent("popstate"));
  });
}
