import { define } from '../params';
import { ROSTER_PARAMS, STAFF_CAPACITY } from './staffCapacity';
import { isError } from '../result';

/**
 * The band for the whole team, {low, high} in one row: the column totals of STAFF_CAPACITY,
 * for "this team, with these people, should carry between X and Y cases".
 */
export const TEAM_BANDWIDTH = define(
  'TEAM_BANDWIDTH',
  ROSTER_PARAMS,
  a => {
    const people = STAFF_CAPACITY.compute(a);
    if (isError(people)) return people;
    return [people.reduce(([low, high], [l, h]) => [low + l, high + h], [0, 0])];
  },
  'matrix',
);
