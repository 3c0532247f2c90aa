/**
 * "Your own series": a pasted or uploaded column of numbers, windowed like the sine and trained
 * with the lecture's model in the playground worker. Every way a file can be wrong has its own
 * message; the text box keeps what was pasted.
 */
import { useEffect, useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CSV_MAX_BYTES, parseSeriesCsv } from '../../engine/tasks/csv.ts';
import { MIN_SERIES_PAIRS } from '../../engine/tasks/windowing.ts';
import { useT } from '../../i18n/index.ts';
import { usePlayground } from '../../state/playground.ts';
import { DEFAULT_CONFIG } from '../../worker/config.ts';
import { SERIES_STEPS, SERIES_WINDOW } from './demos.ts';


type Fault = Readonly<{ key: string; params: Readonly<Record<string, string | number>> }>;

export function SeriesInput() {
  const { t } = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [win, setWin] = useState<number>(SERIES_WINDOW.initial);
  const [fault, setFault] = useState<Fault | null>(null);
  const [shape, setShape] = useState<{ points: number; window: number; pairs: number } | null>(null);
  const job = usePlayground(useShallow((s) => ({ label: s.label, progress: s.progress, error: s.error, info: s.info, inspection: s.inspection })));
  const mine = job.label === 'series';

  const train = (raw: string) => {
    const r = parseSeriesCsv(raw);
    if (!r.ok) {
      setFault({ key: `architectures.series.errors.${r.code}`, params: { detail: r.message.slice(0, 160) } });
      return;
    }
    const w = Math.round(win);
    if (r.values.length < w + MIN_SERIES_PAIRS) {
      setFault({ key: 'architectures.series.errors.too-few', params: { min: w + MIN_SERIES_PAIRS } });
      return;
    }
    setFault(null);
    setShape({ points: r.values.length, window: w, pairs: r.values.length - w });
    usePlayground.getState().train('series', { ...DEFAULT_CONFIG, seqLen: w, layers: 1, hidden: 32, lr: 0.01, clip: 1 }, SERIES_STEPS, 1, r.values);
  };

  const upload = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    // Checked before reading: a 50 MB file is refused without loading it.
    if (file.size > CSV_MAX_BYTES) {
      setFault({ key: 'architectures.series.errors.too-large', params: {} });
      return;
    }
    file.text().then(
      (content) => {
        setText(content);
        train(content);
      },
      () => setFault({ key: 'architectures.series.errors.unreadable', params: {} }),
    );
  };

  const done = mine && job.progress?.done === true;
  const last = job.info ? job.info.n - 1 : -1;
  useEffect(() => {
    if (done && last >= 0) usePlayground.getState().inspect({ example: last });
  }, [done, last]);
  const fit = mine && job.inspection?.example === last && job.inspection.target ? job.inspection : null;

  return (
    <section className="arch-series" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('architectures.series.title')}</h3>
      <p className="muted">{t('architectures.series.explain')}</p>
      <label htmlFor={`${id}-text`}>{t('architectures.series.paste')}</label>
      <textarea
        id={`${id}-text`}
        className="input arch-series__text"
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={fault !== null}
        aria-describedby={fault ? `${id}-error` : undefined}
        spellCheck={false}
      />
      <div className="row gap-s wrap arch-series__row">
        <label className="row gap-s">
          {t('architectures.series.window')}
          <input
            type="number"
            className="input arch-series__window"
            min={SERIES_WINDOW.min}
            max={SERIES_WINDOW.max}
            value={win}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (Number.isFinite(v)) setWin(Math.max(SERIES_WINDOW.min, Math.min(SERIES_WINDOW.max, v)));
            }}
          />
        </label>
        <button type="button" className="btn btn--primary" onClick={() => train(text)}>{t('architectures.series.train')}</button>
        <label className="btn arch-series__upload">
          {t('architectures.series.upload')}
          <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={upload} className="visually-hidden" />
        </label>
      </div>
      {fault && (
        <p id={`${id}-error`} className="arch-try__error" role="alert">
          {t(fault.key as 'architectures.series.errors.empty', fault.params)}
        </p>
      )}
      {shape && !fault && (
        <p className="arch-series__shape">{t('architectures.series.pairs', shape)}</p>
      )}
      {mine && job.progress && !fault && (
        <p className="muted small" role="status">
          {job.progress.done
            ? t('architectures.training.done', { steps: job.progress.step })
            : t('architectures.training.status', { step: job.progress.step, max: job.progress.maxSteps })}
          {' · '}
          {t('architectures.training.loss', { loss: job.progress.loss.toPrecision(3) })}
        </p>
      )}
      {mine && job.error && <p className="arch-try__error" role="alert">{t(`architectures.errors.${job.error.code}`, { detail: job.error.message })}</p>}
      {fit && fit.target && (
        <p className="arch-series__fit">{t('architectures.series.fit', { predicted: (fit.out[0] ?? NaN).toPrecision(4), actual: (fit.target[0] ?? NaN).toPrecision(4) })}</p>
      )}
    </section>
  );
}
