/** Shell, navigation and home page strings (English, the source of the key tree). */
export const app = {
  name: 'Unroll',
  tagline: 'Watch recurrent neural networks think',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main',
    home: 'Home',
    lessons: 'Lessons',
    lab: 'Lab',
  },
  language: {
    label: 'Language',
    ko: '한국어',
    en: 'English',
  },
  theme: {
    label: 'Theme',
    light: 'Light',
    dark: 'Dark',
    system: 'System',
  },
  panels: {
    training: 'Training',
    unrolled: 'Unrolled network',
    gradients: 'Gradient lab',
    architectures: 'Architectures',
    shapes: 'Tensor shapes',
    code: 'PyTorch code',
  },
  panelBlurb: {
    training: 'Train the lecture’s noisy-sine model live and watch the loss fall.',
    unrolled: 'Step through time: inputs, hidden states, outputs and the equations with real numbers.',
    gradients: 'See gradients vanish or explode as they travel back through time — and fix them.',
    architectures: 'One-to-many, many-to-one, many-to-many and seq2seq, each on a real task.',
    shapes: 'nn.RNN arguments in, every tensor shape and parameter count out.',
    code: 'The PyTorch script that reproduces what you see.',
  },
  home: {
    heroTitle: 'A recurrent network, learning a sine wave — right now, in your browser',
    heroBody:
      'Each window of 10 noisy points goes in one step at a time; the hidden state carries what came before; the last step predicts the next point. It trains for 100 epochs, as in the lecture, while you watch; Pause, Step or Reset to look closer.',
    teachesTitle: 'What Unroll teaches',
    startCourse: 'Start the course',
    openLab: 'Open the lab',
    engineNote: 'Every number here is computed by Unroll’s own TypeScript engine, checked against PyTorch.',
  },
  lab: {
    title: 'Lab',
    choose: 'Choose a panel',
    loading: 'Loading panel…',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at “{{path}}”.',
    back: 'Back to the home page',
  },
  error: {
    title: 'Something went wrong in this part of the page',
    body: 'The rest of Unroll still works. The message was:',
    retry: 'Try again',
    home: 'Go to the home page',
  },
  footer: {
    source: 'Open source. Built from a Korean lecture series on RNNs.',
  },
} as const;
