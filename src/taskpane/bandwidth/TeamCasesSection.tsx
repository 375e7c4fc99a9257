// Step 2 for the team shown: its cases per year in each of the shared case categories, and any
// counts left under a category that is no longer in the list (said, not silently dropped).
import { teamCaseMix } from '../../core';
import { FieldGrid } from '../components/FieldGrid';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { usePlan, useTeam } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';
import { unlisted, withCount } from './teamCases';

export function TeamCasesSection() {
  const strings = useStrings();
  const formats = useFormats();
  const plan = usePlan();
  const { categories } = plan.bandwidth;
  const [team, setTeam] = useTeam();
  const counts = teamCaseMix(plan, team);
  const left = unlisted(team.cases, categories);
  return (
    <Section title={strings.teamCasesTitle(useTeamShownName())} intro={strings.teamCasesIntro}>
      {categories.length === 0 ? (
        <p>{strings.teamCasesNoCategories}</p>
      ) : (
        <FieldGrid>
          {categories.map((category, i) => (
            <NumberField
              key={i}
              label={category.name || strings.rowTitle(strings.categoryNoun, i + 1, '')}
              value={counts[i].count}
              onChange={count => setTeam({ cases: withCount(team.cases, category.name, count) })}
            />
          ))}
        </FieldGrid>
      )}
      {left.length > 0 && (
        <p>{strings.teamCasesUnlisted(left.map(c => `${c.category} (${formats.number(c.count, 0)})`).join(', '))}</p>
      )}
    </Section>
  );
}
