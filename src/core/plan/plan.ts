// Everything the teams of one municipality enter in the three steps, as one plain value: what
// they share (definitions, time, case categories) and what each team has of its own (areas,
// roster, weighing factors, cases, weekly figures, band history, formatie). The schemas double as
// the validation of what is read back from a workbook: a row that no longer fits is reported,
// never guessed at.
import { z } from 'zod';
import { isPlanDate } from '../dates';
import { TEXT_LIMIT } from '../textLimit';

// The pane's Content-Security-Policy forbids `new Function`; zod's compiled fast path would probe
// for it on first use (a reported violation) and then fall back to this plain mode anyway.
z.config({ jitless: true });

/** Any text of the plan: at most TEXT_LIMIT characters, as the pane takes it. */
export const TextSchema = z.string().max(TEXT_LIMIT);
const text = TextSchema;
const amount = z.number().finite().nonnegative();
const share = z.number().finite().min(0).max(1);
/** A team's, area's or category's id (ids.ts); blank only until a read or migration fills it in. */
const id = z.string().max(64);

/** A date as the plan keeps it: ISO text ("2026-03-16") of a day in the plan's years (FIRST_YEAR…LAST_YEAR). */
const isoDate = z.string().refine(isPlanDate, 'a date as YYYY-MM-DD from 1990 to 2100');
/** A bound of a period; blank means no limit. */
const bound = z.union([z.literal(''), isoDate]);

export const AreaSchema = z.object({
  id,
  name: text,
  team: text, // the team that serves the area
  inhabitants: amount,
  youth: amount, // 0-17
  adults: amount, // 18-64
  seniors: amount, // 65+
  caseRatePer1000: amount, // expected cases per 1,000 inhabitants (entered or learned from today's cases)
});
export const FacilitySchema = z.object({ area: text, kind: text, count: amount });
export const TrendSchema = z.enum(['rising', 'stable', 'falling']);
export const DemandSchema = z.object({ area: text, theme: text, cases: amount, trend: TrendSchema });
export const StakeholderSchema = z.object({ who: text, interest: text, involvement: text });

/** A kind of case with the hours it takes, shared by every team. */
export const CategorySchema = z.object({ id, name: text, hoursPerCase: amount });

/** A weighing factor of one team, in force from … to (blank: no limit). */
export const FactorSchema = z.object({ name: text, reduction: share, from: bound, to: bound, note: text });

/**
 * One period of a person on a team's roster: from … to, with the reduction that holds in it
 * (onboarding, temporary contract, leave). A person whose reduction changes has a row per period.
 */
export const PersonSchema = z.object({
  name: text,
  fte: amount,
  reduction: share,
  from: bound,
  to: bound,
  openCases: amount,
  indirectHoursPerWeek: amount,
});

/** A team's cases per year of one category. */
export const CaseCountSchema = z.object({ category: text, count: amount });

/**
 * A week's figures: the week is its Monday (ISO), or the label as typed where it could not be read
 * as a week (kept, never dropped). Open cases are null until entered (a week added ahead of its
 * figures is not graded). FTE present is typed (a number) or follows from the roster (null).
 */
export const WeekSchema = z.object({ week: text, openCases: amount.nullable(), ftePresent: amount.nullable() });

/** A band the team adopted: in force from its date until the next version, with why and on what basis. */
export const BandVersionSchema = z.object({
  from: isoDate,
  low: amount,
  high: amount,
  reason: text,
  basis: text,
});

/** Why a listed case took more or less time than its norm, as the team concluded in its reflection. */
export const OutcomeSchema = z.enum(['', 'factor', 'category', 'individual', 'nothing']);

/**
 * One case of a team's case list, for the reflection on deviating cases: a case number (never a
 * client's name), its category and the hours spent on it or the weeks it has been open.
 */
