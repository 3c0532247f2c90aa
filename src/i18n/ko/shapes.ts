import type { CatalogOf } from '../types.ts';
import type { shapes as en } from '../en/shapes.ts';

/** shapes 영역의 문자열 (한국어). */
export const shapes: CatalogOf<typeof en> = {
  title: '텐서 모양',
  intro:
    'nn.RNN, nn.LSTM, nn.GRU의 인자와 입력 모양을 정하면, PyTorch가 돌려주는 텐서의 모양과 모델이 학습하는 모든 가중치를 보여 줍니다. PyTorch가 출력하는 숫자와 같습니다.',
  presets: {
    label: '강의 예제',
    sine: '사인파 모델: RNN(1, 64, 2), 배치 8 × 10스텝',
    birnn: '양방향 3층: 배치 4 × 6스텝',
    batch100: '배치 100 × 특성 32 → 64',
  },
  form: {
    module: '모듈',
    arguments: '인자',
    input: '입력 모양',
    nonlinearityLabel: 'nonlinearity',
    hint: {
      input_size: '시점마다 들어가는 특성 수',
      hidden_size: 'h의 크기',
      num_layers: '쌓은 층 수',
      dropout: '층 사이, 학습 때만',
      batch: '배치 안의 시퀀스 수',
      seq: '시점 수',
      bias: 'b_ih와 b_hh',
      batch_first: '(batch, seq, feature) 순서',
      bidirectional: '거꾸로도 읽기',
    },
    batch: 'batch',
    seq: 'seq_len',
  },
  errors: {
    wholeNumber: '{{name}}은(는) {{min}}부터 {{max}}까지의 정수여야 합니다.',
    dropoutRange: '{{name}}은(는) {{min}} 이상 {{max}} 미만이어야 합니다.',
  },
  notes: {
    dropoutSingleLayer: 'dropout은 쌓은 층 사이에만 적용되므로 num_layers = 1이면 아무 효과가 없습니다 (PyTorch도 경고합니다).',
  },
  stale: '표시된 칸을 고칠 때까지 마지막으로 올바른 결과를 보여 줍니다.',
  diagram: {
    label: '상자로 그린 텐서',
    note: '변의 길이는 크기의 log₂에 비례합니다. dim 0은 안쪽, dim 1은 가로, dim 2는 세로 방향입니다.',
    axis: {
      batch: '배치',
      time: '시퀀스',
      feature: '특성',
      stack: '층·방향',
    },
    dim: 'dim {{n}}',
    forward: '정방향',
    reverse: '역방향',
    figure: '{{name}} {{shape}}: {{axes}}',
    hnAndCn: 'h_n과 c_n',
  },
  tensors: {
    caption: '모듈이 돌려주는 텐서',
    tensor: '텐서',
    shape: '모양',
    why: '이유',
    inputBatchFirst: '(batch, seq, input_size): batch_first=True이므로',
    inputTimeMajor: '(seq, batch, input_size): batch_first=False이므로',
    outputBatchFirst: '(batch, seq, D·H): 마지막 층의 모든 시점 h_t, D·H = {{d}}·{{h}} = {{dh}}',
    outputTimeMajor: '(seq, batch, D·H): 마지막 층의 모든 시점 h_t, D·H = {{d}}·{{h}} = {{dh}}',
    hN: '(num_layers·D, batch, H): 층과 방향마다 마지막 h, num_layers·D = {{l}}·{{d}} = {{ld}}. batch_first와 상관없습니다.',
    cN: 'h_n과 같은 모양: 층과 방향마다 LSTM의 마지막 셀 상태입니다.',
    legend: 'D는 양방향이면 2, 아니면 1입니다. H = hidden_size.',
  },
  params: {
    caption: '학습되는 파라미터 (named_parameters() 순서)',
    name: '이름',
    shape: '모양',
    count: '개수',
    why: '이유',
    total: '합계',
    layer: '{{n}}층',
    layerReverse: '{{n}}층, 역방향',
    role: {
      weight_ih: '입력 → 은닉',
      weight_hh: '은닉 → 은닉',
      bias_ih: '입력 쪽 편향',
      bias_hh: '은닉 쪽 편향',
    },
    gates: {
      RNN: '블록 하나',
      LSTM: '게이트 i, f, g, o를 쌓음: G = 4',
      GRU: '게이트 r, z, n을 쌓음: G = 3',
    },
    inputWide: '{{n}}층은 아래 층의 D·H 너비 출력을 읽습니다',
    summary: '텐서 {{tensors}}개, 파라미터 {{count}}개',
  },
};
