// The pure model: no Office, no DOM. Every number the product shows comes from here.
export * from './band';
export * from './catalogue';
export * from './cells';
export * from './language';
export * from './messages';
export * from './params';
export * from './result';
export * from './sums';
export type { BandStatus } from './functions/bandwidthStatus';
export * from './plan/plan';
export * from './plan/figures';
export * from './plan/scenarios';
export * from './plan/demand';
export * from './plan/monitoring';
export * from './plan/sample';
export * from './plan/activities';
