// @vitest-environment jsdom
/**
 * The popup's word diff and its states before a report: what a reader sees, and what a
 * screen reader is given to say.
 */
import { render, type ComponentChild } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { DiffView } from '../../src/popup/components/DiffView';
import { StatusView } from '../../src/popup/components/StatusView';

vi.mock('../../src/shared/browser', async () => ({
  default: { i18n: (await import('../fixtures/i18n')).fakeI18n('en') },
}));

function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

describe('the word diff', () => {
  const root = mount(
    <DiffView
      diff={[
        { op: 'equal', text: 'we will' },
        { op: 'delete', text: 'never' },
        { op: 'insert', text: 'not' },
        { op: 'equal', text: 'give up' },
      ]}
    />,
  );

  it('marks our words and theirs, and says which is which in hidden text', () => {
    expect(root.querySelector('del')?.textContent).toBe('[not in theirs: never]');
    expect(root.querySelector('ins')?.textContent).toBe('[they write: not]');
    expect(root.textContent).toBe('we will [not in theirs: never] [they write: not] give up');
    const hidden = [...root.querySelectorAll('.visually-hidden')].map(
      (s) => s.parentElement?.tagName,
    );
    expect(hidden).toEqual(['DEL', 'DEL', 'INS', 'INS']);
  });

  it('keeps the spaces between words outside the marks', () => {
    for (const mark of root.querySelectorAll('ins, del')) {
      expect(mark.previousSibling?.textContent).toBe(' ');
      expect(mark.textContent).not.toMatch(/^\s|\s$/);
    }
  });
});

type Status = Parameters<typeof StatusView>[0]['state'];

/** A state in the popup, with a retry button that counts its clicks when `retry` is set. */
function status(state: Status, retry = false) {
  const clicks: number[] = [];
  const root = mount(<StatusView state={state} onRetry={retry ? () => clicks.push(1) : null} />);
  const button = root.querySelector('button');
  return {
    root,
    clicks,
    button,
    words: [...root.querySelectorAll('h1, p')].map((e) => e.textContent),
  };
}

describe('the popup before a report', () => {
  it('shows progress while checking', () => {
    const loading = status({ status: 'loading', url: null, progress: 'Reading…' });
    expect(loading.root.querySelector('[role="status"] p')?.textContent).toBe('Reading…');
    expect(loading.root.querySelector('.spinner')).not.toBeNull();
    expect(status({ status: 'idle', url: null }).root.textContent).toBe('Checking…');
  });

  it('says there is no article, with a specific reason only, and offers to check again', () => {
    const usual = status(
      { status: 'no-article', url: null, reason: 'No article found on this page' },
      true,
    );
    expect(usual.words).toEqual([
      'No article on this page',
      'Second Source checks news articles: open one and click its button again.',
    ]);
    expect(usual.button?.textContent).toBe('Check again');
    usual.button!.click();
    expect(usual.clicks).toEqual([1]);

    const specific = status({ status: 'no-article', url: null, reason: 'A list of links.' });
    expect(specific.words).toContain('A list of links.');
    expect(specific.button).toBeNull();
  });

  it('names a page it may not read, without a button', () => {
    const page = status({ status: 'restricted', url: null, reason: 'chrome:// page' }, true);
    expect(page.root.querySelector('[role="status"]')).not.toBeNull();
    expect(page.words).toEqual(['This page can’t be checked', 'chrome:// page']);
    expect(page.button).toBeNull();
  });

  it('announces an error at once and offers to try again when it can', () => {
    const error = status({ status: 'error', url: null, error: 'The worker stopped.' }, true);
    expect(error.root.querySelector('.status-error[role="alert"]')).not.toBeNull();
    expect(error.words).toEqual(['Something went wrong', 'The worker stopped.']);
    expect(error.button?.textContent).toBe('Try again');
    error.button!.click();
    expect(error.clicks).toEqual([1]);
    expect(status({ status: 'error', url: null, error: 'x' }).button).toBeNull();
  });
});
