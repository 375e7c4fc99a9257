// One person's pay: a scale, or a yearly salary of their own (null: the scale's).
import { sameName } from '../compute';
import type { Pay } from '../plan';
import { defineEdit } from './edit';
import { setLine, withFinance } from './financeLines';

export const setPay = defineEdit<{ team: string; name: string; change: Partial<Pick<Pay, 'scale' | 'salary'>> }>({
  name: 'setPay',
  perform: (plan, { team, name, change }) => {
    const mine = (p: Pay) => sameName(p.team, team) && sameName(p.name, name);
    const after = { ...(plan.finance.pay.find(mine) ?? { team, name, scale: '', salary: null }), ...change };
    const empty = after.scale.trim() === '' && after.salary === null;
    return withFinance(plan, { pay: setLine(plan.finance.pay, mine, empty ? null : after) });
  },
});
