// How styles C and D write dates and terms (from shared/domain.md: 民國 on the jqGrid portal,
// 西元 with a time on the Vue one).
import { timeOf } from '../data/school.js';

const roc = (iso) => Number(iso.slice(0, 4)) - 1911;

/** 2025-12-18 → 114/12/18 */
export const rocSlash = (iso) => `${roc(iso)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;

/** 2025-12-03 → 114.12.3 (no leading zeros, as typed into a vendor's date field) */
export const rocDots = (iso) => `${roc(iso)}.${Number(iso.slice(5, 7))}.${Number(iso.slice(8, 10))}`;

/** 2025-09-26 09:30 → 114.9.26 09:30 */
export const rocDotsTime = (stamp) => `${rocDots(stamp.slice(0, 10))} ${stamp.slice(11)}`;

/** 2025-12-18 and a record key → 2025/12/18 13:05 (the record's stable time of day) */
export const westernStamp = (iso, key) => `${iso.replaceAll('-', '/')} ${timeOf(key)}`;

/** 2025-10-02 14:20 → 2025/10/02 14:20 */
export const westernTime = (stamp) => stamp.replaceAll('-', '/');

/** 114-1 → 114/上, 114-2 → 114/下 */
export const termHalf = (term) => `${term.slice(0, 3)}/${term.endsWith('1') ? '上' : '下'}`;
