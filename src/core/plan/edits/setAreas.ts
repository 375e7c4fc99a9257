// Step 1's areas as edited: a renamed area takes its facilities and care demand along.
import type { Area } from '../plan';
import { followRenames } from './renames';
import { defineEdit } from './edit';

export const setAreas = defineEdit<Area[]>({
  name: 'setAreas',
  perform: (plan, areas) =>
    followRenames({ ...plan, situation: { ...plan.situation, areas } }, 'area', plan.situation.areas, areas),
});
