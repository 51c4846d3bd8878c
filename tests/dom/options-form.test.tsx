// @vitest-environment jsdom
/**
 * The settings sections of the options page: every choice is labelled and described for
 * assistive technology, shows the stored value, and saves what the reader picks.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/shared/settings';

const request = vi.fn<(p: unknown) => Promise<boolean>>();

vi.mock('../../src/shared/browser', async () => ({
  default: {
    i18n: (await import('../fixtures/i18n')).fakeI18n('en'),
    permissions: { request: (p: unknown) => request(p) },
  },
}));

const { OptionsForm } = await import('../../src/options/OptionsForm');
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');

const flush = () => new Promise((ok) => setTimeout(ok, 0));

function mount(overrides: Partial<Settings> = {}, hasHostPermission = false) {
  const saved: Partial<Settings>[] = [];
  const errors: string[] = [];
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <OptionsForm
      settings={{ ...DEFAULT_SETTINGS, ...overrides }}
      save={(partial) => {
        saved.push(partial);
        return Promise.resolve();
      }}
      hasHostPermission={hasHostPermission}
      onPermissionChange={() => {}}
      onError={(m) => errors.push(m)}
    />,
    root,
  );
  const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
  /** The words a screen reader says for a field: its label, then its description. */
  const spoken = (id: string) => {
    const el = input(id);
    const label = root.querySelector(`label[for="${id}"]`)?.textContent ?? '';
    const hint = el.getAttribute('aria-describedby');
    return [label, hint ? (root.querySelector(`#${hint}`)?.textContent ?? '') : null];
  };
  return { root, input, spoken, saved, errors };
}

afterEach(() => {
  document.body.replaceChildren();
  request.mockReset();
});

describe('the options form', () => {
  it('labels every choice and describes it by its hint', () => {
    const { root, spoken } = mount();
    expect(spoken('mode-sites')).toEqual([
      'Automatically on the sites I list',
      'Needs permission to read pages; only the listed sites are annotated.',
    ]);
    expect(spoken('sensitivity-strict')[0]).toBe('Strict');
    expect(spoken('sensitivity-strict')[1]).toMatch(/^Only articles that share several names/);
    expect(spoken('verdict-altered')[0]).toMatch(/Altered$/);
    expect(spoken('verdict-altered')[1]).toMatch(/^Other outlets carry these words with a diff/);
    expect(spoken('highlightStyle-background')).toEqual([
      'Background (a tinted background and the same lines)',
      null,
    ]);
    // The style's name is drawn in that style.
    expect(
      root.querySelector('label[for="highlightStyle-background"] .sample-background')?.textContent,
    ).toBe('Background');
    const groups = [...root.querySelectorAll('fieldset')].map((f) => [
      f.querySelector('legend')?.textContent,
      [...f.querySelectorAll('input')].map((i) => `${i.type}:${i.name}:${i.id}`),
    ]);
    expect(groups).toEqual([
      [
        'Mark quotations in pages',
        [
          'radio:annotateMode:mode-off',
          'radio:annotateMode:mode-sites',
          'radio:annotateMode:mode-everywhere',
        ],
      ],
      [
        expect.any(String),
        [
          'checkbox::verdict-verbatim',
          'checkbox::verdict-fragment',
          'checkbox::verdict-variant',
          'checkbox::verdict-altered',
          'checkbox::verdict-unverified',
        ],
      ],
      [
        'Highlight style',
        [
          'radio:highlightStyle:highlightStyle-underline',
          'radio:highlightStyle:highlightStyle-background',
        ],
      ],
      [
        'Sensitivity',
        [
          'radio:sensitivity:sensitivity-strict',
          'radio:sensitivity:sensitivity-balanced',
          'radio:sensitivity:sensitivity-lenient',
        ],
      ],
    ]);
  });

  it('shows the stored values', () => {
    const { input } = mount({
      highlightStyle: 'background',
      sensitivity: 'lenient',
      markedVerdicts: ['altered'],
    });
    expect(input('mode-off').checked).toBe(true);
    expect(input('highlightStyle-background').checked).toBe(true);
    expect(input('highlightStyle-underline').checked).toBe(false);
    expect(input('sensitivity-lenient').checked).toBe(true);
    expect(input('verdict-altered').checked).toBe(true);
    expect(input('verdict-verbatim').checked).toBe(false);
  });

  it('saves the style, the sensitivity and the verdicts to mark, in their fixed order', () => {
    const { input, saved } = mount({ markedVerdicts: ['verbatim', 'unverified'] });
    input('highlightStyle-background').click();
    input('sensitivity-strict').click();
    input('verdict-altered').click();
    input('verdict-verbatim').click();
    expect(saved).toEqual([
      { highlightStyle: 'background' },
      { sensitivity: 'strict' },
      { markedVerdicts: ['verbatim', 'altered', 'unverified'] },
      { markedVerdicts: ['unverified'] },
    ]);
  });

  it('asks for the permission to read pages before annotating automatically', async () => {
    const granted = mount();
    request.mockResolvedValueOnce(true);
    granted.input('mode-everywhere').click();
    await flush();
    expect(request).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    expect(granted.saved).toEqual([{ annotateMode: 'everywhere' }]);
    document.body.replaceChildren();

    const refused = mount();
    request.mockResolvedValueOnce(false);
    refused.input('mode-sites').click();
    await flush();
    expect(refused.saved).toEqual([]);
    expect(refused.errors).toEqual([expect.stringMatching(/permission to read pages was not g/)]);
  });
});
