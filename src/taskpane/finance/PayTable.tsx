// What each person on the roster of the team shown is paid: a scale, or a yearly salary of their
// own, with their cost per FTE, their FTE on the roster today and what they cost per year.
import { makeStyles, Select } from '@fluentui/react-components';
import { EDITS, sameName } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { OptionalNumberField } from '../components/OptionalNumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useOrganisation, usePlan, usePlanActions, useTeam } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';

const useStyles = makeStyles({ salary: { width: '6.5rem' } });

export function PayTable() {
  const strings = useStrings();
  const formats = useFormats();
  const styles = useStyles();
  const plan = usePlan();
  const [team] = useTeam();
  const shown = useTeamShownName();
  const { finance } = useOrganisation();
  const { apply } = usePlanActions();
  // A person with several roster rows (periods) is paid once.
  const people = [...new Set(team.roster.map(p => p.name))];
  const euro = (n: number) => formats.euro(n);
  const scales = [
    { value: '', label: strings.payNoScale },
    ...plan.finance.scales.map(s => ({ value: s.name, label: s.name })),
  ];
  return (
    <Section level={3} title={strings.payTitle(shown)} intro={strings.payIntro}>
      {people.length === 0 ? (
        <p>{strings.noPeople}</p>
      ) : (
        <FigureTable
          caption={strings.payTitle(shown)}
          rowHeaders
          columns={[
            { heading: strings.nameColumn },
            { heading: strings.payScaleColumn },
            { heading: strings.payOwnSalaryColumn },
            { heading: strings.costPerFte, numeric: true, live: true },
            { heading: strings.payFte, numeric: true, live: true },
            { heading: strings.payCost, numeric: true, live: true },
          ]}
          rows={people.map(name => {
            const own = plan.finance.pay.find(p => sameName(p.team, team.name) && sameName(p.name, name));
            const figures = finance.pay.find(p => sameName(p.team, team.name) && sameName(p.name, name));
            const scale = own?.scale ?? '';
            const options = scales.some(s => s.value === scale) ? scales : [...scales, { value: scale, label: scale }];
            return [
              name,
              <Select
                key="scale"
                size="small"
                aria-label={strings.payScale(name)}
                value={scale}
                onChange={(_, d) => apply(EDITS.setPay, { team: team.name, name, change: { scale: d.value } })}
              >
                {options.map(option => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>,
              <OptionalNumberField
                key="salary"
                inTable
                className={styles.salary}
                label={strings.payOwnSalary(name)}
                value={own?.salary ?? null}
                onChange={salary => apply(EDITS.setPay, { team: team.name, name, change: { salary } })}
              />,
              figures ? formats.result(figures.costPerFte, euro) : strings.noValue,
              figures ? formats.fixed(figures.fte, 2) : strings.noValue,
              figures ? formats.result(figures.cost, euro) : strings.noValue,
            ];
          })}
        />
      )}
    </Section>
  );
}
