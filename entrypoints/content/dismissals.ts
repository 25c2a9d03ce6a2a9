import type { PageRead } from '@/lib/adapters/read-page';
import { dismissalKey, findingDigest } from '@/lib/dismissals/fingerprint';
import type { Reason } from '@/lib/dismissals/reasons';
import type { DismissalsQuery, DismissedFinding, DismissRequest, WithdrawRequest } from '@/lib/messaging/protocol';
import { ReportSender, sameValue } from '@/lib/messaging/sender';
import type { Finding } from '@/lib/model/finding';
import type { Locale } from '@/lib/model/localized';
import type { PageRecord } from '@/lib/model/records';
import { t } from '@/lib/i18n';
import { pageRuleById } from '@/lib/rules';
import { roleSetting, staffNameSetting } from '@/lib/settings';
import { buildDismissForm, buildWithdrawForm, dismissedText, type DismissedNote } from './dismiss-form';
import { el } from './shadow-host';

/**
 * What the marks need to know about dismissals: which findings are dismissed (by their dismissal
 * key: record identity, rule, field, value digest) and how to fill a mark's or panel item's detail
 * (the reason of a dismissed one and 「取消確認」, else the dismiss form).
 */
export interface MarkDismissals {
  dismissed: ReadonlyMap<string, DismissedNote>;
  /** The background did not answer which findings are dismissed: none is shown as dismissed, and the panel says so. */
  unanswered?: boolean;
  keyOf(finding: Finding, record: PageRecord): string;
  fillDetail(container: HTMLElement, finding: Finding, record: PageRecord, locale: Locale): void;
}

type Checked = PageRead & { status: 'checked' | 'partial' };

/**
 * The page's dismissals: asked of the background after each check (which of the page's findings are
 * dismissed, with the same value), kept by dismissal key so the next drawing greys the same marks
 * at once, and sent when the user dismisses a finding.
 */
export class PageDismissals implements MarkDismissals {
  dismissed: ReadonlyMap<string, DismissedNote> = new Map();
  /** From a failed try of the last question until an answer comes (it is retried meanwhile). */
  unanswered = false;
  /** digests by finding object: unchanged records keep their findings from one check to the next */
  private readonly digests = new WeakMap<Finding, { record: PageRecord; digest: string }>();
  /** bumped by each dismissal, so the same page is asked again */
  private generation = 0;
  private last: { read: Checked; findings: readonly Finding[]; redraw: () => void } | undefined;
  /** the last question asked (or found on its way): an answer to it applies whatever reading asked it */
  private question: unknown;
  /**
   * The name this browser keeps, read once and followed: a detail is filled at once with it, so the panel
   * has its final height before the current mark is scrolled to (a form drawn later would push the mark out of view).
   */
  private staffName: string | undefined;

  constructor(
    private readonly identity: (record: PageRecord) => string,
    private readonly sender = new ReportSender(),
  ) {
    void staffNameSetting.getValue().then((name) => (this.staffName ??= name));
    staffNameSetting.watch((name) => (this.staffName = name));
  }

  private digestOf(finding: Finding, record: PageRecord): string {
    const known = this.digests.get(finding);
    if (known && known.record === record) return known.digest;
    const digest = findingDigest(record, finding);
    this.digests.set(finding, { record, digest });
    return digest;
  }

  keyOf = (finding: Finding, record: PageRecord): string => dismissalKey(this.identity(record), finding, this.digestOf(finding, record));

  /** The dismissal of a finding of this reading marked 「已確認，無需更正」 with the value the page shows; undefined when it is open. */
  noteOf = (finding: Finding, read: Checked): DismissedNote | undefined => {
    if (this.dismissed.size === 0 || finding.recordIndex === null) return undefined;
    const record = read.rows[finding.recordIndex]?.record;
    return record === undefined ? undefined : this.dismissed.get(this.keyOf(finding, record));
  };

  /** Whether a finding of this reading is marked 「已確認，無需更正」 with the value the page shows. */
  isDismissed = (finding: Finding, read: Checked): boolean => this.noteOf(finding, read) !== undefined;

