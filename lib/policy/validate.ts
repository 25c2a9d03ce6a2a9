import type { z } from 'zod';
import { isIsoDate } from './calendar';
import { POLICY_SCHEMA_VERSION, SchoolPolicy, type DateWindow, type DeadlineWindow } from './schema';

/**
 * Validation a school secretary can read: every problem names the setting in the options page's
 * words and says what it must be, in zh-TW (English beside it, naming the field path).
 */

export interface PolicyError {
  /** dot path of the field, e.g. `caps.outcomeUpload.max`; empty for the whole file */
  path: string;
  /** zh-TW */
  message: string;
  en: string;
}

export type PolicyResult = { ok: true; policy: SchoolPolicy } | { ok: false; errors: PolicyError[] };

type Path = ReadonlyArray<PropertyKey>;

const CAP_LABEL: Record<string, [string, string]> = {
  outcomeUpload: ['課程學習成果', '上傳'],
  outcomeSelect: ['課程學習成果', '勾選'],
  performanceUpload: ['多元表現', '上傳'],
  performanceSelect: ['多元表現', '勾選'],
};
const CATEGORY_LABEL: Record<string, string> = { outcome: '課程學習成果', performance: '多元表現', consultation: '課程諮詢紀錄' };
const GROUP_LABEL: Record<string, string> = { consultation: '檔案', document: '文件', media: '影音檔案' };
const DATE_LABEL: Record<string, string> = {
  start: '開學日',
  'finalExam.start': '期末考開始日',
  'finalExam.end': '期末考結束日',
  gradeEntryDeadline: '學期成績登錄截止日',
  closingCeremony: '休業式',
  agencyDeadline: '國教署來文截止日',
};
const WINDOW_LABEL: Record<string, string> = {
  upload: '課程學習成果上傳期間',
  uploadGrade12: '高三下學期課程學習成果上傳期間',
  certification: '任課教師認證期間',
  selection: '勾選期間',
  receipt: '收訖明細確認期間',
};
const TASK_FIELD_LABEL: Record<string, string> = {
  id: '代號',
  task: '工作項目名稱',
  unit: '負責單位',
  'deadline.anchor': '期限起算點',
  'deadline.offset.days': '期限天數',
  'deadline.offset.weeks': '期限週數',
  'deadline.offset.months': '期限月數',
  semesters: '適用學期',
};

function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );
}

function termPrefix(input: unknown, index: number): string {
  const term = at(input, ['calendar', 'terms', index, 'term']) as { year?: unknown; semester?: unknown } | undefined;
  const known = typeof term?.year === 'number' && typeof term?.semester === 'number';
  return known ? `行事曆 ${term.year} 學年度第 ${term.semester} 學期的` : `行事曆第 ${index + 1} 個學期的`;
}

