import { pick, type Locale, type Localized } from '@/lib/model/localized';
import type { DismissalPolicy } from '@/lib/rules/types';

/**
 * Why a finding was marked 「已確認，無需更正」. Reasons saying the problem was passed on to someone who
 * will act are a fixed list; they are the only ones a rule the national rules make binding accepts
 * (its `dismissal` is `reported-only`). Other rules also take 「其他」 with the person's own words.
 */
export const REPORTED_CHOICES = ['reported-officer', 'notified-student', 'notified-teacher'] as const;
export type ReportedChoice = (typeof REPORTED_CHOICES)[number];
export type ReasonChoice = ReportedChoice | 'other';
export const REASON_CHOICES: readonly ReasonChoice[] = [...REPORTED_CHOICES, 'other'];

export const REASON_LABEL: Record<ReasonChoice, Localized> = {
  'reported-officer': { zh: '已通報承辦人', en: 'Reported to the officer in charge' },
  'notified-student': { zh: '已通知學生更正', en: 'The student was told to correct it' },
  'notified-teacher': { zh: '已通知任課教師處理', en: 'The course teacher was told to handle it' },
  other: { zh: '其他', en: 'Other' },
};

/** Longest reason note, in characters (a short sentence; the dashboard lists them). */
export const NOTE_MAX = 200;
/** Longest staff name, in characters. */
export const STAFF_NAME_MAX = 40;

/** The reasons a rule's findings may be dismissed with, in the order a form offers them. */
export function choicesFor(policy: DismissalPolicy): readonly ReasonChoice[] {
  return policy === 'reported-only' ? REPORTED_CHOICES : REASON_CHOICES;
}

export interface ReasonInput {
  choice: string;
  note: string;
  staffName: string;
}

export interface Reason {
  choice: ReasonChoice;
  /** trimmed; may be empty only with a fixed choice */
  note: string;
  /** trimmed, never empty */
  staffName: string;
}

/** Text as typed, trimmed, white space runs made one space, counted in characters (not UTF-16 units). */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function length(text: string): number {
  return Array.from(text).length;
}

/**
 * A dismissal's reason as the form or a message gives it, checked against the rule's policy: a
 * choice the rule accepts, a note (required with 「其他」, at most NOTE_MAX characters) and the
 * staff member's name. Problems are said in plain words, zh-TW first.
 */
export function checkReason(policy: DismissalPolicy, input: ReasonInput): { ok: true; reason: Reason } | { ok: false; problem: Localized } {
  const choice = REASON_CHOICES.find((c) => c === input.choice);
  if (!choice || !choicesFor(policy).includes(choice)) {
    return {
      ok: false,
      problem:
        policy === 'reported-only'
          ? { zh: '這項是國家規定必須更正的錯誤，只能選「已通報承辦人」等已轉交處理的理由。', en: 'The national rules require this to be corrected: choose a reason saying it was passed on (such as “Reported to the officer in charge”).' }
          : { zh: '請選擇理由。', en: 'Choose a reason.' },
    };
  }
  const note = clean(input.note);
  if (choice === 'other' && note === '') return { ok: false, problem: { zh: '選「其他」時請寫下理由。', en: 'With “Other”, write the reason.' } };
  if (length(note) > NOTE_MAX) return { ok: false, problem: { zh: `理由最多 ${NOTE_MAX} 字。`, en: `The reason may be at most ${NOTE_MAX} characters.` } };
  const name = checkStaffName(input.staffName);
  if (!name.ok) return name;
  return { ok: true, reason: { choice, note, staffName: name.staffName } };
}

/** The staff member's name as typed for a dismissal or for taking one back: required, at most STAFF_NAME_MAX characters. */
export function checkStaffName(input: string): { ok: true; staffName: string } | { ok: false; problem: Localized } {
  const staffName = clean(input);
  if (staffName === '') return { ok: false, problem: { zh: '請填寫您的姓名（工作小組檢視時會看到）。', en: 'Enter your name (the working group sees it when reviewing).' } };
  if (length(staffName) > STAFF_NAME_MAX) return { ok: false, problem: { zh: `姓名最多 ${STAFF_NAME_MAX} 字。`, en: `The name may be at most ${STAFF_NAME_MAX} characters.` } };
  return { ok: true, staffName };
}

/** A reason in words: the choice, and the note after it when there is one (「其他」 is only its note). */
export function reasonText(reason: Pick<Reason, 'choice' | 'note'>, locale: Locale): string {
  if (reason.choice === 'other') return reason.note;
  const label = pick(REASON_LABEL[reason.choice], locale);
  return reason.note ? `${label}：${reason.note}` : label;
}
