// Beside the pane's title: Nederlands or English, each named in its own language. The choice is
// remembered in this browser; until one is made the pane follows Office's display language.
import { makeStyles, Select, tokens, useId } from '@fluentui/react-components';
import { Language } from '../core';
import { useChooseLanguage, useLanguage, useStrings } from './i18n/LocaleProvider';

const NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

const useStyles = makeStyles({
  choice: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function LanguageChoice() {
  const styles = useStyles();
  const strings = useStrings();
  const language = useLanguage();
  const choose = useChooseLanguage();
  const id = useId('language');
  return (
    <div className={styles.choice}>
      <label htmlFor={id} className={styles.label}>
        {strings.languageLabel}
      </label>
      <Select id={id} size="small" value={language} onChange={(_, data) => choose(data.value as Language)}>
        {(Object.keys(NAMES) as Language[]).map(option => (
          <option key={option} value={option} lang={option}>
            {NAMES[option]}
          </option>
        ))}
      </Select>
    </div>
  );
}
