import { describe, expect, it } from 'vitest';
import { scenarioShownName } from './scenarioShownName';

describe('scenarioShownName', () => {
  it('a named scenario is shown under its name, as typed', () => {
    expect(scenarioShownName({ name: 'Declined card' }, 0)).toBe('Declined card');
    expect(scenarioShownName({ name: ' Late payment ' }, 3)).toBe(' Late payment ');
  });

  it('a scenario without a name is called by its place in the list', () => {
    expect(scenarioShownName({}, 0)).toBe('Scenario 1');
    expect(scenarioShownName(undefined, 4)).toBe('Scenario 5');
  });

  it('a name cleared, or only spaces, tabs or line breaks, is no name: never an empty option', () => {
    expect(scenarioShownName({ name: '' }, 1)).toBe('Scenario 2');
    expect(scenarioShownName({ name: '   ' }, 2)).toBe('Scenario 3');
    expect(scenarioShownName({ name: '\t\n ' }, 0)).toBe('Scenario 1');
  });
});

describe('scenarioShownName: a name of characters that draw nothing', () => {
  it('a zero-width space, BOM, no-break space or word joiner alone is no name, as spaces are', () => {
    for (const name of ['\u200B', '\uFEFF', '\u00A0', '\u2060', ' \u200B ']) expect(scenarioShownName({ name }, 1), JSON.stringify(name)).toBe('Scenario 2');
    expect(scenarioShownName({ name: '\u200BLate' }, 1)).toBe('\u200BLate');
  });
});
