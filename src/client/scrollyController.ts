/**
 * What other browser code (the presenter) may do with a running scrolly section. Its own module so that
 * startScrollies.ts (which makes controllers) and presenter.ts (which drives them) do not import each other.
 */
export interface ScrollyController {
  section: HTMLElement;
  steps: HTMLElement[];
  /** Puts the chart in the step's state and marks the step active, without scrolling. */
  show(step: HTMLElement, animate: boolean): void;
}
