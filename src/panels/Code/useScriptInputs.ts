/**
 * What the script is generated from: the experiment config in the store and, for tasks the
 * script only stands in for, the data sizes of the run the worker built.
 */
import { useMemo } from 'react';
import { useAppStore } from '../../state/index.ts';
import type { ExperimentConfig } from '../../worker/config.ts';
import type { DataSizes } from './taskData.ts';

/** The experiment in force. */
export function useExperimentConfig(): ExperimentConfig {
  return useAppStore((s) => s.config);
}

/** Input width, classes and length of the run's data when it belongs to `task`, else null. */
export function useDataSizes(task: string): DataSizes | null {
  const dataset = useAppStore((s) => s.snapshot.dataset);
  return useMemo(
    () =>
      dataset && dataset.task === task && dataset.targetKind === 'classes'
        ? { inputSize: dataset.inputSize, classes: dataset.outSize, seqLen: dataset.T }
        : null,
    [dataset, task],
  );
}
