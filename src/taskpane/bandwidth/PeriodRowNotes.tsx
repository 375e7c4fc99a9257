// Under a roster row or weighing factor: whether it counts today, the date its last change holds
// from (while that date may still move), and what it has that is probably a slip.
import type { CheckCode } from '../../core';
import { Checks } from '../components/Checks';
import { useTeam } from '../state/PlanStore';
import { ChangeFrom } from './ChangeFrom';
import { PeriodNote } from './PeriodNote';
import type { DatedRows } from './useDatedRows';

interface Props {
  row: { from: string; to: string };
  index: number;
  dated: Pick<DatedRows<unknown>, 'pending' | 'moveFrom'>;
  checks: readonly CheckCode[] | undefined;
}

export function PeriodRowNotes({ row, index, dated, checks }: Props) {
  const [team] = useTeam();
  return (
    <>
      <PeriodNote from={row.from} to={row.to} />
      {dated.pending?.index === index && (
        <ChangeFrom key={`${team.id} ${index}`} from={dated.pending.from} onMove={dated.moveFrom} />
      )}
      <Checks codes={checks ?? []} />
    </>
  );
}
