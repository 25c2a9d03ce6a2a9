/**
 * Which frame of a page answers the popup: the top page, unless it could not read anything and one of its own
 * frames holds a list the checker read (a portal showing its results in an iframe or a frameset); then that frame.
 */
export function answersHere(status: 'checked' | 'partial' | 'unrecognized'): boolean {
  if (window !== window.top) return status !== 'unrecognized';
  if (status !== 'unrecognized') return true;
  return !Array.from(document.querySelectorAll('iframe, frame')).some((frame) => {
    try {
      return (frame as HTMLIFrameElement).contentDocument?.querySelector('[data-lpc-summary]:not([data-status="unrecognized"])') != null;
    } catch {
      return false; // another origin's frame
    }
  });
}
