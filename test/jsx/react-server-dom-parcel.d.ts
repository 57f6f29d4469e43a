// react-server-dom-parcel ships no types: the two functions the server-components test uses.
declare module 'react-server-dom-parcel/server' {
  import type { ReactNode } from 'react';
  export function renderToPipeableStream(model: ReactNode, options?: { onError?: (error: unknown) => void }): { pipe<T extends NodeJS.WritableStream>(destination: T): T };
}
declare module 'react-server-dom-parcel/client.node' {
  export function createFromNodeStream(stream: NodeJS.ReadableStream): Promise<unknown>;
}
