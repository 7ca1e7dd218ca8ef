import type { ConnectApi, ConnectContext, ConnectEventListener, ConnectXhr } from './atlassian-connect';
import type { Host, HostContext, HostEntityRef, HostResponse } from './host';

/** Calls `invoke` with a callback and also honours a returned Promise, whichever all.js uses. */
function fromCallbackOrPromise<T>(
  invoke: (callback: (value: T) => void) => Promise<T> | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const maybePromise = invoke(resolve);
    if (maybePromise) {
      maybePromise.then(resolve, reject);
    }
  });
}

function toRef(entity: { id: string | number; key: string } | undefined): HostEntityRef | null {
  return entity ? { id: String(entity.id), key: entity.key } : null;
}

function toHostContext(context: ConnectContext): HostContext {
  return {
    issue: toRef(context.jira?.issue),
    project: toRef(context.jira?.project),
  };
}

export function createApHost(ap: ConnectApi): Host {
  return {
    getToken: () => fromCallbackOrPromise<string>((callback) => ap.context.getToken(callback)),

    getContext: async () =>
      toHostContext(
        await fromCallbackOrPromise<ConnectContext>((callback) => ap.context.getContext(callback)),
      ),

    request: (request) =>
      new Promise<HostResponse>((resolve, reject) => {
        const hasBody = request.body !== undefined;
        const pending = ap.request({
          url: request.url,
          type: request.method ?? 'GET',
          cache: false,
          headers: { Accept: 'application/json', ...request.headers },
          ...(hasBody ? { data: JSON.stringify(request.body), contentType: 'application/json' } : {}),
          success: (responseText: string, _statusText: string, xhr: ConnectXhr) => {
            resolve({ status: xhr.status, body: responseText });
          },
          error: (xhr: ConnectXhr, statusText: string) => {
            if (xhr.status > 0) {
              resolve({ status: xhr.status, body: xhr.responseText });
            } else {
              reject(new Error(`Jira request to ${request.url} failed: ${statusText}`));
            }
          },
        });
        // Newer all.js also returns a Promise that rejects on HTTP errors; the callbacks above
        // already report those, so keep the Promise from surfacing as an unhandled rejection.
        pending?.catch(() => undefined);
      }),

    navigate: (target, context) => {
      ap.navigator.go(target, context);
    },

    flag: ({ title, body, type = 'info' }) => {
      ap.flag.create({
        title,
        ...(body === undefined ? {} : { body }),
        type,
        close: type === 'error' || type === 'warning' ? 'manual' : 'auto',
      });
    },

    initTheming: () => {
      ap.theming?.initializeTheming();
    },

    onEvent: (name, listener) => {
      const connectListener: ConnectEventListener = listener;
      ap.events.on(name, connectListener);
      return () => {
        ap.events.off(name, connectListener);
      };
    },

    resize: () => {
      ap.resize();
    },

    sizeToParent: () => {
      ap.sizeToParent();
    },
  };
}
