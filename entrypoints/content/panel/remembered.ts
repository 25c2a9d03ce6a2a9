import { defineItem } from '@/lib/storage-item';

/**
 * How the summary panel was left on each site — collapsed, docked to the side — kept in the extension's
 * local storage by the page's origin (「https://portal.school.edu.tw」), so a reload or the next page of
 * the list opens it the same way.
 */
export interface PanelLook {
  collapsed: boolean;
  docked: boolean;
}

export const PLAIN_LOOK: PanelLook = { collapsed: false, docked: false };

/** Sites remembered at most; the oldest is forgotten first. */
const MOST_SITES = 200;

export const panelLookSetting = defineItem<Record<string, PanelLook>>('local:summaryPanelLook', { fallback: {} });

/** How the panel was left on `origin`, or the plain look. */
export async function lookFor(origin: string): Promise<PanelLook> {
  const looks = await panelLookSetting.getValue();
  return { ...PLAIN_LOOK, ...looks[origin] };
}

/** Remembers how the panel is left on `origin` (the latest site last, for forgetting the oldest). */
export async function rememberLook(origin: string, look: PanelLook): Promise<void> {
  const { [origin]: _, ...others } = await panelLookSetting.getValue();
  const kept = Object.entries(others).slice(-(MOST_SITES - 1));
  await panelLookSetting.setValue({ ...Object.fromEntries(kept), [origin]: look });
}
