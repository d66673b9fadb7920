import { describe, expect, test } from 'vitest';
import { saveViewOf } from '../../../src/lib/offline/saveState';

const bytes = 443 * 1024;

describe('saveViewOf', () => {
  test('says the size before anything is saved, and offers to save', () => {
    const view = saveViewOf({ bytes, saved: 'none' }, false);
    expect(view.text).toContain('about 450 KB');
    expect(view.button).toEqual({ label: 'Save the guide for offline reading', action: 'save' });
    expect(view.progress).toBeUndefined();
  });

  test('shows progress while saving, with nothing to press', () => {
    const view = saveViewOf({ bytes, saved: 'none', progress: { done: 11, total: 55 } }, false);
    expect(view.text).toBe('Saving the guide on this device: 11 of 55 files.');
    expect(view.progress).toBeCloseTo(0.2);
    expect(view.button).toBeUndefined();
  });

  test('says “Saved on this device” once done, with a way to remove it', () => {
    const view = saveViewOf({ bytes, saved: 'current', progress: { done: 55, total: 55 } }, false);
    expect(view.text).toContain('Saved on this device');
    expect(view.button).toEqual({ label: 'Remove the saved guide', action: 'remove' });
  });

  test('with Save-Data on, says so with the size before the reader chooses', () => {
    const view = saveViewOf({ bytes, saved: 'none' }, true);
    expect(view.text).toBe(
      'Your browser is set to save data. Saving the guide for offline reading downloads about 450 KB.',
    );
    expect(view.button?.action).toBe('save');
  });

  test('after a save cut short, says what happened and offers to finish', () => {
    const view = saveViewOf({ bytes, saved: 'none', failed: true }, false);
    expect(view.text).toMatch(/^Saving stopped before the end/);
    expect(view.button?.action).toBe('save');
  });

  test('after a new build cleaned up the old saved guide, offers to save the new one', () => {
    expect(saveViewOf({ bytes, saved: 'older' }, false).text).toMatch(
      /^The guide has changed since you saved it/,
    );
  });

  test('never shows a progress of NaN for an empty list', () => {
    expect(
      saveViewOf({ bytes: 0, saved: 'none', progress: { done: 0, total: 0 } }, false).progress,
    ).toBeUndefined();
  });
});
