// The slice of React 18's API the Slate and Draft.js fixtures use. The repository's JSX and UI run
// on Preact; @types/react (and @types/react-dom) are not installed, and these few signatures keep
// the two React fixtures type-checked without them. Replace with @types/react@18 if it is added.
declare module 'react' {
  export interface ReactElement {
    readonly type: unknown;
    readonly props: unknown;
    readonly key: string | null;
  }
  export type ReactNode = ReactElement | string | number | boolean | null | undefined | readonly ReactNode[];
  export type FunctionComponent<P> = (props: P) => ReactNode;
  export function createElement(type: unknown, props?: object | null, ...children: ReactNode[]): ReactElement;
  export function useState<S>(initial: S | (() => S)): [S, (next: S | ((previous: S) => S)) => void];
  export function useCallback<F extends (...args: never[]) => unknown>(
    callback: F,
    dependencies: readonly unknown[],
  ): F;
}

declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element | DocumentFragment): Root;
}

declare module 'react-dom' {
  export function flushSync<R>(callback: () => R): R;
}
