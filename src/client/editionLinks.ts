/**
 * The language switch keeps the reader's place: a link to this page in another edition (a[data-edition-link],
 * src/components/EditionSwitch.astro) gets the current #step and ?reporter= just before it is followed, opened in a
 * new tab or focused to be copied. Without scripts the links still open the same page, at its top.
 * Hand-written: a dozen lines, less than any router.
 */
function keepPlace(event: Event): void {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>("a[data-edition-link]");
  if (!link) return;
  const url = new URL(link.href);
  const reporter = new URLSearchParams(location.search).get("reporter");
  url.search = reporter ? `?reporter=${encodeURIComponent(reporter)}` : "";
  url.hash = location.hash;
  link.href = url.href;
}

export function keepPlaceInEditionLinks(root: Document): void {
  for (const type of ["pointerdown", "focusin", "click"]) root.addEventListener(type, keepPlace, true);
}
