import { FIELD_NAMES, type Field } from '@/lib/adapters/vocabulary';

/** A field's name as staff know it, with its key: 「學號（studentNo）」. */
export function fieldLabel(field: Field): string {
  return `${FIELD_NAMES[field][0]}（${field}）`;
}

/** Whether a value is one of the adapter's fields (a page summary carries them as plain strings). */
export function isField(value: string | null): value is Field {
  return value !== null && Object.hasOwn(FIELD_NAMES, value);
}
