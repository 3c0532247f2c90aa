/**
 * The gradient norm over training, ‖∇θ L‖ before clipping, on a log axis: the exploding run's
 * blow-up, the clip threshold as a line, and the previous run kept faded beside the current one
 * (clipping off vs on). Collected from the store by a transient subscription. React owns the DOM.
 */
import { useEffect, useMemo, useState } from 'react';
import { formatNumber, useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';
import { LogAxisChart } from '../shared/LogAxisChart.tsx';
import type { ChartSeries, RefLine } from '../shared/LogAxisChart.tsx';
import { formatSci } from '../shared/logScale.ts';
import { addNorm, emptySeries, markDiverged, newRun, setClip } from './gradNormSeries.ts';
import type { NormHistory, NormSeries } from './gradNormSeries.ts';

/** The norm history of the runs shown in this lab. */
function useNormHistory(): NormHistory {
  const [h, setH] = useState<NormHistory>(() => ({ latest: emptySeries(useAppStore.getState().config.clip), earlier: null }));
  useEffect(() => {
    return useAppStore.subscribe((s, prev) => {
      setH((cur) => {
        let next = cur;
        if (s.run.base !== prev.run.base) next = newRun(next, s.config.clip);
        if (s.config.clip !== prev.config.clip) next = setClip(next, s.config.clip);
        if (s.run.step !== prev.run.step || s.run.gradNorm !== prev.run.gradNorm) next = addNorm(next, s.run.step, s.run.gradNorm);
        if (s.run.diverged !== null && prev.run.diverged === null) next = markDiverged(next, s.run.diverged.step);
        return next;
      });
    });
  }, []);
  return h;
}

/** The chart. */
export function GradNormChart() {
  const { t } = useT();
  const h = useNormHistory();
  const clip = useAppStore((s) => s.config.clip);
  const series = useMemo(() => {
    const label = (s: NormSeries, which: 'current' | 'previous'): string =>
      t(`gradients.norm.${which}`, { clip: s.clip === null ? t('gradients.norm.clipOff') : t('gradients.norm.clipAt', { clip: s.clip }) });
    const out: ChartSeries[] = [];
    if (h.earlier !== null) out.push({ id: 'previous', label: label(h.earlier, 'previous'), color: 'var(--c-series-data)', x: h.earlier.step, y: h.earlier.norm, faded: true, dots: h.earlier.step.length < 20 });
    out.push({ id: 'current', label: label(h.latest, 'current'), color: 'var(--c-grad)', x: h.latest.step, y: h.latest.norm, dots: h.latest.step.length < 20 });
    return out;
  }, [h, t]);
  const refLines: RefLine[] = clip === null ? [] : [{ id: 'clip', y: clip, label: t('gradients.norm.threshold', { clip }), color: 'var(--c-danger)' }];
  const c = h.latest;
  const n = c.step.length;
  const max = n === 0 ? NaN : Math.max(...c.norm.filter(Number.isFinite));
  const summary = n === 0
    ? t('gradients.norm.empty')
    : c.divergedAt !== null
      ? t('gradients.norm.summaryDiverged', { step: formatNumber(c.divergedAt), max: formatSci(max) })
      : t('gradients.norm.summary', { points: n, last: formatSci(c.norm[n - 1] ?? NaN), max: formatSci(max), step: formatNumber(c.step[n - 1] ?? 0) });
  const xMax = Math.max(10, ...c.step, ...(h.earlier?.step ?? []));
  return (
    <div className="gl-norm">
      <LogAxisChart
        title={t('gradients.norm.title')}
        series={series}
        refLines={refLines}
        xLabel={t('gradients.axes.step')}
        yLabel={t('gradients.norm.y')}
        xDomain={[0, xMax]}
        summary={summary}
        aspect={0.45}
      />
      {c.divergedAt !== null && <p className="gl-alert" role="status">{t('gradients.norm.diverged', { step: formatNumber(c.divergedAt) })}</p>}
    </div>
  );
}
