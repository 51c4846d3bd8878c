/**
 * The two kinds of setting the options page asks for again and again: an on/off switch
 * and a whole number within a range. Each is saved as soon as it changes; a number out of
 * range is put back to the saved value and the reason is said, so nothing half-typed is
 * ever stored.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';

export interface SwitchProps {
  id: string;
  label: string;
  /** Shown under the label and read with it; omit when `describedBy` points elsewhere. */
  hint?: string;
  /** The id of an element that describes the switch, when there is no hint of its own. */
  describedBy?: string;
  checked: boolean;
  disabled?: boolean;
  /** `choice` for a setting with a hint under it, `switch` for one inline in a header. */
  layout?: 'choice' | 'switch';
  onToggle: (checked: boolean) => void;
}

export function Switch(props: SwitchProps) {
  const hintId = `${props.id}-hint`;
  return (
    <div class={props.layout ?? 'choice'}>
      <input
        type="checkbox"
        role="switch"
        id={props.id}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint !== undefined ? hintId : props.describedBy}
        onChange={(e) => props.onToggle((e.target as HTMLInputElement).checked)}
      />
      <label for={props.id}>{props.label}</label>
      {props.hint !== undefined && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

export interface NumberFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: number;
  range: { min: number; max: number };
  step?: number;
  /** Label and input on one line (short labels in a group of fields). */
  inline?: boolean;
  onValid: (value: number) => void;
  /** Says why a value was refused. */
  onError: (message: string) => void;
}

/** Whether `text`, as typed, is a whole number within `range`. */
export function wholeNumberIn(text: string, range: { min: number; max: number }): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= range.min && n <= range.max ? n : null;
}

export function NumberField(props: NumberFieldProps) {
  const hintId = `${props.id}-hint`;
  return (
    <div class={props.inline ? 'field inline' : 'field'}>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        min={props.range.min}
        max={props.range.max}
        step={props.step ?? 1}
        value={props.value}
        aria-describedby={props.hint !== undefined ? hintId : undefined}
        onChange={(e) => {
          const input = e.target as HTMLInputElement;
          const n = wholeNumberIn(input.value, props.range);
          if (n !== null) {
            props.onValid(n);
          } else {
            input.value = String(props.value);
            props.onError(t('opt_number_invalid', props.label, props.range.min, props.range.max));
          }
        }}
      />
      {props.hint !== undefined && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

export interface RemovalChoice {
  text: string;
  /** Whether this choice throws data away (drawn as a warning). */
  danger?: boolean;
  onChoose: () => void;
}

export interface ConfirmRemovalProps {
  /** Text of the button that asks first, and the name of what it removes (read aloud). */
  action: string;
  target: string;
  /** Whether the question is showing. */
  asking: boolean;
  onAsk: (asking: boolean) => void;
  /** Label of the group of answers, the question and its answers. */
  groupLabel: string;
  question: string;
  choices: RemovalChoice[];
  cancel: string;
  busy: boolean;
}

/**
 * A removal that asks before it acts: a quiet button, then the question with its answers
 * and a way back, which takes the focus so that Enter never removes by accident.
 */
export function ConfirmRemoval(props: ConfirmRemovalProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  // The button that asked is gone once the question shows; the focus moves to the way
  // back rather than to the page's start (autofocus only acts when a page loads).
  useLayoutEffect(() => {
    if (props.asking) cancel.current?.focus();
  }, [props.asking]);
  if (!props.asking) {
    return (
      <button type="button" class="danger-quiet" onClick={() => props.onAsk(true)}>
        {props.action}
        <span class="visually-hidden"> {props.target}</span>
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label={props.groupLabel}>
      <span>{props.question}</span>
      {props.choices.map((c) => (
        <button
          key={c.text}
          type="button"
          class={c.danger ? 'danger' : undefined}
          disabled={props.busy}
          onClick={c.onChoose}
        >
          {c.text}
        </button>
      ))}
      <button type="button" ref={cancel} onClick={() => props.onAsk(false)}>
        {props.cancel}
      </button>
    </span>
  );
}
