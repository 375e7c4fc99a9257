// Moves the focus once the pane has rendered again: after a dialog that held it has closed, or
// when the element to focus is only now on screen.
import { RefObject, useEffect, useState } from 'react';

export function useFocusSoon(): (target: RefObject<HTMLElement>) => void {
  const [target, setTarget] = useState<RefObject<HTMLElement> | null>(null);
  useEffect(() => {
    if (target === null) return;
    target.current?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
