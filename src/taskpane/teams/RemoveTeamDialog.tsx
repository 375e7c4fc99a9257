// Asks before a team is removed, in an alert dialog that says what is lost. The focus starts on
// "Annuleren", so pressing Enter by habit removes nothing.
import { ConfirmDialog } from '../components/ConfirmDialog';
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
    <ConfirmDialog
      open={open}
      title={strings.teamRemoveTitle(team)}
      body={strings.teamRemoveBody}
      confirm={strings.teamRemoveConfirm}
      cancel={strings.teamCancel}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
