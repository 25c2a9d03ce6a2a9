import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem } from '@/lib/storage-item';

describe('a stored value (lib/storage-item)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads its fallback until set, and the stored value after, under its own name in its area', async () => {
    const role = defineItem<string | null>('local:role', { fallback: null });
    expect(await role.getValue()).toBeNull();
    await role.setValue('staff');
    expect(await role.getValue()).toBe('staff');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ role: 'staff' });
    const prefill = defineItem<{ rows: number } | null>('session:tablePrefill', { fallback: null });
    await prefill.setValue({ rows: 3 });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ tablePrefill: { rows: 3 } });
    expect(await fakeBrowser.storage.local.get('tablePrefill')).toEqual({});
  });

  it('removes the value when set to null or removed, and then reads the fallback again', async () => {
    const overrides = defineItem<string[]>('local:siteOverrides', { fallback: [] });
    await overrides.setValue(['a']);
    await overrides.setValue(null);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await overrides.getValue()).toEqual([]);
    await overrides.setValue(['b']);
    await overrides.removeValue();
    expect(await overrides.getValue()).toEqual([]);
  });

  it('tells a watcher of real changes only (the fallback for a removal), until it stops watching', async () => {
    const name = defineItem<string>('local:staffName', { fallback: '' });
    const heard: [string, string][] = [];
    const stop = name.watch((value, old) => heard.push([value, old]));
    await name.setValue('王怡君');
    await name.setValue('王怡君');
    await fakeBrowser.storage.local.set({ other: 1 });
    await name.removeValue();
    stop();
    await name.setValue('陳志明');
    expect(heard).toEqual([
      ['王怡君', ''],
      ['', '王怡君'],
    ]);
  });
});
