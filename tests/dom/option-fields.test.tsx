// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', async () => ({
  default: { i18n: (await import('../fixtures/i18n')).fakeI18n('en') },
}));

const { ConfirmRemoval, NumberField, Switch } = await import('../../src/options/components/fields');

const flush = () => new Promise((ok) => setTimeout(ok, 0));

function change(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('a number setting on the options page', () => {
  const mount = () => {
    const saved: number[] = [];
    const errors: string[] = [];
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <NumberField
        id="feed-retention"
        label="Keep feed articles for (days)"
        value={30}
        range={{ min: 1, max: 365 }}
        onValid={(n) => saved.push(n)}
        onError={(m) => errors.push(m)}
      />,
      root,
    );
    const input = root.querySelector<HTMLInputElement>('#feed-retention')!;
    return { root, input, saved, errors };
  };

  it('saves a whole number in range', () => {
    const { input, saved, errors } = mount();
    change(input, '90');
    expect(saved).toEqual([90]);
    expect(errors).toEqual([]);
  });

  it.each(['0', '366', '2.5', '', 'abc'])(
    'refuses %j, puts the saved value back and says why, naming the setting',
    (typed) => {
      const { input, saved, errors } = mount();
      change(input, typed);
      expect(saved).toEqual([]);
      expect(input.value).toBe('30');
      expect(errors).toEqual([
        '“Keep feed articles for (days)”: enter a whole number from 1 to 365.',
      ]);
    },
  );

  it('is labelled for assistive technology', () => {
    const { root, input } = mount();
    expect(root.querySelector('label')?.htmlFor).toBe(input.id);
  });
});

describe('a switch on the options page', () => {
  it('reports the new state and is described by its hint', () => {
    const toggled: boolean[] = [];
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <Switch
        id="show-badge"
        label="Show a count"
        hint="A count of quotations"
        checked={false}
        onToggle={(on) => toggled.push(on)}
      />,
      root,
    );
    const input = root.querySelector<HTMLInputElement>('#show-badge')!;
    expect(input.getAttribute('role')).toBe('switch');
    expect(root.querySelector(`#${input.getAttribute('aria-describedby')!}`)?.textContent).toBe(
      'A count of quotations',
    );
    input.click();
    expect(toggled).toEqual([true]);
  });
});

describe('a removal that asks first', () => {
  it('asks, focuses the way back, and acts only on the chosen answer', async () => {
    const chosen: string[] = [];
    let asking = false;
    const root = document.createElement('div');
    document.body.append(root);
    const draw = () =>
      render(
        <ConfirmRemoval
          action="Delete"
          target="My pack"
          asking={asking}
          onAsk={(a) => {
            asking = a;
            draw();
          }}
          groupLabel="Delete My pack?"
          question="Delete 3 articles?"
          choices={[
            { text: 'Keep the articles', onChoose: () => chosen.push('keep') },
            { text: 'Delete them', danger: true, onChoose: () => chosen.push('delete') },
          ]}
          cancel="Cancel"
          busy={false}
        />,
        root,
      );
    draw();
    const buttons = () => Array.from(root.querySelectorAll('button'));
    expect(buttons().map((b) => b.textContent)).toEqual(['Delete My pack']);
    buttons()[0]!.click();
    await flush();
    expect(buttons().map((b) => b.textContent)).toEqual([
      'Keep the articles',
      'Delete them',
      'Cancel',
    ]);
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(chosen).toEqual([]);
    buttons()[2]!.click();
    await flush();
    expect(buttons().map((b) => b.textContent)).toEqual(['Delete My pack']);
    buttons()[0]!.click();
    await flush();
    buttons()[1]!.click();
    expect(chosen).toEqual(['delete']);
  });
});
