// Asks before a team is removed, in an alert dialog that says what is lost. The focus starts on
// "Annuleren", so pressing Enter by habit removes nothing.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useStrings } from '../i18n/LocaleProvider';

interface Props {
  open: boolean;
  team: string;
  onConfirm(): void;
  onCancel(): void;
}

export function RemoveTeamDialog({ open, team, onConfirm, onCancel }: Props) {
  const strings = useStrings();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.teamRemoveTitle(team)}</DialogTitle>
          <DialogContent>{strings.teamRemoveBody}</DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{strings.teamCancel}</Button>
            <Button appearance="primary" onClick={onConfirm}>
              {strings.teamRemoveConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
