// The language chosen in the pane is remembered in this browser and wins over Office's display
// language next time, but not over `?lang=` (tests and demos); a browser that keeps nothing, or
// holds something else under the key, starts by Office's or the browser's language as before.
import {
  detectLanguage,
  LANGUAGE_KEY,
  rememberedLanguage,
  rememberLanguage,
} from '../../src/taskpane/i18n/detectLanguage';

const shelf = (): Storage => {
  const items = new Map<string, string>();
  return {
    getItem: key => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  } as Storage;
};

test('a choice made in the pane wins over Office’s display language and the browser’s', () => {
  const storage = shelf();
  rememberLanguage('en', storage);
  expect(storage.getItem(LANGUAGE_KEY)).toBe('en');
  expect(detectLanguage('', 'nl-NL', 'nl-NL', rememberedLanguage(storage))).toBe('en');
  rememberLanguage('nl', storage);
  expect(detectLanguage('', 'en-US', 'en-US', rememberedLanguage(storage))).toBe('nl');
});

test('?lang= wins over the remembered choice', () => {
  const storage = shelf();
  rememberLanguage('nl', storage);
  expect(detectLanguage('?lang=en', 'nl-NL', 'nl-NL', rememberedLanguage(storage))).toBe('en');
});

test('without a choice, Office’s display language decides; something else under the key is no choice', () => {
  const storage = shelf();
  expect(detectLanguage('', 'en-US', 'nl-NL', rememberedLanguage(storage))).toBe('en');
  storage.setItem(LANGUAGE_KEY, 'de');
  expect(rememberedLanguage(storage)).toBeUndefined();
  expect(detectLanguage('', 'nl-BE', 'en-US', rememberedLanguage(storage))).toBe('nl');
});

test('a browser whose storage refuses keeps nothing, and the pane still starts', () => {
  const refusing = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  } as unknown as Storage;
  expect(() => rememberLanguage('en', refusing)).not.toThrow();
  expect(rememberedLanguage(refusing)).toBeUndefined();
  expect(rememberedLanguage(undefined)).toBeUndefined();
});
