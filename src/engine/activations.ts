/**
 * The nonlinearities of recurrent cells as readable `{ f, df }` pairs.
 *
 * The cells fuse these formulas into their loops (a call through this table per element would
 * cost more than the math), so this table is the reference the lessons quote and the oracle the
 * tests compare the fused code and each derivative (by finite differences) against.
 */

/** Logistic sigmoid σ(x) = 1 / (1 + e^(−x)), the gate squashing of LSTM and GRU. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A scalar nonlinearity with its derivative, in two forms. */
export type Activation = Readonly<{
  name: ActivationName;
  /** y = f(x) */
  f: (x: number) => number;
  /** f′(x), from the pre-activation x */
  df: (x: number) => number;
  /**
   * f′ expressed through the output y = f(x). Backward passes keep outputs, not inputs, so this
   * is the form the cells use: tanh′ = 1 − y², σ′ = y(1 − y).
   */
  dfFromOutput: (y: number) => number;
  /**
   * γ = sup |f′(x)|, the factor in the vanishing-gradient bound ‖∂h_T/∂h_t‖ ≤ (γ·σ_max(W_hh))^(T−t)
   * (Pascanu et al. 2013): 1 for tanh and relu, 1/4 for the sigmoid.
   */
  gamma: number;
}>;

/** Names of the activations in the table. */
export type ActivationName = 'tanh' | 'relu' | 'sigmoid';

/** The reference table. */
export const activations: Readonly<Record<ActivationName, Activation>> = {
  tanh: {
    name: 'tanh',
    f: Math.tanh,
    df: (x) => {
      const y = Math.tanh(x);
      return 1 - y * y;
    },
    dfFromOutput: (y) => 1 - y * y,
    gamma: 1,
  },
  relu: {
    name: 'relu',
    f: (x) => (x > 0 ? x : 0),
    // PyTorch's relu backward uses (output > 0), so f′(0) = 0; we match it.
    df: (x) => (x > 0 ? 1 : 0),
    dfFromOutput: (y) => (y > 0 ? 1 : 0),
    gamma: 1,
  },
  sigmoid: {
    name: 'sigmoid',
    f: sigmoid,
    df: (x) => {
      const y = sigmoid(x);
      return y * (1 - y);
    },
    dfFromOutput: (y) => y * (1 - y),
    gamma: 0.25,
  },
};
