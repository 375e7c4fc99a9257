// Step 2, beside the weighing factors: the outcomes of the team's reflections on deviating cases,
// added up. A missing factor or category found there is a reason to adjust this step.
import { deviationFigures, OUTCOMES } from '../../core';
import { FigureList } from '../components/FigureList';
import { Section } from '../components/Section';
import { useStrings } from '../i18n/LocaleProvider';
import { usePlan, useTeam } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';
import { outcomeLabel } from './outcomeLabels';

export function ModelMayMiss() {
  const strings = useStrings();
  const plan = usePlan();
  const [team] = useTeam();
  const name = useTeamShownName();
  const { outcomes } = deviationFigures(plan, team);
  const reached = OUTCOMES.filter(o => outcomes[o] > 0);
  return (
    <Section level={3} title={strings.missTitle} intro={strings.missIntro(name)}>
      {reached.length === 0 ? (
        <p>{strings.missNone}</p>
      ) : (
        <FigureList figures={reached.map(o => ({ label: outcomeLabel(o, strings), value: String(outcomes[o]) }))} />
      )}
    </Section>
  );
}
