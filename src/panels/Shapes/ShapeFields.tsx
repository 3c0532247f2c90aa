/**
 * The controls of the Shape explorer: module, every constructor argument and the input shape.
 * Labels are PyTorch's argument names (the same in both languages, as in code); a hint in the
 * reader's language says what each means. Invalid fields are marked and explained inline.
 * React owns the DOM.
 */
import { useId } from 'react';
import { useT } from '../../i18n/index.ts';
import type { ShapeForm } from './form.ts';
import type { ArgField, ShapeIssue } from './shapes.ts';
import { MODULE_KINDS } from './shapes.ts';

type Props = Readonly<{
  form: ShapeForm;
  issues: readonly ShapeIssue[];
  onChange: (patch: Partial<ShapeForm>) => void;
}>;

type NumberKey = 'inputSize' | 'hiddenSize' | 'numLayers' | 'dropout' | 'batch' | 'seq';
type FlagKey = 'bias' | 'batchFirst' | 'bidirectional';

const NUMBER_FIELDS: Readonly<Record<NumberKey, ArgField>> = {
  inputSize: 'input_size',
  hiddenSize: 'hidden_size',
  numLayers: 'num_layers',
  dropout: 'dropout',
  batch: 'batch',
  seq: 'seq',
};

/** All form controls, in the order of the PyTorch signature, then the input shape. */
export function ShapeFields({ form, issues, onChange }: Props) {
  const { t } = useT();
  const issueOf = (field: ArgField): ShapeIssue | undefined => issues.find((i) => i.field === field);

  const number = (key: NumberKey, step = '1') => {
    const field = NUMBER_FIELDS[key];
    const issue = issueOf(field);
    // PyTorch's argument names, the same in every language (a catalog entry all the same).
    const label = t(`shapes.form.label.${field}`);
    return (
      <NumberField
        key={key}
        label={label}
        hint={t(`shapes.form.hint.${field}`)}
        value={form[key]}
        step={step}
        error={issue ? t(issue.key, issue.params) : null}
        onChange={(v) => onChange({ [key]: v })}
      />
    );
  };

  const flag = (key: FlagKey, name: 'bias' | 'batch_first' | 'bidirectional') => (
    <label key={key} className="shapes__check">
      <input type="checkbox" checked={form[key]} onChange={(e) => onChange({ [key]: e.currentTarget.checked })} />
      <span>
        <code>{t(`shapes.form.label.${name}`)}</code> <span className="muted small">{t(`shapes.form.hint.${name}`)}</span>
      </span>
    </label>
  );

  return (
    <div className="shapes__form">
      <div className="shapes__module" role="group" aria-label={t('shapes.form.module')}>
        <span className="shapes__legend" aria-hidden="true">{t('shapes.form.module')}</span>
        <div className="segmented">
          {MODULE_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="segmented__item"
              aria-pressed={form.kind === kind}
              onClick={() => onChange({ kind })}
            >
              nn.{kind}
            </button>
          ))}
        </div>
      </div>
      <fieldset className="shapes__fieldset">
        <legend>{t('shapes.form.arguments')}</legend>
        {number('inputSize')}
        {number('hiddenSize')}
        {number('numLayers')}
        {form.kind === 'RNN' && (
          <div className="shapes__field shapes__field--choice" role="group" aria-label={t('shapes.form.label.nonlinearity')}>
            <span className="shapes__label" aria-hidden="true">
              <code>{t('shapes.form.label.nonlinearity')}</code>
            </span>
            <div className="segmented">
              {(['tanh', 'relu'] as const).map((nl) => (
                <button
                  key={nl}
                  type="button"
                  className="segmented__item"
                  aria-pressed={form.nonlinearity === nl}
                  onClick={() => onChange({ nonlinearity: nl })}
                >
                  {nl}
                </button>
              ))}
            </div>
          </div>
        )}
        {flag('bias', 'bias')}
        {flag('batchFirst', 'batch_first')}
        {number('dropout', '0.1')}
        {flag('bidirectional', 'bidirectional')}
      </fieldset>
      <fieldset className="shapes__fieldset">
        <legend>{t('shapes.form.input')}</legend>
        {number('batch')}
        {number('seq')}
      </fieldset>
    </div>
  );
}

type FieldProps = Readonly<{
  label: string;
  hint: string;
  value: string;
  step: string;
  error: string | null;
  onChange: (value: string) => void;
}>;

/** A labelled number input whose hint and error are announced with it (aria-describedby). */
function NumberField({ label, hint, value, step, error, onChange }: FieldProps) {
  const id = useId();
  return (
    <div className="shapes__field">
      <label htmlFor={id} className="shapes__label">
        <code>{label}</code>
      </label>
      <input
        id={id}
        className="shapes__input num"
        type="number"
        inputMode={step === '1' ? 'numeric' : 'decimal'}
        step={step}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      <span id={`${id}-hint`} className="shapes__hint muted small">
        {hint}
      </span>
      {error && (
        <p id={`${id}-error`} className="message message--error shapes__error">
          {error}
        </p>
      )}
    </div>
  );
}
