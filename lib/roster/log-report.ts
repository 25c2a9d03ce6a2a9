import type { PageReport } from '@/lib/messaging/protocol';
import type { PrecheckResult } from '@/lib/model/records';
import { isoDateOf } from '@/lib/policy/calendar';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { observationsFromRecords } from '@/lib/stats/observe';
import type { RosterCheck } from './check';
import { ROSTER_KIND_LABEL } from './kinds';

/**
 * What the log keeps of a pre-check run: one subject per recognised file (its kind, 學校代碼 and
 * term — no cell value), one finding per file and rule (the log keys findings by rule and subject,
 * so more would add nothing), and the 預檢 task's completion per roster (done = 可上傳), made the
 * way a 預檢結果 page's are. Files that could not be recognised have no subject and are not logged.
 */
export function rosterReport(check: RosterCheck, url: string, policy: SchoolPolicy, now: Date): PageReport {
  const files = check.files.filter((file) => file.kind !== 'unknown');
  const subjects = files.map((file) => ['roster', file.kind, file.schoolCode ?? '', file.term ? `${file.term.year}-${file.term.semester}` : ''].join('\u001f'));
  const seen = new Set<string>();
  const findings: PageReport['findings'] = [];
  for (const problem of check.problems) {
    const index = files.findIndex((file) => file.file === problem.file);
    if (index < 0 || problem.ruleId.startsWith('read.')) continue;
    const key = `${index}\u0000${problem.ruleId}\u0000${problem.severity}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ ruleId: problem.ruleId, severity: problem.severity, recordIndex: index });
  }
  const results: PrecheckResult[] = files.map((file) => ({
    type: 'precheck',
    rosterType: ROSTER_KIND_LABEL[file.kind as keyof typeof ROSTER_KIND_LABEL].zh,
    submittedAt: isoDateOf(now),
    passed: file.verdict === 'ok',
    errorCount: file.errors,
    errors: [],
  }));
  const observations = observationsFromRecords('precheck', results, { policy, today: isoDateOf(now) });
  return { type: 'page-report', url, pageKind: 'precheck', status: 'checked', policyId: policy.id, subjects, findings, observations };
}
