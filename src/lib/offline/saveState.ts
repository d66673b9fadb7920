/*
 * What the "Save the guide for offline reading" control says in each state. The custom
 * element (src/scripts/offline/save-control.ts) only renders what this returns, so every
 * sentence a reader sees is chosen here and unit-tested.
 */
import { aboutSize } from './saveList';

/** What the worker reports (src/offline/sw.ts `stateFor`). */
export interface OfflineState {
  /** Download size of the whole saved guide. */
  bytes: number;
  /** This build's guide is saved; an earlier build's was and has been cleaned up; or none. */
  saved: 'current' | 'older' | 'none';
  /** Files saved so far while a save runs. */
  progress?: { done: number; total: number } | undefined;
  /** The last save stopped before the end (connection lost, storage full). */
  failed?: boolean | undefined;
}

export interface SaveView {
  /** The sentence shown. */
  text: string;
  /** The button's label, and what pressing it does. */
  button: { label: string; action: 'save' | 'remove' } | undefined;
  /** Progress, 0–1, while saving. */
  progress: number | undefined;
}

/**
 * The control's view of `state`. `saveData`: the browser asks sites to save data (Save-Data):
 * the size is said first as always, with the reason to think twice.
 */
export function saveViewOf(state: OfflineState, saveData: boolean): SaveView {
  const size = aboutSize(state.bytes);
  if (state.progress && state.progress.done < state.progress.total) {
    const { done, total } = state.progress;
    return {
      text: `Saving the guide on this device: ${done} of ${total} files.`,
      button: undefined,
      progress: total > 0 ? done / total : 0,
    };
  }
  if (state.saved === 'current')
    return {
      text: 'Saved on this device: every page and the search work with no connection.',
      button: { label: 'Remove the saved guide', action: 'remove' },
      progress: undefined,
    };
  const save = { label: 'Save the guide for offline reading', action: 'save' as const };
  if (saveData && state.saved === 'none' && !state.failed)
    return {
      text: `Your browser is set to save data. Saving the guide for offline reading downloads ${size}.`,
      button: { label: 'Save it anyway', action: 'save' },
      progress: undefined,
    };
  if (state.failed)
    return {
      text: `Saving stopped before the end (is the connection gone?). What was saved is kept: try again to finish, ${size} in all.`,
      button: save,
      progress: undefined,
    };
  if (state.saved === 'older')
    return {
      text: `The guide has changed since you saved it. Save it again to read the new version offline: ${size}.`,
      button: save,
      progress: undefined,
    };
  return {
    text: `Keep every page and the search on this device, to read with no connection: ${size}.`,
    button: save,
    progress: undefined,
  };
}
