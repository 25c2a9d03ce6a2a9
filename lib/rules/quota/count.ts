import type { Finding } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import type { Artifact } from '@/lib/model/records';
import type { Cap, PolicySourceKey, SchoolPolicy } from '@/lib/policy/schema';
import { citePolicy } from '../cite';
import { finding, KIND_LABEL, say } from '../shared';
import type { PageRule, RuleInput } from '../types';

const SOURCE_LABEL = { student: '學生', school: '學校', agency: '校外機構' } as const;
const SOURCE_LABEL_EN = { student: 'students', school: 'the school', agency: 'outside agencies' } as const;

export interface QuotaSpec {
  kind: Artifact['kind'];
  action: 'upload' | 'select';
  capKey: 'outcomeUpload' | 'outcomeSelect' | 'performanceUpload' | 'performanceSelect';
}

function periodKey(artifact: Artifact, cap: Cap): string {
  if (!artifact.term) return 'unknown';
  return cap.per === 'term' ? `${artifact.term.year}-${artifact.term.semester}` : `${artifact.term.year}`;
}

/** Upload-date order; items without a date go last, page order breaks ties. */
function byUploadOrder(a: { artifact: Artifact; index: number }, b: { artifact: Artifact; index: number }): number {
  // ISO dates sort as text; an undated item sorts after any real date.
  const da = a.artifact.uploadedAt ?? '9999-12-31';
  const db = b.artifact.uploadedAt ?? '9999-12-31';
  return da === db ? a.index - b.index : da < db ? -1 : 1;
}

/**
 * Counts one student's items per period against a cap and marks each item beyond it, in upload
 * order: 「第 7 件，超過上限 6 件」. Items from excluded sources are not counted and not marked.
 * Never fires for too few items (004 item 1): only counts above `max` produce findings.
 */
export function overCap(rule: PageRule, spec: QuotaSpec, input: RuleInput, policy: SchoolPolicy): Finding[] {
  const cap = policy.caps[spec.capKey];
  if (cap.max === null) return [];
  const max = cap.max;
  const groups = new Map<string, Array<{ artifact: Artifact; index: number }>>();
  const excludedPerGroup = new Map<string, number>();
  input.records.forEach((record, index) => {
    if (record.type !== 'artifact' || record.kind !== spec.kind) return;
    if (spec.action === 'select' && record.selected !== true) return;
    const key = `${record.studentRef ?? ''}\u0000${periodKey(record, cap)}`;
    if (record.source && cap.excludedSources.includes(record.source)) {
      excludedPerGroup.set(key, (excludedPerGroup.get(key) ?? 0) + 1);
      return;
    }
    groups.set(key, [...(groups.get(key) ?? []), { artifact: record, index }]);
  });

  const kind = KIND_LABEL[spec.kind];
  const period = cap.per === 'term' ? { zh: '本學期', en: 'this term' } : { zh: '本學年', en: 'this school year' };
  const verb = spec.action === 'upload' ? { zh: '上傳', en: 'uploaded' } : { zh: '勾選', en: 'selected' };
  const basis = citePolicy(policy, `caps.${spec.capKey}` as PolicySourceKey, rule.basis);
  const excludedNote = (count: number): Localized =>
    count === 0 || cap.excludedSources.length === 0
      ? { zh: '', en: '' }
      : {
          zh: `（另有 ${count} 件由${cap.excludedSources.map((s) => SOURCE_LABEL[s]).join('或')}登錄，不計入上限）`,
          en: `(${count} more entered by ${cap.excludedSources.map((s) => SOURCE_LABEL_EN[s]).join(' or ')} do not count)`,
        };
  const todo: Localized =
    spec.action === 'upload'
      ? { zh: `請與學生確認要保留哪 ${max} 件，其餘移除。`, en: `Ask the student which ${max} to keep and remove the rest.` }
      : { zh: `請取消勾選多出的件數，只保留 ${max} 件。`, en: `Unselect the extra items and keep ${max}.` };

  const findings: Finding[] = [];
  for (const [key, items] of groups) {
    if (items.length <= max) continue;
    const over = items.length - max;
    items.sort(byUploadOrder);
    const note = excludedNote(excludedPerGroup.get(key) ?? 0);
    items.slice(max).forEach(({ index }, i) => {
      const position = max + i + 1;
      findings.push(
        finding(
          rule,
          index,
          say([
            {
              zh: `這是${period.zh}${verb.zh}的第 ${position} 件${kind.zh}，超過上限 ${max} 件（共計 ${items.length} 件，多 ${over} 件）${note.zh}。`,
              en: `This is ${kind.en} no. ${position} ${verb.en} ${period.en}, over the cap of ${max} (${items.length} counted, ${over} over)${note.en ? ` ${note.en}` : ''}.`,
            },
            todo,
            basis,
          ]),
        ),
      );
    });
  }
  return findings;
}
