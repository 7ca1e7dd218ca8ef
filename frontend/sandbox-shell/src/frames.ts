/** The Connect iframes on the page, so an AP message can be traced to its module and context. */
export interface ConnectFrameInfo {
  module: string;
  context: Record<string, string>;
  element: HTMLIFrameElement;
}

export class FrameRegistry {
  private readonly frames = new Set<ConnectFrameInfo>();

  register(info: ConnectFrameInfo): () => void {
    this.frames.add(info);
    return () => {
      this.frames.delete(info);
    };
  }

  find(source: MessageEventSource | null): ConnectFrameInfo | undefined {
    if (!source) return undefined;
    for (const info of this.frames) {
      if (info.element.contentWindow === source) return info;
    }
    return undefined;
  }

  /** Sends a host message (theme change, event) to every embedded module. */
  broadcast(message: unknown): void {
    for (const info of this.frames) {
      info.element.contentWindow?.postMessage(message, '*');
    }
  }
}
