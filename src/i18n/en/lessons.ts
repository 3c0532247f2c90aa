/**
 * Strings of the lessons area (English, the source of the key tree): the player's interface
 * (`ui`), the names of highlight targets, and the text of every lesson step. Step texts may use
 * the lesson markup: **bold**, *emphasis*, `code`, $TeX$, "- " bullets, blank line = paragraph.
 */
export const lessons = {
  title: 'Lessons',
  ui: {
    indexTitle: 'The course',
    indexLead:
      'Nine short lessons, from "why does order matter?" to the Transformer. Every step pairs a few paragraphs with live panels, so you can try each idea the moment you read it.',
    lessonLabel: 'Lesson {{n}}',
    progress: '{{done}} of {{total}} steps visited',
    progressShort: '{{percent}} visited',
    start: 'Start',
    continue: 'Continue',
    review: 'Review',
    resume: 'Continue where you left off: lesson {{lesson}}, step {{step}}',
    resetProgress: 'Forget my progress',
    progressCleared: 'Progress cleared.',
    progressNote: 'Progress is kept only in this browser.',
    stepOf: 'Step {{step}} of {{total}}',
    breadcrumb: 'Where you are',
    allLessons: 'All lessons',
    prev: 'Previous',
    next: 'Next',
    nextLesson: 'Next lesson',
    finish: 'Back to the course',
    stepsNav: 'Steps of this lesson',
    stepDot: 'Step {{n}}: {{title}}',
    visited: 'visited',
    lookAt: 'Look at',
    keysHint: 'Tip: ← and → move between steps.',
    panels: 'Live panels for this step',
    panelLoading: 'Loading panel…',
    loading: 'Loading lesson…',
    equation: 'Equation',
    check: {
      choice: 'Quick check',
      predict: 'Predict what happens',
      submit: 'Check',
      pickFirst: 'Choose an answer first.',
      correct: 'Correct.',
      incorrect: 'Not quite.',
      again: 'Try another answer',
    },
    missing: {
      lessonTitle: 'There is no lesson {{lesson}}',
      lessonBody: 'The course has lessons 1 to {{count}}.',
      stepTitle: 'Lesson {{lesson}} has no step {{step}}',
      stepBody: 'This lesson has steps 1 to {{count}}.',
      toIndex: 'Go to the course index',
      toFirst: 'Start this lesson from step 1',
    },
  },
  highlight: {
    'input-sequence': 'the input sequence, one value per time step',
    'input-window': 'the window of 10 inputs and the value it predicts',
    'recurrent-arrow': 'the recurrent connection from one step to the next',
    'hidden-state': 'the hidden state $h_t$',
    'shared-weights': 'the same weights at every time step',
    'tensor-shape': 'the tensor shapes',
    'param-count': 'the parameter count',
    'prediction-plot': 'the predictions against the targets',
    'loss-curve': 'the loss curve',
    architecture: 'the arrangement of inputs and outputs',
    'encoder-decoder': 'the encoder and the decoder',
    'gradient-flow': 'how the gradient changes as it travels back in time',
    'activation-derivative': 'the slopes of tanh and sigmoid',
    gates: 'the gates',
    'cell-state': 'the cell state $c_t$',
    'code-model': 'the model definition in the code',
  },

  sequences: {
    title: 'Sequences: why order matters',
    summary: 'Sentences, prices and sound are sequences. The answer to "I ___ a boy" depends on what came before.',
    order: {
      title: 'Data where order is the message',
      body: `A **sequence** is data whose items come in an order that means something: the words of a sentence, a stock's price hour by hour, the samples of a spoken word, the readings of a sensor.

Shuffle the items and the meaning is gone. "dog bites man" and "man bites dog" use the same words.

The curve on the right is the sequence this course starts from, the lecture's **noisy sine wave**: each point depends on the points before it, and the task is to predict the next one.`,
      notes: 'Ask the room for a sequence from their own field before moving on. Point at the noisy points: the wave is the pattern, the jitter is noise.',
    },
    blank: {
      title: '"I ___ a boy"',
      body: `Fill in the blank: **I ___ a boy**. You answer *am* at once, because of the word *before* the gap. For **you ___ a girl** you say *are*.

No single word settles it: *a boy* fits *am*, *are* and *is* alike. What settles it is the subject, which came earlier. A model reading one word at a time has to **carry something forward** from the words it has already seen.

The panel now trains a small recurrent network on 48 such sentences, including tricky ones like "he said I ___ a boy".`,
      notes: 'The "said" sentences contain the same words in a different order, so a model that ignores order cannot get both right. That is the point of the lesson in one example.',
      check: {
        prompt: 'In "he said I ___ a boy", which word decides the blank?',
        he: { label: 'he', feedback: '"he" is who is speaking. The blank belongs to the clause "I ___ a boy", whose subject is "I".' },
        i: { label: 'I', feedback: 'Yes. The subject right before the gap decides it: I am. The model has to keep that word in mind until the gap.' },
        boy: { label: 'boy', feedback: '"boy" comes after the gap, and "a boy" fits am, are and is equally well.' },
      },
    },
    memory: {
      title: 'A network with a memory',
      body: `An ordinary feed-forward network takes its whole input at once and has no notion of *before*.

A **recurrent neural network (RNN)** reads a sequence one item per time step. At each step it combines the new input $x_t$ with a summary of everything so far, the **hidden state** $h_{t-1}$, and produces the next summary $h_t$.

That summary is the network's memory. It is how "I" can still matter when the model reaches the blank.`,
      notes: 'Read the equation aloud: new state equals a function of old state and current input. The next lesson opens that function up.',
    },
    uses: {
      title: 'Where sequence models work',
      body: `Recurrent networks and their descendants are used wherever data arrives in order:

- **Language**: translation, sentiment of a review, text generation, chatbots
- **Time series**: stock prices, weather, electricity demand, sensor monitoring
- **Speech**: speech to text and text to speech
- **Video**: recognising an action from frame after frame, writing captions

For language, Transformers have largely taken over since 2017. RNNs remain a strong choice for streaming, real-time data and small devices, where their small memory footprint helps.`,
      notes: 'Keep this brief; lesson 9 returns to translation and to Transformers. The panel previews the input/output arrangements of lesson 5.',
      check: {
        prompt: 'Which of these is not naturally a sequence?',
        weather: { label: 'A week of hourly temperatures', feedback: 'That is a time series: each hour follows the previous one.' },
        speech: { label: 'A recording of a spoken sentence', feedback: 'Sound is a sequence of samples, and speech a sequence of sounds.' },
        photo: { label: 'One photo of a cat', feedback: 'Right: a single image has no time order. (Writing a caption for it does turn it into a one-to-many sequence task, as lesson 5 shows.)' },
        stocks: { label: 'Daily closing prices of a stock', feedback: 'Prices over days are a classic time series.' },
      },
    },
  },

  recurrence: {
    title: 'The recurrence: one cell, reused',
    summary: 'The hidden state, the rolled loop and the unrolled chain, and why every time step shares the same weights.',
    cell: {
      title: 'One cell, applied at every step',
      body: `A recurrent layer is a single **cell** applied again and again. At time step $t$ it reads the input $x_t$ and the previous hidden state $h_{t-1}$:

- $W_{ih}$ multiplies the input,
- $W_{hh}$ multiplies the previous state (the **recurrent** connection),
- tanh squashes the sum into the range $(-1, 1)$.

The result $h_t$ goes two ways: to the output, and on to the next time step.`,
      notes: 'PyTorch keeps two bias vectors, b_ih and b_hh; mathematically they add up to one bias. Trace the recurrent arrow in the panel with the pointer (L in presenter mode).',
    },
    hidden: {
      title: 'The hidden state is the memory',
      body: `The **hidden state** $h_t$ is a vector (8 numbers in this model; the lecture's model uses 64). It is all the network keeps from the past.

It starts as $h_0$, usually all zeros. Each step overwrites it with a mix of the new input and the old state, so older inputs fade unless the weights learn to keep them.

For a many-to-one task like the sine, only the last state $h_T$ is turned into the prediction by a linear layer.`,
      notes: 'PyTorch uses zeros when you pass None for h_0, as the lecture code does: self.rnn(x, None).',
      check: {
        prompt: 'What is $h_0$ when the lecture calls `self.rnn(x, None)`?',
        zeros: { label: 'A vector of zeros', feedback: 'Yes. Passing None means "start from zeros", the usual choice. It could also be learned, but PyTorch does not do that by default.' },
        input: { label: 'The first input $x_1$', feedback: 'The first input is read at step 1; $h_0$ is the state before anything has been read.' },
        output: { label: 'The previous batch\'s last state', feedback: 'Each batch starts fresh unless you pass a state in yourself. With None, PyTorch uses zeros.' },
      },
    },
    unroll: {
      title: 'Rolled and unrolled',
      body: `Drawn **rolled**, an RNN is one box with a loop: the output of the cell feeds back into the cell.

Drawn **unrolled**, the loop is laid out in time: one copy of the cell per time step, each passing its hidden state to the right. For a window of 10 points there are 10 copies.

Both pictures show the same network. The unrolled one is how it is computed, and, in lesson 4, how gradients flow back.`,
      notes: 'Toggle between the two views in the panel if it offers it. Stress that the copies are not new parameters.',
    },
    sharing: {
      title: 'Weight sharing',
      body: `Every copy in the unrolled chain uses the **same** $W_{ih}$, $W_{hh}$ and biases. The cell learns one rule and applies it at every position.

Three consequences:
- the number of parameters does not depend on the length of the sequence;
- a pattern learned at one position is recognised at any other;
- the same model can read sequences of any length.

The Shapes panel counts the parameters. Change the sequence length there and watch the count stay put.`,
      notes: 'This is the same idea as a convolution sharing its kernel across positions, applied across time instead of space.',
      check: {
        prompt: 'The window grows from 10 to 100 time steps. How many parameters does the RNN have now?',
        tenfold: { label: 'Ten times as many', feedback: 'The chain is longer, but every copy uses the same weights, so nothing new is learned per step.' },
        same: { label: 'Exactly as many as before', feedback: 'Yes. The weights are shared across time steps, so the count depends on input and hidden sizes only.' },
        batch: { label: 'It depends on the batch size', feedback: 'The batch size changes how many sequences are processed together, not the weights.' },
      },
    },
    watch: {
      title: 'Watch it step through',
      body: `Time to see the recurrence at work. The top panel trains a one-layer RNN with 8 hidden units on the noisy sine; the bottom one shows the unrolled chain for one window.

Predict first, then press **Train** for a few seconds, pause, and step through time: watch $h_t$ change as each noisy point arrives, and the final state turn into the prediction.`,
      notes: 'Pausing keeps the run; stepping through time does not change it. If the class is large, ask one person to call out what happens to the hidden state colours.',
      check: {
        prompt: 'Before any training, what will the prediction curve look like?',
        flat: { label: 'Nearly flat, with no resemblance to the sine', feedback: 'Yes. With random weights the outputs are small and unrelated to the target. Training shapes them.' },
        sine: { label: 'Already a sine wave', feedback: 'Nothing has been learned yet; the weights are random, so the prediction is too.' },
        copy: { label: 'A copy of the last input value', feedback: 'A good baseline, but the untrained network has no reason to produce it.' },
      },
    },
  },

  shapes: {
    title: 'Data shapes and windowing',
    summary: '(batch, timesteps, features), cutting 1000 points into 990 training pairs, and one-hot letters.',
    axes: {
      title: 'Three axes: batch, timesteps, features',
      body: `A recurrent layer takes a 3-dimensional tensor, and each axis answers one question:

- **batch**: how many sequences are processed at once (how many sentences, how many windows);
- **timesteps**: how long each sequence is (words in the sentence, points in the window);
- **features**: how many numbers describe each step (1 for a sine value, the vocabulary size for a one-hot letter).

For the lecture's sine model one batch is $[8, 10, 1]$: 8 windows of 10 steps with 1 value each.`,
      notes: 'Diagrams of an architecture usually leave the batch axis out, but the code always needs it. That mismatch confuses many students.',
    },
    windows: {
      title: 'Cutting a long series into windows',
      body: `A long series is not fed whole. We slide a **window** along it, one step at a time: the 10 values inside the window are the input $x$, and the value right after it is the target $y$.

Window 1 is points 1–10 with point 11 as its target; window 2 is points 2–11 with point 12; and so on.

The Training panel now uses a 1000-point series. Look at how many samples it reports.`,
      notes: 'Windows overlap by 9 points, so neighbouring samples are nearly the same: one reason to shuffle batches, as the lecture\'s DataLoader does.',
    },
    count: {
      title: 'How many pairs from 1000 points?',
      body: `Every window needs one more point after it for its target, so the first target is point 11, and every point from 11 to 1000 is the target of exactly one window.

That makes $1000 - 10 = 990$ pairs, not 1000 and not 991. The input tensor of the whole data set is $[990, 10, 1]$ and the targets $[990, 1]$.`,
      notes: 'This is the lecture\'s own question. Let people answer before revealing the arithmetic; 991 is the usual wrong answer.',
      check: {
        prompt: 'The lecture\'s PyTorch code uses 100 points and windows of 10. How many pairs does it get?',
        hundred: { label: '100', feedback: 'The last 10 points have no point after a full window, so they cannot all be targets.' },
        ninetyone: { label: '91', feedback: 'Close, but off by one: the first target is point 11, so points 11 to 100 are targets, which is 90.' },
        ninety: { label: '90', feedback: 'Yes: 100 − 10 = 90, exactly the code\'s `n_sample = len(sin_x) - n_time`.' },
      },
    },
    batchfirst: {
      title: 'batch_first and the sine tensor',
      body: `With \`batch_first=True\`, as in the lecture, nn.RNN expects input shaped $[\\text{batch}, \\text{timesteps}, \\text{features}]$, so a batch of the sine data is $[8, 10, 1]$ and its targets $[8, 1]$.

Without it (PyTorch's default) the first two axes swap: $[10, 8, 1]$, time first.

The code on the right builds exactly these tensors. Find where \`input_data\` is created with shape \`(n_sample, n_time, 1)\`.`,
      notes: 'batch_first changes the input and output tensors only. h_0 and h_n keep the batch in the middle either way; lesson 6 comes back to this.',
    },
    onehot: {
      title: 'Features for words: one-hot vectors',
      body: `Letters and words are not numbers, so each one becomes a vector. The simplest way is **one-hot**: a vector as long as the vocabulary, all zeros except a 1 at the letter's position.

In the lecture's word-completion exercise the model reads three letters, say *w, o, r*, and predicts the fourth, *d*. Each letter is one time step, and each step has as many features as there are letters in the vocabulary.`,
      notes: 'Real language models replace one-hot vectors with learned embeddings, which are shorter and place similar words near each other. The shapes logic is unchanged.',
      check: {
        prompt: 'A batch of 32 three-letter prefixes, one-hot over 20 letters, with batch_first=True. What is the input shape?',
        bf: { label: '[32, 3, 20]', feedback: 'Yes: 32 sequences, 3 time steps, 20 features per step.' },
        tf: { label: '[3, 32, 20]', feedback: 'That is the layout without batch_first: time first.' },
        swap: { label: '[32, 20, 3]', feedback: 'Features come last: each time step is one 20-long one-hot vector.' },
      },
    },
  },

  training: {
    title: 'Training with backpropagation through time',
    summary: 'The lecture\'s model, nn.RNN(1, 64, 2) + Linear, learns the noisy sine with MSE, BPTT and Adam.',
    model: {
      title: 'The lecture\'s model',
      body: `The lecture's network is two lines of PyTorch:

- \`nn.RNN(input_size=1, hidden_size=64, num_layers=2, batch_first=True)\` reads each window of 10 values;
- \`nn.Linear(64, 1)\` turns the **last** time step's output into one number, the prediction.

So it is **many-to-one**: 10 inputs, one output. In \`forward\` that is \`self.fc(y_rnn[:, -1, :])\`: every sample, the last step, all 64 hidden units.`,
      notes: 'The code panel shows a complete script you can run with PyTorch; it reproduces this exact configuration.',
    },
    loss: {
      title: 'Loss: how wrong is the prediction?',
      body: `To learn, the model needs one number that says how wrong it is. For predicting a value the usual choice is the **mean squared error (MSE)**: the average of the squared differences between prediction $\\hat y$ and target $y$.

Squaring makes every error positive and punishes big misses more than small ones. Training means changing the weights so that this number goes down.`,
      notes: 'Before pressing Train, take the prediction vote. The loss curve uses a logarithmic axis if the panel offers it; mention that.',
      check: {
        prompt: 'You are about to press Train. What will the loss curve do in the first hundred steps?',
        drop: { label: 'Fall quickly, then level off', feedback: 'That is the usual shape: the easy part of the pattern is learned fast, the rest slowly. Press Train and check.' },
        steady: { label: 'Fall in a straight line to zero', feedback: 'Progress slows down as the easy gains are used up, and the noise sets a floor above zero (step 5).' },
        zero: { label: 'Stay where it is', feedback: 'With Adam this model starts learning within the first steps. Press Train and see.' },
      },
    },
    bptt: {
      title: 'Backpropagation through time',
      body: `To compute gradients, unroll the network over the 10 steps of a window and apply the chain rule backwards, from the loss at the end through every copy of the cell to the first step. This is **backpropagation through time (BPTT)**.

Because the copies share $W_{hh}$, its gradient is a **sum** of contributions from every time step (the $\\partial^{+}$ means the direct effect at step $t$). Each contribution has travelled back a different distance, which will matter in lesson 7.`,
      notes: 'If asked: truncated BPTT cuts this backward path after k steps to save memory and time; the Training panel has the setting.',
    },
    train: {
      title: 'Train it and watch',
      body: `Press **Train**. Each step takes a shuffled batch of 8 windows, runs it forward, computes the MSE, backpropagates through time and lets the **Adam** optimiser update every weight, at the learning rate shown under the hyperparameters.

Watch two things: the loss falling, and the orange prediction line bending to follow the wave. Pause at any time; the run waits for you.`,
      notes: 'The engine runs in a Web Worker, so the page stays responsive while it trains. Presenter navigation never restarts this run.',
    },
    noise: {
      title: 'It learns the wave, not the noise',
      body: `The targets are $\\sin x$ plus random noise with standard deviation 0.1. The noise cannot be predicted from the past, so even a perfect model of the wave misses by about that much.

The expected squared noise is $0.1^2 = 0.01$: a floor the training loss should approach but not really go under. A loss far below it would mean the model is memorising noise, which is **overfitting**.`,
      notes: 'With only 90 windows a large model can overfit; holding out data (the task option) shows it as a gap between the two loss curves.',
      check: {
        prompt: 'The noise has standard deviation 0.1. Roughly where should the training MSE level off?',
        hundredth: { label: 'Around 0.01', feedback: 'Yes: MSE is a mean of squares, and 0.1 squared is 0.01.' },
        zero: { label: 'At 0', feedback: 'Only by memorising the noise of these exact samples, and that would not carry over to new data.' },
        tenth: { label: 'Around 0.1', feedback: '0.1 is the standard deviation; MSE compares squared errors, so the floor is $0.1^2 = 0.01$.' },
      },
    },
  },

  architectures: {
    title: 'The architecture family',
    summary: 'One-to-many, many-to-one, many-to-many and seq2seq, each on a real task.',
    family: {
      title: 'Four ways to connect inputs and outputs',
      body: `The same recurrent cell serves very different tasks, depending on where inputs go in and outputs come out:

- **one-to-one**: one input, one output, a plain network (no recurrence needed);
- **one-to-many**: one input, a sequence out (a caption for an image);
- **many-to-one**: a sequence in, one answer (the sentiment of a review, our sine prediction);
- **many-to-many**: a sequence in, a sequence out (translation, labelling every video frame).`,
      notes: 'Point at each diagram in turn. The next three steps train one example of each recurrent kind.',
    },
    onetomany: {
      title: 'One-to-many: writing from a single start',
      body: `Given only a start letter, the network writes the rest of a word: "l" → "o", "v", "e". The input arrives at the first step only; after that the network runs on from its own hidden state.

Image captioning works the same way: one image goes in (encoded by a CNN), and a sentence comes out word by word.`,
      notes: 'The task uses words with distinct first letters, so each start has exactly one right continuation.',
    },
    manytoone: {
      title: 'Many-to-one: one answer for the whole sequence',
      body: `The network reads a short phrase word by word and answers once, at the end: **positive** or **negative**.

Negation makes order matter: "not bad" is positive, "not good" is negative, so counting good and bad words is not enough. The answer is only known after the last word, which is why only the final hidden state is used.`,
      notes: 'The phrases are in English and Korean ("정말 안 좋아"). The sine model of lesson 4 is many-to-one too.',
    },
    manytomany: {
      title: 'Many-to-many: an output at every step',
      body: `Now there is a target at every time step: read a word letter by letter and predict the **next** letter each time ("l o v" → "o v e").

In Keras this is \`return_sequences=True\`; in PyTorch you simply use the whole \`output\` tensor instead of its last step. Some letters can only be predicted from earlier ones: after "o", is it "d" (wood), "l" (cool) or "n" (moon)?`,
      notes: 'Training with the true previous letter as input is called teacher forcing.',
      check: {
        prompt: 'Which part of `nn.RNN`\'s result does a many-to-many model feed to its output layer?',
        last: { label: '`output[:, -1, :]`, the last step only', feedback: 'That is many-to-one. Many-to-many needs a prediction at every step.' },
        all: { label: 'The whole `output` tensor, every step', feedback: 'Yes: output holds $h_t$ of the top layer for every $t$, so one linear layer can predict at each step.' },
        hn: { label: '`h_n`', feedback: '`h_n` holds only the final state of each layer, one per sequence.' },
      },
    },
    seq2seq: {
      title: 'Sequence to sequence: encoder and decoder',
      body: `When input and output differ in length, or their words do not line up, as in translation, one network **encodes** the whole input into a state and a second **decodes** that state into the output sequence. This is **seq2seq**.

Google's neural translation system (2016) was built this way, with 8 LSTM layers in the encoder and 8 in the decoder.

Our toy version reverses a string of digits: the network first reads all of it, then, after a separator, writes it backwards.`,
      notes: 'Here one GRU plays both roles in a single pass: reading phase, then writing phase. Lesson 9 returns to GNMT and to attention.',
      check: {
        prompt: 'A 5-word Korean sentence becomes a 7-word English one. Which arrangement fits?',
        seq2seq: { label: 'Encoder-decoder (seq2seq)', feedback: 'Yes. The lengths differ and the word order changes, so reading everything first and then writing is the natural fit.' },
        manytoone: { label: 'Many-to-one', feedback: 'That gives a single output, but a translation is a whole sentence.' },
        synced: { label: 'Many-to-many, one output per input word', feedback: 'That forces 5 outputs aligned with the 5 inputs, but the translation has 7 words in a different order.' },
      },
    },
  },

  pytorch: {
    title: 'PyTorch nn.RNN: arguments and shapes',
    summary: 'Eight arguments, two outputs, stacked and bidirectional layers, and the [4, 6, 512] / [6, 4, 256] example.',
    arguments: {
      title: 'The eight arguments of nn.RNN',
      body: `- \`input_size\`: features per time step
- \`hidden_size\`: size of the hidden state
- \`num_layers\`: stacked layers (2 or more is a stacked RNN)
- \`nonlinearity\`: \`'tanh'\` (default) or \`'relu'\`
- \`bias\`: whether to learn the bias vectors (default True)
- \`batch_first\`: input and output as (batch, time, features)
- \`dropout\`: dropout between stacked layers during training
- \`bidirectional\`: also read the sequence backwards

Try them in the panel: every change updates the shapes.`,
      notes: 'Dropout only acts between layers, so with num_layers=1 PyTorch warns that it does nothing.',
    },
    outputs: {
      title: 'Two results: output and h_n',
      body: `\`output, h_n = rnn(x, h_0)\` returns two tensors:

- **output**: the top layer's hidden state at **every** time step, $[B, T, D \\cdot H]$ with batch_first;
- **h_n**: the **last** hidden state of every layer and direction, $[D \\cdot L, B, H]$.

Here $B$ is the batch, $T$ the time steps, $H$ the hidden size, $L$ the layers and $D$ is 2 if bidirectional, else 1. Note that **h_n ignores batch_first**: the batch always sits in the middle.`,
      notes: 'For a one-layer, one-direction RNN, output[:, -1] and h_n[0] hold the same numbers. Worth showing in the code panel.',
      check: {
        prompt: 'With batch_first=True, which tensor still has the batch in the middle?',
        hn: { label: 'h_n', feedback: 'Yes. batch_first only applies to input and output; h_0 and h_n are always [layers × directions, batch, hidden].' },
        output: { label: 'output', feedback: 'output follows batch_first: [batch, time, D·hidden].' },
        both: { label: 'Both', feedback: 'output does follow batch_first; only h_0 and h_n keep the batch in the middle.' },
      },
    },
    stacked: {
      title: 'Stacked layers',
      body: `With \`num_layers=2\`, the second layer reads the first layer's hidden states as its input sequence; the lecture's model is built like this.

Each layer can build on the patterns found by the one below, but deeper stacks train more slowly and give gradients a longer way back. Two or three layers are common; beyond that, gains are rare.`,
      notes: 'Layer 2\'s input size is the hidden size of layer 1, which is why weight_ih_l1 is [64, 64] in the lecture model.',
    },
    bidirectional: {
      title: 'Reading both ways',
      body: `With \`bidirectional=True\`, a second RNN reads the sequence from the end to the start. At each step the two hidden states are concatenated, so the output has $2H$ features.

This helps when the whole sequence is available before answering: in "I ___ a boy" the words after the gap also help. It does not fit forecasting, where the future is not known yet.`,
      notes: 'Ask: would a bidirectional model make sense for the noisy sine forecast? (No: at prediction time the later points do not exist.)',
    },
    worked: {
      title: 'Worked example: [4, 6, 512] and [6, 4, 256]',
      body: `The lecture's example: \`nn.RNN(128, 256, num_layers=3, bidirectional=True, batch_first=True)\` on an input \`torch.randn(4, 6, 128)\`, that is 4 sequences of 6 steps with 128 features.

- **output** is $[4, 6, 512]$: both directions, $2 \\times 256$ features per step;
- **h_n** is $[6, 4, 256]$: 3 layers × 2 directions = 6 final states;
- **h_0** must have the same shape as h_n.

Press the bidirectional preset in the panel to check.`,
      notes: 'Everyone expects [4, 6, 256] at first. The factor 2 is the concatenation of the two directions.',
      check: {
        prompt: 'The same model with bidirectional=False: what is the shape of h_n?',
        three: { label: '[3, 4, 256]', feedback: 'Yes: 3 layers × 1 direction, batch 4, hidden 256.' },
        six: { label: '[6, 4, 256]', feedback: 'That is the bidirectional case; with one direction there are 3 final states, not 6.' },
        batchfirst: { label: '[4, 3, 256]', feedback: 'h_n does not follow batch_first, so the batch stays in the middle.' },
      },
    },
    params: {
      title: 'Counting parameters',
      body: `Each layer and direction has four tensors: \`weight_ih\` $[H, \\text{in}]$, \`weight_hh\` $[H, H]$, and two biases of length $H$.

For the lecture's model: layer 0 has $64 \\cdot 1 + 64 \\cdot 64 + 2 \\cdot 64 = 4288$, layer 1 reads 64 features, so $8320$, and the Linear head adds $64 + 1 = 65$. In total **12 673** parameters, whatever the window length.`,
      notes: 'The names weight_ih_l0, bias_hh_l1 are exactly the keys of a PyTorch state_dict; the Training panel exports weights with those names.',
    },
  },

  gradients: {
    title: 'Vanishing and exploding gradients',
    summary: 'A product of many Jacobians: why plain RNNs forget the distant past, and why gradients sometimes blow up.',
    chain: {
      title: 'The gradient is a product',
      body: `For the loss at step $T$ to teach the weights something about step 1, the gradient must travel back through every step in between. By the chain rule it is multiplied by one **Jacobian** $\\partial h_t / \\partial h_{t-1}$ per step.

For a tanh RNN each factor is the same matrix $W_{hh}$ scaled by the slopes of tanh. Multiply the same kind of factor twenty times and the result shrinks or grows **exponentially**.`,
      notes: 'The repetition is the cause: the same structure, the same matrix, multiplied over and over, which is why the problem is specific to recurrence over long spans.',
    },
    slopes: {
      title: 'tanh versus sigmoid',
      body: `The slope of the activation is part of every factor.

- **sigmoid**: its slope is at most $\\tfrac14$, reached at 0;
- **tanh**: its slope is at most 1, also at 0, and falls towards 0 as the unit saturates.

Both are below 1 almost everywhere, but sigmoid guarantees a shrink by 4 at every step. That is one reason tanh is the default in recurrent layers.`,
      notes: 'Saturation matters as much as the maximum: a tanh unit near ±1 has a slope near 0, whatever the weights.',
      check: {
        prompt: 'Each step back multiplies the gradient by at most 0.25 (sigmoid\'s largest slope). After 10 steps, at most how much is left?',
        tiny: { label: 'About one millionth', feedback: 'Yes: $0.25^{10} \\approx 9.5 \\times 10^{-7}$. After 20 steps it is about $10^{-12}$.' },
        quarter: { label: 'A quarter', feedback: 'That is one step. The factors multiply, so ten steps give 0.25 to the tenth power.' },
        sum: { label: '2.5', feedback: 'The chain rule multiplies the factors; it does not add them.' },
      },
    },
    vanish: {
      title: 'Vanishing: the distant past goes quiet',
      body: `When the factors are smaller than 1, the gradient from far-away steps fades to almost nothing. The model then learns only short-range patterns: the **long-term dependency problem**.

The task here makes it visible: the first input is a symbol (A or B), then come 20 steps of filler, and only then must the model say which symbol it was. Look at how the gradient fades towards the start of the sequence.`,
      notes: 'Chance is 50% with two symbols. A tanh RNN usually hovers there for a long time on this distance; lesson 8 runs the same task with an LSTM.',
      check: {
        prompt: 'Press Train. What will the accuracy of this tanh RNN do on a 20-step gap?',
        chance: { label: 'Hover around chance (50%) for a long time', feedback: 'That is what usually happens: the learning signal from step 1 barely arrives. Check the gradient view.' },
        perfect: { label: 'Reach 100% within seconds', feedback: 'With a 20-step gap the gradient from the first step is tiny, so learning is very slow, if it happens at all.' },
        diverge: { label: 'Blow up to NaN', feedback: 'That is the opposite problem, exploding gradients: the next step.' },
      },
    },
    explode: {
      title: 'Exploding: one step too far',
      body: `When the factors are larger than 1, the product grows exponentially instead. One update can then be huge: the loss jumps, the weights fly off, and numbers become NaN.

This run starts with a recurrent matrix scaled up (spectral norm 2) and plain SGD with a large learning rate, which is a recipe for explosion. Watch the gradient norm, then try the fix in the next step.`,
      notes: 'The engine stops a run that diverges and says at which step; the run is kept, so you can step back.',
      check: {
        prompt: 'You turn on gradient clipping with a maximum norm of 1. What happens to this run?',
        bounded: { label: 'Updates stay bounded and training continues', feedback: 'Yes. Clipping rescales any gradient longer than the threshold, so one bad batch cannot throw the weights away.' },
        vanish: { label: 'The gradient vanishes instead', feedback: 'Clipping only shortens gradients that are too long; small ones are left alone.' },
        nothing: { label: 'Nothing changes', feedback: 'The exploding updates are exactly what clipping cuts down. Try it.' },
      },
    },
    remedies: {
      title: 'What helps',
      body: `- **Gradient clipping** (\`clip_grad_norm_\`): if the gradient's norm exceeds a threshold $\\tau$, scale it down. This run has it on, with $\\tau = 1$.
- **Careful initialisation**: a recurrent matrix whose largest singular value is near 1.
- **Truncated BPTT**: limit how far back gradients go, which is cheaper but blind beyond the cut.
- **Gated cells**: LSTM and GRU change the path the gradient takes. That is the next lesson.

Clipping fixes explosions; it cannot bring back a gradient that has vanished.`,
      notes: 'ReLU in a plain RNN avoids saturation but makes explosion more likely; mention it only if asked.',
    },
  },

  gates: {
    title: 'LSTM and GRU: learning what to keep',
    summary: 'Gates, the cell state (1997) and the simpler GRU (2014), and the long-range experiment where they beat a plain RNN.',
    history: {
      title: 'A fix from 1997',
      body: `In **1997** Sepp Hochreiter and Jürgen Schmidhuber proposed the **Long Short-Term Memory (LSTM)**, designed to carry information across long gaps.

The idea: besides the hidden state, keep a **cell state** $c_t$ that is changed only by small, controlled additions, and let learned **gates** decide what to forget, what to write and what to show.

In **2014** Cho and colleagues introduced the **Gated Recurrent Unit (GRU)**, a simpler design that often performs about as well. These two cells powered translation and speech recognition for years.`,
      notes: 'The panel now shows an LSTM. The cell state runs along the top of each cell, parallel to the hidden state.',
    },
    lstm: {
      title: 'The LSTM cell',
      body: `Three gates, each a sigmoid between 0 and 1, act as soft switches:

- the **forget gate** $f_t$: how much of the old cell state to keep;
- the **input gate** $i_t$: how much of the new candidate $g_t$ to write;
- the **output gate** $o_t$: how much of the cell to show as $h_t$.

All of them are computed from $x_t$ and $h_{t-1}$, like the plain RNN's update, with their own weights. That is why an LSTM has four times the parameters of an RNN of the same size.`,
      notes: 'The dots in the equation stand for the familiar W x_t + U h_{t-1} + b, one set of weights per gate.',
    },
    highway: {
      title: 'Why gradients survive',
      body: `Follow the cell state backwards. From $c_t$ to $c_{t-1}$ the gradient is multiplied by the forget gate, element by element, with no weight matrix and no tanh slope in the way.

When the network learns to keep $f_t$ close to 1, the gradient passes through many steps almost unchanged, like a **highway** through time.

This is not a complete cure: gradients can still fade, and the model has to learn to keep its gates open. But it turns "impossible" into "learnable".`,
      notes: 'A common trick, used by many libraries, is to initialise the forget-gate bias to a positive value so the highway starts open.',
      check: {
        prompt: 'Along the cell state, what multiplies the gradient at each step back?',
        forget: { label: 'The forget gate $f_t$', feedback: 'Yes: $\\partial c_t / \\partial c_{t-1} = \\operatorname{diag}(f_t)$. If $f_t \\approx 1$, almost nothing is lost.' },
        output: { label: 'The output gate $o_t$', feedback: 'The output gate controls what is shown as $h_t$, not what the cell state carries forward.' },
        bigger: { label: 'A larger copy of $W_{hh}$', feedback: 'There is no weight matrix on the cell-state path; that is the point.' },
      },
    },
    gru: {
      title: 'The GRU: two gates',
      body: `The GRU merges the cell state into the hidden state and uses two gates:

- the **update gate** $z_t$ decides how much of the old state to keep, and the rest comes from a candidate $n_t$;
- the **reset gate** $r_t$ decides how much of the past goes into that candidate.

With three weight blocks instead of four, a GRU has three times the parameters of a plain RNN, and an LSTM four times. The panels now show a GRU.`,
      notes: 'PyTorch writes the update with z on the old state; some papers swap z and 1 − z. Same model, different sign convention.',
      check: {
        prompt: 'Compared with nn.RNN(1, 64), how many times as many parameters does nn.LSTM(1, 64) have?',
        four: { label: '4 times', feedback: 'Yes: one block of weights for each of the three gates and one for the candidate.' },
        two: { label: '2 times', feedback: 'An LSTM has four blocks: forget, input and output gates plus the candidate.' },
        same: { label: 'The same', feedback: 'The gates have their own weights, so the count grows.' },
      },
    },
    experiment: {
      title: 'The long-range experiment',
      body: `Back to lesson 7's task, now with a 30-step gap: see a symbol, wait 30 steps, name the symbol.

The Training panel runs an **LSTM**. Predict the outcome, press **Train** and watch the accuracy climb. Then switch the cell to a plain RNN (tanh) with everything else the same, and compare. The gradient panel shows why: along the LSTM's cell state the signal from the first step still arrives.`,
      notes: 'Results depend on the seed and can take a little while; let it run while you talk. The GRU usually succeeds too.',
      check: {
        prompt: 'With a 30-step gap, which cell will beat chance first?',
        lstm: { label: 'The LSTM', feedback: 'That is the usual result: its cell state gives the gradient a path back to step 1. Run it and compare.' },
        rnn: { label: 'The plain tanh RNN', feedback: 'Its gradient has to pass 30 tanh Jacobians and fades long before step 1. Try it and compare.' },
        neither: { label: 'Neither; 30 steps is too far for both', feedback: '30 steps is well within an LSTM\'s reach. Train it and see.' },
      },
    },
  },

  applications: {
    title: 'Applications and what came next',
    summary: 'Word completion, translation with seq2seq, attention, and a short bridge to the Transformer.',
    words: {
      title: 'Completing four-letter words',
      body: `The lecture's exercise: read the first three letters of a four-letter word as **one-hot** vectors and predict the fourth. "wor" → "d", "lov" → "e".

The model is a two-layer LSTM, as in the lecture. The output is a score for every letter, and the loss is **cross-entropy**: the error of a probability over classes instead of a squared distance.

Press **Train** and watch the predicted letters become right, one word after another.`,
      notes: 'The lecture\'s TensorFlow code used sparse_softmax_cross_entropy_with_logits; PyTorch\'s nn.CrossEntropyLoss is the same computation.',
      check: {
        prompt: '"cold" and "cool" both start with "co". What lets the model choose the fourth letter?',
        third: { label: 'The third letter, carried in the hidden state', feedback: 'Yes: "col" → d, "coo" → l. The model must remember the letters it has read.' },
        position: { label: 'Where the word sits in the batch', feedback: 'Batches are shuffled; position carries no information about the word.' },
        frequency: { label: 'Which letter is most common overall', feedback: 'That would give the same answer for both words, so one of them would always be wrong.' },
      },
    },
    translate: {
      title: 'Translation: sequence to sequence',
      body: `In **2016** Google switched its translator from statistical phrase tables to a neural seq2seq model, **GNMT**: an encoder of 8 LSTM layers reads the sentence, a decoder of 8 LSTM layers writes the translation. On some language pairs it came close to human quality.

The panel's toy seq2seq reverses digit strings: read "3 1 4", then write "4 1 3". The network must hold the whole input in its state before writing it out.`,
      notes: 'Longer digit strings are harder for the same reason long sentences were hard for early seq2seq: everything must fit in one state.',
    },
    attention: {
      title: 'The bottleneck, and attention',
      body: `A basic decoder sees the input only through the encoder's **final** state: one fixed-size vector for the whole sentence. For long sentences that is a **bottleneck**, and details get lost.

**Attention** (2014–2015) removes it. At each output step the decoder looks back at **all** encoder states $h_i$ and takes a weighted average of them, with weights $\\alpha_{t,i}$ it computes itself: it learns where to look.`,
      notes: 'GNMT already used attention between its encoder and decoder. This is a short bridge; Unroll does not train attention models.',
    },
    transformer: {
      title: 'What came next: the Transformer',
      body: `In **2017**, "Attention Is All You Need" dropped recurrence altogether. A **Transformer** lets every position attend to every other position directly and processes all positions of a sequence **in parallel**, so it trains efficiently on huge data sets. BERT, GPT and today's translators are built on it.

RNNs have not disappeared: for streaming and real-time data, for small devices with little memory and for many time series they are still a good choice, and hybrid models combine both ideas.`,
      notes: 'If time allows, contrast: an RNN must finish step t − 1 before step t, a Transformer computes all steps at once.',
      check: {
        prompt: 'What is the main reason Transformers train faster than RNNs on long texts?',
        parallel: { label: 'They process all positions in parallel', feedback: 'Yes. An RNN has to go step by step, because each step needs the previous hidden state.' },
        smaller: { label: 'They have fewer parameters', feedback: 'Large Transformers have far more parameters; their speed comes from parallelism, not size.' },
        sigmoid: { label: 'They use sigmoid instead of tanh', feedback: 'The choice of activation is not what makes the difference; removing the step-by-step dependency is.' },
      },
    },
    recap: {
      title: 'What you can now explain',
      body: `- why **order** matters, and how a **hidden state** carries the past;
- the recurrence $h_t = \\tanh(W_{ih} x_t + W_{hh} h_{t-1} + b)$ and **weight sharing**;
- the shapes **(batch, timesteps, features)** and why 1000 points give 990 pairs;
- training with **BPTT**, and where the loss levels off;
- one-to-many, many-to-one, many-to-many and **seq2seq**;
- nn.RNN's arguments and the shapes of output and h_n;
- **vanishing and exploding gradients**, and how LSTM and GRU keep gradients alive.

The lecture's sine model is back in the panel. Train it once more; now you know what every part is doing.`,
      notes: 'Invite people to open the Lab for free experiments, and to share a step link: every step has its own address.',
    },
  },
} as const;
