import type { ScrollyController } from "./scrollyController.ts";
import { fragmentTarget, wantsPresenter } from "./urlTarget.ts";
import { uiText } from "./uiText.ts";

/**
 * Presenter mode: the chapter's steps as full-screen slides, one step each with its chart large.
 * Enter with the Present button or the P key; move with the arrow keys, PageUp/PageDown (what
 * presentation clickers send), Space, Home and End; leave with Esc. The URL carries ?present and
 * the step's id, so a slide can be linked and opened directly.
 */
/** Whether the page is showing its steps as slides. */
export const isPresenting = (): boolean => document.documentElement.classList.contains("presenting");

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

/**
 * Puts the Present button in the room the page keeps for it: only where scripts run, so a text browser
 * or a reader without scripts is not offered a control that cannot work.
 */
export function addPresenterToggle(root: Document): HTMLButtonElement | undefined {
  const slot = root.querySelector<HTMLElement>("[data-presenter-slot]");
  if (!slot) return undefined;
  const button = root.createElement("button");
  button.type = "button";
  button.className = "presenter-toggle";
  button.setAttribute("aria-pressed", "false");
  button.setAttribute("aria-keyshortcuts", "p");
  const key = root.createElement("kbd");
  key.textContent = "P";
  button.append(`${uiText("present")} `, key);
  slot.append(button);
  return button;
}

export function startPresenter(root: Document, controllers: ScrollyController[], toggle: HTMLButtonElement): void {
  const slides = controllers.flatMap((controller) => controller.steps.map((step) => ({ controller, step })));
  if (slides.length === 0) return;
  const html = root.documentElement;
  let index = 0;

  const syncUrl = () => {
    const url = new URL(location.href);
    if (isPresenting()) url.searchParams.set("present", "");
    else url.searchParams.delete("present");
    url.hash = slides[index]!.step.id;
    history.replaceState(history.state, "", url.href);
  };

  const show = (next: number, animate: boolean) => {
    index = Math.max(0, Math.min(slides.length - 1, next));
    const { controller, step } = slides[index]!;
    for (const slide of slides) slide.step.classList.toggle("is-current", slide.step === step);
    for (const c of controllers) c.section.classList.toggle("is-current", c === controller);
    controller.show(step, animate);
    step.focus({ preventScroll: true });
    // On short screens a slide scrolls (see the stylesheet): each one starts at its top, chart first,
    // also after the browser's own scroll to the URL's fragment, which comes once the page has loaded.
    const toTop = () => (controller.section.scrollTop = 0);
    toTop();
    if (document.readyState !== "complete") window.addEventListener("load", () => requestAnimationFrame(toTop), { once: true });
    syncUrl();
  };

  const enter = () => {
    const target = fragmentTarget(root, location.hash);
    const hashed = slides.findIndex((s) => s.step === target);
    const active = slides.findIndex((s) => s.step.classList.contains("is-active"));
    html.classList.add("presenting");
    toggle.setAttribute("aria-pressed", "true");
    show(hashed >= 0 ? hashed : Math.max(active, 0), false);
  };

  const leave = () => {
    const { step } = slides[index]!;
    html.classList.remove("presenting");
    toggle.setAttribute("aria-pressed", "false");
    syncUrl();
    step.scrollIntoView({ block: "start" });
    toggle.focus({ preventScroll: true });
  };

  // Back, forward and links to a step while presenting move to that step's slide.
  window.addEventListener("hashchange", () => {
    if (!isPresenting()) return;
    const target = fragmentTarget(root, location.hash);
    const hashed = slides.findIndex((s) => s.step === target);
    if (hashed >= 0) show(hashed, false);
  });

  toggle.addEventListener("click", () => (isPresenting() ? leave() : enter()));

  root.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey || target.closest("input, textarea, select, summary, button, [contenteditable]"))
      return;
    const presenting = isPresenting();
    if (!presenting) {
      if (event.key === "p" || event.key === "P") {
        event.preventDefault();
        enter();
      }
      return;
    }
    if (event.key === "Escape" || event.key === "p" || event.key === "P") leave();
    else if (NEXT.has(event.key)) show(index + 1, true);
    else if (PREVIOUS.has(event.key)) show(index - 1, true);
    else if (event.key === "Home") show(0, true);
    else if (event.key === "End") show(slides.length - 1, true);
    else return;
    event.preventDefault();
  });

  if (wantsPresenter(location.search)) enter();
}
