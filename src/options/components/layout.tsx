/**
 * The pieces every section of the options page is built from: the card with its heading,
 * a list that could not be read (with a way to try again), a problem said aloud, and one
 * figure of a statistics list.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../shared/i18n';

/** A card of the page, named by its heading (`<id>-title`) for screen readers. */
export function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** Why a list could not be read, announced at once, and a button that asks again. */
export function LoadFailed(props: { message: string; onRetry: () => void }) {
  return (
    <div class="error" role="alert">
      <p>{props.message}</p>
      <button type="button" onClick={props.onRetry}>
        {t('try_again')}
      </button>
    </div>
  );
}

/** A problem, announced as soon as it shows; nothing when there is none. */
export function Problem({ text }: { text: string | null }) {
  return text ? (
    <p class="error" role="alert">
      {text}
    </p>
  ) : null;
}

/** One figure of a `<dl class="stats">`: its name and its value. */
export function Stat(props: { name: string; testId?: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{props.name}</dt>
      <dd data-testid={props.testId}>{props.children}</dd>
    </div>
  );
}
