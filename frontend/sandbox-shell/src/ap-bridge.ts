import type { ApRequestArgs, ApResponse } from './ap-request';
import type { ConnectFrameInfo } from './frames';
import type { Route } from './routing';
import { navigatorTarget } from './routing';

/**
 * The host side of /sandbox/all.js: answers `{ap:'call', id, method, args}` messages from Keystone's
 * iframes with `{ap:'result', id, value}` or `{ap:'result', id, error}`. The protocol is all.js's;
 * keep both in step.
 */
export interface ApHostDeps {
  frameFor: (source: MessageEventSource | null) => ConnectFrameInfo | undefined;
  user: () => string;
  theme: () => 'light' | 'dark';
  contextToken: (user: string) => Promise<string>;
  navigate: (route: Route) => void;
  flag: (options: { title: string; body?: string; type?: string }) => number;
  closeFlag: (id: number) => void;
  request: (args: ApRequestArgs) => Promise<ApResponse>;
  siteUrl: string;
}

export const FULL_PAGE_HEIGHT = 'calc(100vh - 120px)';

type Args = Record<string, unknown>;
type Handler = (args: Args, frame: ConnectFrameInfo) => Promise<unknown>;

function jiraContext(context: Record<string, string>) {
  const jira: Record<string, unknown> = {};
  if (context['issue.key']) jira.issue = { id: context['issue.id'], key: context['issue.key'] };
  if (context['project.key']) jira.project = { id: context['project.id'], key: context['project.key'] };
  if (context['dashboard.id']) jira.dashboard = { id: context['dashboard.id'] };
  if (context['dashboardItem.id']) jira.dashboardItem = { id: context['dashboardItem.id'] };
  return jira;
}

function handlers(deps: ApHostDeps): Record<string, Handler> {
  return {
    getToken: () => deps.contextToken(deps.user()),
    getContext: (_args, frame) =>
      Promise.resolve({ jira: jiraContext(frame.context), url: { displayUrl: deps.siteUrl } }),
    getTheme: () => Promise.resolve(deps.theme()),
    resize: (args, frame) => {
      if (typeof args.height === 'string') frame.element.style.height = args.height;
      return Promise.resolve();
    },
    sizeToParent: (_args, frame) => {
      // A full page fills the content area below the top bar, as in Jira.
      frame.element.style.height = FULL_PAGE_HEIGHT;
      return Promise.resolve();
    },
    navigate: (args) => {
      const context = args.context && typeof args.context === 'object' ? (args.context as Args) : {};
      const route = navigatorTarget(String(args.target), context);
      if (route) deps.navigate(route);
      return Promise.resolve();
    },
    flag: (args) =>
      Promise.resolve(
        deps.flag({
          title: typeof args.title === 'string' ? args.title : '',
          ...(typeof args.body === 'string' ? { body: args.body } : {}),
          ...(typeof args.type === 'string' ? { type: args.type } : {}),
        }),
      ),
    closeFlag: (args) => {
      if (typeof args.id === 'number') deps.closeFlag(args.id);
      return Promise.resolve();
    },
    request: (args) => deps.request(args),
  };
}

function isCall(data: unknown): data is { ap: 'call'; id: unknown; method: string; args?: Args } {
  return !!data && typeof data === 'object' && (data as Args).ap === 'call' && typeof (data as Args).method === 'string';
}

/** A `message` listener; messages from anything but a registered Connect frame are ignored. */
export function createApHandler(deps: ApHostDeps): (event: MessageEvent) => void {
  const table = handlers(deps);
  return (event) => {
    const message: unknown = event.data;
    const frame = deps.frameFor(event.source);
    if (!isCall(message) || !frame) return;
    const handler = table[message.method];
    const reply = (payload: Args) => {
      (event.source as Window).postMessage({ ap: 'result', id: message.id, ...payload }, '*');
    };
    if (!handler) {
      reply({ error: `AP method ${message.method} is not simulated by the sandbox` });
      return;
    }
    handler(message.args ?? {}, frame).then(
      (value) => {
        reply({ value });
      },
      (e: unknown) => {
        reply({ error: e instanceof Error ? e.message : String(e) });
      },
    );
  };
}
