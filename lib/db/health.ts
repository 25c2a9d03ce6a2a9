import { defineItem } from '@/lib/storage-item';

/**
 * What went wrong with the log since the user last looked, for the popup: a write is never lost
 * without a word. Kept in storage.local, apart from the database whose writes it reports on.
 */
export type LogProblemKind =
  /** the database refused a page's write (after retries) */
  | 'write-failed'
  /** the computer's storage is full */
  | 'quota'
  /** a page over the message limits was not logged */
  | 'too-large'
  /** the stored hashing key was not a key (a crafted backup?) and was replaced */
  | 'key-replaced'
  /** a page's report never reached the background, after retries */
  | 'unreachable';

export interface LogProblem {
  kind: LogProblemKind;
  /** how many times since the user last dismissed it */
  count: number;
  /** ms since epoch, the latest time */
  last: number;
  /** the page it was about (origin + path), when there is one */
  page?: string;
  /** too-large: the page's size and the limit (rows or characters) */
  size?: number;
  limit?: number;
  /** the technical name of the last error, for support */
  error?: string;
}

export interface LogHealth {
  problems: LogProblem[];
}

export const logHealthSetting = defineItem<LogHealth>('local:logHealth', { fallback: { problems: [] } });

/** Origin and path of a URL (no query: it may hold a 學號). */
export function pageOf(url: string): string | undefined {
  try {
    const { origin, pathname } = new URL(url);
    return `${origin}${pathname}`;
  } catch {
    return undefined;
  }
}

/** Counts one more problem of its kind; never throws (a full disk must not hide the failure it reports). */
export async function noteProblem(problem: Omit<LogProblem, 'count' | 'last'>, now = Date.now()): Promise<void> {
  try {
    const { problems } = await logHealthSetting.getValue();
    const before = problems.find((p) => p.kind === problem.kind);
    const next: LogProblem = { ...problem, count: (before?.count ?? 0) + 1, last: now };
    await logHealthSetting.setValue({ problems: [...problems.filter((p) => p.kind !== problem.kind), next] });
  } catch (error) {
    console.error('lp-checker: could not record a log problem', problem, error);
  }
}

/** The user has read the notice. */
export async function dismissProblems(): Promise<void> {
  await logHealthSetting.setValue({ problems: [] });
}
