import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import {
  addHeader,
  readRawRequest,
  removeHeaderAt,
  setBody,
  setHeaderAt,
  setStartLine,
} from '../../../lib/raw-request.ts';

export interface StructuredViewProps {
  value: string;
  onChange: (value: string) => void;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const INPUT =
  'w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-950 ' +
  'focus-visible:outline-2 focus-visible:outline-teal-600';

/**
 * The request as a form: request line, a header table and the body. Every edit rewrites
 * only its own part of the raw text, which stays the source of truth.
 */
export function StructuredView({ value, onChange }: StructuredViewProps) {
  const { t } = useTranslation();
  const r = readRawRequest(value);
  const ids = useId();
  const methodList = `${ids}-methods`;
  return (
    <div
      className="space-y-4 rounded-md border border-slate-300 p-3 dark:border-slate-700"
      data-testid="structured-view"
    >
      <fieldset className="grid grid-cols-[7rem_1fr_7rem] gap-2">
        <legend className="mb-1 text-sm font-semibold">{t('composer.structured.requestLine')}</legend>
        <label className="text-xs text-slate-600 dark:text-slate-400">
          {t('composer.structured.method')}
          <input
            className={INPUT}
            list={methodList}
            value={r.method}
            onChange={(e) => onChange(setStartLine(value, { method: e.target.value.replace(/\s/g, '') }))}
          />
          <datalist id={methodList}>
            {METHODS.map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
        </label>
        <label className="text-xs text-slate-600 dark:text-slate-400">
          {t('composer.structured.target')}
          <input
            className={INPUT}
            value={r.target}
            onChange={(e) => onChange(setStartLine(value, { target: e.target.value.replace(/\s/g, '') }))}
          />
        </label>
        <label className="text-xs text-slate-600 dark:text-slate-400">
          {t('composer.structured.version')}
          <input
            className={INPUT}
            value={r.version}
            onChange={(e) => onChange(setStartLine(value, { version: e.target.value.replace(/\s/g, '') }))}
          />
        </label>
      </fieldset>

      <fieldset>
        <legend className="mb-1 text-sm font-semibold">{t('composer.structured.headers')}</legend>
        <table className="w-full border-separate border-spacing-y-1 text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">{t('composer.structured.name')}</th>
              <th scope="col">{t('composer.structured.value')}</th>
              <th scope="col">{t('composer.structured.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {r.headers.map((h, i) => (
              <tr key={i} className="align-top">
                {h.colon ? (
                  <>
                    <td className="w-2/5 pr-1">
                      <input
                        className={INPUT}
                        aria-label={t('composer.structured.nameOf', { n: i + 1 })}
                        value={h.name}
                        onChange={(e) => onChange(setHeaderAt(value, i, e.target.value, h.value))}
                      />
                    </td>
                    <td className="pr-1">
                      <input
                        className={INPUT}
                        aria-label={t('composer.structured.valueOf', { name: h.name || i + 1 })}
                        value={h.value}
                        onChange={(e) => onChange(setHeaderAt(value, i, h.name, e.target.value))}
                      />
                    </td>
                  </>
                ) : (
                  <td colSpan={2} className="pr-1">
                    <p className="rounded border border-red-400 bg-red-50 px-2 py-1 font-mono text-red-900 dark:bg-red-950/50 dark:text-red-200">
                      {h.name}
                    </p>
                    <p className="mt-0.5 text-xs text-red-800 dark:text-red-300">
                      {t('composer.structured.noColon')}
                    </p>
                  </td>
                )}
                <td className="w-px">
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t('composer.structured.remove', { name: h.name || i + 1 })}
                    onClick={() => onChange(removeHeaderAt(value, i))}
                  >
                    <span aria-hidden>✕</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Button size="sm" className="mt-1" onClick={() => onChange(addHeader(value, 'X-Header', ''))}>
          + {t('composer.structured.add')}
        </Button>
      </fieldset>

      <label className="block">
        <span className="mb-1 block text-sm font-semibold">{t('composer.structured.body')}</span>
        <textarea
          className={`${INPUT} min-h-32`}
          value={r.body}
          spellCheck={false}
          onChange={(e) => onChange(setBody(value, e.target.value))}
        />
        {!r.blankLine && (
          <span className="text-xs text-slate-600 dark:text-slate-400">
            {t('composer.structured.noBlankLine')}
          </span>
        )}
      </label>
    </div>
  );
}
