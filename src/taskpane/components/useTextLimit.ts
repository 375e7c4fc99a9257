// The one text limit (TEXT_LIMIT) in a text input: the browser takes no more than the limit
// (maxLength), a counter appears near it (in the field's hint, so a screen reader hears it with the
// field), and a paste or drop that would not fit is refused whole with a message rather than cut off
// without a word, as maxLength alone would do. The message is an alert, so it is heard as it appears.
import type { ClipboardEvent, DragEvent } from 'react';
import { useState } from 'react';
import { TEXT_LIMIT } from '../../core';
import { useFormats, useStrings } from '../i18n/LocaleProvider';

/** The counter shows from here: a name never gets near it, a long text sees it coming. */
export const COUNTER_FROM = TEXT_LIMIT * 0.9;

type TextElement = HTMLInputElement | HTMLTextAreaElement;

export interface TextLimit {
  /** For the Input or Textarea. */
  input: {
    maxLength: number;
    onPaste(event: ClipboardEvent<TextElement>): void;
    onDrop(event: DragEvent<TextElement>): void;
  };
  /** The field's own hint with, near the limit, the counter after it ("9.120 van de 10.000 tekens gebruikt."). */
  hint(own?: string): string | undefined;
  /** A refused paste, or that the field is full. */
  message: string | undefined;
}

/** The text as the field will hold it: a single line loses its line breaks, a textarea keeps "\n" only. */
const asInserted = (text: string, into: TextElement) =>
  into instanceof HTMLInputElement ? text.replace(/[\r\n]/g, '') : text.replace(/\r\n?/g, '\n');

export function useTextLimit(value: string): TextLimit {
  const strings = useStrings();
  const formats = useFormats();
  // The refusal holds while the text is what it was refused on: any edit after it clears it.
  const [refused, setRefused] = useState<{ message: string; on: string }>();
  const count = (n: number) => formats.number(n, 0);

  /** Refuses an insertion that would not fit whole in what is not selected. */
  const check = (event: ClipboardEvent<TextElement> | DragEvent<TextElement>, data: DataTransfer | null) => {
    const target = event.currentTarget;
    const inserted = asInserted(data?.getData('text') ?? '', target);
    const selected = (target.selectionEnd ?? 0) - (target.selectionStart ?? 0);
    const room = TEXT_LIMIT - (target.value.length - (event.type === 'paste' ? selected : 0));
    if (inserted.length <= room) return;
    event.preventDefault();
    setRefused({ message: strings.textPasteTooLong(count(inserted.length), count(Math.max(room, 0))), on: value });
  };

  const counter = value.length >= COUNTER_FROM ? strings.textCount(count(value.length), count(TEXT_LIMIT)) : undefined;
  return {
    input: {
      maxLength: TEXT_LIMIT,
      onPaste: event => check(event, event.clipboardData),
      onDrop: event => check(event, event.dataTransfer),
    },
    hint: own => [own, counter].filter(Boolean).join(' ') || undefined,
    message:
      refused && refused.on === value
        ? refused.message
        : value.length >= TEXT_LIMIT
          ? strings.textFull(count(TEXT_LIMIT))
          : undefined,
  };
}
