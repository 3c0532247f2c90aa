/** Strings of the code area (English, the source of the key tree). */
export const code = {
  title: 'PyTorch code',
  intro:
    'A complete Python script that builds the same data, model and optimiser as the current experiment. Copy or download it and run it with PyTorch.',
  copy: 'Copy',
  copied: 'Copied the script to the clipboard.',
  copyFailed: 'Could not copy. Select the code and copy it by hand.',
  download: 'Download .py',
  loadWeights: 'Load weights exported from Unroll',
  run: 'Run: {{command}}',
  codeLabel: 'Python script {{file}}',
  weightsTitle: 'Continue from weights trained here',
  weightsBody:
    'Export the weights in the Training panel and save the file as {{file}} next to the script, then turn on “Load weights exported from Unroll”. The names are PyTorch’s own, so load_state_dict accepts them unchanged.',
  weightsLink: 'Open the Training panel',
  randomTitle: 'Same recipe, other dice',
  randomBody:
    'PyTorch draws different random numbers than Unroll (initial weights, noise, shuffling), so the loss falls the same way but not with the same digits. Start both from the same exported weights to compare closely.',
} as const;
