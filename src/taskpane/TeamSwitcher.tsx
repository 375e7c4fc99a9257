// Above the tabs, on one line: which team the pane shows, and adding, renaming or removing a team
// (buttons with an icon, named and with a tooltip; what a team choice means is behind the info
// button beside "Team", so the line fits Excel's 350 px pane). Keyboard users stay in place: after adding they are in the new team's name field, after renaming back on
// the button they started from, after removing on the choice of team; each change is announced.
import { Button, Field, InfoLabel, makeStyles, Select, tokens, Tooltip, useAnnounce } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { EDITS, freeTeamName, newId } from '../core';
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
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    marginBlockEnd: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  // The choice takes what the buttons leave; a long team name is cut off inside it, never widening the pane.
  choice: {
    flexGrow: 1,
    minWidth: 0,
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    '& .fui-Select': { minWidth: 0, width: '100%' },
  },
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
      <div className={styles.line}>
        <Field
          ref={select}
          className={styles.choice}
          orientation="horizontal"
          label={{
            children: (_: unknown, props: object) => (
              <InfoLabel {...props} info={strings.teamSelectHint}>
                {strings.team}
              </InfoLabel>
            ),
          }}
        >
          <Select
            value={String(index)}
            onChange={(_, data) => {
              // Another team's name is not this form's to change: choosing a team closes it.
              setMode({ state: 'idle' });
              selectTeam(Number(data.value));
            }}
          >
            {plan.teams.map((team, i) => (
              <option key={team.id} value={String(i)}>
                {teamName(team, i, strings)}
              </option>
            ))}
          </Select>
        </Field>
        {mode.state !== 'naming' && (
          <>
            <Tooltip content={strings.teamAdd} relationship="label">
              <Button ref={buttons.add} icon={<AddRegular />} appearance="subtle" onClick={add} />
            </Tooltip>
            <Tooltip content={strings.teamRenameLabel(name)} relationship="label">
              <Button
                ref={buttons.rename}
                icon={<EditRegular />}
                appearance="subtle"
                onClick={() => setMode({ state: 'naming', from: 'rename' })}
              />
            </Tooltip>
            {plan.teams.length > 1 && (
              <Tooltip content={strings.teamRemoveLabel(name)} relationship="label">
                <Button
                  ref={removeButton}
                  icon={<DeleteRegular />}
                  appearance="subtle"
                  onClick={() => setMode({ state: 'removing' })}
                />
              </Tooltip>
            )}
          </>
        )}
      </div>
      {mode.state === 'naming' && (
        <RenameTeamForm
          index={index}
          initial={plan.teams[index]?.name ?? ''}
          onSave={rename}
          onCancel={() => done(mode.from)}
        />
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
