// Every function as a reader sees it in one language: its name, help, and each parameter's name,
// help and whether it may be left out. The one description both Excel's metadata (src/functions)
// and the pane's function reference are made from.
import { CATALOGUE, FunctionId } from './catalogue';
import type { FunctionTexts, NamedHelp } from './language/pack';
import { isOptional, Shape } from './params';

export interface ParameterDescription extends NamedHelp {
  /** The parameter id (English, as in error details). */
  readonly id: string;
  readonly optional: boolean;
  /** Takes a range (Excel passes a matrix). */
  readonly range: boolean;
}

export interface FunctionDescription extends NamedHelp {
  readonly id: FunctionId;
  readonly shape: Shape;
  readonly parameters: readonly ParameterDescription[];
}

export function describeFunctions(texts: FunctionTexts): FunctionDescription[] {
  return CATALOGUE.map(fn => {
    const own = texts[fn.id];
    const help = own.parameters as Readonly<Record<string, NamedHelp>>;
    return {
      id: fn.id,
      name: own.name,
      description: own.description,
      shape: fn.shape,
      parameters: Object.entries(fn.params).map(([id, param]) => ({
        id,
        name: help[id].name,
        description: help[id].description,
        optional: isOptional(param),
        range: param.kind === 'range',
      })),
    };
  });
}
