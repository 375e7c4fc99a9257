// Step 2: the kinds of case every team shares, with the hours one case asks. Each team's number of
// cases per category is entered with the team (TeamCasesSection).
import { Category, EDITS, newId } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { usePlanActions, useSection } from '../state/PlanStore';

export function CategoriesEditor() {
  const strings = useStrings();
  const [bandwidth] = useSection('bandwidth');
  const { apply } = usePlanActions();
  const fields: FieldSpec<Category>[] = [
    { key: 'name', kind: 'text', label: strings.categoryName, wide: true },
    { key: 'hoursPerCase', kind: 'number', label: strings.categoryHours },
  ];
  return (
    <EditableRows
      title={strings.categoriesTitle}
      hint={strings.categoriesShared}
      noun={strings.categoryNoun}
      rows={bandwidth.categories}
      onChange={categories => apply(EDITS.setCategories, categories)}
      fields={fields}
      nameKey="name"
      newRow={() => ({ id: newId(), name: '', hoursPerCase: 0 })}
    />
  );
}
