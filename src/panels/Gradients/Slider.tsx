import type { ReactNode } from 'react';

type Props = Readonly<{
  id: string;
  label: ReactNode;
  min: number;
  max: number;
  step?: number;
  value: number;
  /** how the current value is written next to the slider */
  format?: (v: number) => string;
  disabled?: boolean;
  onChange: (v: number) => void;
}>;

/** A labelled range input with its value beside it (the lab's sliders). React owns the DOM. */
export function Slider({ id, label, min, max, step = 1, value, format = String, disabled = false, onChange }: Props) {
  return (
    <div className="gl-field">
      <label htmlFor={id} className="gl-field__label">{label}</label>
      <div className="gl-field__row">
        <input id={id} type="range" min={min} max={max} step={step} value={Math.min(max, Math.max(min, value))} disabled={disabled} onChange={(e) => onChange(Number(e.target.value))} />
        <output htmlFor={id} className="gl-field__value">{format(value)}</output>
      </div>
    </div>
  );
}
