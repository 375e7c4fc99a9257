// Step 2: the case mix, with the number of cases per year and the hours each kind asks.
import { Plan } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { useSection } from '../state/PlanStore';

type Category = Plan['bandwidth']['categories'][number];

export function CategoriesEditor() {
  const strings = useStrings();
  const [bandwidth, setBandwidth] = useSection('bandwidth');
  const fields: FieldSpec<Category>[] = [
    { key: 'name', kind: 'text', label: strings.categoryName, wide: true },
    { key: 'count', kind: 'number', label: strings.categoryCount },
    { key: 'hoursPerCase', kind: 'number', label: strings.categoryHours },
  ];
  return (
    <EditableRows
      title={strings.categoriesTitle}
      noun={strings.categoryNoun}
      rows={bandwidth.categories}
      onChange={categories => setBandwidth({ categories })}
      fields={fields}
      nameKey="name"
      newRow={() => ({ name: '', count: 0, hoursPerCase: 0 })}
    />
  );
}
