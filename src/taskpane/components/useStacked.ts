// Whether a table fits its container as a table. Measured as a table (for one layout pass, before
// anything is painted; on the server, as in the scaffold tests, not at all) after every render and whenever the container's width changes; a table that
// would not fit is shown as stacked rows instead of scrolling sideways.
import { useIsomorphicLayoutEffect } from '@fluentui/react-components';
import { RefObject, useReducer, useState } from 'react';

/** The attribute the table's styles follow: "true" while the rows are stacked. */
export const STACKED = 'data-stacked';

export function useStacked(container: RefObject<HTMLElement>): boolean {
  const [stacked, setStacked] = useState(false);
  const [resized, onResize] = useReducer((n: number) => n + 1, 0);

  useIsomorphicLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      onResize();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [container]);

  useIsomorphicLayoutEffect(() => {
    const element = container.current;
    const table = element?.firstElementChild;
    if (!element || !table) return;
    const shown = element.getAttribute(STACKED);
    element.setAttribute(STACKED, 'false');
    const tooWide = (table as HTMLElement).offsetWidth > element.clientWidth;
    if (shown !== null) element.setAttribute(STACKED, shown);
    setStacked(tooWide);
  });
  // `resized` only makes the measuring effect run again.
  void resized;
  return stacked;
}
