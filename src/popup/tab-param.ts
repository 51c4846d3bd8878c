/**
 * The tab a popup opened in a tab of its own reports on (tests, `npm start`), from its
 * address `popup.html?tab=<id>`; null for the toolbar popup, which reports on the active
 * tab of its window.
 */
export function tabIdFromUrl(): number | null {
  const raw = new URLSearchParams(location.search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}
