import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorState } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { forceLinting } from '@codemirror/lint';
import { textChange } from '../quick-fixes.ts';
import { httpHighlighting } from './http-highlight.ts';
import { requestLint } from './request-lint.ts';
import './editor.css';

/** What the composer can do with the editor from outside. */
export interface EditorHandle {
  focus(): void;
  /** The cursor position. */
  cursor(): number;
  /** Moves the cursor (and scrolls to it). */
  select(from: number, to?: number): void;
  view(): EditorView | null;
}

export interface RequestEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter; gets the cursor position (an .http file sends the request under it). */
  onSubmit: (cursor: number) => void;
  /** Ctrl/Cmd+Shift+Enter: run every request of an .http file. */
  onSubmitAll?: () => void;
  label: string;
  handle?: (h: EditorHandle | null) => void;
}

/**
 * The raw request editor (CodeMirror 6): HTTP and JSON colours, live problems with quick
 * fixes, Ctrl/Cmd+Enter sends. Tab moves focus on (Escape then Tab, as CodeMirror does),
 * so the editor never traps the keyboard.
 */
export function RequestEditor({ value, onChange, onSubmit, onSubmitAll, label, handle }: RequestEditorProps) {
  const { i18n, t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, onSubmit, onSubmitAll });
  latest.current = { onChange, onSubmit, onSubmitAll };

  useEffect(() => {
    if (!host.current) return;
    const state = EditorState.create({
      doc: value,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        EditorView.lineWrapping,
        placeholder(t('composer.placeholder')),
        keymap.of([
          { key: 'Mod-Enter', run: (v) => (latest.current.onSubmit(v.state.selection.main.head), true) },
          { key: 'Mod-Shift-Enter', run: () => (latest.current.onSubmitAll?.(), true) },
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        EditorView.theme({
          '&': { backgroundColor: 'transparent', color: 'inherit' },
          '.cm-gutters': {
            backgroundColor: 'transparent',
            border: 'none',
            color: 'inherit',
            opacity: '0.75',
          },
          '.cm-content': { caretColor: 'currentColor' },
          '.cm-activeLine': { backgroundColor: 'rgb(148 163 184 / 0.10)' },
          '.cm-activeLineGutter': { backgroundColor: 'rgb(148 163 184 / 0.16)' },
        }),
        httpHighlighting(),
        requestLint(),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) latest.current.onChange(u.state.doc.toString());
        }),
        EditorView.contentAttributes.of({
          'aria-label': label,
          'aria-multiline': 'true',
          'aria-keyshortcuts': 'Control+Enter Meta+Enter',
          'data-testid': 'request-editor',
          spellcheck: 'false',
          autocapitalize: 'off',
          autocorrect: 'off',
        }),
      ],
    });
    const v = new EditorView({ state, parent: host.current });
    view.current = v;
    handle?.({
      focus: () => v.focus(),
      cursor: () => v.state.selection.main.head,
      select: (from, to = from) => {
        const len = v.state.doc.length;
        v.dispatch({
          selection: { anchor: Math.min(from, len), head: Math.min(to, len) },
          scrollIntoView: true,
        });
        v.focus();
      },
      view: () => v,
    });
    return () => {
      handle?.(null);
      v.destroy();
    };
    // The editor is created once; later `value` changes are pushed below.
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const current = v.state.doc.toString();
    if (current === value) return;
    const change = textChange(current, value);
    v.dispatch({ changes: change, userEvent: 'input.replace' });
  }, [value]);

  useEffect(() => {
    if (view.current) forceLinting(view.current);
  }, [i18n.language]);

  return (
    <div
      ref={host}
      className="h-full min-h-64 overflow-hidden rounded-md border border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900"
    />
  );
}

export default RequestEditor;
