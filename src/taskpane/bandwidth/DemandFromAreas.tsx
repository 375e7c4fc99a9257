// Step 1 feeding step 2: the cases the areas of the team shown imply and the FTE they would ask,
// beside the team's benodigd (its cases per year: the one every tab shows), and a way to take the
// expected cases over as the team's yearly counts per category (keeping its mix).
import { Button, makeStyles } from '@fluentui/react-components';
import { isError, scaleCases } from '../../core';
import { FigureList } from '../components/FigureList';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, useTeam } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';

const useStyles = makeStyles({ button: { alignSelf: 'flex-start' } });

export function DemandFromAreas() {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const [team, setTeam] = useTeam();
  const name = useTeamShownName();
  const expected = figures.expectedCases;
  const canMatch = !isError(expected) && expected > 0 && figures.casesPerYear > 0;
  return (
    <Section title={strings.demandFromAreasTitle} intro={strings.demandFromAreasIntroTeam(name)}>
      <FigureList
        figures={[
          { label: strings.expectedCasesYear, value: formats.result(expected, n => formats.number(n, 0)) },
          {
            label: strings.fteForExpected,
            value: formats.result(figures.fteNeededForExpected, n => formats.fixed(n, 2)),
            note: strings.fteForExpectedNote,
          },
          { label: strings.casesPerYear, value: formats.number(figures.casesPerYear, 0) },
          {
            label: strings.fteNeeded,
            value: formats.result(figures.fteNeeded, n => formats.fixed(n, 2)),
            note: strings.fteNeededNote,
            testId: 'team-benodigd',
          },
        ]}
      />
      {canMatch && (
        <Button
          className={styles.button}
          onClick={() => setTeam({ cases: scaleCases(team.cases, expected as number) })}
        >
          {strings.useExpectedCases}
        </Button>
      )}
    </Section>
  );
}
