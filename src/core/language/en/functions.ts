// English names and help of the CASELOAD functions, keyed by function id and parameter id.
// Excel shows them in its formula bar and function dialog (functions.json).
import type { FunctionTexts } from '../pack';

export const functions: FunctionTexts = {
  AVAILABLE_HOURS: {
    name: 'AVAILABLE_HOURS',
    description:
      'Hours a person can really work in a year: contract hours minus leave, public holidays and other hours, reduced by absence.',
    parameters: {
      hours_per_week: { name: 'hours_per_week', description: 'Contract hours per week, e.g. 36.' },
      weeks: { name: 'weeks', description: 'Weeks in the year. Default 52.' },
      leave_hours: { name: 'leave_hours', description: 'Leave hours per year. Default 0.' },
      holiday_hours: {
        name: 'holiday_hours',
        description: 'Public holiday hours per year that fall on working days. Default 0.',
      },
      other_hours: {
        name: 'other_hours',
        description: 'Other non-available hours per year (training, works council work). Default 0.',
      },
      absence_rate: {
        name: 'absence_rate',
        description: 'Absence (sickness) rate as a fraction, 5.5% = 0.055. Default 0.',
      },
      fte: { name: 'fte', description: 'FTE to multiply by. Default 1.' },
    },
  },
  INDIRECT_TIME_SHARE: {
    name: 'INDIRECT_TIME_SHARE',
    description:
      'Share of working time that is indirect (not spent with or for clients): total indirect hours over total hours.',
    parameters: {
      indirect_hours: { name: 'indirect_hours', description: 'Indirect hours: a number or a range (blanks skipped).' },
      total_hours: { name: 'total_hours', description: 'Total working hours: a number or a range (blanks skipped).' },
    },
  },
  CLIENT_HOURS: {
    name: 'CLIENT_HOURS',
    description: 'Hours left for client work after the indirect share: available × (1 − indirect share).',
    parameters: {
      available_hours: { name: 'available_hours', description: 'Available hours per year (see AVAILABLE_HOURS).' },
      indirect_share: { name: 'indirect_share', description: 'Indirect share as a fraction, 40% = 0.4.' },
    },
  },
  WEIGHTED_CASELOAD: {
    name: 'WEIGHTED_CASELOAD',
    description: 'Caseload with heavy cases counted more: sum of count × weight, per FTE when fte is given.',
    parameters: {
      counts: { name: 'counts', description: 'Number of cases per category (range).' },
      weights: { name: 'weights', description: 'Weight per category, same number of cells as counts.' },
      fte: { name: 'fte', description: 'FTE to divide by. Leave out for the team total.' },
    },
  },
  BANDWIDTH: {
    name: 'BANDWIDTH',
    description:
      'The range of responsible caseload per FTE per year, as {low, high}: client hours over hours per case, reduced by every contributing factor.',
    parameters: {
      client_hours_per_fte: {
        name: 'client_hours_per_fte',
        description: 'Client hours per FTE per year (see CLIENT_HOURS).',
      },
      hours_per_case_high: {
        name: 'hours_per_case_high',
        description: 'Hours per case at the heavy end; gives the low bound.',
      },
      hours_per_case_low: {
        name: 'hours_per_case_low',
        description: 'Hours per case at the light end; gives the high bound.',
      },
      reductions: {
        name: 'reductions',
        description: 'Contributing factors as fractions (onboarding, temporary staff, leave, registration), a range.',
      },
    },
  },
  TEAM_BANDWIDTH: {
    name: 'TEAM_BANDWIDTH',
    description:
      'The range for a whole team, as {low, high}: the sum over the roster of fte × (1 − reduction) × the range per FTE.',
    parameters: {
      fte_range: { name: 'fte_range', description: 'FTE per person (range).' },
      reduction_range: {
        name: 'reduction_range',
        description: 'Reduction per person as a fraction, same number of cells as fte_range.',
      },
      low_per_fte: { name: 'low_per_fte', description: 'Low bound of the range per FTE.' },
      high_per_fte: { name: 'high_per_fte', description: 'High bound of the range per FTE.' },
    },
  },
  CONCURRENT_CASELOAD: {
    name: 'CONCURRENT_CASELOAD',
    description: "Cases open at one time, from cases per year and the average duration of a case (Little's law).",
    parameters: {
      cases_per_year: { name: 'cases_per_year', description: 'Cases per year: the cases that start in a year.' },
      average_duration_weeks: { name: 'average_duration_weeks', description: 'Average duration of a case in weeks.' },
    },
  },
  STAFF_CAPACITY: {
    name: 'STAFF_CAPACITY',
    description: "Each person's part of the range, one row per person: fte × (1 − reduction) × {low, high}.",
    parameters: {
      fte_range: { name: 'fte_range', description: 'FTE per person (range).' },
      reduction_range: {
        name: 'reduction_range',
        description: 'Reduction per person as a fraction, same number of cells as fte_range.',
      },
      low_per_fte: { name: 'low_per_fte', description: 'Low bound of the range per FTE.' },
      high_per_fte: { name: 'high_per_fte', description: 'High bound of the range per FTE.' },
    },
  },
  FTE_NEEDED: {
    name: 'FTE_NEEDED',
    description:
      "FTE needed for the cases per year (WISN required staff): the hours they ask over one FTE's client hours after the contributing factors, plus tasks only some people do.",
    parameters: {
      case_counts: { name: 'case_counts', description: 'Cases per year per category (range).' },
      hours_per_case: {
        name: 'hours_per_case',
        description: 'Hours per case per category, same number of cells as case_counts.',
      },
      available_hours_per_fte: {
        name: 'available_hours_per_fte',
        description: 'Available hours of one FTE per year (see AVAILABLE_HOURS).',
      },
      indirect_share: { name: 'indirect_share', description: 'Indirect share as a fraction. Default 0.' },
      individual_hours: {
        name: 'individual_hours',
        description: 'Hours per year of tasks only some people do. Default 0.',
      },
      reductions: {
        name: 'reductions',
        description:
          "The team's contributing factors as fractions (registration burden, onboarding): each takes that share of the client hours, as in BANDWIDTH. Default none.",
      },
    },
  },
  STAFFING_RATIO: {
    name: 'STAFFING_RATIO',
    description:
      'Staffing ratio (WISN ratio): deployable FTE over FTE needed; below 1 the staff do not cover the work. Not the fill rate (FTE on the roster / approved FTE).',
    parameters: {
      existing_fte: {
        name: 'existing_fte',
        description: "FTE on the roster after each person's own reduction (see FTE_ON with reductions).",
      },
      needed_fte: { name: 'needed_fte', description: 'FTE the work asks for (see FTE_NEEDED).' },
    },
  },
  HOURLY_RATE: {
    name: 'HOURLY_RATE',
    description: 'Cost of one productive hour: annual cost plus overhead, over the productive hours.',
    parameters: {
      annual_cost: {
        name: 'annual_cost',
        description: 'Cost per year in euro, employer charges included (see COST_PER_FTE), or the team cost.',
      },
      productive_hours: { name: 'productive_hours', description: 'Productive hours per year.' },
      overhead_share: { name: 'overhead_share', description: 'Overhead as a fraction of the annual cost. Default 0.' },
    },
  },
  COST_PER_CASE: {
    name: 'COST_PER_CASE',
    description:
      'Average cost per case: team cost plus support cost, over all cases per year, all kinds of case together. Per kind of case: PRODUCT_COST.',
    parameters: {
      team_cost: { name: 'team_cost', description: 'Annual cost of the team in euro: a number or a range (summed).' },
      support_cost: {
        name: 'support_cost',
        description: 'Annual cost of support staff in euro: a number or a range (summed).',
      },
      cases_per_year: { name: 'cases_per_year', description: 'Cases per year, all categories together.' },
    },
  },
  CASELOAD_PER_FTE: {
    name: 'CASELOAD_PER_FTE',
    description: 'Open cases per FTE present: sum of cases over sum of FTE, for the weekly figures.',
    parameters: {
      cases: { name: 'cases', description: 'Open cases: a number or a range (summed).' },
      fte: { name: 'fte', description: 'FTE present: a number or a range (summed).' },
    },
  },
  BANDWIDTH_STATUS: {
    name: 'BANDWIDTH_STATUS',
    description: 'Where a caseload stands against the range: below, within or above.',
    parameters: {
      caseload: { name: 'caseload', description: 'Caseload per FTE.' },
      low: { name: 'low', description: 'Low bound of the range.' },
      high: { name: 'high', description: 'High bound of the range.' },
    },
  },
  BANDWIDTH_POSITION: {
    name: 'BANDWIDTH_POSITION',
    description: 'How far into the range a caseload lies: 0 at the low bound, 1 at the high bound.',
    parameters: {
      caseload: { name: 'caseload', description: 'Caseload per FTE.' },
      low: { name: 'low', description: 'Low bound of the range.' },
      high: { name: 'high', description: 'High bound of the range.' },
    },
  },
  DEVIATING_CASES: {
    name: 'DEVIATING_CASES',
    description:
      'Number of cases whose hours differ from the norm by more than margin × norm, above it, below it or both: the cases worth a reflection.',
    parameters: {
      hours: { name: 'hours', description: 'Estimated hours per case (range).' },
      norm_hours: { name: 'norm_hours', description: 'Norm hours per case.' },
      tolerance: { name: 'tolerance', description: 'Margin around the norm, as a fraction of the norm. Default 0.5.' },
      direction: {
        name: 'direction',
        description:
          'Which cases to count: "above" (more hours than the norm allows), "below" (fewer) or "both". Dutch boven, onder, beide work too. Default "both".',
      },
    },
  },
  EXPECTED_CASES: {
    name: 'EXPECTED_CASES',
    description: 'Cases to expect in an area: the sum of inhabitants × case rate per 1,000 over 1,000, per age group.',
    parameters: {
      inhabitants: {
        name: 'inhabitants',
        description: 'Inhabitants per age group: a number or a range (blanks skipped).',
      },
      rate_per_1000: {
        name: 'rate_per_1000',
        description: 'Cases per 1,000 inhabitants of each group, same number of cells as inhabitants.',
      },
    },
  },
  CASE_RATE: {
    name: 'CASE_RATE',
    description:
      'Cases per 1,000 inhabitants: sum of cases over sum of inhabitants, times 1,000, to compare areas of different size.',
    parameters: {
      cases: { name: 'cases', description: 'Number of cases: a number or a range (summed).' },
      inhabitants: { name: 'inhabitants', description: 'Number of inhabitants: a number or a range (summed).' },
    },
  },
  WEEKS_ABOVE_BAND: {
    name: 'WEEKS_ABOVE_BAND',
    description: 'Number of weeks in the monitoring column with a caseload above the high bound of the range.',
    parameters: {
      caseloads: {
        name: 'caseloads',
        description: 'Caseload per FTE per week, one week per cell (blank weeks skipped).',
      },
      high: { name: 'high', description: 'High bound of the range.' },
    },
  },
  WEEKS_BELOW_BAND: {
    name: 'WEEKS_BELOW_BAND',
    description: 'Number of weeks in the monitoring column with a caseload below the low bound of the range.',
    parameters: {
      caseloads: {
        name: 'caseloads',
        description: 'Caseload per FTE per week, one week per cell (blank weeks skipped).',
      },
      low: { name: 'low', description: 'Low bound of the range.' },
    },
  },
  CASELOAD_TREND: {
    name: 'CASELOAD_TREND',
    description:
      'Where the weekly caseload is heading: the least-squares trend line through the monitoring column, some weeks after the last figure (never below 0).',
    parameters: {
      caseloads: {
        name: 'caseloads',
        description:
          'Caseload per week, one week per cell in order; at least 2 figures. A blank week is skipped but keeps its place.',
      },
      weeks_ahead: { name: 'weeks_ahead', description: 'Weeks after the last figure. Default 4.' },
    },
  },
  WEEKS_UNTIL_OUTSIDE: {
    name: 'WEEKS_UNTIL_OUTSIDE',
    description:
      'Weeks until the caseload leaves the range if the trend goes on: 0 when the last figure is outside already, #N/A when the trend stays inside for 52 weeks.',
    parameters: {
      caseloads: {
        name: 'caseloads',
        description:
          'Caseload per week, one week per cell in order; at least 2 figures. A blank week is skipped but keeps its place.',
      },
      low: { name: 'low', description: 'Low bound of the range.' },
      high: { name: 'high', description: 'High bound of the range.' },
    },
  },
  BAND_ON: {
    name: 'BAND_ON',
    description:
      'The range in force on a date, as {low, high}: the version with the latest from date on or before the date. #N/A when the date is before every version.',
    parameters: {
      date: { name: 'date', description: 'The date to look up, e.g. the first day of a week.' },
      from_dates: {
        name: 'from_dates',
        description:
          'The date each version of the range applies from, one row per version, in any order. A blank row is no version (so IF(team="x", dates, "") keeps one team).',
      },
      lows: { name: 'lows', description: 'Low bound of each version, same number of cells as from_dates.' },
      highs: { name: 'highs', description: 'High bound of each version, same number of cells as from_dates.' },
    },
  },
  FTE_ON: {
    name: 'FTE_ON',
    description:
      'FTE on the roster on a date: the sum of the FTE of the rows in force that day. With reductions the deployable FTE: the sum of fte × (1 − reduction).',
    parameters: {
      date: { name: 'date', description: 'The date to count, e.g. the first day of a week.' },
      fte: { name: 'fte', description: 'FTE per person or row (range); a blank row counts 0.' },
      from_dates: {
        name: 'from_dates',
        description: 'First day each row is in force, same number of cells as fte; blank: since always.',
      },
      to_dates: {
        name: 'to_dates',
        description: 'Last day each row is in force, same number of cells as fte; blank or left out: no end.',
      },
      reductions: {
        name: 'reductions',
        description:
          'Reduction per row as a fraction (onboarding, leave), same number of cells as fte. Left out: the FTE on the roster; given: the deployable FTE.',
      },
    },
  },
  ALLOCATE_FTE: {
    name: 'ALLOCATE_FTE',
    description:
      'FTE divided in proportion to need: total FTE × need / sum of needs, one row per need (a column that spills).',
    parameters: {
      needs: {
        name: 'needs',
        description: "Each team's need (FTE needed, hours or cases), a range; a blank gets 0.",
      },
      total_fte: { name: 'total_fte', description: 'The FTE to divide, e.g. the approved FTE.' },
    },
  },
  COST_PER_FTE: {
    name: 'COST_PER_FTE',
    description:
      'What one full-time FTE costs per year: salary × (1 + IKB) × (1 + employer charges) + other costs per FTE.',
    parameters: {
      salary: { name: 'salary', description: 'Gross annual salary of one full-time FTE in euro.' },
      employer_share: {
        name: 'employer_share',
        description: 'Employer charges as a fraction of the salary, 30% = 0.3.',
      },
      other_per_fte: {
        name: 'other_per_fte',
        description: 'Other costs per FTE per year in euro (workplace, training, travel). Default 0.',
      },
      ikb_share: {
        name: 'ikb_share',
        description:
          'Individual choice budget (IKB: holiday pay, year-end pay) as a fraction of the salary, 17.05% = 0.1705. Default 0: the salary already holds it.',
      },
    },
  },
  PRODUCT_COST: {
    name: 'PRODUCT_COST',
    description:
      'Cost price per product (one kind of case): hours per case × full-cost hourly rate. A column of hours spills a column of cost prices. The average over all cases: COST_PER_CASE.',
    parameters: {
      hours_per_case: {
        name: 'hours_per_case',
        description: 'Hours per case: a number or a range (a blank counts 0 hours).',
      },
      hourly_rate: { name: 'hourly_rate', description: 'Cost of one hour in euro (see HOURLY_RATE).' },
    },
  },
  TARIFF_COVERAGE: {
    name: 'TARIFF_COVERAGE',
    description:
      'How far each tariff covers its cost price: tariff / cost, one row each. 1 covers it exactly; below 1 the tariff is too low.',
    parameters: {
      tariffs: { name: 'tariffs', description: 'Tariff per product in euro, a range.' },
      costs: {
        name: 'costs',
        description: 'Cost price per product in euro (see PRODUCT_COST), same number of cells as tariffs.',
      },
    },
  },
};
