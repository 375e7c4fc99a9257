// Step 2's result for the team shown, kept in view while the inputs below it change: the band of
// open cases per FTE that today's inputs propose, and the band for the team's roster of today.
import { makeStyles, tokens } from '@fluentui/react-components';
import { FigureList } from '../components/FigureList';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useFigures } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';

const useStyles = makeStyles({
  summary: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    marginBlockEnd: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottomWidth: tokens.strokeWidthThick,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorBrandStroke1,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
});

export function BandSummary() {
  const styles = useStyles();
  const strings = useStrings();
  const formats = useFormats();
  const figures = useFigures();
  const team = useTeamShownName();
  return (
    <section aria-labelledby="band-summary-title" className={styles.summary}>
      <h2 id="band-summary-title" className={styles.heading}>
        {strings.resultTitleTeam(team)}
      </h2>
      <FigureList
        figures={[
          {
            label: strings.bandPerFte,
            value: formats.result(figures.bandPerFte, formats.band),
            testId: 'band-per-fte',
          },
          { label: strings.bandTeam, value: formats.result(figures.teamBand, formats.band), testId: 'band-team' },
        ]}
      />
    </section>
  );
}
