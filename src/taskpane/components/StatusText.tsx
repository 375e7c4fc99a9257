// "onder" / "binnen" / "boven" the band, in words (never colour alone) with a colour cue.
import { makeStyles, tokens } from '@fluentui/react-components';
import { BandStatus, statusWord } from '../../core';
import { useLanguage } from '../i18n/LocaleProvider';

const useStyles = makeStyles({
  below: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  within: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  above: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function StatusText({ status }: { status: BandStatus }) {
  const styles = useStyles();
  return <span className={styles[status]}>{statusWord(status, useLanguage())}</span>;
}
