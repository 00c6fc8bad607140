import { Suspense, lazy } from 'react';
import type { RequestEditorProps } from './request-editor.tsx';

const Editor = lazy(() => import('./request-editor.tsx'));

/**
 * The request editor, loaded after first paint (CodeMirror is most of the app's weight).
 * Until it arrives, the text shows read-only in the same place, so nothing jumps.
 */
export function LazyRequestEditor(props: RequestEditorProps) {
  return (
    <Suspense
      fallback={
        <pre
          aria-busy="true"
          aria-label={props.label}
          className="h-full min-h-64 overflow-auto rounded-md border border-slate-300 bg-white py-1 pl-10 font-mono text-[0.9rem] leading-[1.6] whitespace-pre-wrap dark:border-slate-700 dark:bg-slate-900"
        >
          {props.value}
        </pre>
      }
    >
      <Editor {...props} />
    </Suspense>
  );
}
