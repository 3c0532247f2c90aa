/**
 * The engine's public API: what the worker (and tests of other layers) import.
 * Inside the engine, files import each other directly.
 */
export { EngineError } from './errors.ts';
export { createRng, permutation, type Rng } from './rng.ts';
export { activations, sigmoid, type Activation, type ActivationName } from './activations.ts';
export {
  RECURRENT_MODES, cellParamNames, createRecurrent, directions, layerInputSize, rnnModeFor,
  validateRecurrentConfig, type Recurrent, type RecurrentConfig, type RecurrentMode,
} from './recurrentConfig.ts';
export {
  recurrentBackward, recurrentForward,
  type LayerPass, type RecurrentBackwardOptions, type RecurrentForwardOptions, type RecurrentPass,
} from './recurrent.ts';
export { createLinear, linearBackward, linearForward, type Linear } from './layers.ts';
export {
  IGNORE_INDEX, crossEntropyLoss, mseLoss, squaredError, type LossName, type LossPair,
} from './loss.ts';
export {
  clipGradNorm, createAdam, createSgd, gradNorm, optimizerStep, resetOptimizer,
  type Adam, type Optimizer, type Sgd,
} from './optim.ts';
export {
  createModel, evaluateLoss, lossAndGrad, predict, trainStep, validateModelConfig,
  type Batch, type HeadKind, type Model, type ModelConfig, type TrainStepOptions, type TrainStepResult,
} from './model.ts';
export {
  loadStateDict, stateDictFromJSON, stateDictToJSON,
  type NestedNumbers, type ParamModule, type StateDictError, type StateDictErrorCode,
  type StateDictJSON, type StateDictResult,
} from './stateDict.ts';
export { gatherBatch, headFor } from './batch.ts';
export { scaleRecurrent, spectralNorm, type PowerIterationOptions } from './spectral.ts';
export {
  traceExample, type CellTrace, type GammaSigmaBound, type GateTrace, type ModelTrace, type TraceOptions,
} from './trace.ts';
export type { SeqDataset } from './tasks/types.ts';
