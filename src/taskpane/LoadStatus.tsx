// What happened when the workbook was read: still reading, failed, read with warnings, converted
// from an earlier format, notes that carried a name now shared without it, or empty.
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { ConversionNotice } from './ConversionNotice';
import { MovedNotesNotice } from './MovedNotesNotice';
import { useStrings } from './i18n/LocaleProvider';
import { WarningList } from './components/WarningList';
import { useWorkbook } from './state/WorkbookProvider';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBlockEnd: tokens.spacingVerticalM,
  },
  loading: { margin: 0 },
});

export function LoadStatus() {
  const styles = useStyles();
  const strings = useStrings();
  const { status } = useWorkbook();
  return (
    <div className={styles.box}>
      <div role="status">{status.state === 'loading' && <p className={styles.loading}>{strings.loading}</p>}</div>
      {status.state === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{strings.loadFailed(status.reason)}</MessageBarBody>
        </MessageBar>
      )}
      {status.state === 'ready' && status.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.loadWarningsTitle}</MessageBarTitle>
            <WarningList warnings={status.warnings} />
          </MessageBarBody>
        </MessageBar>
      )}
      {status.state === 'ready' && status.conversion && <ConversionNotice conversion={status.conversion} />}
      {status.state === 'ready' && status.movedNotes && <MovedNotesNotice moved={status.movedNotes} />}
      {status.state === 'ready' && status.fresh && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.freshWorkbook}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
