// After a save that met someone else's work: what both people changed differently, each with this
// person's version and the other's side by side and a choice. Nothing is decided for them: their own
// version is in the pane already and the other's stays offered until they choose or save again.
// A choice is announced, and the focus moves to the next point (or the list's heading).
import { Button, makeStyles, tokens, useAnnounce } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { Choice, Disagreement, resolveDisagreement } from '../../core';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { placeText } from '../i18n/changeText';
import { usePlanActions } from '../state/PlanStore';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlockStart: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  versions: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, auto) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Shown = (value: unknown) => string;

/** One point: what happened, both versions, and the choices that fit it. */
function Point({ d, show, onChoose }: { d: Disagreement; show: Shown; onChoose(choice: Choice): void }) {
  const styles = useStyles();
  const strings = useStrings();
  const place = placeText(d.where, strings);
  const said =
    d.kind === 'value'
      ? strings.disagreementValue(place)
      : d.kind === 'row'
        ? d.theirs === null
          ? strings.disagreementRowRemovedByThem(place)
          : d.mine === null
            ? strings.disagreementRowRemovedByMe(place)
            : strings.disagreementRow(place)
        : d.removedBy === 'them'
          ? strings.disagreementKeptRemovedByThem(place)
          : strings.disagreementKeptRemovedByMe(place);
  const choices: [Choice, string][] =
    d.kind === 'kept'
      ? d.removedBy === 'them'
        ? [
            ['mine', strings.chooseKeep],
            ['theirs', strings.chooseRemove],
          ]
        : [
            ['theirs', strings.chooseKeep],
            ['mine', strings.chooseRemove],
          ]
      : [
          ['mine', strings.chooseMine],
          ['theirs', strings.chooseTheirs],
          ...(d.kind === 'row' && d.mine !== null && d.theirs !== null
            ? [['both', strings.chooseBoth] as [Choice, string]]
            : []),
        ];
  return (
    <>
      <p className={styles.text}>{said}</p>
      {d.kind !== 'kept' && (
        <dl className={styles.versions}>
          <dt className={styles.term}>{strings.versionMine}</dt>
          <dd className={styles.value}>{show(d.mine)}</dd>
          <dt className={styles.term}>{strings.versionTheirs}</dt>
          <dd className={styles.value}>{show(d.theirs)}</dd>
        </dl>
      )}
      <div className={styles.actions} role="group" aria-label={place}>
        {choices.map(([choice, label]) => (
          <Button key={choice} size="small" onClick={() => onChoose(choice)}>
            {label}
          </Button>
        ))}
      </div>
    </>
  );
}

export function Disagreements({ disagreements }: { disagreements: readonly Disagreement[] }) {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const { edit } = usePlanActions();
  const { announce } = useAnnounce();
  const [open, setOpen] = useState<readonly Disagreement[]>(disagreements);
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLParagraphElement>(null);
  if (disagreements.length === 0) return null;

  // A row as the values the person typed, in the order of its fields; a removed row as such.
  const show: Shown = value => {
    if (value === null || value === undefined) return strings.versionRemoved;
    if (typeof value === 'number') return formats.number(value, 4);
    if (typeof value !== 'object') return String(value) === '' ? '–' : String(value);
    return Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => key !== 'id' && v !== '' && v !== null)
      .map(([, v]) => (typeof v === 'number' ? formats.number(v, 4) : String(v)))
      .join(' · ');
  };

  const choose = (d: Disagreement, index: number, choice: Choice) => {
    edit(plan => resolveDisagreement(plan, d, choice));
    const left = open.filter(other => other !== d);
    setOpen(left);
    announce(strings.choiceMade(placeText(d.where, strings)), { polite: true });
    // Keyboard users go on with the next point, or to the heading when none is left.
    requestAnimationFrame(() => {
      const points = list.current?.children;
      const next = points?.[Math.min(index, left.length - 1)]?.querySelector('button');
      (next ?? heading.current)?.focus();
    });
  };

  return (
    <section className={styles.box} aria-label={strings.disagreementsTitle}>
      <p className={styles.title} ref={heading} tabIndex={-1}>
        {strings.disagreementsTitle}
      </p>
      {open.length > 0 && <p className={styles.text}>{strings.disagreementsIntro}</p>}
      <ul className={styles.list} ref={list}>
        {open.map((d, i) => (
          <li key={`${d.where}-${i}`} className={styles.item}>
            <Point d={d} show={show} onChoose={choice => choose(d, i, choice)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
