// The cost of one FTE: the individual choice budget (IKB), the employer's charges and the other
// costs per FTE, and the salary scales with what a full-time FTE on each costs (COST_PER_FTE).
import { costPerFteOf, Finance } from '../../core';
import { EditableRows } from '../components/EditableRows';
import { NumberField } from '../components/NumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

type Scale = Finance['scales'][number];

export function SalaryCosts() {
  const strings = useStrings();
  const formats = useFormats();
  const [finance, setFinance] = useSection('finance');
  return (
    <Section level={3} title={strings.salaryTitle} intro={strings.salaryIntro}>
      <NumberField
        label={strings.ikbShare}
        hint={strings.ikbShareHint}
        kind="percent"
        value={finance.ikbShare}
        onChange={ikbShare => setFinance({ ikbShare })}
      />
      <NumberField
        label={strings.employerShare}
        hint={strings.employerShareHint}
        kind="percent"
        value={finance.employerShare}
        onChange={employerShare => setFinance({ employerShare })}
      />
      <NumberField
        label={strings.otherPerFte}
        hint={strings.otherPerFteHint}
        value={finance.otherPerFte}
        onChange={otherPerFte => setFinance({ otherPerFte })}
      />
      <EditableRows<Scale>
        level={3}
        title={strings.scalesTitle}
        noun={strings.scaleNoun}
        rows={finance.scales}
        onChange={scales => setFinance({ scales })}
        fields={[
          { key: 'name', kind: 'text', label: strings.scaleName },
          { key: 'salary', kind: 'number', label: strings.scaleSalary },
        ]}
        nameKey="name"
        newRow={() => ({ name: '', salary: 0 })}
        extra={scale => strings.scaleCostPerFte(formats.result(costPerFteOf(finance, scale.salary), formats.euro))}
      />
    </Section>
  );
}
