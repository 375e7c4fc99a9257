// A labelled text input: one line, several lines, or a date kept as the text typed (an evaluation
// moment, "Q1 2027"). Every kind keeps to the one text limit (useTextLimit). Free text (several
// lines) is checked for what points at a client (a name, a BSN, a date of birth: core's
// privacy.ts) and warned about, never refused. A field with `refuse` (a case number) keeps a text
// it refuses on screen with the reason, never in the plan, and leaving the field puts back what it
// held before the edit.
import { Field, Input, Textarea } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { freeTextFinds, todayIso } from '../../core';
import { useStrings } from '../i18n/LocaleProvider';
import { useTextLimit } from './useTextLimit';

export type TextKind = 'text' | 'longText' | 'date';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  kind?: TextKind;
  hint?: string;
  placeholder?: string;
  /** Why a typed text may not go into the plan, if it may not. */
  refuse?(typed: string): string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function TextField({ label, value, onChange, kind = 'text', hint, placeholder, refuse }: Props) {
  const strings = useStrings();
  const [draft, setDraft] = useState<string | null>(null);
  const before = useRef(value);
  const shown = draft ?? value;
  const limit = useTextLimit(shown);
  const refused = draft !== null ? refuse?.(draft) : undefined;
  const finds = kind === 'longText' && shown.trim() ? freeTextFinds(shown, Number(todayIso().slice(0, 4))) : [];
  const warning =
    finds.length > 0
      ? strings.freeTextWarning({
          bsn: finds.includes('bsn'),
          birthDate: finds.includes('birthDate'),
          name: finds.includes('name'),
        })
      : undefined;
  const message = refused ?? limit.message ?? warning;

  const change = (typed: string) => {
    if (!refuse) return onChange(typed);
    setDraft(typed);
    if (!refuse(typed)) onChange(typed);
  };
  const checked = refuse && {
    onFocus: () => {
      before.current = value;
    },
    onBlur: () => {
      if (refused) onChange(before.current);
      setDraft(null);
    },
  };

  return (
    <Field
      label={label}
      hint={limit.hint(hint)}
      validationState={refused ? 'error' : message ? 'warning' : 'none'}
      validationMessage={message}
    >
      {kind === 'longText' ? (
        <Textarea
          {...limit.input}
          {...checked}
          resize="vertical"
          value={shown}
          placeholder={placeholder}
          onChange={(_, d) => change(d.value)}
        />
      ) : (
        <Input
          {...limit.input}
          {...checked}
          // A date picker only for what it can show; free text such as "Q1 2027" stays editable.
          type={kind === 'date' && (shown === '' || ISO_DATE.test(shown)) ? 'date' : 'text'}
          value={shown}
          placeholder={placeholder}
          onChange={(_, d) => change(d.value)}
        />
      )}
    </Field>
  );
}
