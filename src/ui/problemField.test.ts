// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { elementPathOf, findProblemControl, problemPathCandidates, revealControl } from './problemField';

/** A form drawn from markup the test writes (the fields' own components are tested in showProblem.test). */
function form(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

const ROW = 'stages[0].steps[2].start.requirements[1]';

afterEach(() => document.body.replaceChildren());

describe('problemPathCandidates', () => {
  it('lists the path, then each enclosing path inside its element, nearest first', () => {
    expect(problemPathCandidates(`${ROW}.right.ref`)).toEqual([`${ROW}.right.ref`, `${ROW}.right`, ROW, 'stages[0].steps[2].start.requirements', 'stages[0].steps[2].start']);
    expect(problemPathCandidates('decisions[1].outcomes[0].next')).toEqual(['decisions[1].outcomes[0].next', 'decisions[1].outcomes[0]', 'decisions[1].outcomes']);
    expect(problemPathCandidates('trigger.entryConditions[0].field')).toEqual(['trigger.entryConditions[0].field', 'trigger.entryConditions[0]', 'trigger.entryConditions', 'trigger']);
  });

  it('never climbs to the element itself: its form is a whole, not a field', () => {
    expect(elementPathOf('stages[3].steps[0].flow')).toBe('stages[3].steps[0]');
    expect(problemPathCandidates('stages[3].steps[0]')).toEqual([]);
    expect(problemPathCandidates('stages[3].exit')).toEqual(['stages[3].exit']);
  });
});

describe('findProblemControl', () => {
  it('finds the control carrying the exact path: Requirement 2\'s Resource, not Requirement 1\'s', () => {
    // given two rows, each a fieldset holding its own pickers
    const root = form(`
      <fieldset data-problem-path="stages[0].steps[2].start.requirements[0]"><select aria-label="r1" data-problem-path="stages[0].steps[2].start.requirements[0].left"></select></fieldset>
      <fieldset data-problem-path="${ROW}"><button>Remove</button><select aria-label="r2" data-problem-path="${ROW}.left"></select></fieldset>`);
    // when
    const found = findProblemControl(root, `${ROW}.left`);
    // then
    expect(found?.exact).toBe(true);
    expect(found?.control.getAttribute('aria-label')).toBe('r2');
  });

  it('falls back to the nearest enclosing path: a row\'s first form control before its buttons', () => {
    // given a row whose value is not tagged
    const root = form(`<fieldset data-problem-path="${ROW}"><button>Move up</button><select aria-label="resource"></select><input aria-label="value"></fieldset>`);
    // when the problem is at the row's value
    const found = findProblemControl(root, `${ROW}.right.ref`);
    // then the row's first control, marked as not exact
    expect(found?.exact).toBe(false);
    expect(found?.control.getAttribute('aria-label')).toBe('resource');
  });

  it('prefers the element carrying the path that takes focus itself over a section carrying the same path', () => {
    // given the logic field: its choices' wrapper and its custom text both carry the path
    const root = form(`<div data-problem-path="${ROW.replace(/\.requirements\[1\]$/, '.logic')}"><input type="radio" name="k" aria-label="all"><input type="radio" name="k" checked aria-label="custom"><input type="text" aria-label="text" data-problem-path="${ROW.replace(/\.requirements\[1\]$/, '.logic')}"></div>`);
    expect(findProblemControl(root, 'stages[0].steps[2].start.logic')?.control.getAttribute('aria-label')).toBe('text');
  });

  it('in a radio group takes the checked radio (the group\'s Tab stop) and skips disabled controls', () => {
    const root = form(`<div data-problem-path="stages[1].exit"><select disabled aria-label="locked"></select><input type="radio" name="k" aria-label="all"><input type="radio" name="k" checked aria-label="any"></div>`);
    expect(findProblemControl(root, 'stages[1].exit')?.control.getAttribute('aria-label')).toBe('any');
  });

  it('is null when no field of the element is drawn, and never takes another element\'s or the orchestration\'s field', () => {
    // given the orchestration form (still shown before the step's form is drawn) and another step's form
    const root = form(`<input aria-label="label" data-problem-path="label"><select data-problem-path="stages[0].steps[1].flow"></select><div data-problem-path="stages[0]"><input></div>`);
    // then
    expect(findProblemControl(root, 'stages[0].steps[2].flow')).toBeNull();
    expect(findProblemControl(root, 'stages[0].steps[2]')).toBeNull();
  });

  it('reads paths as text, so brackets and quotes in a path need no escaping', () => {
    const path = 'stages[0].steps[0].inputs.a"b]';
    const root = form('<input aria-label="odd">');
    root.querySelector('input')!.setAttribute('data-problem-path', path);
    expect(findProblemControl(root, path)?.control.getAttribute('aria-label')).toBe('odd');
  });
});

describe('revealControl', () => {
  it('opens each closed section around the control', () => {
    const root = form('<details><summary>More</summary><details><summary>Inner</summary><input aria-label="deep"></details></details>');
    revealControl(root.querySelector('input')!);
    expect([...root.querySelectorAll('details')].map((d) => d.open)).toEqual([true, true]);
  });
});
