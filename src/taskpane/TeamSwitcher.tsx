// Above the tabs: which team the pane shows, and adding, renaming or removing a team. Keyboard
// users stay in place: after adding they are in the new team's name field, after renaming back on
// the button they started from, after removing on the choice of team; each change is announced.
import { Button, makeStyles, tokens, useAnnounce } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { EDITS, freeTeamName, newId } from '../core';
import { SelectField } from './components/SelectField';
import { useStrings } from './i18n/LocaleProvider';
import { usePlan, usePlanActions, useTeamIndex } from './state/PlanStore';
import { RemoveTeamDialog } from './teams/RemoveTeamDialog';
import { RenameTeamForm } from './teams/RenameTeamForm';
import { teamName } from './teams/teamNames';

type Control = 'select' | 'add' | 'rename' | 'remove';
type Mode = { state: 'idle' } | { state: 'naming'; from: 'add' | 'rename' } | { state: 'removing' };

const useStyles = makeStyles({
  box: {
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    marginBlockEnd: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function TeamSwitcher() {
  const styles = useStyles();
  const strings = useStrings();
  const plan = usePlan();
  const index = useTeamIndex();
  const { apply, selectTeam } = usePlanActions();
  const { announce } = useAnnounce();
  const [mode, setMode] = useState<Mode>({ state: 'idle' });
  const [focus, setFocus] = useState<Control | null>(null);
  const select = useRef<HTMLDivElement>(null);
  const buttons = { add: useRef<HTMLButtonElement>(null), rename: useRef<HTMLButtonElement>(null) };
  const removeButton = useRef<HTMLButtonElement>(null);

  // The focus moves once the controls it goes to are on screen again.
  useEffect(() => {
    if (focus === null) return;
    if (focus === 'select') select.current?.querySelector('select')?.focus();
    else if (focus === 'remove') removeButton.current?.focus();
    else buttons[focus].current?.focus();
    setFocus(null);
  });

  const name = teamName(plan.teams[index], index, strings);
  const done = (to: Control) => {
    setMode({ state: 'idle' });
    setFocus(to);
  };
  const add = () => {
    const added = freeTeamName(plan, strings.teamNumbered);
    apply(EDITS.addTeam, { name: added, id: newId() });
    selectTeam(plan.teams.length);
    announce(strings.teamAdded(added), { polite: true });
    setMode({ state: 'naming', from: 'add' });
  };
  const rename = (newName: string) => {
    apply(EDITS.renameTeam, { id: plan.teams[index].id, name: newName });
    announce(strings.teamRenamed(newName), { polite: true });
    done(mode.state === 'naming' ? mode.from : 'rename');
  };
  const remove = () => {
    const shown = Math.max(index - 1, 0);
    apply(EDITS.removeTeam, { id: plan.teams[index].id });
    selectTeam(shown);
    const left = plan.teams.filter((_t, i) => i !== index);
    announce(strings.teamRemoved(name, teamName(left[shown], shown, strings)), { polite: true });
    done('select');
  };

  return (
    <section aria-label={strings.teamsRegion} className={styles.box}>
      <div ref={select}>
        <SelectField
          label={strings.team}
          hint={strings.teamSelectHint}
          value={String(index)}
          options={plan.teams.map((team, i) => ({ value: String(i), label: teamName(team, i, strings) }))}
          onChange={value => {
            // Another team's name is not this form's to change: choosing a team closes it.
            setMode({ state: 'idle' });
            selectTeam(Number(value));
          }}
        />
      </div>
      {mode.state === 'naming' ? (
        <RenameTeamForm
          index={index}
          initial={plan.teams[index]?.name ?? ''}
          onSave={rename}
          onCancel={() => done(mode.from)}
        />
      ) : (
        <div className={styles.actions}>
          <Button ref={buttons.add} onClick={add}>
            {strings.teamAdd}
          </Button>
          <Button
            ref={buttons.rename}
            aria-label={strings.teamRenameLabel(name)}
            onClick={() => setMode({ state: 'naming', from: 'rename' })}
          >
            {strings.teamRename}
          </Button>
          {plan.teams.length > 1 && (
            <Button
              ref={removeButton}
              aria-label={strings.teamRemoveLabel(name)}
              onClick={() => setMode({ state: 'removing' })}
            >
              {strings.teamRemove}
            </Button>
          )}
        </div>
      )}
      <RemoveTeamDialog
        open={mode.state === 'removing'}
        team={name}
        onConfirm={remove}
        onCancel={() => done('remove')}
      />
    </section>
  );
}