/** The setting's name as the options page shows it, plus what it must be when that is fixed. */
function describe(path: Path, input: unknown): { label: string; expect?: string } {
  const [head, a, b, c, ...rest] = path;
  if (head === 'schemaVersion') return { label: '設定檔版本', expect: `${POLICY_SCHEMA_VERSION}` };
  if (head === 'id') return { label: '設定代號', expect: '不可空白的文字' };
  if (head === 'name') return { label: '設定名稱', expect: '不可空白的文字' };
  if (head === 'school') return { label: '學校名稱', expect: '不可空白的文字（報表標題使用）' };
  if (head === 'deadlineSource') return { label: '期限以何者為準', expect: '學校行事曆或系統公告期限' };
  if (head === 'schoolCode') return { label: '學校代碼', expect: '6 位數字（例如 093301）' };
  if (head === 'caps' && typeof a === 'string' && CAP_LABEL[a]) {
    const [what, action] = CAP_LABEL[a];
    const per = at(input, ['caps', a, 'per']) === 'term' ? '每學期' : '每學年';
    const name = `${what}${per}${action}上限`;
    if (b === 'max') return { label: name, expect: '1 以上的整數（或留空表示不設上限）' };
    if (b === 'per') return { label: `${what}${action}上限的計算期間`, expect: '「每學期」或「每學年」' };
    if (b === 'excludedSources') return { label: `${name}不計入的資料來源`, expect: '學生、學校或校外機構' };
    return { label: name };
  }
  if (head === 'files') {
    if (a === 'mebibyte') return { label: 'MB 的計算方式', expect: '是（1 MB = 1,048,576 位元組）或否（1 MB = 1,000,000 位元組）' };
    const category = CATEGORY_LABEL[String(a)] ?? String(a);
    if (b === 'linksAllowed') return { label: `${category}是否允許外部連結`, expect: '是或否' };
    if (b === 'groups' && typeof c === 'number') {
      const group = GROUP_LABEL[String(at(input, ['files', String(a), 'groups', c, 'group']))] ?? `第 ${c + 1} 類檔案`;
      const field = rest[0];
      if (field === 'types') return { label: `${category}${group}的檔案類型`, expect: '小寫副檔名，例如 pdf、jpg' };
      if (field === 'maxMB') return { label: `${category}${group}的大小上限（MB）`, expect: '大於 0 的數字' };
      if (field === 'group') return { label: `${category}第 ${c + 1} 類檔案的類別`, expect: '課程諮詢、文件或影音' };
    }
    if (b === 'groups') return { label: `${category}的檔案類別`, expect: '至少一類' };
    return { label: `${category}的檔案規定` };
  }
  if (head === 'summary') return { label: '簡述字數上限', expect: '1 以上的整數' };
  if (head === 'calendar' && a === 'terms' && typeof b === 'number') {
    const prefix = termPrefix(input, b);
    const field = [c, ...rest].map(String).join('.');
    if (c === 'term') return { label: `${prefix}學年度與學期`, expect: '學年度（數字）與學期（1 或 2）' };
    if (DATE_LABEL[field]) return { label: `${prefix}${DATE_LABEL[field]}`, expect: '日期，格式為 yyyy-mm-dd（例如 2025-09-01）' };
    if (c === 'windows' && typeof rest[0] === 'string') {
      const window = WINDOW_LABEL[rest[0]] ?? rest[0];
      const round = typeof rest[1] === 'number' ? `第 ${rest[1] + 1} 次` : '';
      const end = rest[rest.length - 1];
      const which = end === 'start' ? '開始日' : end === 'end' ? '結束日' : '';
      return which
        ? { label: `${prefix}${round}${window}${which}`, expect: '日期，格式為 yyyy-mm-dd（例如 2025-09-01）' }
        : { label: `${prefix}${round}${window}` };
    }
    return { label: `${prefix}${field}` };
  }
  if (head === 'calendar') return { label: '行事曆', expect: '學期清單' };
  if (head === 'tasks' && typeof a === 'number') {
    const name = at(input, ['tasks', a, 'task']);
    const prefix = `工作期程第 ${a + 1} 項${typeof name === 'string' && name ? `「${name}」` : ''}的`;
    const field = [b, ...(c === undefined ? [] : [c]), ...rest].map(String).join('.');
    const label = `${prefix}${TASK_FIELD_LABEL[field] ?? field}`;
    if (field.startsWith('deadline.offset.')) return { label, expect: '整數' };
    if (field === 'id') return { label, expect: '小寫英文、數字或連字號（例如 basic-data）' };
    return { label };
  }
  if (head === 'tasks') return { label: '工作期程', expect: '工作項目清單' };
  if (head === 'sources') return { label: '依據來源', expect: '每個設定項目的依據（文件與條文）' };
  return { label: path.map(String).join('.') || '設定檔' };
}

function issueMessage(issue: z.core.$ZodIssue, input: unknown): PolicyError {
  const path = issue.path.map(String).join('.');
  const { label, expect } = describe(issue.path, input);
  const missing = issue.code !== 'unrecognized_keys' && at(input, issue.path) === undefined;
  let message: string;
  if (missing) message = `缺少「${label}」`;
  else if (issue.code === 'unrecognized_keys') message = `「${label}」有無法辨識的項目：${issue.keys.join('、')}`;
  else if (expect) message = `${label}必須是${/^[0-9A-Za-z]/.test(expect) ? ' ' : ''}${expect}`;
  else if (issue.code === 'too_small') message = `${label}至少要有 ${String(issue.minimum)} 項`;
  else message = `${label}的內容不正確`;
  return { path, message, en: `${path || 'file'}: ${issue.message}` };
}

function windowErrors(prefix: string, path: string, label: string, window: DateWindow | DeadlineWindow): PolicyError[] {
  const errors: PolicyError[] = [];
  for (const end of ['start', 'end'] as const) {
    // A deadline window may leave its opening day out (the source states only the deadline).
    if (end === 'start' && window.start === undefined) continue;
    if (!isIsoDate(window[end]!)) {
      errors.push({
        path: `${path}.${end}`,
        message: `${prefix}${label}${end === 'start' ? '開始日' : '結束日'}（${window[end]}）不是有效的日期`,
        en: `${path}.${end}: ${window[end]} is not a real date`,
      });
    }
  }
  if (errors.length === 0 && window.start !== undefined && window.start > window.end) {
    errors.push({
      path,
      message: `${prefix}${label}的開始日（${window.start}）晚於結束日（${window.end}）`,
      en: `${path}: starts (${window.start}) after it ends (${window.end})`,
    });
  }
  return errors;
}

