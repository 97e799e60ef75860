import scrollama from "scrollama";

export interface StepScroller {
  /** Re-measures step positions; call after the layout changes size. */
  resize(): void;
  destroy(): void;
}

/**
 * The one typed wrapper around scrollama: calls `onEnter` with the step that crosses the
 * trigger line (half-way down the viewport), scrolling down or up. Only enter events are used;
 * the state is always derived from the step itself, never replayed from a sequence of events.
 */
export function stepScroller(steps: HTMLElement[], onEnter: (step: HTMLElement) => void): StepScroller {
  const scroller = scrollama();
  scroller.setup({ step: steps, offset: 0.5 }).onStepEnter(({ element }) => onEnter(element));
  return { resize: () => scroller.resize(), destroy: () => scroller.destroy() };
}
