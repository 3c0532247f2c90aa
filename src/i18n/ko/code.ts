import type { CatalogOf } from '../types.ts';
import type { code as en } from '../en/code.ts';

/** code 영역의 문자열 (한국어). */
export const code: CatalogOf<typeof en> = {
  title: 'PyTorch 코드',
  intro:
    '지금 실험과 같은 데이터, 모델, 옵티마이저를 만드는 완전한 파이썬 스크립트입니다. 복사하거나 내려받아 PyTorch로 실행해 보세요.',
  copy: '복사',
  copied: '스크립트를 클립보드에 복사했습니다.',
  copyFailed: '복사하지 못했습니다. 코드를 직접 선택해서 복사해 주세요.',
  download: '.py 내려받기',
  loadWeights: 'Unroll에서 내보낸 가중치 불러오기',
  run: '실행: {{command}}',
  codeLabel: '파이썬 스크립트 {{file}}',
  weightsTitle: '여기서 학습한 가중치로 이어서 학습하기',
  weightsBody:
    '학습 패널에서 가중치를 내보내 스크립트 옆에 {{file}} 이름으로 저장한 뒤 “Unroll에서 내보낸 가중치 불러오기”를 켜세요. 이름이 PyTorch와 같아서 load_state_dict가 그대로 받아들입니다.',
  weightsLink: '학습 패널 열기',
  randomTitle: '같은 레시피, 다른 주사위',
  randomBody:
    'PyTorch는 Unroll과 다른 난수(초기 가중치, 노이즈, 섞는 순서)를 뽑기 때문에 손실은 같은 모양으로 줄지만 숫자까지 같지는 않습니다. 자세히 비교하려면 둘 다 같은 내보낸 가중치에서 시작하세요.',
};
