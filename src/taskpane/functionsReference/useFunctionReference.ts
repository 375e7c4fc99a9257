// Loads the CASELOAD functions' metadata served beside the pane (functions.json, or its Dutch
// translation functions.nl.json) and keeps only what the reference shows.
import { useEffect, useState } from 'react';
import { Language } from '../../core';

export interface FunctionParameter {
  name: string;
  description: string;
  optional: boolean;
}

export interface FunctionDescription {
  id: string;
  name: string;
  description: string;
  parameters: FunctionParameter[];
}

export type Reference =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; functions: FunctionDescription[] };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** Reads the metadata file defensively: what does not look like a function is left out. */
export function readMetadata(json: unknown): FunctionDescription[] {
  return list(record(json).functions)
    .map(record)
    .filter(f => text(f.name) !== '')
    .map(f => ({
      id: text(f.id) || text(f.name),
      name: text(f.name),
      description: text(f.description),
      parameters: list(f.parameters)
        .map(record)
        .map(p => ({ name: text(p.name), description: text(p.description), optional: p.optional === true })),
    }));
}

export function useFunctionReference(language: Language): Reference {
  const [reference, setReference] = useState<Reference>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setReference({ state: 'loading' });
    fetch(language === 'nl' ? 'functions.nl.json' : 'functions.json')
      .then(response => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<unknown>;
      })
      .then(json => {
        const functions = readMetadata(json);
        if (current) setReference(functions.length > 0 ? { state: 'ready', functions } : { state: 'failed' });
      })
      .catch(() => current && setReference({ state: 'failed' }));
    return () => {
      current = false;
    };
  }, [language]);
  return reference;
}
