// Everything a team enters in the three steps, as one plain value. The schemas double as the
// validation of what is read back from a workbook: a hand-edited row that no longer fits is
// reported, never guessed at.
import { z } from 'zod';

// The pane's Content-Security-Policy forbids `new Function`; zod's compiled fast path would probe
// for it on first use (a reported violation) and then fall back to this plain mode anyway.
z.config({ jitless: true });

const text = z.string().max(2000);
const amount = z.number().finite().nonnegative();
const share = z.number().finite().min(0).max(1);

export const AreaSchema = z.object({
  name: text,
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

export const CategorySchema = z.object({ name: text, count: amount, hoursPerCase: amount });
export const FactorSchema = z.object({ name: text, reduction: share, period: text });
export const PersonSchema = z.object({
  name: text,
  fte: amount,
  reduction: share, // onboarding, temporary contract, leave: this person's weighing factor
  openCases: amount,
  indirectHoursPerWeek: amount,
});

export const AgreementSchema = z.object({ when: text, action: text, who: text });
export const EvaluationSchema = z.object({ date: text, topic: text, who: text });
export const WeekSchema = z.object({ week: text, openCases: amount, ftePresent: amount });
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

/** Changes a what-if scenario makes to the plan; 0 everywhere is the plan as it is. */
export const ScenarioSchema = z.object({
  name: text,
  extraFte: amount, // colleagues who join (FTE)
  newStaffReduction: share, // the joiners' own weighing factor, e.g. onboarding
  extraReduction: share, // one more team-wide weighing factor
  caseGrowth: z.number().finite().min(-1), // 0.1 = 10% more cases per year
  hoursChange: z.number().finite().min(-1), // 0.1 = every case takes 10% more hours
  extraCost: amount, // € per year on top of the team cost
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

export const PlanSchema = z.object({
  situation: z.object({
    municipality: text,
    areas: z.array(AreaSchema),
    facilities: z.array(FacilitySchema),
    demand: z.array(DemandSchema),
    stakeholders: z.array(StakeholderSchema),
    problem: text,
  }),
  bandwidth: z.object({
    definitions: z.object({ case: text, caseload: text, directTime: text, indirectTime: text }),
    purpose: text,
    time: TimeSchema,
    hoursPerCaseHeavy: amount,
    hoursPerCaseLight: amount,
    caseDurationWeeks: amount, // turns cases per year into cases open at one time
    categories: z.array(CategorySchema),
    factors: z.array(FactorSchema),
  }),
  team: z.object({ roster: z.array(PersonSchema) }),
  // Cases per year for the cost price are the categories' counts; individual hours are WISN's tasks only some do.
  organisation: z.object({ teamCost: amount, supportCost: amount, individualHours: amount }),
  implement: z.object({
    agreements: z.array(AgreementSchema),
    evaluations: z.array(EvaluationSchema),
    weeks: z.array(WeekSchema),
    reflections: z.array(ReflectionSchema),
  }),
  tracker: z.array(ActivitySchema),
  scenarios: z.array(ScenarioSchema),
});

export type Plan = z.infer<typeof PlanSchema>;
export type Area = z.infer<typeof AreaSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Week = z.infer<typeof WeekSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Step = z.infer<typeof StepSchema>;
