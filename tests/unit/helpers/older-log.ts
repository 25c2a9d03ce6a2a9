import Dexie from 'dexie';
import { V1_STORES, V2_STORES, V3_STORES, V4_STORES, V5_ADDED_STORES, V6_STORES } from '@/lib/db/database';

/** Each released schema of the log, in order (lib/db/database.ts keeps them as they shipped). */
const RELEASED = [V1_STORES, V2_STORES, V3_STORES, V4_STORES, V5_ADDED_STORES, V6_STORES, {}];

/** A log opened with the schema as version `version` left it, to write rows an upgrade then meets. */
export function olderLog(name: string, version: 1 | 2 | 3 | 4 | 5 | 6 | 7): Dexie {
  const db = new Dexie(name);
  RELEASED.slice(0, version).forEach((stores, i) => db.version(i + 1).stores(stores));
  return db;
}
