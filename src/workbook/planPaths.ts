// Where a value lives in the plan, as a typed path: ['bandwidth', 'time', 'hoursPerWeek'] is a
// FieldPath only because the plan has that field, so a renamed plan field breaks the type check,
// not a user's workbook. Lists (the tables' rows) have ListPaths.
import type { z } from 'zod';
import { Plan, PlanSchema } from '../core';

// A nullable number is a leaf too: blank in its cell, the figure follows from elsewhere.
type Leaf = string | number | boolean | null;

/** Paths to the leaves (text, numbers) of T, through nested objects but not into lists. */
type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends Leaf
    ? [K]
    : T[K] extends readonly unknown[]
      ? never
      : T[K] extends object
        ? [K, ...LeafPaths<T[K]>]
        : never;
}[keyof T & string];

/** Paths to the lists of T, through nested objects. */
type ListPaths<T> = {
  [K in keyof T & string]: T[K] extends readonly unknown[]
    ? [K]
    : T[K] extends Leaf
      ? never
      : T[K] extends object
        ? [K, ...ListPaths<T[K]>]
        : never;
}[keyof T & string];

type ValueAt<T, P> = P extends [infer K, ...infer Rest] ? (K extends keyof T ? ValueAt<T[K], Rest> : never) : T;

export type FieldPath = LeafPaths<Plan>;
export type ListPath = ListPaths<Plan>;
/** The row type of the list at P. */
export type RowAt<P extends ListPath> = ValueAt<Plan, P> extends readonly (infer Row)[] ? Row : never;

type Path = FieldPath | ListPath;

export function valueAt(plan: Plan, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], plan);
}

/** Sets a value in a plan being assembled (fromSheets fills a fresh plan it owns). */
export function setValueAt(plan: Plan, path: Path, value: unknown): void {
  const parent = valueAt(plan, path.slice(0, -1) as Path) as Record<string, unknown>;
  parent[path[path.length - 1]] = value;
}

/** The zod schema of one plan field, to check a labelled cell as strictly as a table row. */
export const schemaAt = (path: FieldPath): z.ZodType =>
  (path as readonly string[]).reduce<z.ZodType>(
    (schema, key) => (schema as z.ZodObject<z.ZodRawShape>).shape[key] as z.ZodType,
    PlanSchema,
  );
