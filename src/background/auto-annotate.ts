/**
 * Automatic annotation: when the user turns it on in the options (which asks for the
 * optional `<all_urls>` host permission), the content script is registered to run on
 * page load on every site or on the listed sites; it then extracts the article and sends
 * `bg/analyze-article` by itself. Without the permission nothing is registered.
 */
import browser from '../shared/browser';
import { logOnce } from '../shared/log';
import { loadSettings, type Settings } from '../shared/settings';
import { CONTENT_SCRIPT_FILE } from './analyze';

export const AUTO_SCRIPT_ID = 'second-source-auto';

/** Match patterns for the pages `settings` annotate automatically (empty: none). */
export function autoMatches(settings: Settings): string[] {
  if (settings.annotateMode === 'everywhere') return ['http://*/*', 'https://*/*'];
  if (settings.annotateMode === 'sites') {
    return settings.annotateSites.flatMap((site) => [`*://${site}/*`, `*://*.${site}/*`]);
  }
  return [];
}

/** Bring the registered content script in line with the settings and the granted permission. */
export async function syncAutoAnnotation(settings?: Settings): Promise<void> {
  try {
    const current = settings ?? (await loadSettings());
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
    if (existing.length > 0) {
      await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
    }
    const matches = autoMatches(current);
    if (matches.length === 0) return;
    const granted = await browser.permissions.contains({ origins: ['<all_urls>'] });
    if (!granted) return;
    await browser.scripting.registerContentScripts([
      { id: AUTO_SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' },
    ]);
  } catch (error) {
    logOnce('auto-annotation', error);
  }
}
