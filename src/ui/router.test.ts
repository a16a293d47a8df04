import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from './router.ts';

const ROUTES: readonly Route[] = [
  { name: 'children' }, { name: 'add-child' }, { name: 'child', childId: 'a1' }, { name: 'edit-child', childId: 'a1' },
  { name: 'progress', childId: 'a1', view: 'progress' }, { name: 'progress', childId: 'a1', view: 'report' },
  { name: 'setup', childId: 'guest', taskId: 'jumping-jack' }, { name: 'live', childId: 'a1', taskId: 'hop' },
  { name: 'result' }, { name: 'session', sessionId: 's9' }, { name: 'video' }, { name: 'settings' },
];

describe('hash routes', () => {
  it('reads back every route it writes', () => {
    for (const route of ROUTES) expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('reads an empty hash, a bare # and a trailing slash as the same screens', () => {
    expect(parseRoute('')).toEqual({ name: 'children' });
    expect(parseRoute('#')).toEqual({ name: 'children' });
    expect(parseRoute('#/children/a1/')).toEqual({ name: 'child', childId: 'a1' });
  });

  it('keeps an id with characters that need escaping', () => {
    const route: Route = { name: 'session', sessionId: 'a b/c' };
    expect(hrefOf(route)).toBe('#/sessions/a%20b%2Fc');
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('says not-found for an unknown address or a broken escape, keeping the hash', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', hash: '#/nowhere' });
    expect(parseRoute('#/children/a1/tasks')).toEqual({ name: 'not-found', hash: '#/children/a1/tasks' });
    expect(parseRoute('#/sessions/%E0%A4%A')).toEqual({ name: 'not-found', hash: '#/sessions/%E0%A4%A' });
  });
});