  /**
   * Asks the background which of this check's findings are dismissed; calls `redraw` (the latest
   * check's) when that differs from what the marks show. A question the same as the last one answered is not asked again.
   * Resolves once answered, or as soon as a try has failed: the question is retried (about 20 s), but the page's report
   * waits no longer; meanwhile none is dismissed (`unanswered`, which the panel tells), and a late answer redraws.
   */
  refresh(read: Checked, findings: readonly Finding[], redraw: () => void): Promise<void> {
    this.last = { read, findings, redraw };
    const subjects: string[] = [];
    const subjectIndex = new Map<string, number>();
    const asked: { finding: Finding; record: PageRecord }[] = [];
    const items: DismissalsQuery['findings'] = [];
    for (const finding of findings) {
      const record = finding.recordIndex === null ? undefined : read.rows[finding.recordIndex]?.record;
      if (!record) continue;
      const identity = this.identity(record);
      let subject = subjectIndex.get(identity);
      if (subject === undefined) {
        subjectIndex.set(identity, (subject = subjects.length));
        subjects.push(identity);
      }
      asked.push({ finding, record });
      items.push({ subject, ruleId: finding.ruleId, field: finding.field ?? '', digest: this.digestOf(finding, record) });
    }
    const query: DismissalsQuery = { type: 'dismissals-query', url: location.href, subjects, findings: items };
    const question = [query.url, this.generation, subjects, items];
    this.question = question;
    return new Promise((settled) => {
      // A failed try: until an answer comes none is dismissed (the marks in colour, the panel saying why) and the report
      // goes on. Nothing is lost, so the popup is not told (quiet).
      const retrying = () => {
        if (!this.unanswered) {
          this.unanswered = true;
          this.dismissed = new Map();
          this.last?.redraw();
        }
        settled();
      };
      void this.sender.send<DismissedFinding[]>('dismissals', question, query, { quiet: true, retrying }).then((answer) => {
        this.take(answer, read, question, asked);
        settled();
      });
    });
  }

  /** The background's answer to `question` (undefined: none came, or it was not asked again), taken when it is still the page's. */
  private take(answer: DismissedFinding[] | undefined, read: Checked, question: unknown, asked: readonly { finding: Finding; record: PageRecord }[]) {
    // A newer reading that asked the same question (its own was not sent again: this one was on its way) takes this answer.
    if (answer === undefined || (this.last?.read !== read && !sameValue(question, this.question))) return;
    const dismissed = new Map<string, DismissedNote>();
    for (const { index, id, choice, note, staffName, at } of answer) {
      const about = asked[index];
      if (about) dismissed.set(this.keyOf(about.finding, about.record), { id, choice, note, staffName, at });
    }
    const wasUnanswered = this.unanswered;
    this.unanswered = false;
    if (!wasUnanswered && sameNotes(dismissed, this.dismissed)) return;
    this.dismissed = dismissed;
    this.last!.redraw();
  }

  fillDetail = (container: HTMLElement, finding: Finding, record: PageRecord, locale: Locale): void => {
    const note = this.dismissed.get(this.keyOf(finding, record));
    const rule = pageRuleById(finding.ruleId);
    if (!note && !rule) return;
    if (note) container.append(el('div', 'dismissed-line', dismissedText(note, locale)));
    const slot = el('div');
    container.append(slot);
    const build = (staffName: string) => {
      if (note) buildWithdrawForm(slot, { locale, staffName, onSubmit: (name) => this.withdraw(note, name, staffName) });
      else buildDismissForm(slot, { locale, policy: rule!.dismissal, staffName, onSubmit: (reason) => this.dismiss(finding, record, reason, staffName) });
    };
    // Only in the script's first moments is the kept name not known yet.
    if (this.staffName !== undefined) build(this.staffName);
    else void staffNameSetting.getValue().then(build);
  };

  private async keepName(staffName: string) {
    this.staffName = staffName;
    await staffNameSetting.setValue(staffName);
  }

  /** Sends one dismissal; once kept, the page is asked again so the mark turns grey. */
  private async dismiss(finding: Finding, record: PageRecord, reason: Reason, keptName: string) {
    if (reason.staffName !== keptName) await this.keepName(reason.staffName);
    const request: DismissRequest = {
      type: 'dismiss',
      url: location.href,
      pageKind: this.last!.read.pageKind,
      identity: this.identity(record),
      ruleId: finding.ruleId,
      field: finding.field ?? '',
      digest: this.digestOf(finding, record),
      ...reason,
      role: (await roleSetting.getValue()) ?? '',
    };
    const id = await this.sender.send<string>('dismiss', [request, Date.now()], request);
    return this.changed(id);
  }

  /** 「取消確認」: takes a dismissal back; once kept, the page is asked again so the mark is in colour again. */
  private async withdraw(note: DismissedNote, staffName: string, keptName: string) {
    if (staffName !== keptName) await this.keepName(staffName);
    const request: WithdrawRequest = { type: 'withdraw-dismissal', url: location.href, id: note.id, staffName, role: (await roleSetting.getValue()) ?? '' };
    const id = await this.sender.send<string>('withdraw', [request, Date.now()], request);
    return this.changed(id);
  }

  /** After a dismissal was kept or taken back (`id` undefined: it was not): the page is asked again, and the marks redrawn. */
  private async changed(id: string | undefined) {
    if (id === undefined) return { zh: t('zh_TW', 'dismissFailed'), en: t('en', 'dismissFailed') };
    this.generation += 1;
    const last = this.last;
    if (last) await this.refresh(last.read, last.findings, last.redraw);
    return null;
  }
}

function sameNotes(a: ReadonlyMap<string, DismissedNote>, b: ReadonlyMap<string, DismissedNote>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, note] of a) {
    const other = b.get(key);
    if (!other || other.id !== note.id || other.choice !== note.choice || other.note !== note.note || other.staffName !== note.staffName || other.at !== note.at) return false;
  }
  return true;
}
