/**
 * Copying for the page's copy buttons (links to places, citations). Hand-written: the clipboard API and a
 * live region are all it takes, and a library would add bytes to every chapter.
 */

/**
 * Puts `text` on the clipboard; where the clipboard is refused (no permission, an insecure page, an old
 * browser), calls `selectInstead` so the reader finds the text selected and can copy it themselves.
 * Resolves to whether the clipboard took it.
 */
export async function copyText(text: string, selectInstead: () => void): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    selectInstead();
    return false;
  }
}

/** Says `message` to screen readers through a visually hidden status region with this id, made on first use. */
export function announce(doc: Document, regionId: string, message: string): void {
  let region = doc.getElementById(regionId);
  if (!region) {
    region = doc.createElement("p");
    region.id = regionId;
    region.className = "visually-hidden";
    region.setAttribute("role", "status");
    doc.body.append(region);
  }
  region.textContent = message;
}
