// Step 1 feeding step 2: the cases the area profile implies, the staff they would ask, and a way
// to take them over as the yearly counts of the case categories.
import { Button, makeStyles } from '@fluentui/react-components';
import { isError, scaleCategories } from '../../core';
import { FigureList } from '../components/FigureList';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures, useSection } from '../state/PlanStore';

const useStyles = makeStyles({ button: { alignSelf: 'flex-start' } });

export function DemandFromAreas() {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const [bandwidth, setBandwidth] = useSection('bandwidth');
  const expected = figures.expectedCases;
  const canMatch = !isError(expected) && expected > 0 && figures.casesPerYear > 0;
  return (
    <Section title={strings.demandFromAreasTitle} intro={strings.demandFromAreasIntro}>
      <FigureList
        figures={[
          { label: strings.expectedCasesYear, value: formats.result(expected, n => formats.number(n, 0)) },
          { label: strings.casesPerYear, value: formats.number(figures.casesPerYear, 0) },
          {
            label: strings.fteForExpected,
            value: formats.result(figures.fteNeededForExpected, n => formats.fixed(n, 2)),
          },
        ]}
      />
      {canMatch && (
        <Button
          className={styles.button}
          onClick={() => setBandwidth({ categories: scaleCategories(bandwidth.categories, expected as number) })}
        >
          {strings.useExpectedCases}
        </Button>
      )}
    </Section>
  );
}
