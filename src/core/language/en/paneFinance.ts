// Pane texts in English for finance; same ids as the Dutch ones.
import type { PaneFinanceTexts } from '../nl/paneFinance';

export const paneFinance: PaneFinanceTexts = {
  financeTitle: 'Finance',
  financeIntro:
    'What the work costs: the team cost from the salaries and the rosters, the full-cost hourly rate, the cost ' +
    'price of each product beside its tariff, and approved FTE, staff on the roster and FTE needed in euro.',
  invalidNumberOrBlank: 'Enter a number of 0 or more, or leave it blank.',

  salaryTitle: 'Cost per FTE',
  salaryIntro:
    'One full-time FTE costs the annual salary with its individual choice budget (IKB), the employer charges on ' +
    'both and the other costs per FTE: salary × (1 + IKB) × (1 + employer charges) + other costs (COST_PER_FTE).',
  ikbShare: 'Individual choice budget, IKB (share of the salary)',
  ikbShareHint:
    'Holiday pay, year-end pay and whatever else your collective agreement puts in the IKB. Leave 0 when the ' +
    'salaries below already hold it (annual salary including IKB). Choosing a collective agreement in step 2 fills it in.',
  employerShare: 'Employer charges (share of the salary)',
  employerShareHint: 'Social security and pension contributions as a percentage of the salary with its IKB.',
  otherPerFte: 'Other costs per FTE per year (€)',
  otherPerFteHint: 'Workplace, training, travel.',
  scalesTitle: 'Salary scales',
  scaleNoun: 'Scale',
  scaleName: 'Name of the scale',
  scaleSalary: 'Annual salary (€)',
  scaleCostPerFte: cost => `Cost per FTE: ${cost} (salary × (1 + IKB) × (1 + employer charges) + other costs)`,
  payTitle: team => `Salaries of ${team}`,
  payIntro:
    'Choose a scale for each person on the roster, or type an annual salary of their own. Whoever has no salary ' +
    'counts in the team cost at the average cost per FTE of those with one.',
  payScale: name => `Scale of ${name}`,
  payOwnSalary: name => `Own annual salary of ${name}`,
  payScaleColumn: 'Scale',
  payOwnSalaryColumn: 'Own annual salary (€)',
  payList: 'Salaries per person',
  payNoScale: 'no scale',
  costPerFte: 'Cost per FTE',
  payFte: 'Staff on the roster (FTE)',
  payCost: 'Cost per year',
  noPeople: 'Nobody is on this team’s roster yet.',

  teamCostTitle: 'Team cost and hourly rate',
  teamCostTyped: 'Team cost per year, entered (€)',
  teamCostTypedHint: fromSalaries =>
    `Blank: the team cost follows from the salaries (now ${fromSalaries}, anyone without one at the average). An amount entered replaces it.`,
  teamCostUsed: 'Team cost per year',
  teamCostIsTyped: 'entered: the salaries do not count',
  teamCostFromSalaries:
    'cost per FTE × FTE on the roster; anyone on the roster without a salary counts at the average cost per FTE of those with one',
  averageCostPerFte: 'Average cost per FTE',
  averageCostPerFteNote: 'team cost per year / staff on the roster',
  productiveHours: 'Productive hours per year',
  productiveHoursNote: 'client hours of the staff on the roster',
  hourlyRate: 'Full-cost hourly rate',
  hourlyRateNote: 'team cost plus support, per productive hour (HOURLY_RATE)',
  unpaid: people =>
    `Without a salary: ${people}. In the team cost they count at the average cost per FTE of those with one.`,

  productsTitle: 'Cost price and tariff per product',
  productsIntro:
    'Each category of cases is a product. Its cost price is the hours per case of that category times the ' +
    'full-cost hourly rate (PRODUCT_COST); the tariff is agreed with the commissioning party. Below 1 the tariff ' +
    'does not cover the cost price. The organisation’s average cost per case is another figure: all cost over ' +
    'all cases, across the categories.',
  productColumn: 'Product',
  hoursPerCaseColumn: 'Hours per case',
  costPrice: 'Cost price per product',
  tariffColumn: 'Tariff (€)',
  tariffLabel: product => `Tariff for ${product}`,
  coverage: 'Tariff coverage',
  belowCost: 'tariff below the cost price',
  covered: 'covered',
  noProducts: 'No case categories yet: enter them in step 2.',

  gapsTitle: 'Approved FTE, staff on the roster and FTE needed in euro',
  gapsIntro:
    'The FTE shortfall is needed minus deployable FTE, the shortfall in approved FTE needed minus approved, the ' +
    'vacancy room approved minus on the roster; in euro each times the average cost per FTE. Negative: more on ' +
    'the roster or approved than the work asks, or more on the roster than approved.',
  shortfall: 'FTE shortfall',
  shortfallCost: 'Cost of the FTE shortfall per year',
  formatieShortfall: 'Shortfall in approved FTE',
  formatieShortfallCost: 'Cost of the shortfall in approved FTE per year',
  vacancy: 'Vacancy room',
  vacancyCost: 'Cost of the vacancy room per year',
  atAverage: 'FTE times the average cost per FTE',

  budgetTitle: year => `Budget ${year}`,
  budgetIntro:
    'Each team’s budget, in euro and in FTE, beside what its roster costs and holds over the year. Whoever ' +
    'starts or leaves during the year counts for the part of the year on the roster. In the total, what is left ' +
    'counts only the teams you enter a budget for.',
  budgetList: 'Budget per team',
  budgetColumn: 'Budget (€)',
  budgetLabel: team => `Budget of ${team}`,
  projected: 'Projected cost in the budget year',
  budgetLeft: 'Budget minus projected cost',
  budgetFteColumn: 'Budgeted FTE',
  budgetFteHint:
    'Budgeted FTE: what this year’s budget pays for in FTE. It may differ from the approved FTE, the formation the ' +
    'organisation decided for the team, apart from any one budget year.',
  budgetFteLabel: team => `Budgeted FTE of ${team}`,
  fteInYear: 'FTE on the roster in the budget year',
  fteLeft: 'Budgeted FTE minus FTE on the roster',

  scenarioExtraCostHint: 'Blank: the extra FTE times the average cost per FTE.',
  scenarioExtraCostFigure: 'Extra cost per year',
};
