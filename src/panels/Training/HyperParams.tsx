import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';
import { CELL_TYPES, CONFIG_RANGES } from '../../worker/config.ts';
import type { CellType, ExperimentConfig, RangedField } from '../../worker/config.ts';
import { NumberField } from './NumberField.tsx';
import { Icon } from './Icon.tsx';

/** The hyperparameter form: every field with its valid range; see NumberField for validation. */
export function HyperParams() {
  const { t } = useT();
  const config = useAppStore((s) => s.config);
  const { configure, seqRange } = useAppStore(useShallow((s) => ({ configure: s.configure, seqRange: s.snapshot.dataset?.seqLenRange })));
  const set = (partial: Partial<ExperimentConfig>): boolean => configure(partial).ok;
  const num = (field: RangedField, key: keyof ExperimentConfig, restarts: boolean, label: string) => {
    const r = CONFIG_RANGES[field];
    return <NumberField label={label} value={config[key] as number} min={r.min} max={r.max} integer={r.integer} restarts={restarts} onCommit={(v) => set({ [key]: v })} />;
  };
  return (
    <fieldset className="hyper">
      <legend className="hyper__legend">{t('training.settings.title')}</legend>
      <p className="hyper__note muted small">{t('training.settings.restartNote')}</p>
      <div className="hyper__grid">
        <div className="field">
          <label htmlFor="hp-cell" className="field__label">
            {t('training.settings.cell')}
            <span className="field__restarts" aria-label={t('training.settings.restarts')} title={t('training.settings.restarts')}>
              ↺
            </span>
          </label>
          <select id="hp-cell" className="field__input" value={config.cell} onChange={(e) => set({ cell: e.target.value as CellType })}>
            {CELL_TYPES.map((c) => (
              <option key={c} value={c}>
                {t(`training.settings.cells.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {num('layers', 'layers', true, t('training.settings.layers'))}
        {num('hidden', 'hidden', true, t('training.settings.hidden'))}
        <NumberField
          label={t('training.settings.seqLen')}
          value={config.seqLen}
          min={seqRange?.min ?? CONFIG_RANGES.seqLen.min}
          max={seqRange?.max ?? CONFIG_RANGES.seqLen.max}
          integer
          restarts
          disabled={seqRange === null}
          disabledNote={t('training.settings.seqLenFixed')}
          onCommit={(v) => set({ seqLen: v })}
        />
        {num('batch', 'batch', true, t('training.settings.batch'))}
        {num('lr', 'lr', false, t('training.settings.lr'))}
        <div className="field">
          <span className="field__label" id="hp-opt">
            {t('training.settings.optimizer')}
            <span className="field__restarts" aria-label={t('training.settings.restarts')} title={t('training.settings.restarts')}>
              ↺
            </span>
          </span>
          <div role="group" aria-labelledby="hp-opt" className="segmented">
            {(['adam', 'sgd'] as const).map((o) => (
              <button key={o} type="button" className="segmented__item" aria-pressed={config.optimizer === o} onClick={() => set({ optimizer: o })}>
                {t(`training.settings.optimizers.${o}`)}
              </button>
            ))}
          </div>
        </div>
        {config.optimizer === 'sgd' && num('momentum', 'momentum', false, t('training.settings.momentum'))}
        <div className="field field--clip">
          <label className="field__check">
            <input type="checkbox" checked={config.clip !== null} onChange={(e) => set({ clip: e.target.checked ? 1 : null })} />
            {t('training.settings.clip')}
          </label>
          {config.clip !== null && (
            <NumberField label={t('training.settings.clipMax')} value={config.clip} min={CONFIG_RANGES.clip.min} max={CONFIG_RANGES.clip.max} integer={false} onCommit={(v) => set({ clip: v })} />
          )}
        </div>
        <div className="field field--seed">
          <NumberField label={t('training.settings.seed')} value={config.seed} min={CONFIG_RANGES.seed.min} max={CONFIG_RANGES.seed.max} integer restarts onCommit={(v) => set({ seed: v })} />
          <button type="button" className="btn btn--small" onClick={() => set({ seed: Math.floor(Math.random() * CONFIG_RANGES.seed.max) })}>
            <Icon name="dice" />
            {t('training.settings.newSeed')}
          </button>
        </div>
        <label className="field__check">
          <input type="checkbox" checked={config.bidirectional} onChange={(e) => set({ bidirectional: e.target.checked })} />
          {t('training.settings.bidirectional')}
          <span className="field__restarts" aria-label={t('training.settings.restarts')} title={t('training.settings.restarts')}>
            ↺
          </span>
        </label>
      </div>
    </fieldset>
  );
}
