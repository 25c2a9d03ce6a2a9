import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '@/lib/model/localized';
import { localeSetting } from '@/lib/settings';

/** The result of a Dexie query, kept current as the log changes; undefined while loading. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (error) => console.error(error) });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}

/** The user's interface language (zh-TW unless they chose English). */
export function useLocale(): Locale {
  const [locale, setLocale] = useState<Locale>('zh_TW');
  useEffect(() => {
    void localeSetting.getValue().then(setLocale);
    return localeSetting.watch((next) => setLocale(next));
  }, []);
  return locale;
}

interface WatchableItem<T> {
  getValue(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

/** A stored setting, kept current when another page changes it; undefined while loading. */
export function useStoredValue<T>(item: WatchableItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((next) => setValue(next));
  }, [item]);
  return value;
}
