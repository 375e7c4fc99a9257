// How the team shown divides its cases: who divides, whether the norm is per person or carried by
// the team together, and the quality the team agreed is enough. One set of answers per team; a
// question left blank is an open agreement on the overview.
import { Division, openAgreements } from '../../core';
import { FieldGrid, Wide } from '../components/FieldGrid';
import { FigureList } from '../components/FigureList';
import { Section } from '../components/Section';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useStrings } from '../i18n/LocaleProvider';
import { useTeam } from '../state/PlanStore';
import { useTeamShownName } from '../teams/teamNames';

const NONE: Division = { divides: '', norm: '', quality: '', note: '' };

export function DivisionAgreements() {
  const strings = useStrings();
  const [team, setTeam] = useTeam();
  const name = useTeamShownName();
  // The team's first row holds its answers; rows added by hand in Excel stay as they are.
  const [answers = NONE, ...others] = team.division;
  const set = (patch: Partial<Division>) => setTeam({ division: [{ ...answers, ...patch }, ...others] });
  return (
    <Section title={strings.divisionTitle(name)} intro={strings.divisionIntro}>
      <FieldGrid>
        <SelectField
          label={strings.divisionDivides}
          value={answers.divides}
          options={[
            { value: '', label: strings.divisionOpen },
            { value: 'teamLeader', label: strings.divisionTeamLeader },
            { value: 'team', label: strings.divisionTeam },
          ]}
          onChange={divides => set({ divides: divides as Division['divides'] })}
        />
        <SelectField
          label={strings.divisionNorm}
          value={answers.norm}
          options={[
            { value: '', label: strings.divisionOpen },
            { value: 'perPerson', label: strings.divisionPerPerson },
            { value: 'together', label: strings.divisionTogether },
          ]}
          onChange={norm => set({ norm: norm as Division['norm'] })}
        />
        <Wide>
          <TextField label={strings.divisionQuality} value={answers.quality} onChange={quality => set({ quality })} />
        </Wide>
        <Wide>
          <TextField
            kind="longText"
            label={strings.divisionNote}
            value={answers.note}
            onChange={note => set({ note })}
          />
        </Wide>
      </FieldGrid>
      <FigureList
        figures={[
          { label: strings.openAgreements, value: String(openAgreements(team.division)), testId: 'open-agreements' },
        ]}
      />
    </Section>
  );
}
