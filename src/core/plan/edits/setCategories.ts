// The shared case categories as edited in step 2: a renamed category takes every team's counts and
// listed cases along, and its tariff, so no count silently stops counting and no case loses its norm.
import type { Category } from '../plan';
import { followRenames } from './renames';
import { defineEdit } from './edit';

export const setCategories = defineEdit<Category[]>({
  name: 'setCategories',
  perform: (plan, categories) =>
    followRenames(
      { ...plan, bandwidth: { ...plan.bandwidth, categories } },
      'category',
      plan.bandwidth.categories,
      categories,
    ),
});
