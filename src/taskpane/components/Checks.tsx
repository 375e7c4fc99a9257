// The plausibility warnings of one row or field (core's plausibility.ts), as sentences under it:
// allowed, but probably a slip of the keyboard, so said and never refused.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CheckCode } from '../../core';
import { useStrings } from '../i18n/LocaleProvider';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});

export function Checks({ codes }: { codes: readonly CheckCode[] }) {
  const styles = useStyles();
  const strings = useStrings();
  if (codes.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={strings.plausibilityTitle}>
      {codes.map(code => (
        <li key={code}>{strings.plausibility[code]}</li>
      ))}
    </ul>
  );
}
