// Said after a write that left sheets alone: which, and why (a sheet of that name the add-in did
// not make, a table changed by hand).
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n/LocaleProvider';
import type { WorkbookWarning } from '../../workbook';
import { WarningList } from './WarningList';

export function SkippedSheets({ skipped }: { skipped: readonly WorkbookWarning[] }) {
  const strings = useStrings();
  if (skipped.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.skippedTitle}</MessageBarTitle>
        <WarningList warnings={skipped} />
      </MessageBarBody>
    </MessageBar>
  );
}
