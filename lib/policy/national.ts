import type { SchoolPolicy } from './schema';

/** 國教署 baseline (作業要點 003 and the format rule in 000 附件二). */
export const NATIONAL_POLICY: SchoolPolicy = {
  schemaVersion: 1,
  id: 'national',
  name: '全國基準（作業要點）',
  summary: { maxChars: 100 },
};
