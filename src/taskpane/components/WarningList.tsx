// Workbook warnings as a list of sentences, inside a message bar.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { warningText } from '../i18n/warningText';
import type { WorkbookWarning } from '../../workbook';

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL } });

export function WarningList({ warnings }: { warnings: readonly WorkbookWarning[] }) {
  const strings = useStrings();
  const formats = useFormats();
  return (
    <ul className={useStyles().list}>
      {warnings.map((warning, i) => (
        <li key={i}>{warningText(warning, strings, formats)}</li>
      ))}
    </ul>
  );
}
