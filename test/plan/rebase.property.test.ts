// The merge of two people's edits loses nothing, for any two sequences of edits from one plan:
// every row either side added, and every value either side changed, is in the merged plan or in a
// disagreement offered to the person saving. Renames, removals and additions of teams, areas and
// categories are among the edits, on both sides.
import fc from 'fast-check';
import { EDITS, nameKey, Plan, PlanSchema, rebase, samplePlan } from '../../src/core';

const base = samplePlan();

/** One edit, drawn with the numbers that pick what it works on; every new row carries a unique mark. */
type Edit =
  | { op: 'addPerson' | 'removePerson' | 'changeFte'; team: number; at: number; mark: string }
  | { op: 'renameTeam' | 'removeTeam' | 'formatie'; team: number; mark: string }
  | { op: 'addTeam'; mark: string; name: number }
  | { op: 'renameArea' | 'addFacility'; area: number; mark: string }
  | { op: 'renameCategory' | 'listCase'; category: number; team: number; mark: string }
  | { op: 'hoursPerWeek'; value: number };

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

function apply(plan: Plan, edit: Edit): Plan {
  switch (edit.op) {
    case 'addPerson':
    case 'removePerson':
    case 'changeFte': {
      const team = pick(plan.teams, edit.team);
      if (!team) return plan;
      const roster =
        edit.op === 'addPerson'
          ? [...team.roster, { ...base.teams[0].roster[0], name: edit.mark }]
          : edit.op === 'removePerson'
            ? team.roster.filter((_p, i) => i !== edit.at % Math.max(team.roster.length, 1))
            : team.roster.map((p, i) => (i === edit.at % Math.max(team.roster.length, 1) ? { ...p, fte: 0.5 } : p));
      return { ...plan, teams: plan.teams.map(t => (t === team ? { ...t, roster } : t)) };
    }
    case 'renameTeam': {
      const team = pick(plan.teams, edit.team);
      return team ? EDITS.renameTeam.perform(plan, { id: team.id, name: `T-${edit.mark}` }) : plan;
    }
    case 'removeTeam': {
      const team = pick(plan.teams, edit.team);
      return team ? EDITS.removeTeam.perform(plan, { id: team.id }) : plan;
    }
    case 'formatie': {
      const team = pick(plan.teams, edit.team);
      return team
        ? { ...plan, teams: plan.teams.map(t => (t === team ? { ...t, formatie: t.formatie + 1 } : t)) }
        : plan;
    }
    case 'addTeam':
      // Names from a small set, so both sides sometimes add the same one.
      return plan.teams.some(t => nameKey(t.name) === `oost ${edit.name}`)
        ? plan
        : EDITS.addTeam.perform(plan, { name: `Oost ${edit.name}`, id: `${edit.mark}-${edit.name}` });
    case 'renameArea': {
      const area = pick(plan.situation.areas, edit.area);
      if (!area) return plan;
      const areas = plan.situation.areas.map(a => (a === area ? { ...a, name: `A-${edit.mark}` } : a));
      return EDITS.setAreas.perform(plan, areas);
    }
    case 'addFacility': {
      const area = pick(plan.situation.areas, edit.area);
      if (!area) return plan;
      const facility = { area: area.name, kind: edit.mark, count: 1 };
      return { ...plan, situation: { ...plan.situation, facilities: [...plan.situation.facilities, facility] } };
    }
    case 'renameCategory': {
      const category = pick(plan.bandwidth.categories, edit.category);
      if (!category) return plan;
      const categories = plan.bandwidth.categories.map(c => (c === category ? { ...c, name: `C-${edit.mark}` } : c));
      return EDITS.setCategories.perform(plan, categories);
    }
    case 'listCase': {
      const category = pick(plan.bandwidth.categories, edit.category);
      const team = pick(plan.teams, edit.team);
      if (!category || !team) return plan;
      const listed = { ...base.teams[0].caseList[0], caseNumber: edit.mark, category: category.name };
      return { ...plan, teams: plan.teams.map(t => (t === team ? { ...t, caseList: [...t.caseList, listed] } : t)) };
    }
    case 'hoursPerWeek':
      return { ...plan, bandwidth: { ...plan.bandwidth, time: { ...plan.bandwidth.time, hoursPerWeek: edit.value } } };
  }
}

