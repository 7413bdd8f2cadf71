import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fallbackStorage, type StorageLike, type StorageProblem } from './fallback-storage.ts';

/** A working in-memory storage, with hooks to make its reads or writes throw. */
function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const faults = { read: false, write: false, remove: false };
  const storage: StorageLike = {
    getItem(key) {
      if (faults.read) throw new DOMException('Access is denied for this document.', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      if (faults.write) throw quota();
      data.set(key, value);
    },
    removeItem(key) {
      if (faults.remove) throw new DOMException('Access is denied for this document.', 'SecurityError');
      data.delete(key);
    },
  };
  return { storage, data, faults };
}

function wrap(storage: () => StorageLike) {
  const problems: StorageProblem[] = [];
  return { store: fallbackStorage(storage, (problem) => problems.push(problem)), problems };
}

test('with working storage, values go to storage and no problem is reported', () => {
  const fake = fakeStorage({ kept: 'old' });
  const { store, problems } = wrap(() => fake.storage);
  assert.equal(store.get('kept'), 'old');
  store.set('mode', 'on');
  assert.equal(fake.data.get('mode'), 'on');
  store.remove('kept');
  assert.equal(fake.data.has('kept'), false);
  assert.deepEqual(problems, []);
});

test('storage that reads but refuses writes (quota exceeded): the new value is read back, not the stored one, and "full" is reported once', () => {
  const fake = fakeStorage({ mode: 'off' });
  fake.faults.write = true;
  const { store, problems } = wrap(() => fake.storage);
  store.set('mode', 'on');
  assert.equal(store.get('mode'), 'on');
  assert.equal(fake.data.get('mode'), 'off');
  store.set('covered', '["a"]');
  store.set('covered', '["a","b"]');
  assert.equal(store.get('covered'), '["a","b"]');
  assert.deepEqual(problems, ['full']);
});

test('a removal that storage refuses still reads as removed; one it accepts clears the value kept in memory', () => {
  const fake = fakeStorage({ timer: 'stored' });
  fake.faults.remove = true;
  const { store } = wrap(() => fake.storage);
  store.remove('timer');
  assert.equal(store.get('timer'), null);

  const full = fakeStorage({ timer: 'stored' });
  full.faults.write = true;
  const second = wrap(() => full.storage).store;
  second.set('timer', 'new');
  second.remove('timer');
  assert.equal(full.data.has('timer'), false);
  assert.equal(second.get('timer'), null);
});

test('storage that throws on read (disabled): values live in memory and "unavailable" is reported once', () => {
  const fake = fakeStorage({ mode: 'on' });
  fake.faults.read = true;
  fake.faults.write = true;
  const { store, problems } = wrap(() => fake.storage);
  assert.equal(store.get('mode'), null);
  store.set('timer', '{"v":1}');
  assert.equal(store.get('timer'), '{"v":1}');
  assert.deepEqual(problems, ['unavailable']);
});

test('where even reaching localStorage throws, the values live in memory', () => {
  const { store, problems } = wrap(() => {
    throw new DOMException('The document is sandboxed and lacks the "allow-same-origin" flag.', 'SecurityError');
  });
  assert.equal(store.get('mode'), null);
  store.set('mode', 'on');
  assert.equal(store.get('mode'), 'on');
  store.remove('mode');
  assert.equal(store.get('mode'), null);
  assert.deepEqual(problems, ['unavailable']);
});

test('a write that fails after a read succeeded reports "full", once, however many writes fail', () => {
  const fake = fakeStorage();
  const { store, problems } = wrap(() => fake.storage);
  store.set('a', '1');
  fake.faults.write = true;
  for (let i = 0; i < 5; i++) store.set('a', String(i));
  assert.equal(store.get('a'), '4');
  assert.deepEqual(problems, ['full']);
});
