// The app's addresses: hash routes, so Back works, a screen can be bookmarked and the static build needs no server
// rewrites. Pure parse / format functions (tested) and a small signal bound to the window's hashchange.
import { signal, type ReadonlySignal } from '@preact/signals';

export type Route =
  | { readonly name: 'children' }
  | { readonly name: 'add-child' }
  | { readonly name: 'child'; readonly childId: string }
  | { readonly name: 'edit-child'; readonly childId: string }
  | { readonly name: 'progress'; readonly childId: string; readonly view: 'progress' | 'report' }
  | { readonly name: 'setup'; readonly childId: string; readonly taskId: string }
  | { readonly name: 'live'; readonly childId: string; readonly taskId: string }
  | { readonly name: 'result' }
  | { readonly name: 'session'; readonly sessionId: string }
  | { readonly name: 'video' }
  | { readonly name: 'settings' }
  | { readonly name: 'not-found'; readonly hash: string };

const seg = (s: string) => encodeURIComponent(s);

/** The hash (with its leading '#') of a route. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'children': return '#/';
    case 'add-child': return '#/children/new';
    case 'child': return `#/children/${seg(route.childId)}`;
    case 'edit-child': return `#/children/${seg(route.childId)}/edit`;
    case 'progress': return `#/children/${seg(route.childId)}/${route.view}`;
    case 'setup': return `#/children/${seg(route.childId)}/tasks/${seg(route.taskId)}`;
    case 'live': return `#/children/${seg(route.childId)}/tasks/${seg(route.taskId)}/live`;
    case 'result': return '#/result';
    case 'session': return `#/sessions/${seg(route.sessionId)}`;
    case 'video': return '#/video';
    case 'settings': return '#/settings';
    case 'not-found': return route.hash;
  }
}

/** The route of a location hash ('' and '#' and '#/' are the children list); an unknown address is 'not-found'. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+|\/+$/g, '');
  let parts: string[];
  try {
    parts = path === '' ? [] : path.split('/').map(decodeURIComponent);
  } catch {
    return { name: 'not-found', hash };
  }
  const [a, b, c, d, e] = parts;
  if (parts.length === 0) return { name: 'children' };
  if (a === 'result' && parts.length === 1) return { name: 'result' };
  if (a === 'video' && parts.length === 1) return { name: 'video' };
  if (a === 'settings' && parts.length === 1) return { name: 'settings' };
  if (a === 'sessions' && b && parts.length === 2) return { name: 'session', sessionId: b };
  if (a !== 'children' || !b) return { name: 'not-found', hash };
  if (b === 'new' && parts.length === 2) return { name: 'add-child' };
  if (parts.length === 2) return { name: 'child', childId: b };
  if ((c === 'edit') && parts.length === 3) return { name: 'edit-child', childId: b };
  if ((c === 'progress' || c === 'report') && parts.length === 3) return { name: 'progress', childId: b, view: c };
  if (c === 'tasks' && d && parts.length === 4) return { name: 'setup', childId: b, taskId: d };
  if (c === 'tasks' && d && e === 'live' && parts.length === 5) return { name: 'live', childId: b, taskId: d };
  return { name: 'not-found', hash };
}

export interface Router {
  readonly route: ReadonlySignal<Route>;
  /** Goes to a route (a new history entry, so Back returns); `replace` replaces the current entry instead. */
  go(route: Route, options?: { readonly replace?: boolean }): void;
}

/** The window's router: the route follows location.hash (Back, Forward, a typed address, a bookmark). */
export function createHashRouter(win: Pick<Window, 'location' | 'history' | 'addEventListener'> = window): Router {
  const route = signal<Route>(parseRoute(win.location.hash));
  win.addEventListener('hashchange', () => { route.value = parseRoute(win.location.hash); });
  return {
    route,
    go(next, options) {
      const href = hrefOf(next);
      if (options?.replace) win.history.replaceState(null, '', href);
      else if (win.location.hash !== href) win.history.pushState(null, '', href);
      route.value = next;
    },
  };
}
