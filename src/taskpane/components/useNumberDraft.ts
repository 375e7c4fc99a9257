// What a number input shows while the user types. The plan only ever receives valid numbers
// (≥ 0; percentages 0-100 are stored as fractions; a change is a percentage from -100 up, as
// "10% more cases" or "5% fewer hours"); while a typed text is not yet a valid
// number it stays on screen with a message. Leaving the field with a refused text puts back the
// value from before this edit: typing "150" into a percentage must not leave the 15 it passed on the way.
import { useRef, useState } from 'react';
import { useFormats, useStrings } from '../i18n/LocaleProvider';

/** A count is a whole number of people or cases: a fraction is refused, never rounded away. */
export type NumberKind = 'number' | 'count' | 'percent' | 'change';

const MESSAGE = {
  number: 'invalidNumber',
  count: 'invalidCount',
  percent: 'invalidPercent',
  change: 'invalidChange',
} as const;

export interface NumberDraft {
  text: string;
  /** The message to show when the typed text is refused. */
  problem: string | undefined;
  onFocus(): void;
  onChange(typed: string): void;
  onBlur(): void;
}

export function useNumberDraft(value: number, onChange: (value: number) => void, kind: NumberKind): NumberDraft {
  const formats = useFormats();
  const strings = useStrings();
  const [draft, setDraft] = useState<string | null>(null);
  const before = useRef(value);
  const inPercent = kind === 'percent' || kind === 'change';
  const shown = inPercent ? roundPercent(value * 100) : value;
  const text = draft ?? formats.forInput(shown);

  const read = (typed: string): number | undefined => {
    const number = typed.trim() === '' ? 0 : formats.parse(typed);
    if (number === undefined) return undefined;
    if (kind === 'change') return number >= -100 ? number / 100 : undefined;
    if (number < 0) return undefined;
    if (kind === 'percent') return number <= 100 ? number / 100 : undefined;
    if (kind === 'count') return Number.isInteger(number) ? number : undefined;
    return number;
  };
  const problem = draft !== null && read(draft) === undefined ? strings[MESSAGE[kind]] : undefined;

  return {
    text,
    problem,
    onFocus: () => {
      before.current = value;
      setDraft(formats.forInput(shown));
    },
    onChange: typed => {
      setDraft(typed);
      const number = read(typed);
      if (number !== undefined && number !== value) onChange(number);
    },
    onBlur: () => {
      if (problem && value !== before.current) onChange(before.current);
      setDraft(null);
    },
  };
}

/** 5.500000000000001 → 5.5: percentages from fractions without floating-point noise. */
const roundPercent = (percent: number): number => Math.round(percent * 1e6) / 1e6;
