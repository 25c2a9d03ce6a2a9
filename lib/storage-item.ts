import { browser } from 'wxt/browser';

/**
 * One value kept in the extension's storage (`local:` or `session:`), read with a fallback and watched for
 * changes. It does what this extension used `wxt/utils/storage`'s `defineItem` for, and only that: that
 * helper (with its versioning, meta values and locks) cost the content script about 2.9 KB gzipped of its
 * 60 KB budget (issue 15). Same contract: a value never stored, or stored as null, reads as the fallback;
 * setting null or undefined removes it; a watcher hears only real changes, with the fallback for a removal.
 */
export interface StorageItem<T> {
  readonly key: string;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T | null | undefined): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `onChange` whenever another part of the extension changes the value; returns the way to stop. */
  watch(onChange: (value: T, old: T) => void): () => void;
}

export function defineItem<T>(key: `local:${string}` | `session:${string}`, { fallback }: { fallback: T }): StorageItem<T> {
  const [areaName, name] = key.split(/:(.*)/s) as ['local' | 'session', string];
  const area = () => browser.storage[areaName];
  const orFallback = (value: unknown) => (value ?? fallback) as T;
  return {
    key,
    fallback,
    async getValue() {
      return orFallback((await area().get(name))[name]);
    },
    async setValue(value) {
      if (value == null) await area().remove(name);
      else await area().set({ [name]: value });
    },
    async removeValue() {
      await area().remove(name);
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = changes[name];
        if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        onChange(orFallback(change.newValue), orFallback(change.oldValue));
      };
      area().onChanged.addListener(listener);
      return () => area().onChanged.removeListener(listener);
    },
  };
}
