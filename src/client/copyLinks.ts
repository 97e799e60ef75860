import { announce, copyText } from "./copyText.ts";
import { fragmentTarget } from "./urlTarget.ts";
import { uiText } from "./uiText.ts";

/**
 * Adds a "copy link" button beside each section heading and each step: the full URL to that
 * place goes to the clipboard, or, where the clipboard is refused, into a selected text field the
 * reader can copy from. Without scripts there is no button (nothing that cannot work is shown);
 * the ids still make every place linkable.
 */
const STATUS_MS = 2500;

function showFallback(button: HTMLButtonElement, url: string): void {
  const existing = button.parentElement?.querySelector<HTMLInputElement>("input.copy-fallback");
  const field = existing ?? button.ownerDocument.createElement("input");
  field.className = "copy-fallback";
  field.readOnly = true;
  field.value = url;
  field.setAttribute("aria-label", uiText("linkField"));
  if (!existing) button.after(field);
  field.focus();
  field.select();
}

async function copy(button: HTMLButtonElement, id: string): Promise<void> {
  const url = new URL(`#${id}`, location.href).href;
  const copied = await copyText(url, () => showFallback(button, url));
  announce(button.ownerDocument, "copy-status", uiText(copied ? "linkCopied" : "linkRefused"));
  if (!copied) return;
  button.dataset.copied = "";
  window.setTimeout(() => delete button.dataset.copied, STATUS_MS);
}

function addButton(target: HTMLElement, where: HTMLElement, name: string): void {
  const button = target.ownerDocument.createElement("button");
  button.type = "button";
  button.className = "copy-link";
  button.setAttribute("aria-label", uiText("copyLink", name));
  button.textContent = "#";
  button.addEventListener("click", () => void copy(button, target.id));
  where.append(button);
}

export function addCopyLinks(root: Document): void {
  for (const heading of root.querySelectorAll<HTMLElement>("article h2[id]")) {
    addButton(heading, heading, uiText("copyLink.section", heading.textContent?.trim() ?? heading.id));
  }
  for (const step of root.querySelectorAll<HTMLElement>("[data-step][id]")) {
    const body = step.querySelector<HTMLElement>(".step-body") ?? step;
    const title = body.querySelector("strong")?.textContent?.replace(/\.$/, "") ?? step.id;
    addButton(step, body, uiText("copyLink.step", title));
  }
}

/** A deep link to a section lands with focus on its heading, so keyboard and screen reader users start there. */
export function focusDeepLinkTarget(root: Document): void {
  // Read leniently and never throwing: "#50%" or a chat app's mangled link must not stop the page.
  const target = fragmentTarget(root, location.hash);
  if (!target) return;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
}
