import { useEffect, useRef } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';

export interface RequestEditorProps {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  label: string;
}

/**
 * The raw request editor (CodeMirror 6). Ctrl/Cmd+Enter sends. Tab moves focus on
 * (Escape then Tab, as CodeMirror does), so the editor never traps the keyboard.
 */
export function RequestEditor({ value, onChange, onSubmit, label }: RequestEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, onSubmit });
  latest.current = { onChange, onSubmit };

  useEffect(() => {
    if (!host.current) return;
    const state = EditorState.create({
      doc: value,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        EditorView.lineWrapping,
        keymap.of([
          { key: 'Mod-Enter', run: () => (latest.current.onSubmit(), true) },
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) latest.current.onChange(u.state.doc.toString());
        }),
        EditorView.contentAttributes.of({ 'aria-label': label, 'data-testid': 'request-editor' }),
        EditorView.theme({
          '&': { backgroundColor: 'transparent' },
          '.cm-gutters': { backgroundColor: 'transparent', border: 'none' },
        }),
      ],
    });
    view.current = new EditorView({ state, parent: host.current });
    return () => view.current?.destroy();
    // The editor is created once; later `value` changes are pushed below.
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
    }
  }, [value]);

  return (
    <div
      ref={host}
      className="h-full min-h-64 rounded-md border border-slate-300 bg-white font-mono dark:border-slate-700 dark:bg-slate-900"
    />
  );
}
