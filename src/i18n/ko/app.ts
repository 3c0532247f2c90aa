import type { CatalogOf } from '../types.ts';
import type { app as en } from '../en/app.ts';

/** 셸, 내비게이션, 홈 화면 문자열 (한국어). */
export const app: CatalogOf<typeof en> = {
  name: 'Unroll',
  tagline: '순환 신경망이 생각하는 과정을 눈으로 보기',
  skipToContent: '본문으로 건너뛰기',
  nav: {
    label: '주 메뉴',
    home: '홈',
    lessons: '강의',
    lab: '실험실',
  },
  language: {
    label: '언어',
    ko: '한국어',
    en: 'English',
  },
  theme: {
    label: '테마',
    light: '밝게',
    dark: '어둡게',
    system: '시스템 설정',
  },
  panels: {
    training: '학습',
    unrolled: '펼친 네트워크',
    gradients: '기울기 실험실',
    architectures: '구조',
    shapes: '텐서 모양',
    code: 'PyTorch 코드',
  },
  panelBlurb: {
    training: '강의의 노이즈 섞인 사인파 모델을 실시간으로 학습시키고 손실이 줄어드는 것을 지켜보세요.',
    unrolled: '시간을 한 단계씩: 입력, 은닉 상태, 출력, 그리고 실제 숫자가 들어간 수식.',
    gradients: '기울기가 시간을 거슬러 가며 사라지거나 폭발하는 모습을 보고, 고쳐 보세요.',
    architectures: '일대다, 다대일, 다대다, seq2seq — 각각 실제 과제로.',
    shapes: 'nn.RNN 인자를 넣으면 모든 텐서 모양과 파라미터 수가 나옵니다.',
    code: '지금 보고 있는 것을 그대로 재현하는 PyTorch 스크립트.',
  },
  home: {
    heroTitle: '사인파를 배우는 순환 신경망 — 지금 이 브라우저 안에서',
    heroBody:
      '노이즈가 섞인 10개의 점이 한 시점씩 들어갑니다. 은닉 상태가 앞의 내용을 기억하고, 마지막 시점에서 다음 점을 예측합니다. 강의처럼 100 에포크 동안 눈앞에서 학습합니다. 일시정지, 한 스텝, 초기화로 자세히 들여다보세요.',
    teachesTitle: 'Unroll에서 배우는 것',
    startCourse: '강의 시작하기',
    openLab: '실험실 열기',
    engineNote: '여기 나오는 모든 숫자는 Unroll의 TypeScript 엔진이 계산하며, PyTorch와 대조해 검증했습니다.',
  },
  lab: {
    title: '실험실',
    choose: '패널 선택',
    loading: '패널을 불러오는 중…',
  },
  notFound: {
    title: '페이지를 찾을 수 없습니다',
    body: '“{{path}}”에는 아무것도 없습니다.',
    back: '홈으로 돌아가기',
  },
  error: {
    title: '페이지의 이 부분에서 문제가 생겼습니다',
    body: 'Unroll의 나머지 부분은 그대로 동작합니다. 오류 메시지:',
    retry: '다시 시도',
    home: '홈으로 가기',
  },
  footer: {
    source: '오픈 소스. 한국어 RNN 강의 시리즈를 바탕으로 만들었습니다.',
  },
};
