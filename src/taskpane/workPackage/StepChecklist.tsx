// One step of the work package as a checklist: each activity with its status, owner and date.
import { Activity, Step } from '../../core';
import { EditableRows, FieldSpec } from '../components/EditableRows';
import { useStrings } from '../i18n/LocaleProvider';
import { usePlan, usePlanActions } from '../state/PlanStore';

export function StepChecklist({ step }: { step: Step }) {
  const strings = useStrings();
  const { tracker } = usePlan();
  const { edit } = usePlanActions();
  const activities = tracker.filter(a => a.step === step);
  const done = activities.filter(a => a.status === 'done').length;
  const name = { 1: strings.stepName1, 2: strings.stepName2, 3: strings.stepName3 }[step];

  const statuses = [
    { value: 'todo', label: strings.statusTodo },
    { value: 'busy', label: strings.statusBusy },
    { value: 'done', label: strings.statusDone },
  ];
  const fields: FieldSpec<Activity>[] = [
    { key: 'activity', kind: 'text', label: strings.activity, wide: true },
    { key: 'status', kind: 'select', label: strings.activityStatus, options: statuses },
    { key: 'date', kind: 'date', label: strings.activityDate },
    { key: 'owner', kind: 'text', label: strings.activityOwner, wide: true },
  ];
  // The tracker keeps the steps in order; this step's rows are replaced where they stood.
  const replaceStep = (rows: Activity[]) =>
    edit(plan => {
      const before = plan.tracker.filter(a => a.step < step);
      const after = plan.tracker.filter(a => a.step > step);
      return { ...plan, tracker: [...before, ...rows, ...after] };
    });

  return (
    <EditableRows
      title={strings.stepHeading(step, name)}
      hint={strings.stepProgress(done, activities.length)}
      noun={strings.activityNoun}
      rows={activities}
      onChange={replaceStep}
      fields={fields}
      newRow={(): Activity => ({ step, activity: '', status: 'todo', owner: '', date: '' })}
    />
  );
}
