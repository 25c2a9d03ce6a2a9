import { t } from '@/lib/i18n';
import { pick, type Locale, type Localized } from '@/lib/model/localized';
import { checkReason, choicesFor, NOTE_MAX, REASON_LABEL, reasonText, STAFF_NAME_MAX, type Reason, type ReasonChoice } from '@/lib/dismissals/reasons';
import type { DismissalPolicy } from '@/lib/rules/types';
import { el } from './shadow-host';

/**
 * The in-page side of 「已確認，無需更正」, self-contained so it can sit in any mark detail or popover:
 * the form that asks for the reason (and the staff member's name when this browser has none), and
 * the line a dismissed mark shows. Built with createElement + textContent only.
 */

/** What a grey (dismissed) mark says. */
export interface DismissedNote {
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
.dismiss-open { all: unset; margin-top: 4px; color: #1e3a5f; text-decoration: underline; cursor: pointer; }
.dismiss-form { display: grid; gap: 4px; margin-top: 4px; }
.dismiss-form label { display: grid; gap: 2px; }
.dismiss-form select, .dismiss-form input { font: inherit; padding: 2px 4px; }
.dismiss-form .actions { display: flex; gap: 6px; }
.dismiss-form button { font: inherit; cursor: pointer; }
.dismiss-binding { color: #8a1212; }
.dismiss-problem { color: #8a1212; font-weight: bold; }
`;

/** The day of a moment as yyyy-mm-dd (local). */
function dayOf(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** 「已確認，無需更正（王怡君，2026-12-01）：已通報承辦人」 */
export function dismissedText(note: DismissedNote, locale: Locale): string {
  return t(locale, 'dismissedLine', note.staffName, dayOf(note.at), reasonText(note, locale));
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
  const open = el('button', 'dismiss-open', t(locale, 'dismissOpen'));
  open.type = 'button';
  const form = el('form', 'dismiss-form');
  form.hidden = true;
  // The form's own check says what is missing in plain words (the browser's bubble would not say why).
  form.noValidate = true;

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

  const name = el('input');
  name.name = 'staffName';
  name.maxLength = STAFF_NAME_MAX;
  name.value = options.staffName;
  if (!options.staffName) {
    const nameLabel = el('label');
    nameLabel.append(el('span', undefined, t(locale, 'dismissStaffName')), name);
    form.append(nameLabel);
  }
  const problem = el('p', 'dismiss-problem');
  problem.setAttribute('role', 'alert');
  problem.hidden = true;
  const submit = el('button', undefined, t(locale, 'dismissSubmit'));
  submit.type = 'submit';
  const cancel = el('button', undefined, t(locale, 'dismissCancel'));
  cancel.type = 'button';
  const actions = el('div', 'actions');
  actions.append(submit, cancel);
  form.append(problem, actions);

  const say = (text: string) => {
    problem.textContent = text;
    problem.hidden = text === '';
  };
  open.addEventListener('click', () => {
    form.hidden = false;
    open.hidden = true;
    choice.focus();
  });
  cancel.addEventListener('click', () => {
    form.hidden = true;
    open.hidden = false;
    say('');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = checkReason(policy, { choice: choice.value, note: note.value, staffName: name.value });
    if (!checked.ok) {
      say(pick(checked.problem, locale));
      return;
    }
    say(t(locale, 'dismissSaving'));
    submit.disabled = true;
    void options.onSubmit(checked.reason).then(
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
  container.append(open, form);
}