export const ListedCaseSchema = z.object({
  caseNumber: text,
  category: text,
  hours: amount.nullable(),
  weeksOpen: amount.nullable(),
  worker: text, // staff, optional
  reflection: text,
  outcome: OutcomeSchema,
  // The day the case was put on the list, so it can be cleaned up after the time the plan keeps
  // case lists (privacy.keepMonths); blank for a case listed before the list kept dates.
  listed: bound,
});

/** How many team members said their work was too little, right or too much on a date: counts, never names. */
export const FeltSchema = z.object({
  date: isoDate,
  tooLittle: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
  tooMuch: z.number().int().nonnegative(),
});

/** How a team divides its cases: who divides, whose norm, and the quality it agreed is enough. */
export const DivisionSchema = z.object({
  divides: z.enum(['', 'teamLeader', 'team']),
  norm: z.enum(['', 'perPerson', 'together']),
  quality: text,
  note: text,
});

export const AspectSchema = z.enum(['quantity', 'quality', 'productivity', 'energy', 'responsibility']);
/**
 * A reflection note on one aspect of the pressure someone feels, without a name. Kept in that
 * person's own browser; in the plan (and so in the workbook) only the notes someone chose, one by
 * one, to share with the team.
 */
export const NoteSchema = z.object({ date: text, aspect: AspectSchema, note: text });

export const TeamSchema = z.object({
  id,
  name: text,
  formatie: amount, // approved FTE: what the budget allows
  extraWeight: z.number().finite().min(-1), // 0.1: this team's cases take 10% more hours (heavier youth problems)
  roster: z.array(PersonSchema),
  factors: z.array(FactorSchema),
  cases: z.array(CaseCountSchema),
  weeks: z.array(WeekSchema),
  bands: z.array(BandVersionSchema),
  caseList: z.array(ListedCaseSchema),
  felt: z.array(FeltSchema),
  division: z.array(DivisionSchema),
  sharedNotes: z.array(NoteSchema),
});

/** Counts of people (felt workload, and any figure per group) are shown from this many answers, never fewer. */
export const MIN_ANSWERS = 5;

/**
 * What the organisation decided on privacy: from how many answers a count is shown (MIN_ANSWERS or
 * more), whether figures per staff member are shown (only once the works council agreed: WOR art.
 * 27), and how many months case lists, shared notes and felt counts are kept before Opschonen
 * removes them.
 */
export const PrivacySchema = z.object({
  minAnswers: z.number().int().min(MIN_ANSWERS).max(1000),
  staffFigures: z.enum(['team', 'perPerson']),
  keepMonths: z.number().int().min(1).max(120),
});

export const AgreementSchema = z.object({ when: text, action: text, who: text });
export const EvaluationSchema = z.object({ date: text, topic: text, who: text });
export const ReflectionSchema = z.object({ date: text, observation: text, factor: text, bandChanged: text });

export const StepSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export const ActivityStatusSchema = z.enum(['todo', 'busy', 'done']);
export const ActivitySchema = z.object({
  step: StepSchema,
  activity: text,
  status: ActivityStatusSchema,
  owner: text,
  date: text,
});

/** Changes a what-if scenario makes to one team's plan; 0 everywhere is the plan as it is. */
export const ScenarioSchema = z.object({
  name: text,
  team: text,
  extraFte: amount, // colleagues who join (FTE)
  newStaffReduction: share, // the joiners' own weighing factor, e.g. onboarding
  extraReduction: share, // one more team-wide weighing factor
  caseGrowth: z.number().finite().min(-1), // 0.1 = 10% more cases per year
  hoursChange: z.number().finite().min(-1), // 0.1 = every case takes 10% more hours
  // € per year on top of the team cost, as typed; null: the extra FTE × the average cost per FTE.
  extraCost: amount.nullable(),
});

export const TimeSchema = z.object({
  hoursPerWeek: amount,
  weeks: amount,
  leaveHours: amount,
  holidayHours: amount,
  otherHours: amount,
  absenceRate: share,
  indirectShare: share,
});

/** A salary scale: its yearly salary (what a full-time FTE on it earns, before the employer's charges). */
export const ScaleSchema = z.object({ name: text, salary: amount });

