import { describe, expect, test } from 'vitest';
import {
  decodePathStore,
  emptyStore,
  encodePathStore,
  loadPathStore,
  MARKED_PATHS_MAX,
  pathKey,
  PATHS_KEY,
  PATHS_RECORD_MAX,
  savePathStore,
  withReadMark,
} from '../../../src/lib/path/pathStore';
import { BLOCKED } from '../../../src/lib/reflection/storage';
import { fakeStorage } from '../../support/fake-storage';

const draft = { title: 'For Sam', intro: '', steps: [{ id: 'deep-impact', note: 'Start here' }] };

describe('the reading-paths record', () => {
  test('round-trips a draft and read-marks', () => {
    const store = { draft, read: { abc: ['deep-impact'] } };
    expect(decodePathStore(encodePathStore(store))).toEqual({ ok: true, value: store });
  });
  test('rejects every malformed record with a reason', () => {
    const cases: Array<[string, RegExp]> = [
      ['not json', /not valid data/],
      ['[]', /unknown format/],
      ['{"v":1,"x":1}', /unknown format/],
      ['{"v":9}', /unknown version/],
      ['{"v":1,"d":"x"}', /draft is not a path/],
      ['{"v":1,"d":["t","i","<script>",""]}', /draft is damaged/],
      ['{"v":1,"r":{"abc":"x"}}', /read-marks are damaged/],
      ['{"v":1,"r":{"__proto__":["a"]}}', /read-marks are damaged/],
      ['{"v":1,"r":{"abc":["Bad Id"]}}', /read-marks are damaged/],
      [`{"v":1,"d":["${'x'.repeat(PATHS_RECORD_MAX)}"]}`, /too large/],
    ];
    for (const [text, reason] of cases) {
      const decoded = decodePathStore(text);
      expect(decoded.ok, text.slice(0, 40)).toBe(false);
      if (!decoded.ok) expect(decoded.reason).toMatch(reason);
    }
  });
  test('loadPathStore starts empty on a first visit', () => {
    const storage = fakeStorage();
    expect(loadPathStore(() => storage)).toEqual({ value: emptyStore(), storage });
  });
  test('loadPathStore discards a corrupt record with a notice, and removes it', () => {
    const storage = fakeStorage({ [PATHS_KEY]: '{"v":1,"d":[1,2,3]}' });
    const opened = loadPathStore(() => storage);
    expect(opened.value).toEqual(emptyStore());
    expect(opened.notice).toMatch(/could not be read \(its draft is damaged\), so it was discarded/);
    expect(storage.getItem(PATHS_KEY)).toBeNull();
  });
  test('loadPathStore works in memory when storage is blocked', () => {
    const opened = loadPathStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(opened).toEqual({ value: emptyStore(), notice: BLOCKED });
  });
  test('savePathStore writes, removes when empty, and reports a refusal', () => {
    const storage = fakeStorage();
    expect(savePathStore(storage, { draft, read: {} })).toBe(true);
    expect(loadPathStore(() => storage).value.draft).toEqual(draft);
    expect(savePathStore(storage, emptyStore())).toBe(true);
    expect(storage.getItem(PATHS_KEY)).toBeNull();
    expect(savePathStore(fakeStorage({}, true), { draft, read: {} })).toBe(false);
  });
  test('does not touch the answers record', () => {
    const storage = fakeStorage({ 'reflection-answers': '{"v":2,"a":{}}' });
    savePathStore(storage, { draft, read: {} });
    expect(storage.getItem('reflection-answers')).toBe('{"v":2,"a":{}}');
  });
});

describe('read-marks', () => {
  test('withReadMark marks and unmarks, dropping a path with no marks', () => {
    let store = withReadMark(emptyStore(), 'k1', 'a', true);
    store = withReadMark(store, 'k1', 'b', true);
    expect(store.read).toEqual({ k1: ['a', 'b'] });
    store = withReadMark(withReadMark(store, 'k1', 'a', false), 'k1', 'b', false);
    expect(store.read).toEqual({});
  });
  test(`keeps marks for the ${MARKED_PATHS_MAX} most recent paths`, () => {
    let store = emptyStore();
    for (let i = 0; i <= MARKED_PATHS_MAX; i++) store = withReadMark(store, `k${i}`, 'a', true);
    expect(Object.keys(store.read)).toHaveLength(MARKED_PATHS_MAX);
    expect(store.read.k0).toBeUndefined();
    expect(decodePathStore(encodePathStore(store)).ok).toBe(true);
  });
  test('pathKey is stable for the same path and differs for another', () => {
    expect(pathKey(draft)).toBe(pathKey({ ...draft, steps: [...draft.steps] }));
    expect(pathKey(draft)).not.toBe(pathKey({ ...draft, title: 'For Alex' }));
    expect(pathKey(draft)).toMatch(/^[0-9a-z]{1,16}$/);
  });
});
