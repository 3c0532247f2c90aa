/**
 * The controls that change the physics of gradient flow — cell type, sequence length, the
 * recurrent matrix's scale at init, gradient clipping, truncated BPTT — and the run's
 * Train / Pause / Reset with its status. Every change goes through the store's `configure`
 * (clipping is live; the others start a new run from the seed). React owns the DOM.
 */
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';
import { CELL_TYPES, CONFIG_RANGES } from '../../worker/config.ts';
import type { ExperimentConfig } from '../../worker/config.ts';
import { formatSci } from '../shared/logScale.ts';
import { explicitLength, lengthPatch } from './flowModel.ts';
import { Slider } from './Slider.tsx';
import { useDraft } from './useDraft.ts';

/** Slider bounds of the lab (inside the config's own ranges). */
const LENGTH = { min: 4, max: 80 };
const SCALE = { min: 0.25, max: 3, step: 0.05 };
const CLIP = { min: 0.1, max: 10, step: 0.1 };

/** The physics controls. */
export function Physics() {
  const { t } = useT();
  const config = useAppStore((s) => s.config);
  const datasetT = useAppStore((s) => s.snapshot.dataset?.T ?? null);
  const configure = useAppStore((s) => s.configure);
  const set = (partial: Partial<ExperimentConfig>): void => {
    configure(partial);
  };
  const T = explicitLength(config) ?? datasetT ?? config.seqLen;
  const [len, setLen] = useDraft(T, (v) => set(lengthPatch(useAppStore.getState().config, v)));
  const [scale, setScale] = useDraft(config.recurrentScale ?? 1, (v) => set({ recurrentScale: v }));
  const [clip, setClip] = useDraft(config.clip ?? 1, (v) => set({ clip: v }));
  const [trunc, setTrunc] = useDraft(config.truncation ?? Math.max(1, Math.floor(T / 3)), (v) => set({ truncation: v }));
  const truncMax = Math.min(CONFIG_RANGES.truncation.max, Math.max(2, T));
  return (
    <fieldset className="gl-physics">
      <legend className="gl-physics__legend">{t('gradients.physics.title')}</legend>
      <div className="gl-field">
        <span className="gl-field__label" id="gl-cell">{t('gradients.physics.cell')}</span>
        <div role="group" aria-labelledby="gl-cell" className="segmented gl-cells">
          {CELL_TYPES.map((c) => (
            <button key={c} type="button" className="segmented__item" aria-pressed={config.cell === c} onClick={() => set({ cell: c })}>
              {t(`gradients.cells.${c}`)}
            </button>
          ))}
        </div>
      </div>
      <Slider id="gl-length" label={t('gradients.physics.length')} min={LENGTH.min} max={LENGTH.max} value={len} onChange={setLen} />
      <div className="gl-field gl-field--toggle">
        <label className="gl-check">
          <input type="checkbox" checked={config.recurrentScale !== null} onChange={(e) => set({ recurrentScale: e.target.checked ? scale : null })} />
          {t('gradients.physics.scaleOn')}
        </label>
        {config.recurrentScale !== null ? (
          <Slider id="gl-scale" label={t('gradients.physics.scale')} min={SCALE.min} max={SCALE.max} step={SCALE.step} value={scale} format={(v) => v.toFixed(2)} onChange={setScale} />
        ) : (
          <p className="gl-field__note">{t('gradients.physics.scaleDefault')}</p>
        )}
      </div>
      <div className="gl-field gl-field--toggle">
        <label className="gl-check">
          <input type="checkbox" checked={config.clip !== null} onChange={(e) => set({ clip: e.target.checked ? clip : null })} />
          {t('gradients.physics.clipOn')}
        </label>
        {config.clip !== null ? (
          <Slider id="gl-clip" label={t('gradients.physics.clip')} min={CLIP.min} max={CLIP.max} step={CLIP.step} value={clip} format={(v) => v.toFixed(1)} onChange={setClip} />
        ) : (
          <p className="gl-field__note">{t('gradients.physics.clipOff')}</p>
        )}
      </div>
      <div className="gl-field gl-field--toggle">
        <label className="gl-check">
          <input type="checkbox" checked={config.truncation !== null} onChange={(e) => set({ truncation: e.target.checked ? Math.min(trunc, truncMax) : null })} />
          {t('gradients.physics.truncOn')}
        </label>
        {config.truncation !== null ? (
          <Slider id="gl-trunc" label={t('gradients.physics.trunc')} min={1} max={truncMax} value={trunc} onChange={setTrunc} />
        ) : (
          <p className="gl-field__note">{t('gradients.physics.truncOff')}</p>
        )}
      </div>
    </fieldset>
  );
}

/** Train / Pause / Reset and one line saying where the run is. */
export function RunBar() {
  const { t } = useT();
  const run = useAppStore(useShallow((s) => ({ status: s.run.status, ready: s.run.ready, step: s.run.step, norm: s.run.gradNorm, diverged: s.run.diverged, pausing: s.run.pausing })));
  const actions = useAppStore(useShallow((s) => ({ train: s.train, pause: s.pause, reset: s.reset })));
  const busy = run.status === 'running' || run.status === 'replaying';
  const stopped = run.status === 'diverged' || run.status === 'error';
  const st = run.status;
  const status = st === 'diverged'
    ? t('gradients.run.diverged', { step: run.diverged?.step ?? run.step, what: t(`gradients.run.what.${run.diverged?.what ?? 'loss'}`) })
    : t(`gradients.run.${st}`, { step: run.step, norm: formatSci(run.norm) });
  return (
    <div className="gl-run">
      <div role="group" aria-label={t('gradients.run.label')} className="gl-run__buttons">
        <button type="button" className="btn btn--primary" disabled={!run.ready || busy || stopped} onClick={actions.train}>{t('gradients.run.train')}</button>
        <button type="button" className="btn" disabled={!busy || run.pausing} onClick={actions.pause}>{t('gradients.run.pause')}</button>
        <button type="button" className="btn" disabled={!run.ready && run.status !== 'error'} onClick={actions.reset}>{t('gradients.run.reset')}</button>
      </div>
      <p role="status" className={`gl-run__status gl-run__status--${run.status}`}>{status}</p>
    </div>
  );
}