/** What one person of a team's roster is paid: a scale, or a yearly salary of their own (null: the scale's). */
export const PaySchema = z.object({ team: text, name: text, scale: text, salary: amount.nullable() });

/** A product (a case category, by name) and the tariff agreed for it with the commissioning party (null: none yet). */
export const ProductSchema = z.object({ product: text, tariff: amount.nullable() });

/**
 * A team's budget for the year: what its staff may cost (€) and how many FTE it pays for; either
 * may be left blank (null: none typed).
 */
export const BudgetSchema = z.object({ team: text, budget: amount.nullable(), budgetFte: amount.nullable() });

/**
 * What finance enters: the salary components that make the cost of an FTE, each person's pay, the
 * tariff of each product and each team's budget. The team cost follows from these and the rosters.
 */
export const FinanceSchema = z.object({
  // The individual choice budget (IKB: holiday pay, year-end pay …) as a share of the salary; 0
  // when the salaries typed already hold it (jaarsalaris inclusief IKB).
  ikbShare: share,
  employerShare: share, // the employer's charges as a share of the salary with its IKB
  otherPerFte: amount, // € per FTE per year: workplace, training, travel
  scales: z.array(ScaleSchema),
  pay: z.array(PaySchema),
  products: z.array(ProductSchema),
  budgets: z.array(BudgetSchema),
});

export const PlanSchema = z.object({
  situation: z.object({
    municipality: text,
    areas: z.array(AreaSchema),
    facilities: z.array(FacilitySchema),
    demand: z.array(DemandSchema),
    stakeholders: z.array(StakeholderSchema),
    problem: text,
  }),
  // Shared by every team.
  bandwidth: z.object({
    definitions: z.object({ case: text, caseload: text, directTime: text, indirectTime: text }),
    purpose: text,
    time: TimeSchema,
    hoursPerCaseHeavy: amount,
    hoursPerCaseLight: amount,
    caseDurationWeeks: amount, // turns cases per year into cases open at one time
    categories: z.array(CategorySchema),
  }),
  teams: z.array(TeamSchema),
  // Individual hours are WISN's tasks only some do; the FTE to split goes over the teams by demand.
  // The team cost as typed (null: it follows from the salaries and the rosters, see finance).
  organisation: z.object({
    teamCost: amount.nullable(),
    supportCost: amount,
    individualHours: amount,
    fteToSplit: amount,
  }),
  finance: FinanceSchema,
  implement: z.object({
    agreements: z.array(AgreementSchema),
    evaluations: z.array(EvaluationSchema),
    reflections: z.array(ReflectionSchema),
  }),
  tracker: z.array(ActivitySchema),
  // The conversation side: how far from its norm a case must be to be listed, and from how many
  // percentage points more heavy cases than assumed the mix drift warns.
  conversation: z.object({ tolerance: amount, driftThreshold: share }),
  privacy: PrivacySchema,
  scenarios: z.array(ScenarioSchema),
  // How the add-in writes its figures: its own CASELOAD functions, or standard Excel formulas that
  // compute without the add-in (a workbook shared with people who do not have it).
  formulas: z.enum(['caseload', 'standard']),
});

export type Plan = z.infer<typeof PlanSchema>;
export type Area = z.infer<typeof AreaSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Team = z.infer<typeof TeamSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Factor = z.infer<typeof FactorSchema>;
export type Week = z.infer<typeof WeekSchema>;
export type BandVersion = z.infer<typeof BandVersionSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Finance = z.infer<typeof FinanceSchema>;
export type Pay = z.infer<typeof PaySchema>;
export type Product = z.infer<typeof ProductSchema>;
export type Budget = z.infer<typeof BudgetSchema>;
export type ListedCase = z.infer<typeof ListedCaseSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Felt = z.infer<typeof FeltSchema>;
export type Division = z.infer<typeof DivisionSchema>;
export type Aspect = z.infer<typeof AspectSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Privacy = z.infer<typeof PrivacySchema>;
