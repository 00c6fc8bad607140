import { jsonTokens } from '../utils/json-body.ts';
import type { JsonTokenKind } from '../utils/json-body.ts';

const TOKEN_CLASS: Record<JsonTokenKind, string> = {
  key: 'text-teal-800 dark:text-teal-300',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-fuchsia-700 dark:text-fuchsia-300',
  literal: 'text-sky-700 dark:text-sky-300 font-semibold',
  punctuation: 'text-slate-500 dark:text-slate-400',
  space: '',
};

/** Pretty-printed JSON, coloured by token, rendered as text. */
export function JsonView({ json, label }: { json: string; label: string }) {
  return (
    <pre
      role="group"
      aria-label={label}
      className="overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm leading-relaxed whitespace-pre-wrap break-words dark:border-slate-800 dark:bg-slate-900"
    >
      {jsonTokens(json).map((token, i) =>
        token.kind === 'space' ? (
          token.text
        ) : (
          <span key={i} className={TOKEN_CLASS[token.kind]}>
            {token.text}
          </span>
        ),
      )}
    </pre>
  );
}
