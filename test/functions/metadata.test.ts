// The metadata Excel reads, made from core's catalogue and the language packs: every function of
// the catalogue is there in both languages, with help for every parameter, in core's order.
import { CATALOGUE, FunctionTexts, PACKS } from '../../src/core';
import { functionsMetadata } from '../../src/functions/metadata';
import { standaloneRegistry } from '../../src/functions/standaloneRuntime';
import '../../src/functions/functions';

const english = functionsMetadata(PACKS.en.functions);
const dutch = functionsMetadata(PACKS.nl.functions);

const DOMAIN_CATALOGUE = [
  'AVAILABLE_HOURS',
  'INDIRECT_TIME_SHARE',
  'CLIENT_HOURS',
  'WEIGHTED_CASELOAD',
  'BANDWIDTH',
  'CONCURRENT_CASELOAD',
  'STAFF_CAPACITY',
  'FTE_NEEDED',
  'STAFFING_RATIO',
  'HOURLY_RATE',
  'COST_PER_CASE',
  'BANDWIDTH_STATUS',
  'BANDWIDTH_POSITION',
  'DEVIATING_CASES',
  // the second part: time, teams, reflection, finance
  'BAND_ON',
  'FTE_ON',
  'ALLOCATE_FTE',
  'COST_PER_FTE',
  'PRODUCT_COST',
  'TARIFF_COVERAGE',
];

test('every function of the DOMAIN.md catalogue and of core is declared and registered under its id', () => {
  const ids = english.functions.map(f => f.id);
  expect(ids).toEqual(expect.arrayContaining(DOMAIN_CATALOGUE));
  expect(ids).toEqual(CATALOGUE.map(f => f.id));
  expect([...standaloneRegistry.keys()].sort()).toEqual([...ids].sort());
});

test('each function takes its parameters in the order core declares them', () => {
  for (const fn of CATALOGUE) {
    const meta = english.functions.find(f => f.id === fn.id)!;
    expect(meta.parameters.map(p => p.name)).toEqual(Object.keys(fn.params));
  }
});

test.each(['english', 'dutch'])('%s metadata has a description and help for every parameter', language => {
  const { functions } = language === 'english' ? english : dutch;
  for (const fn of functions) {
    expect(fn.description.length).toBeGreaterThan(20);
    for (const p of fn.parameters) expect(p.description.length).toBeGreaterThan(5);
  }
});

test('Dutch names differ from the English ones where Dutch has its own word, and follow Excel naming rules', () => {
  const names = new Map(dutch.functions.map(f => [f.id, f.name]));
  expect(names.get('BANDWIDTH')).toBe('BANDBREEDTE');
  expect(names.get('FTE_NEEDED')).toBe('BENODIGDE_FTE');
  expect(names.get('STAFFING_RATIO')).toBe('DEKKINGSGRAAD');
  for (const fn of dutch.functions) {
    expect(fn.name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    for (const p of fn.parameters) expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
  }
  expect(new Set(names.values()).size).toBe(names.size);
});

test('spilling functions declare a matrix result, the status a text; optional parameters are optional', () => {
  const byId = new Map(english.functions.map(f => [f.id as string, f]));
  for (const id of [
    'BANDWIDTH',
    'STAFF_CAPACITY',
    'TEAM_BANDWIDTH',
    'BAND_ON',
    'ALLOCATE_FTE',
    'PRODUCT_COST',
    'TARIFF_COVERAGE',
  ])
    expect(byId.get(id)!.result).toEqual({ type: 'number', dimensionality: 'matrix' });
  expect(byId.get('BANDWIDTH_STATUS')!.result).toEqual({ type: 'string' });
  expect(byId.get('BANDWIDTH')!.parameters[3]).toMatchObject({ name: 'reductions', optional: true });
  expect(byId.get('DEVIATING_CASES')!.parameters[3]).toEqual(
    expect.objectContaining({ name: 'direction', type: 'any', optional: true }),
  );
  expect(byId.get('DEVIATING_CASES')!.parameters[3]).not.toHaveProperty('dimensionality');
  for (const fn of CATALOGUE) {
    const meta = byId.get(fn.id)!;
    Object.values(fn.params).forEach((param, i) => {
      const optionalInCore = param.kind === 'default' || param.kind === 'optional' || param.kind === 'word';
      if (optionalInCore) expect(meta.parameters[i].optional).toBe(true);
      if (param.kind === 'range') expect(meta.parameters[i].dimensionality).toBe('matrix');
    });
  }
});

test('a language pack without a function, or without a parameter, does not type-check', () => {
  const { BANDWIDTH, ...withoutBandwidth } = PACKS.nl.functions;
  // @ts-expect-error BANDWIDTH is missing: the type check (part of npm test) refuses the pack.
  const incomplete: FunctionTexts = withoutBandwidth;
  const { reductions, ...threeParameters } = BANDWIDTH.parameters;
  const bandwidth = { ...BANDWIDTH, parameters: threeParameters };
  // @ts-expect-error BANDWIDTH's reductions has no name or help.
  const noReductions: FunctionTexts = { ...PACKS.nl.functions, BANDWIDTH: bandwidth };
  expect([incomplete, noReductions, reductions]).toHaveLength(3);
});

test('declares nothing of a later runtime than the manifest asks for (CustomFunctionsRuntime 1.2)', () => {
  // allowCustomDataForDataTypeAny, for instance, is a CustomFunctionsRuntime 1.4 option the functions never needed.
  for (const metadata of [english, dutch]) {
    expect(Object.keys(metadata)).toEqual(['functions']);
    for (const fn of metadata.functions) {
      expect(Object.keys(fn).sort()).toEqual(['description', 'id', 'name', 'parameters', 'result']);
      for (const p of fn.parameters)
        expect(
          Object.keys(p).filter(k => !['name', 'description', 'type', 'dimensionality', 'optional'].includes(k)),
        ).toEqual([]);
    }
  }
});
