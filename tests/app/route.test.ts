import { describe, expect, it } from 'vitest';
import { parseHash, routeToHash } from '../../src/app/route.ts';
import type { Route } from '../../src/app/route.ts';

describe('parseHash', () => {
  it('maps every canonical hash to its route and back', () => {
    const routes: Route[] = [
      { kind: 'home' },
      { kind: 'lessons' },
      { kind: 'lesson', lesson: 3, step: 2 },
      { kind: 'labIndex' },
      { kind: 'lab', panel: 'gradients' },
      { kind: 'crash' },
    ];
    for (const r of routes) expect(parseHash(routeToHash(r)).route).toEqual(r);
  });

  it('keeps the query string apart from the path', () => {
    expect(parseHash('#/lab/training?task=sine&seed=3')).toEqual({
      route: { kind: 'lab', panel: 'training' },
      query: 'task=sine&seed=3',
    });
  });

  it('treats an empty hash and trailing slashes as the same page', () => {
    expect(parseHash('').route).toEqual({ kind: 'home' });
    expect(parseHash('#/lab/code/').route).toEqual({ kind: 'lab', panel: 'code' });
  });

  it('opens step 1 when a lesson link names no step', () => {
    expect(parseHash('#/lesson/4').route).toEqual({ kind: 'lesson', lesson: 4, step: 1 });
  });

  it.each(['#/lesson/0/step/1', '#/lesson/x/step/1', '#/lesson/2/step/-1', '#/lab/nope', '#/lesson/1/step/1/extra', '#/%00'])(
    'reports %s as not found instead of throwing',
    (hash) => {
      expect(parseHash(hash).route.kind).toBe('notFound');
    },
  );
});