const mark = fc.uuid().map(u => u.slice(0, 8));
const n = fc.nat(20);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constantFrom('addPerson', 'removePerson', 'changeFte' as const), team: n, at: n, mark }),
  fc.record({ op: fc.constantFrom('renameTeam', 'removeTeam', 'formatie' as const), team: n, mark }),
  fc.record({ op: fc.constant('addTeam' as const), mark, name: fc.nat(2) }),
  fc.record({ op: fc.constantFrom('renameArea', 'addFacility' as const), area: n, mark }),
  fc.record({ op: fc.constantFrom('renameCategory', 'listCase' as const), category: n, team: n, mark }),
  fc.record({ op: fc.constant('hoursPerWeek' as const), value: fc.integer({ min: 20, max: 40 }) }),
);

/** Who or what a side's new row belongs to, by id: a person's team, a facility's area, a case's team and category. */
interface Added {
  kind: 'person' | 'facility' | 'case';
  mark: string;
  owner: string;
  refersTo?: string;
}

function addedRows(plan: Plan): Added[] {
  const areaId = (name: string) => plan.situation.areas.find(a => nameKey(a.name) === nameKey(name))?.id;
  const categoryId = (name: string) => plan.bandwidth.categories.find(c => nameKey(c.name) === nameKey(name))?.id;
  const before = new Set([
    ...base.teams.flatMap(t => t.roster.map(p => p.name)),
    ...base.situation.facilities.map(f => f.kind),
    ...base.teams.flatMap(t => t.caseList.map(c => c.caseNumber)),
  ]);
  return [
    ...plan.teams.flatMap(t => t.roster.map((p): Added => ({ kind: 'person', mark: p.name, owner: t.name }))),
    ...plan.situation.facilities.map((f): Added => ({
      kind: 'facility',
      mark: f.kind,
      owner: '',
      refersTo: areaId(f.area),
    })),
    ...plan.teams.flatMap(t =>
      t.caseList.map((c): Added => ({
        kind: 'case',
        mark: c.caseNumber,
        owner: t.name,
        refersTo: categoryId(c.category),
      })),
    ),
  ].filter(row => !before.has(row.mark));
}

test('every row either side added, and every value either side changed, is merged or offered', () => {
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), (theirEdits, myEdits) => {
      const theirs = theirEdits.reduce(apply, base);
      const mine = myEdits.reduce(apply, base);
      const { plan, disagreements } = rebase(base, mine, theirs);
      expect(() => PlanSchema.parse(plan)).not.toThrow();
      expect(new Set(plan.teams.map(t => t.id)).size).toBe(plan.teams.length);

      const offered = JSON.stringify(disagreements);
      const merged = addedRows(plan);
      for (const side of [theirs, mine]) {
        for (const row of addedRows(side)) {
          const found = merged.find(m => m.kind === row.kind && m.mark === row.mark);
          if (!found) {
            expect(offered).toContain(row.mark); // not merged: then offered
            continue;
          }
          // The row still refers to the same area or category (by id), whatever the other renamed.
          if (row.refersTo) expect(found.refersTo).toBe(row.refersTo);
        }
      }
      // A value: mine when I changed it, else theirs; when both changed it, theirs is offered.
      const hours = (p: Plan) => p.bandwidth.time.hoursPerWeek;
      const iChanged = hours(mine) !== hours(base);
      expect(hours(plan)).toBe(iChanged ? hours(mine) : hours(theirs));
      if (iChanged && hours(theirs) !== hours(base) && hours(theirs) !== hours(mine)) {
        expect(disagreements).toContainEqual(
          expect.objectContaining({ kind: 'value', where: 'bandwidth.time.hoursPerWeek', theirs: hours(theirs) }),
        );
      }
      // A team's formatie either side raised is in the merged team, or offered.
      for (const side of [theirs, mine])
        for (const team of side.teams) {
          const was = base.teams.find(t => t.id === team.id);
          const now = plan.teams.find(t => t.id === team.id);
          if (!was || team.formatie === was.formatie) continue;
          if (now?.formatie !== team.formatie) expect(offered).toContain(String(team.formatie));
        }
    }),
    { numRuns: 1000 },
  );
});
