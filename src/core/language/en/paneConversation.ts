// Pane texts in English for the conversation side and the overview; same ids as the Dutch ones.
import type { PaneConversationTexts } from '../nl/paneConversation';

export const paneConversation: PaneConversationTexts = {
  tabConversation: 'Conversation',
  tabOverview: 'Overview',
  conversationIntro:
    'The figures start the conversation; they do not end it. Here the team looks at the cases far from the norm ' +
    '(both ways), at how the real case mix compares with what step 2 assumed, and at how the work feels beside ' +
    'what the figures say.',

  deviationsTitle: team => `Deviating cases: team ${team}`,
  deviationsIntro:
    'List the team’s cases, entered or taken from a table of your own. Each category’s norm is its hours per case ' +
    'from step 2. Do not look only at cases far above it: look on purpose for the cases that took far less time. ' +
    'A case still open counts only once it is far past the average duration.',
  toleranceLabel: 'Margin around the norm',
  toleranceHint: 'How far from its norm a case must be to be discussed (50 = half as much more or less).',
  farAbove: 'Far above the norm',
  farBelow: 'Far below the norm',
  deviationsWithoutOutcome: 'Deviating and without an outcome yet',
  caseListTitle: (team, count) => `Case list of team ${team} (${count})`,
  caseNoun: 'Case',
  caseNumber: 'Case number',
  caseCategory: 'Category',
  measureHours: 'Estimated hours',
  measureWeeks: 'Weeks open (still open)',
  caseHoursHint: 'Blank while the case runs: then the weeks open count. With hours, only the hours count.',
  caseWorker: 'Worker (may be blank)',
  caseReflection: 'What makes this case take more or less time?',
  caseOutcome: 'Outcome',
  outcomeNone: 'Not discussed yet',
  outcomeFactor: 'Missing contributing factor',
  outcomeCategory: 'Missing category',
  outcomeIndividual: 'Individual situation',
  outcomeNothing: 'Nothing to change',
  caseAgainstNorm: (share, norm) => `${share} of the norm (${norm}).`,
  caseFarAbove: (share, norm) => `Far above the norm: ${share} of the norm (${norm}).`,
  caseFarBelow: (share, norm) => `Far below the norm: ${share} of the norm (${norm}).`,
  normHours: hours => `${hours} hours`,
  normWeeks: weeks => `${weeks} weeks`,
  caseUnknownCategory: 'This category is not in step 2: there is no norm to compare with.',
  caseNothingToCompare: 'Fill in estimated hours or weeks open to compare with the norm.',
  missTitle: 'What the model may miss',
  missIntro: team =>
    `The outcomes of team ${team}’s conversations about deviating cases, added up. A missing contributing factor or ` +
    'category is a reason to adjust step 2.',
  missNone: 'No outcomes yet: discuss the deviating cases on the Conversation tab.',

  importTargetCaseList: 'Case list for deviating cases (of the team shown)',
  importCaseNumberHint:
    'Case numbers only: a column of names, BSNs or dates of birth is not taken over, and a row with such a case ' +
    'number is skipped.',
  importNamesRefused: column =>
    `The column "${column}" seems to hold names, BSNs or dates of birth, not case numbers. Nothing was taken over: ` +
    'clients’ details do not belong in the workbook. Choose a column of case numbers.',
  importDoneCaseList: (count, team) => `${count} cases in the case list of team ${team}.`,

  mixTitle: team => `Case-mix drift: team ${team}`,
  mixIntro:
    'Each category’s share of the case list beside the mix step 2 assumed. Heavy categories take more hours than ' +
    'the average case of that mix. When the real mix is heavier, the same number of cases asks more FTE.',
  mixCategory: 'Category',
  mixAssumed: 'Share in step 2',
  mixReal: 'Share in the case list',
  mixHeavy: 'heavy',
  mixDrift: 'Case-mix drift',
  mixDriftValue: points => `${points} percentage points of heavy cases`,
  mixFteAssumed: 'FTE needed',
  mixFteReal: 'FTE needed with the real mix',
  mixThreshold: 'Warn from (percentage points)',
  mixWarning: (points, threshold) =>
    `The case list has ${points} percentage points more heavy cases than step 2 assumed (limit ${threshold}). ` +
    'Discuss whether the range and the price still fit the work that comes in.',
  mixNoList: 'No cases of a step 2 category in the list yet.',

  feltTitle: team => `Felt workload: team ${team}`,
  feltDate: 'Date (week or evaluation moment)',
  feltTooLittle: 'Too little',
  feltRight: 'Right',
  feltTooMuch: 'Too much',
  feltBeside: (position, status, week) => `Position in the range in the week of ${week}: ${position} (${status}).`,
  feltNoWeek: 'No week with figures on or before this date.',
  signalWorkload:
    'The caseload is within or below the range, yet most find it too much: look at the workload and the ' +
    'indirect time, not at the number of cases.',
  signalCases:
    'Above the range and most find it too much: the number of cases weighs. Take up the agreements for ' +
    'above the range.',
  signalCarried:
    'Above the range, yet most find it right or too little: discuss whether quality holds and whether the ' +
    'range still fits.',
  signalRoom: 'Below the range and most have room to spare: use it on purpose.',

  reflectionTitle: 'Individual reflection',
  reflectionIntro:
    'Felt pressure is more than the amount of work. Five sides to think about, alone or with a colleague.',
  reflectionPerson: 'Who reflects',
  reflectionNobody: 'Choose someone from the roster first.',
  aspectQuantity: 'Quantity',
  aspectQuantityQuestion: 'Are you full, or does it feel full? What would give you more overview and grip?',
  aspectQuality: 'Quality',
  aspectQualityQuestion: 'When is your work good enough? Do you and your manager know what the other means by it?',
  aspectProductivity: 'Productivity',
  aspectProductivityQuestion: 'Does the team keep production up together, or do you carry it alone?',
  aspectEnergy: 'Wasted energy',
  aspectEnergyQuestion:
    'Which small irritations cost you more energy than they are worth? With whom can you discuss them?',
  aspectResponsibility: 'Responsibility',
  aspectResponsibilityQuestion: 'Do you carry responsibility that belongs to someone else? Where does it belong?',
  reflectionNote: aspect => `Note on ${aspect.toLowerCase()}`,
  reflectionIndirect: (person, own, team) =>
    `Indirect share of ${person}: ${own}; step 2 assumes ${team} for the team.`,

  divisionTitle: team => `Agreements on dividing cases: team ${team}`,
  divisionIntro:
    'Either way can work, as long as the agreement is clear. Also agree what quality is enough: is a 7 good, or ' +
    'must it be a 10?',
  divisionDivides: 'Who divides the cases',
  divisionTeamLeader: 'The team leader',
  divisionTeam: 'The team',
  divisionNorm: 'Norm',
  divisionPerPerson: 'A norm per person',
  divisionTogether: 'The team meets the norm together',
  divisionOpen: 'Not agreed yet',
  divisionQuality: 'What quality is enough',
  divisionNote: 'Note',
  openAgreements: 'Open agreements',

  overviewIntro:
    'The overview for the team meeting, per team and for the organisation. In the workbook it is the sheet VC ' +
    'Overzicht, with live formulas, ready to print on one A4 page in landscape.',
  overviewTeams: 'Per team',
  overviewTeam: 'Team',
  overviewOrganisation: 'Organisation',
  overviewBand: 'Range in force',
  overviewSince: 'In force since',
  overviewVersions: 'Versions',
  overviewLastWeek: 'Latest week',
  overviewForecast: 'Forecast in 4 weeks',
  overviewFelt: 'Felt workload (latest count)',
  overviewFeltValue: (tooLittle, right, tooMuch) => `too little ${tooLittle}, right ${right}, too much ${tooMuch}`,
  overviewDeviating: 'Far above / far below the norm',
  overviewStep: step => `Work package step ${step}`,
  overviewStepValue: (done, total) => `${done} of ${total} done`,
  overviewAbove: 'Cases far above the norm',
  overviewBelow: 'Cases far below the norm',
  overviewTooMuch: 'Too much (latest count)',
};
