// The metadata Excel reads: generated from the JSDoc, localized from the Dutch pack. Every
// function of the catalogue is there in both languages, with help for every parameter.
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { CATALOGUE } from '../../src/core';
import { FUNCTIONS_FILE } from '../support/excelRuntime';
import nl from '../../src/functions/locales/nl.json';

const { localizeMetadata } = require('../../scripts/localize-metadata');

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  result: { dimensionality?: string };
  parameters: { name: string; description: string; optional?: boolean }[];
}

let english: { functions: FunctionMetadata[] };
let dutch: { functions: FunctionMetadata[] };

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([FUNCTIONS_FILE], true);
  expect(generated.errors).toEqual([]);
  english = JSON.parse(generated.metadataJson);
  dutch = localizeMetadata(english, nl, 'nl');
});

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
];

test('every function of the DOMAIN.md catalogue and of core is registered under its id', () => {
  const ids = english.functions.map(f => f.id);
  expect(ids).toEqual(expect.arrayContaining(DOMAIN_CATALOGUE));
  expect([...ids].sort()).toEqual(CATALOGUE.map(f => f.id).sort());
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
  for (const fn of dutch.functions) {
    expect(fn.name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    for (const p of fn.parameters) expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
  }
  expect(new Set(names.values()).size).toBe(names.size);
});

test('spilling functions declare a matrix result; optional parameters are optional', () => {
  const byId = new Map(english.functions.map(f => [f.id, f]));
  for (const id of ['BANDWIDTH', 'STAFF_CAPACITY', 'TEAM_BANDWIDTH'])
    expect(byId.get(id)!.result.dimensionality).toBe('matrix');
  for (const fn of CATALOGUE) {
    const meta = byId.get(fn.id)!;
    Object.values(fn.params).forEach((param, i) => {
      const optionalInCore = param.kind === 'default' || param.kind === 'optional';
      if (optionalInCore) expect(meta.parameters[i].optional).toBe(true);
    });
  }
});

test('a missing Dutch translation fails the build with the name of what is missing', () => {
  const incomplete: Record<string, unknown> = { ...nl };
  delete incomplete.BANDWIDTH;
  expect(() => localizeMetadata(english, incomplete, 'nl')).toThrow(/BANDWIDTH/);
});
