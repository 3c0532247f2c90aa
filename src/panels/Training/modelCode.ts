/**
 * The model in PyTorch's words, e.g. `nn.RNN(1, 64, num_layers=2, batch_first=True) → nn.Linear(64, 1)`,
 * so the panel names exactly what is training. Code is not translated.
 */
import type { ExperimentConfig } from '../../worker/config.ts';

const MODULE = { rnn_tanh: 'nn.RNN', rnn_relu: 'nn.RNN', lstm: 'nn.LSTM', gru: 'nn.GRU' } as const;

/** The recurrent module and head as PyTorch constructor calls. */
export function modelCode(c: ExperimentConfig, inputSize: number, outSize: number): string {
  const args = [String(inputSize), String(c.hidden)];
  if (c.layers !== 1) args.push(`num_layers=${c.layers}`);
  if (c.cell === 'rnn_relu') args.push("nonlinearity='relu'");
  args.push('batch_first=True');
  if (c.bidirectional) args.push('bidirectional=True');
  const width = c.bidirectional ? 2 * c.hidden : c.hidden;
  return `${MODULE[c.cell]}(${args.join(', ')}) → nn.Linear(${width}, ${outSize})`;
}
