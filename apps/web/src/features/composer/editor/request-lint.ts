/**
 * Live problems in the editor (@codemirror/lint): a squiggle, a gutter marker and a message
 * in the learner's language, with quick fixes as actions.
 */
import { linter, lintGutter, lintKeymap } from '@codemirror/lint';
import type { Action, Diagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { fixChange } from './fix-change.ts';
import { fixLabel, loadProblemTexts, problemWords } from './problem-text.ts';
import { requestProblems } from './request-problems.ts';
import type { EditorProblem, QuickFixKind } from './request-problems.ts';

const SEVERITY = { bad: 'error', warn: 'warning', info: 'info' } as const;

/** Applies a quick fix to the editor (one undoable change). */
export function applyFix(view: EditorView, kind: QuickFixKind, p: EditorProblem): void {
  const change = fixChange(kind, p);
  const to = Math.min(change.to, view.state.doc.length);
  view.dispatch({ changes: { from: change.from, to, insert: change.insert }, userEvent: 'input.quickfix' });
}

function render(p: EditorProblem): () => Node {
  return () => {
    const words = problemWords(p);
    const box = document.createElement('div');
    box.className = 'cm-problem';
    const title = box.appendChild(document.createElement('strong'));
    title.textContent = words.summary;
    if (words.text) box.appendChild(document.createElement('p')).textContent = words.text;
    const link = box.appendChild(document.createElement('a'));
    link.href = words.see;
    link.target = '_blank';
    link.rel = 'noreferrer';
    link.textContent = words.see.replace('https://www.rfc-editor.org/rfc/', '').replace('#section-', ' §');
    return box;
  };
}

function diagnostic(p: EditorProblem): Diagnostic {
  const actions: Action[] = p.fix
    ? [{ name: fixLabel(p.fix), apply: (view) => applyFix(view, p.fix ?? 'add-host', p) }]
    : [];
  return {
    from: p.from,
    to: p.to,
    severity: SEVERITY[p.level],
    message: problemWords(p).summary,
    renderMessage: render(p),
    actions,
  };
}

/** Lint, gutter markers and the lint keymap (Ctrl+Shift+M lists the problems). */
export function requestLint(): Extension {
  return [
    linter(
      async (view) => {
        const doc = view.state.doc.toString();
        await loadProblemTexts();
        return requestProblems(doc).map(diagnostic);
      },
      { delay: 300 },
    ),
    lintGutter(),
    keymap.of(lintKeymap),
    EditorView.theme({
      '.cm-diagnosticAction': {
        backgroundColor: '#0f766e',
        color: '#fff',
        borderRadius: '4px',
        padding: '2px 8px',
      },
      '.cm-diagnostic': { padding: '4px 8px 6px 10px' },
      '.cm-tooltip-lint': { maxWidth: '30rem' },
    }),
  ];
}
