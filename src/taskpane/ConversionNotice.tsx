// Said after opening a workbook of an earlier format: what was converted (one team named after the
// municipality, weeks turned into dates and labels kept as they were, the band kept as the first
// version, factor periods turned into dates), and that the next save writes today's format.
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { dateText } from './format/dateText';
import { useLanguage, useStrings } from './i18n/LocaleProvider';
import type { Conversion } from './state/WorkbookProvider';

const useStyles = makeStyles({
  text: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function ConversionNotice({ conversion }: { conversion: Conversion }) {
  const styles = useStyles();
  const strings = useStrings();
  const language = useLanguage();
  const { fromVersion, team, datedWeeks, labelWeeks, bandFrom, datedFactors } = conversion;
  const done = [
    strings.conversionTeam(team),
    datedWeeks > 0 && strings.conversionWeeks(datedWeeks),
    labelWeeks.length > 0 && strings.conversionLabels(labelWeeks.map(label => `"${label}"`).join(', ')),
    bandFrom ? strings.conversionBand(dateText(bandFrom, language)) : strings.conversionNoBand,
    datedFactors > 0 && strings.conversionFactors(datedFactors),
  ].filter((line): line is string => typeof line === 'string');
  return (
    <MessageBar intent="info" layout="multiline" data-testid="conversion-notice">
      <MessageBarBody>
        <MessageBarTitle>{strings.conversionTitle}</MessageBarTitle>
        <p className={styles.text}>{strings.conversionIntro(fromVersion)}</p>
        <ul className={styles.list}>
          {done.map(line => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className={styles.text}>{strings.conversionNextSave}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
