import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.ts';
import { ko } from '../../src/i18n/ko/index.ts';
import { withMessages, MAX_MESSAGES } from '../../src/state/messages.ts';
import type { NewMessage } from '../../src/state/messages.ts';
import { reduceEvent } from '../../src/state/events.ts';
import { createAppStore } from '../../src/state/store.ts';
import { problemMessage } from '../../src/state/urlSync.ts';
import { decodeRunQuery } from '../../src/state/urlCodec.ts';
import { URL_FIELDS } from '../../src/state/urlCodec.ts';
import type { WorkerError } from '../../src/worker/protocol.ts';

type Tree = { readonly [k: string]: string | Tree };
const lookup = (tree: Tree, key: string): unknown => key.split('.').reduce<unknown>((t, k) => (t as Tree | undefined)?.[k], tree);

/** Every message the store can raise, from every source. */
function everyMessage(): NewMessage[] {
  const out: NewMessage[] = [];
  for (const q of ['lr=1e6', 'layers=1.5', 'hidden=x', 'cell=x', 'live=x&step=1', 'a=1', 'lr=1&lr=2', 'x='.repeat(3000)]) out.push(...decodeRunQuery(q).problems.map(problemMessage));
  const s0 = createAppStore().getState();
  const errors: WorkerError[] = [
    { code: 'config', name: 'ConfigError', message: 'x', field: 'seqLen' },
    { code: 'version', name: 'ProtocolError', message: 'x' },
    { code: 'internal', name: 'TypeError', message: 'x' },
  ];
  for (const e of errors) out.push(...reduceEvent(s0, { v: 1, type: 'error', ...e }).messages);
  out.push(...reduceEvent(s0, { v: 1, type: 'diverged', runId: 1, step: 3, what: 'loss', value: NaN }).messages);
  out.push(...reduceEvent(s0, { type: 'restarted', reason: 'x', step: 3 }).messages);
  out.push(...reduceEvent(s0, { type: 'failed', reason: 'x' }).messages);
  for (const r of ['done', 'too-large', 'not-json', 'not-an-object', 'missing-parameter', 'unknown-parameter', 'bad-shape', 'not-a-number', 'internal']) {
    out.push({ level: 'error', source: 'import', key: `common.import.${r}`, params: {} });
  }
  out.push({ level: 'error', source: 'config', key: 'common.config.refused', params: { field: 'lr' } });
  return out;
}

describe('messages', () => {
  it('have a sentence in both languages for every key the store can raise, and a label for every field they name', () => {
    const missing: string[] = [];
    for (const m of everyMessage()) {
      for (const [lang, tree] of [['en', en], ['ko', ko]] as const) {
        if (typeof lookup(tree as Tree, m.key) !== 'string') missing.push(`${lang}: ${m.key}`);
      }
    }
    for (const f of [...URL_FIELDS.map((x) => x.key), 'seqLen', 'taskOptions', 'optimizer', 'momentum', 'truncation', 'recurrentScale', 'bidirectional']) {
      if (typeof lookup(en as Tree, `common.fields.${f}`) !== 'string') missing.push(`field ${f}`);
    }
    expect(missing).toEqual([]);
  });

  it('keep the newest MAX_MESSAGES and replace a repeated worker message instead of stacking it', () => {
    let list = withMessages([], Array.from({ length: MAX_MESSAGES + 3 }, (_, i) => ({ level: 'warn' as const, source: 'url' as const, key: 'common.url.duplicate', params: { field: `f${i}` } })));
    expect(list).toHaveLength(MAX_MESSAGES);
    expect(list.at(-1)?.params.field).toBe(`f${MAX_MESSAGES + 2}`);
    list = withMessages([], [{ level: 'warn', source: 'worker', key: 'common.worker.restarted', params: { step: 1 } }]);
    list = withMessages(list, [{ level: 'warn', source: 'worker', key: 'common.worker.restarted', params: { step: 2 } }]);
    expect(list.map((m) => m.params.step)).toEqual([2]);
  });
});
