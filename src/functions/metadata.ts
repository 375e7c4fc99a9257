// The metadata Excel reads to know the CASELOAD functions (functions.json, and functions.nl.json
// for Dutch Excel), made at build time from core's catalogue and a language pack: parameter order
// and shape from the catalogue, names and help from the pack. Nothing is written twice.
import { describeFunctions } from '../core/functionReference';
import type { FunctionTexts } from '../core/language/pack';

export function functionsMetadata(texts: FunctionTexts) {
  // Only the functions: nothing of a later CustomFunctionsRuntime than the manifest asks for (1.2).
  return {
    functions: describeFunctions(texts).map(fn => ({
      id: fn.id,
      name: fn.name,
      description: fn.description,
      // "any": Excel passes what the cell holds, and core's coercion decides (with a clear message).
      parameters: fn.parameters.map(p => ({
        name: p.name,
        description: p.description,
        type: 'any',
        ...(p.range ? { dimensionality: 'matrix' } : {}),
        ...(p.optional ? { optional: true } : {}),
      })),
      result: {
        type: fn.shape === 'word' ? 'string' : 'number',
        ...(fn.shape === 'matrix' ? { dimensionality: 'matrix' } : {}),
      },
    })),
  };
}
