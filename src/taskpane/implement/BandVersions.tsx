// The team's band history as a list, oldest first: each version's date and band, the one in force
// marked, with the reason it was adopted and what it was based on.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { BandVersion } from '../../core';
import { Section } from '../components/Section';
import { dateText } from '../format/dateText';
import { useFormats, useLanguage, useStrings } from '../i18n/LocaleProvider';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  version: {
    marginBlockEnd: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
  },
  inForce: { borderInlineStartColor: tokens.colorBrandStroke1 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  details: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  term: { margin: 0, color: tokens.colorNeutralForeground2 },
  text: { margin: 0 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

interface Props {
  versions: readonly BandVersion[];
  /** The place in `versions` of the one in force today, if any. */
  inForce: number | undefined;
}

export function BandVersions({ versions, inForce }: Props) {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const language = useLanguage();
  // Oldest first; versions of the same date in the order they were adopted.
  const ordered = versions
    .map((version, index) => ({ version, index }))
    .sort((a, b) => a.version.from.localeCompare(b.version.from));
  return (
    <Section title={strings.versionsTitle} level={3}>
      {ordered.length === 0 ? (
        <p className={styles.empty}>{strings.noVersions}</p>
      ) : (
        <ol className={styles.list}>
          {ordered.map(({ version, index }) => (
            <li key={index} className={mergeClasses(styles.version, index === inForce && styles.inForce)}>
              <h4 className={styles.heading}>
                {strings.versionHeading(dateText(version.from, language), formats.band(version))}
                {index === inForce && ` ${strings.versionInForce}`}
              </h4>
              <dl className={styles.details}>
                <dt className={styles.term}>{strings.versionReason}</dt>
                <dd className={styles.text}>{version.reason || strings.versionNotRecorded}</dd>
                <dt className={styles.term}>{strings.versionBasis}</dt>
                <dd className={styles.text}>{version.basis || strings.versionNotRecorded}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
