/** Names of the engine's tasks and what goes in and out of each (keys `task.<id>.*`). */
export const task = {
  sine: { title: 'Noisy sine', input: '10 noisy points of the wave, one per step', output: 'the next point' },
  numbers: { title: 'Number sequences', input: 'the first numbers of an arithmetic sequence', output: 'the next number' },
  words: { title: 'Word completion', input: 'the first three letters, one-hot', output: 'the fourth letter' },
  fillblank: { title: 'Fill in the blank', input: 'a sentence with a gap: “I ___ a boy”', output: 'the missing word' },
  sentiment: { title: 'Tiny sentiment', input: 'a short phrase, one word per step', output: 'positive or negative' },
  chargen: { title: 'Character generation', input: 'a start letter', output: 'the rest of the word, one letter per step' },
  nextchar: { title: 'Next character', input: 'a word, one letter per step', output: 'the next letter at every step' },
  reverse: { title: 'Reverse a digit string', input: 'digits, then a separator', output: 'the same digits backwards' },
  'first-symbol': { title: 'Remember the first symbol', input: 'a symbol, then many steps of filler', output: 'which symbol came first' },
  adding: { title: 'Adding problem', input: 'random values with two marked ones', output: 'the sum of the two marked values' },
  copy: { title: 'Copy after a delay', input: 'a few symbols, a pause, then a go signal', output: 'the same symbols again' },
} as const;
