// The band a caseload is held against, shared by the plan's figures and the weekly monitoring
// (its own module so neither has to import the other for the type).
export interface Band {
  low: number;
  high: number;
}
