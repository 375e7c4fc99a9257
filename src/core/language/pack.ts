// The shape of a language pack: every word the product shows, in one language. Dutch and English
// each have one (nl/, en/); the types below make a missing entry a type error, so no text can be
// left out of one language. The words for functions and arguments are keyed by the catalogue's
// own ids, the same ids Excel registers.
import type { CatalogueFunction, ParameterId } from '../catalogue';
import type { BandStatus } from '../functions/bandwidthStatus';
import type { CaseloadFunction } from '../params';
import type { ErrorDetail, Reason } from '../result';
import type { PaneTexts } from './nl/pane';
import type { SheetWords } from './nl/sheets';

export type { PaneTexts } from './nl/pane';
export type { SheetWords } from './nl/sheets';

/** A name Excel shows, with its help text. */
export interface NamedHelp {
  readonly name: string;
  readonly description: string;
}

type ParamsOf<F> = F extends CaseloadFunction<infer P> ? P : never;

/** Name and help of every function and of each of its parameters. */
export type FunctionTexts = {
  readonly [F in CatalogueFunction as F['id']]: NamedHelp & {
    readonly parameters: { readonly [K in keyof ParamsOf<F>]: NamedHelp };
  };
};

/** How the pane names each parameter when a figure cannot be computed ("contract hours per week"). */
export type ArgumentNames = Readonly<Record<ParameterId, string>>;

/** What an error sentence is built from: the argument names as the reader sees them, and the detail. */
export type ErrorParts = { arg: string; at: string; other: string } & ErrorDetail;

/** The sentence for every reason an input or a result is refused, and the words around them. */
export type ErrorTexts = Readonly<Record<Reason, (parts: ErrorParts) => string>> & {
  /** " (cell 3)": where inside a range. */
  readonly cell: (n: number) => string;
  /** The words BANDWIDTH_STATUS returns. */
  readonly status: Readonly<Record<BandStatus, string>>;
};

export interface LanguagePack {
  readonly pane: PaneTexts;
  readonly sheets: SheetWords;
  readonly errors: ErrorTexts;
  readonly functions: FunctionTexts;
  readonly argumentNames: ArgumentNames;
}