/** Checks the schema cannot express: real dates, windows in order, no term or task twice. */
function semanticErrors(policy: SchoolPolicy): PolicyError[] {
  const errors: PolicyError[] = [];
  const seenTerms = new Set<string>();
  policy.calendar.terms.forEach((entry, i) => {
    const prefix = `行事曆 ${entry.term.year} 學年度第 ${entry.term.semester} 學期的`;
    const base = `calendar.terms.${i}`;
    const key = `${entry.term.year}-${entry.term.semester}`;
    if (seenTerms.has(key)) {
      errors.push({
        path: `${base}.term`,
        message: `行事曆中 ${entry.term.year} 學年度第 ${entry.term.semester} 學期出現兩次，請合併成一筆`,
        en: `${base}.term: term ${key} appears twice`,
      });
    }
    seenTerms.add(key);
    const dates: Array<[string, string | undefined]> = [
      ['start', entry.start],
      ['gradeEntryDeadline', entry.gradeEntryDeadline],
      ['closingCeremony', entry.closingCeremony],
      ['agencyDeadline', entry.agencyDeadline],
    ];
    for (const [field, value] of dates) {
      if (value !== undefined && !isIsoDate(value)) {
        errors.push({
          path: `${base}.${field}`,
          message: `${prefix}${DATE_LABEL[field]}（${value}）不是有效的日期`,
          en: `${base}.${field}: ${value} is not a real date`,
        });
      }
    }
    if (entry.finalExam) errors.push(...windowErrors(prefix, `${base}.finalExam`, '期末考', entry.finalExam));
    const { receipt, ...single } = entry.windows;
    for (const [name, window] of Object.entries(single)) {
      if (window) errors.push(...windowErrors(prefix, `${base}.windows.${name}`, WINDOW_LABEL[name] ?? name, window));
    }
    receipt?.forEach((window, r) =>
      errors.push(...windowErrors(prefix, `${base}.windows.receipt.${r}`, `第 ${r + 1} 次收訖明細確認期間`, window)),
    );
  });
  const seenTasks = new Set<string>();
  policy.tasks.forEach((task, i) => {
    if (seenTasks.has(task.id)) {
      errors.push({
        path: `tasks.${i}.id`,
        message: `工作期程第 ${i + 1} 項「${task.task}」的代號 ${task.id} 與前面的項目重複`,
        en: `tasks.${i}.id: ${task.id} is used twice`,
      });
    }
    seenTasks.add(task.id);
  });
  return errors;
}

/** Validates a policy object (e.g. from the options form or an imported file). */
export function validatePolicy(input: unknown): PolicyResult {
  const parsed = SchoolPolicy.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => issueMessage(issue, input)) };
  const errors = semanticErrors(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, policy: parsed.data };
}

/** Marks an exported file as ours, so an unrelated JSON file gets a clear message. */
export const POLICY_FILE_FORMAT = 'lp-checker-school-policy';

/** The policy as a file's text (UTF-8 JSON); `importPolicy` reads it back. */
export function exportPolicy(policy: SchoolPolicy): string {
  return `${JSON.stringify({ format: POLICY_FILE_FORMAT, ...policy }, null, 2)}\n`;
}

function fileError(message: string, en: string): PolicyResult {
  return { ok: false, errors: [{ path: '', message, en }] };
}

/** Reads a policy file's text: checks it is JSON, ours, and of a version this build knows, then validates it. */
export function importPolicy(text: string): PolicyResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fileError('這個檔案不是學校設定檔（無法讀取 JSON 格式），請選擇由「匯出設定」產生的 .json 檔。', 'The file is not valid JSON.');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== POLICY_FILE_FORMAT) {
    return fileError('這個檔案不是學習歷程檢核助手的學校設定檔，請選擇由「匯出設定」產生的檔案。', 'The file is not an lp-checker school policy.');
  }
  const { format: _format, ...policy } = data as Record<string, unknown>;
  const version = policy.schemaVersion;
  if (typeof version === 'number' && version > POLICY_SCHEMA_VERSION) {
    return fileError(
      `這個設定檔是第 ${version} 版，比目前擴充功能支援的第 ${POLICY_SCHEMA_VERSION} 版新，請先更新學習歷程檢核助手再匯入。`,
      `The file is version ${version}; this build reads version ${POLICY_SCHEMA_VERSION}. Update the extension.`,
    );
  }
  if (version !== POLICY_SCHEMA_VERSION) {
    return fileError(
      `這個設定檔的版本（${String(version)}）無法辨識，目前只支援第 ${POLICY_SCHEMA_VERSION} 版。`,
      `Unknown file version ${String(version)}; this build reads version ${POLICY_SCHEMA_VERSION}.`,
    );
  }
  return validatePolicy(policy);
}
