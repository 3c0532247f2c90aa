import type { CatalogOf } from '../types.ts';
import type { presenter as en } from '../en/presenter.ts';

/** presenter 영역의 문자열 (한국어): 발표 모드와 발표자 보기. */
export const presenter: CatalogOf<typeof en> = {
  title: '발표 모드',
  start: '발표하기',
  startHint: '프로젝터용 큰 글씨 전체 화면 (P)',
  exit: '발표 모드 끝내기 (Esc)',
  toolbar: '발표 도구',
  prev: '이전 단계 (←, PageUp)',
  next: '다음 단계 (→, PageDown, Space)',
  blank: '화면 가리기 (B)',
  blanked: '화면을 가렸습니다. B를 누르면 다시 보입니다.',
  zoomIn: '글씨 크게 (+)',
  zoomOut: '글씨 작게 (−)',
  zoomLevel: '글씨 크기 {{percent}}',
  laser: '형광 포인터 (L)',
  speaker: '발표자 보기 열기 (S)',
  speakerBlocked: '브라우저가 발표자 창을 막았습니다. 이 사이트의 팝업을 허용한 뒤 S를 다시 누르세요.',
  noFullscreen: '이 환경에서는 전체 화면을 쓸 수 없어, 발표 모드가 창 전체를 채웁니다.',
  keys: '키: → PageDown Space 다음 · ← PageUp 이전 · B 화면 가리기 · + − 글씨 크기 · L 포인터 · S 발표자 보기 · Esc 끝내기',
  position: '{{lesson}}강 · {{total}}단계 중 {{step}}단계',
  speakerView: {
    title: '발표자 보기',
    now: '지금 화면',
    next: '다음 화면',
    end: '강의 끝',
    notes: '발표 메모',
    timer: '경과 시간',
    clock: '현재 시각',
    pause: '타이머 멈춤',
    resume: '타이머 계속',
    reset: '타이머 초기화',
    follows: '이 창은 발표 화면을 따라가며, 이 창의 버튼으로도 발표 화면을 넘길 수 있습니다.',
  },
};
