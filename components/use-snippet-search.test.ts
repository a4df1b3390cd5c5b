import { describe, expect, it } from 'vitest';
import { comboboxKeyAction } from './use-snippet-search';

const key = (name: string, isComposing = false) => ({ key: name, isComposing });

describe('comboboxKeyAction', () => {
  it.each([
    ['ArrowDown', 3, 0, { kind: 'move', to: 1 }],
    ['ArrowDown', 3, 2, { kind: 'move', to: 0 }],
    ['ArrowUp', 3, 0, { kind: 'move', to: 2 }],
    ['ArrowUp', 3, -1, { kind: 'move', to: 1 }],
    ['ArrowDown', 0, -1, { kind: 'stay' }],
    ['Enter', 3, 1, { kind: 'choose' }],
    ['Escape', 3, 1, { kind: 'back' }],
    ['a', 3, 1, null],
    ['Tab', 3, 1, null],
  ] as const)('%s with %i options, option %i active', (name, count, active, expected) => {
    expect(comboboxKeyAction(key(name), count, active)).toEqual(expected);
  });

  it('leaves every key to an input method while it composes', () => {
    expect(comboboxKeyAction(key('Enter', true), 3, 0)).toBeNull();
    expect(comboboxKeyAction(key('ArrowDown', true), 3, 0)).toBeNull();
  });
});
