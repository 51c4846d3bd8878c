// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { PackError, PackProblem } from '../../src/core/pack';

// The interface in German, as a browser set to German gives it.
vi.mock('../../src/shared/browser', async () => ({
  default: { i18n: (await import('../fixtures/i18n')).fakeI18n('de') },
}));

const { packErrorText } = await import('../../src/options/components/ImportBox');

describe('a pack’s errors on the options page', () => {
  it('are worded in the reader’s language, with the pack’s own values unchanged', () => {
    expect(
      packErrorText({
        line: 5,
        field: 'published',
        message: '"gestern" is not an ISO 8601 date (e.g. 2026-03-11 or 2026-03-11T09:30:00Z)',
        problem: 'not-date',
        value: 'gestern',
      }),
    ).toBe(
      'Zeile 5, Feld „published“: „gestern“ ist kein Datum nach ISO 8601 (z. B. 2026-03-11 oder 2026-03-11T09:30:00Z)',
    );
    expect(
      packErrorText({
        line: 2,
        field: null,
        message: 'not valid JSON (Unexpected token)',
        problem: 'not-json',
      }),
    ).toBe('Zeile 2: kein gültiges JSON');
    expect(
      packErrorText({
        line: 0,
        field: null,
        message: 'and 3 more errors',
        problem: 'more-errors',
        value: '3',
      }),
    ).toBe('Paket: und 3 weitere Fehler');
  });

  it('keep the engine’s words for a problem that has no code', () => {
    expect(packErrorText({ line: 7, field: null, message: 'something new' })).toBe(
      'Zeile 7: something new',
    );
    const unknown = { problem: 'toString', message: 'something newer' } as unknown as PackError;
    expect(packErrorText({ ...unknown, line: 8, field: null })).toBe('Zeile 8: something newer');
  });

  it('are worded for every problem the engine names', () => {
    const problems: PackProblem[] = [
      'not-object',
      'missing',
      'not-string',
      'empty',
      'not-url',
      'not-date',
      'not-language',
      'not-boolean',
      'no-words',
      'not-utf8',
      'not-json',
      'more-errors',
      'no-articles',
    ];
    const texts = problems.map((problem) =>
      packErrorText({ line: 0, field: null, message: 'English', problem, value: '2' }),
    );
    expect(texts.filter((text) => text.includes('English') || !text.startsWith('Paket: '))).toEqual(
      [],
    );
    expect(new Set(texts).size).toBe(problems.length);
  });
});
