import { t, type MessageKey } from '@/lib/i18n';
import { pick, type Locale, type Localized } from '@/lib/model/localized';
import { checkReason, checkStaffName, choicesFor, NOTE_MAX, REASON_LABEL, reasonText, STAFF_NAME_MAX, type Reason, type ReasonChoice } from '@/lib/dismissals/reasons';
import type { DismissalPolicy } from '@/lib/rules/types';
import { localDay } from '@/lib/policy/calendar';
import { el } from './shadow-host';

/**
 * The in-page side of 「已確認，無需更正」, self-contained so it can sit in any mark detail, popover or
 * panel item: the form that asks for the reason (and the staff member's name when this browser has
 * none), the line a dismissed mark shows, and 「取消確認」 to take a dismissal back. Built with
 * createElement + textContent only.
 */

/** What a grey (dismissed) mark says. */
export interface DismissedNote {
  /** the dismissal's id in the log (what 「取消確認」 names) */
  id: string;
  choice: ReasonChoice;
  note: string;
  staffName: string;
  /** ms since epoch */
  at: number;
}

/** Styles for the grey state and the form; added to the overlay's stylesheet. */
export const DISMISS_CSS = `
.badge.dismissed { background: #f1f5f9; border-color: #94a3b8; color: #475569; }
.outline.dismissed { border-color: #94a3b8; }
.item.dismissed .severity { color: #475569; }
.dismissed-line { margin-top: 4px; color: #475569; }
.dismiss-open, .withdraw-open { all: unset; margin-top: 4px; color: #1e3a5f; text-decoration: underline; cursor: pointer; }
.dismiss-form, .withdraw-form { display: grid; gap: 4px; margin-top: 4px; }
.dismiss-form label, .withdraw-form label { display: grid; gap: 2px; }
.dismiss-form select, .dismiss-form input, .withdraw-form input { font: inherit; padding: 2px 4px; }
.dismiss-form .actions, .withdraw-form .actions { display: flex; gap: 6px; }
.dismiss-form button, .withdraw-form button { font: inherit; cursor: pointer; }
.withdraw-form p { margin: 0; }
.dismiss-binding { color: #8a1212; }
.dismiss-problem { color: #8a1212; font-weight: bold; }
`;


/** 「已確認，無需更正（王怡君，2026-12-01）：已通報承辦人」 */
export function dismissedText(note: DismissedNote, locale: Locale): string {
  return t(locale, 'dismissedLine', note.staffName, localDay(note.at), reasonText(note, locale));
}

/**
 * A form's problem line and its sending: on submit, `check` the fields (a problem is said in plain
 * words), then `send` what passed, saying 「儲存中…」 meanwhile and what failed after. Returns the
 * problem line and how to clear it.
 */
function whenSubmitted<T>(
  form: HTMLFormElement,
  submit: HTMLButtonElement,
  locale: Locale,
  check: () => { ok: true; value: T } | { ok: false; problem: Localized },
  send: (value: T) => Promise<Localized | null>,
): { problem: HTMLElement; clear(): void } {
  const problem = el('p', 'dismiss-problem');
  problem.setAttribute('role', 'alert');
  problem.hidden = true;
  const say = (text: string) => {
    problem.textContent = text;
    problem.hidden = text === '';
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = check();
    if (!checked.ok) {
      say(pick(checked.problem, locale));
      return;
    }
    say(t(locale, 'dismissSaving'));
    submit.disabled = true;
    void send(checked.value).then(
      (failed) => {
        submit.disabled = false;
        say(failed ? pick(failed, locale) : '');
      },
      () => {
        submit.disabled = false;
        say(t(locale, 'dismissFailed'));
      },
    );
  });
  return { problem, clear: () => say('') };
}

/** The name field, shown only when this browser keeps no name (its label added to `form`). */
function nameField(form: HTMLFormElement, locale: Locale, kept: string): HTMLInputElement {
  const name = el('input');
  name.name = 'staffName';
  name.maxLength = STAFF_NAME_MAX;
  name.value = kept;
  if (!kept) {
    const nameLabel = el('label');
    nameLabel.append(el('span', undefined, t(locale, 'dismissStaffName')), name);
    form.append(nameLabel);
  }
  return name;
}

/**
 * Puts into `container` a button (`${kind}-open`) that opens a form (`${kind}-form`): the fields `fields`
 * adds, the problem line, and the submit and close buttons. Opening focuses the field `fields` names (else the
 * submit button); closing hides the form again and clears its problem line. What passes `check` is sent.
 */
