import type { CatalogOf } from '../types.ts';
import type { task as en } from '../en/task.ts';

/** 엔진 과제의 이름과 입력·출력 설명 (한국어). */
export const task: CatalogOf<typeof en> = {
  sine: { title: '노이즈 섞인 사인파', input: '파형의 노이즈 섞인 점 10개, 한 시점에 하나씩', output: '그다음 점' },
  numbers: { title: '수열 예측', input: '등차수열의 앞쪽 숫자들', output: '다음 숫자' },
  words: { title: '단어 자동 완성', input: '앞 세 글자 (원-핫)', output: '네 번째 글자' },
  fillblank: { title: '빈칸 채우기', input: '빈칸이 있는 문장: “I ___ a boy”', output: '빠진 단어' },
  sentiment: { title: '간단한 감성 분석', input: '짧은 문구, 한 시점에 한 단어씩', output: '긍정 또는 부정' },
  chargen: { title: '글자 생성', input: '시작 글자', output: '단어의 나머지, 한 시점에 한 글자씩' },
  nextchar: { title: '다음 글자 예측', input: '단어, 한 시점에 한 글자씩', output: '매 시점의 다음 글자' },
  reverse: { title: '숫자열 뒤집기', input: '숫자들과 구분 기호', output: '같은 숫자를 거꾸로' },
  'first-symbol': { title: '첫 기호 기억하기', input: '기호 하나, 그 뒤 긴 빈 시점들', output: '처음에 나온 기호' },
  adding: { title: '덧셈 문제', input: '무작위 값들 중 표시된 두 개', output: '표시된 두 값의 합' },
  copy: { title: '지연 후 따라 쓰기', input: '기호 몇 개, 쉼, 그리고 시작 신호', output: '같은 기호들을 다시' },
};
