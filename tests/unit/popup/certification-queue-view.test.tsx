import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CertificationQueueView } from '@/entrypoints/popup/CertificationQueueView';
import type { QueueSnapshot } from '@/lib/certification/urgency';
import { SAMPLE_SCHOOL_POLICY as SAMPLE } from '../../portal/sample-school-policy';

afterEach(cleanup);

/** Twelve classes of 英語文, class 301 with 1 pending, 302 with 2, … 312 with 12: 78 in all. */
const groups = Array.from({ length: 12 }, (_, i) => ({ courseName: '英語文', className: String(301 + i), pending: i + 1 }));
const SNAPSHOT: QueueSnapshot = {
  seenAt: new Date('2026-02-13T09:00:00').getTime(),
  pageUrl: 'http://127.0.0.1/b/teacher/certify.html',
  groups,
  total: 78,
  seenRows: 120,
  complete: true,
  term: { year: 114, semester: 1 },
};

const view = () =>
  render(
    <CertificationQueueView
      snapshot={SNAPSHOT}
      policy={SAMPLE}
      locale="zh_TW"
      now={new Date('2026-02-13T12:00:00')}
      referenceDate={null}
      reader="teacher"
      onOpen={() => {}}
    />,
  );
const cells = (container: Element, column: number) =>
  Array.from(container.querySelectorAll(`tbody tr td:nth-child(${column})`), (td) => td.textContent);

describe('the popup’s list of pending 認證', () => {
  it('lists the eight classes with the most pending first, and sums the rest in one line', () => {
    const { container } = view();
    expect(cells(container, 2)).toEqual(['312', '311', '310', '309', '308', '307', '306', '305']);
    expect(cells(container, 3)).toEqual(['12', '11', '10', '9', '8', '7', '6', '5']);
    // 304, 303, 302, 301: 4 + 3 + 2 + 1
    const rest = container.querySelector('tfoot [data-queue-rest]')!;
    expect(Array.from(rest.querySelectorAll('td'), (td) => td.textContent)).toEqual(['其餘 4 列', '10']);
  });

  it('says the days left once, in the headline, not on every row', () => {
    const { container } = view();
    // the sample school's 114-1 認證 ends 2026-02-10; on 02-13 that is three days past
    expect(container.querySelector('.headline')!.textContent).toContain('認證期限 2026-02-10 已過 3 天');
    expect(container.querySelectorAll('thead th')).toHaveLength(3);
  });

  it('lists every row on 「全部列出」 and folds them again', () => {
    const { container, getByRole } = view();
    fireEvent.click(getByRole('button', { name: '全部列出（12 列）' }));
    expect(cells(container, 3).map(Number).reduce((a, b) => a + b, 0)).toBe(78);
    expect(container.querySelector('tfoot')).toBeNull();
    fireEvent.click(getByRole('button', { name: '只列待認證最多的幾列' }));
    expect(container.querySelectorAll('tbody tr')).toHaveLength(8);
  });
});
