import { gradeNotSubmittable } from './course/grade-not-submittable';
import { rosterCoverMismatch } from './format/roster-cover-mismatch';
import { rosterRequiredEmpty } from './format/roster-required-empty';
import { birthDateInvalid } from './identity/birth-date-invalid';
import { rosterStudentMissing } from './identity/roster-student-missing';
import { rosterDateOutsideTerm } from './schedule/roster-date-outside-term';
import type { PageRule } from './types';

/**
 * The rules over roster files alone (their `sources` are only 'roster'): the 名冊預檢 (lib/roster/check.ts)
 * runs them with the page rules it shares; the content script never carries them.
 */
export const ROSTER_RULES: readonly PageRule[] = [rosterRequiredEmpty, rosterCoverMismatch, gradeNotSubmittable, rosterDateOutsideTerm, birthDateInvalid, rosterStudentMissing];
