// The pane's words for a reflection's outcome and a person's aspect of felt pressure.
import type { Aspect, Outcome, PaneTexts } from '../../core';

export const outcomeLabel = (outcome: Outcome, s: PaneTexts): string =>
  ({
    '': s.outcomeNone,
    factor: s.outcomeFactor,
    category: s.outcomeCategory,
    individual: s.outcomeIndividual,
    nothing: s.outcomeNothing,
  })[outcome];

export const ASPECTS: readonly Aspect[] = ['quantity', 'quality', 'productivity', 'energy', 'responsibility'];

export const aspectTexts = (aspect: Aspect, s: PaneTexts): { label: string; question: string } =>
  ({
    quantity: { label: s.aspectQuantity, question: s.aspectQuantityQuestion },
    quality: { label: s.aspectQuality, question: s.aspectQualityQuestion },
    productivity: { label: s.aspectProductivity, question: s.aspectProductivityQuestion },
    energy: { label: s.aspectEnergy, question: s.aspectEnergyQuestion },
    responsibility: { label: s.aspectResponsibility, question: s.aspectResponsibilityQuestion },
  })[aspect];