function buildOpeningForm<T>(
  container: HTMLElement,
  locale: Locale,
  parts: {
    kind: 'dismiss' | 'withdraw';
    open: MessageKey;
    submit: MessageKey;
    close: MessageKey;
    fields(form: HTMLFormElement): { focus?: HTMLElement; check(): { ok: true; value: T } | { ok: false; problem: Localized } };
    send(value: T): Promise<Localized | null>;
  },
): void {
  const open = el('button', `${parts.kind}-open`, t(locale, parts.open));
  open.type = 'button';
  const form = el('form', `${parts.kind}-form`);
  form.hidden = true;
  // The form's own check says what is missing in plain words (the browser's bubble would not say why).
  form.noValidate = true;
  const { focus, check } = parts.fields(form);
  const submit = el('button', undefined, t(locale, parts.submit));
  submit.type = 'submit';
  const close = el('button', undefined, t(locale, parts.close));
  close.type = 'button';
  const actions = el('div', 'actions');
  actions.append(submit, close);
  const { problem, clear } = whenSubmitted(form, submit, locale, check, parts.send);
  form.append(problem, actions);
  open.addEventListener('click', () => {
    form.hidden = false;
    open.hidden = true;
    (focus ?? submit).focus();
  });
  close.addEventListener('click', () => {
    form.hidden = true;
    open.hidden = false;
    clear();
  });
  container.append(open, form);
}

export interface DismissFormOptions {
  locale: Locale;
  policy: DismissalPolicy;
  /** the name this browser keeps; '' → the form asks for it */
  staffName: string;
  /** keeps the dismissal; resolves null when done, or a problem to show */
  onSubmit(reason: Reason): Promise<Localized | null>;
}

/**
 * Puts into `container` a 「已確認，無需更正…」 button that opens the form: the reasons the rule
 * accepts (only 「已通報」-type ones for a binding rule, which the form says), a note (required with
 * 「其他」), and the name when none is kept. Checked with the same checkReason the background uses.
 */
export function buildDismissForm(container: HTMLElement, options: DismissFormOptions): void {
  const { locale, policy } = options;
  buildOpeningForm(container, locale, {
    kind: 'dismiss',
    open: 'dismissOpen',
    submit: 'dismissSubmit',
    close: 'dismissCancel',
    fields(form) {
      const choice = el('select');
      choice.name = 'choice';
      for (const id of choicesFor(policy)) {
        const option = el('option', undefined, pick(REASON_LABEL[id], locale));
        option.value = id;
        choice.append(option);
      }
      const note = el('input');
      note.name = 'note';
      note.maxLength = NOTE_MAX;
      const noteLabel = el('label');
      const noteText = el('span');
      noteLabel.append(noteText, note);
      const syncNote = () => {
        noteText.textContent = t(locale, choice.value === 'other' ? 'dismissNote' : 'dismissNoteOptional');
        note.required = choice.value === 'other';
      };
      choice.addEventListener('change', syncNote);
      syncNote();
      const choiceLabel = el('label');
      choiceLabel.append(el('span', undefined, t(locale, 'dismissReason')), choice);
      if (policy === 'reported-only') form.append(el('p', 'dismiss-binding', t(locale, 'dismissBinding')));
      form.append(choiceLabel, noteLabel);
      const name = nameField(form, locale, options.staffName);
      return {
        focus: choice,
        check: () => {
          const checked = checkReason(policy, { choice: choice.value, note: note.value, staffName: name.value });
          return checked.ok ? { ok: true, value: checked.reason } : checked;
        },
      };
    },
    send: (reason) => options.onSubmit(reason),
  });
}

export interface WithdrawFormOptions {
  locale: Locale;
  /** the name this browser keeps; '' → the form asks for it */
  staffName: string;
  /** takes the dismissal back; resolves null when done, or a problem to show */
  onSubmit(staffName: string): Promise<Localized | null>;
}

/**
 * Puts into `container` a 「取消確認…」 button that opens a short form: what taking the mark back does
 * (the problem is open again, and who took it back is kept), the name when none is kept, and
 * 「確定取消」 / 「保留確認」.
 */
export function buildWithdrawForm(container: HTMLElement, options: WithdrawFormOptions): void {
  const { locale } = options;
  buildOpeningForm(container, locale, {
    kind: 'withdraw',
    open: 'withdrawOpen',
    submit: 'withdrawSubmit',
    close: 'withdrawKeep',
    fields(form) {
      form.append(el('p', undefined, t(locale, 'withdrawAsk')));
      const name = nameField(form, locale, options.staffName);
      return {
        check: () => {
          const checked = checkStaffName(name.value);
          return checked.ok ? { ok: true, value: checked.staffName } : checked;
        },
      };
    },
    send: (staffName) => options.onSubmit(staffName),
  });
}
