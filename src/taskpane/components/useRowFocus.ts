// Keeps keyboard users in place when rows come and go: after adding, focus goes to the new row's
// first field (a folded row has none: then its first button); after removing, to the add button
// (the removed button is gone).
import { useEffect, useRef, useState } from 'react';

export function useRowFocus<Container extends HTMLElement>() {
  const containerRef = useRef<Container>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [target, setTarget] = useState<number | 'add' | null>(null);

  useEffect(() => {
    if (target === null) return;
    if (target === 'add') addRef.current?.focus();
    else {
      const row = containerRef.current?.children[target];
      (
        row?.querySelector<HTMLElement>('input, textarea, select') ?? row?.querySelector<HTMLElement>('button')
      )?.focus();
    }
    setTarget(null);
  }, [target]);

  return {
    containerRef,
    addRef,
    focusRow: (index: number) => setTarget(index),
    focusAdd: () => setTarget('add'),
  };
}
