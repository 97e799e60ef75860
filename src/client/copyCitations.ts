/**
 * Adds a "Copy" button to each format of a citation (APA, Chicago, MLA, BibTeX, CSL-JSON): the text goes to
 * the clipboard, or, where the clipboard is refused, is selected for the reader to copy. Without scripts the
 * citations are plain text to select, and there is no button. A "Cite" disclosure gets its buttons when first
 * opened, so a page with many sections does no work for citations nobody opens.
 */
import { announce, copyText } from "./copyText.ts";
import { uiText } from "./uiText.ts";

const STATUS_MS = 2500;

async function copy(button: HTMLButtonElement, text: HTMLElement, name: string): Promise<void> {
  const doc = button.ownerDocument;
  const copied = await copyText(text.textContent ?? "", () => doc.getSelection()?.selectAllChildren(text));
  button.textContent = uiText(copied ? "citeCopied" : "citeSelected");
  announce(doc, "cite-status", uiText(copied ? "citeCopiedStatus" : "citeRefused", name));
  window.setTimeout(() => (button.textContent = uiText("citeCopy")), STATUS_MS);
}

function addButtons(block: Element): void {
  if (block.querySelector(".cite-copy")) return;
  for (const dd of block.querySelectorAll<HTMLElement>(".cite-formats dd")) {
    const text = dd.querySelector<HTMLElement>("p, pre");
    if (!text) continue;
    const name = dd.previousElementSibling?.textContent ?? "";
    const button = dd.ownerDocument.createElement("button");
    button.type = "button";
    button.className = "cite-copy";
    button.textContent = uiText("citeCopy");
    button.setAttribute("aria-label", uiText("citeCopyLabel", name));
    button.addEventListener("click", () => void copy(button, text, name));
    dd.append(button);
  }
}

export function addCitationCopyButtons(root: Document): void {
  for (const details of root.querySelectorAll<HTMLDetailsElement>("details.cite")) {
    details.addEventListener("toggle", () => details.open && addButtons(details), { once: true });
  }
  for (const block of root.querySelectorAll(".cite-chapter")) addButtons(block);
}
