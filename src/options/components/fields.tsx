/**
 * The kinds of setting the options page asks for again and again: one of a few choices
 * (radio buttons), a checkbox or an on/off switch, and a whole number within a range. Each is saved as soon as it changes; a number out of
 * range is put back to the saved value and the reason is said, so nothing half-typed is
 * ever stored.
 */
import type { ComponentChildren, Ref } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';

/** The line under a field that says more; the field names it in `aria-describedby`. */
function Hint(props: { id: string; text: string | undefined }) {
  if (props.text === undefined) return null;
  return (
    <p class="hint" id={props.id}>
      {props.text}
    </p>
  );
}

export interface ChoiceProps {
  type: 'radio' | 'checkbox';
  id: string;
  /** The name shared by the radio buttons of one setting. */
  name?: string;
  label: ComponentChildren;
  /** Shown under the label and read with it; omit when `describedBy` points elsewhere. */
  hint?: string;
  /** The id of an element that describes the choice, when there is no hint of its own. */
  describedBy?: string;
  checked: boolean;
  disabled?: boolean;
  /** `switch` for a checkbox that turns something on and off at once. */
  role?: 'switch';
  /** `choice` for a setting with a hint under it, `switch` for one inline in a header. */
  layout?: 'choice' | 'switch';
  /** Called with the new state (a radio button only ever reports being chosen). */
  onChange: (checked: boolean) => void;
}

/** A radio button or checkbox with its label, and its hint under them. */
export function Choice(props: ChoiceProps) {
  const hintId = `${props.id}-hint`;
  return (
    <div class={props.layout ?? 'choice'}>
      <input
        type={props.type}
        role={props.role}
        id={props.id}
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint !== undefined ? hintId : props.describedBy}
        onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)}
      />
      <label for={props.id}>{props.label}</label>
      <Hint id={hintId} text={props.hint} />
    </div>
  );
}

export interface RadioGroupProps<V extends string> {
  legend: string;
  /** The radio buttons' name; each one's id is `<idPrefix>-<value>`. */
  name: string;
  /** Default: `name`. */
  idPrefix?: string;
  values: readonly V[];
  /** A value's label and the hint under it, in the interface's language. */
  words: (value: V) => { label: ComponentChildren; hint?: string };
  chosen: V;
  onChoose: (value: V) => void;
}

/** A setting that takes one of a few values: a radio button each, in a fieldset. */
export function RadioGroup<V extends string>(props: RadioGroupProps<V>) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.values.map((value) => (
        <Choice
          key={value}
          type="radio"
          id={`${props.idPrefix ?? props.name}-${value}`}
          name={props.name}
          {...props.words(value)}
          checked={props.chosen === value}
          onChange={() => props.onChoose(value)}
        />
      ))}
    </fieldset>
  );
}

/** A checkbox drawn as a switch: a `Choice` but for its type, role and name. */
export type SwitchProps = Omit<ChoiceProps, 'type' | 'name' | 'role' | 'onChange'> & {
  onToggle: (checked: boolean) => void;
};

/** A setting that is on or off, saved as soon as it is flipped. */
export function Switch({ onToggle, ...props }: SwitchProps) {
  return <Choice {...props} type="checkbox" role="switch" onChange={onToggle} />;
}

export interface FileButtonProps {
  id: string;
  /** What the button says. */
  label: string;
  /** The kinds of file offered (the input's `accept`). */
  accept: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Called with the input once the reader has chosen a file. */
  onChoose: (input: HTMLInputElement) => void;
}

/**
 * A file picker drawn as a button: the input itself is hidden, and its label is what the
 * reader sees and clicks. The label comes right after the input, so that the focus ring
 * of the input goes round it (`input[type='file']:focus-visible + .button-like`).
 */
export function FileButton(props: FileButtonProps) {
  return (
    <>
      <input
        ref={props.inputRef}
        id={props.id}
        class="visually-hidden"
        type="file"
        accept={props.accept}
        disabled={props.disabled}
        onChange={(e) => props.onChoose(e.target as HTMLInputElement)}
      />
      <label for={props.id} class="button-like">
        {props.label}
      </label>
    </>
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
      <Hint id={hintId} text={props.hint} />
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
