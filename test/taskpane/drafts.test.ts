// The pane's drafts: what was typed but not yet put in the plan outlives the tab it was typed in,
// counts as unsaved work until it is blank or the plan is replaced, and a choice never counts.
import { blank, Drafts } from '../../src/taskpane/state/drafts';

describe('drafts', () => {
  it('keeps typed text under its key, as unsaved work', () => {
    const drafts = new Drafts();
    drafts.set('reflection/t1/Anna', { energy: 'Moe na de reorganisatie' }, true);
    expect(drafts.get('reflection/t1/Anna')).toEqual({ energy: 'Moe na de reorganisatie' });
    expect(drafts.get('reflection/t1/Bram')).toBeUndefined();
    expect(drafts.hasWork()).toBe(true);
  });

  it('does not count a choice as unsaved work', () => {
    const drafts = new Drafts();
    drafts.set('reflection/t1/person', 'Anna', false);
    expect(drafts.get('reflection/t1/person')).toBe('Anna');
    expect(drafts.hasWork()).toBe(false);
  });

  it('has no unsaved work once a draft is forgotten or everything is cleared', () => {
    const drafts = new Drafts();
    drafts.set('adopt/t1/reason', 'Inwerken is voorbij', true);
    drafts.set('adopt/t2/reason', 'Nieuwe collega', true);
    drafts.set('adopt/t1/reason', undefined, true);
    expect(drafts.hasWork()).toBe(true);
    drafts.clear();
    expect(drafts.hasWork()).toBe(false);
    expect(drafts.get('adopt/t2/reason')).toBeUndefined();
  });

  it('tells its listeners about a change, and only about a change', () => {
    const drafts = new Drafts();
    const heard = jest.fn();
    const stop = drafts.subscribe(heard);
    drafts.set('a', 'x', true);
    drafts.set('b', undefined, true); // nothing there to forget
    drafts.clear();
    drafts.clear(); // nothing left to clear
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    drafts.set('a', 'y', true);
    expect(heard).toHaveBeenCalledTimes(2);
  });
});

describe('blank', () => {
  it.each([
    ['', true],
    ['  \n', true],
    [{}, true],
    [{ energy: ' ', quality: '' }, true],
    ['x', false],
    [{ energy: '', quality: 'Te weinig tijd voor overleg' }, false],
  ])('%j is blank: %s', (value, expected) => {
    expect(blank(value)).toBe(expected);
  });
});
