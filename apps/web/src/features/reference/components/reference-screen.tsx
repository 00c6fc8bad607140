import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Link } from '../../../components/link.tsx';
import { openInPlayground } from '../../../lib/playground-bridge.ts';
import { navigate, useLocation } from '../../../lib/router.ts';
import { useToken } from '../../../lib/token.ts';
import { useHeaders } from '../api/get-headers.ts';
import { useMethods } from '../api/get-methods.ts';
import { useRules } from '../api/get-rules.ts';
import { useStatusCodes } from '../api/get-status-codes.ts';
import { REFERENCE_KINDS } from '../types.ts';
import type { ReferenceKind } from '../types.ts';
import { parseReferencePath, referencePath } from '../utils/paths.ts';
import { searchEntries } from '../utils/search.ts';
import { headerFields, methodFields, ruleFields, rulesAbout, statusFields } from '../utils/search-fields.ts';
import { HeaderList, MethodList, RuleList, StatusCodeList } from './entry-lists.tsx';
import { HeaderPage } from './header-page.tsx';
import { MethodPage } from './method-page.tsx';
import { RulePage } from './rule-page.tsx';
import { StatusCodePage } from './status-code-page.tsx';

export interface ReferenceScreenProps {
  /** The current pathname, e.g. /reference/status-codes/404. */
  path: string;
  /** Loads request text into the playground's editor (the status codes' "Try it"). */
  onTry: (text: string) => void;
  /** The learner's bearer token, filled into examples that need one. */
  token?: string | null;
}

/**
 * The HTTP reference: status codes, methods, header fields and design rules, browsable and searchable
 * in English and Korean at once, with a page for each entry.
 */
export function ReferenceScreen() {
  const { t } = useTranslation();
  const location = parseReferencePath(useLocation().pathname);
  const token = useToken();
  const onTry = (text: string) => openInPlayground(text, 'reference');
  const [query, setQuery] = useState('');
  const searchId = useId();
  const content = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const statusCodes = useStatusCodes();
  const methods = useMethods();
  const headers = useHeaders();
  const rules = useRules();

  useEffect(() => {
    if (first.current) first.current = false;
    else content.current?.focus({ preventScroll: false });
  }, [location.kind, location.key]);

  const found = useMemo(
    () => ({
      'status-codes': searchEntries(statusCodes.data ?? [], query, statusFields),
      methods: searchEntries(methods.data ?? [], query, methodFields),
      headers: searchEntries(headers.data ?? [], query, headerFields),
      rules: searchEntries(rules.data ?? [], query, ruleFields),
    }),
    [statusCodes.data, methods.data, headers.data, rules.data, query],
  );
  const reasons = useMemo(
    () => new Map((statusCodes.data ?? []).map((s) => [s.code, s.reason])),
    [statusCodes.data],
  );
  const knownHeaders = useMemo(
    () => new Set((headers.data ?? []).map((h) => h.name.toLowerCase())),
    [headers.data],
  );

  const knownMethods = useMemo(() => new Set((methods.data ?? []).map((m) => m.name)), [methods.data]);

  const queries = { 'status-codes': statusCodes, methods, headers, rules } as const;
  const current = queries[location.kind];
  const onSearch = (value: string) => {
    setQuery(value);
    if (location.key) navigate(referencePath(location.kind));
  };

  let body;
  if (current.isPending) body = <p role="status">{t('reference.loading')}</p>;
  else if (current.isError) body = <ErrorMessage error={current.error} />;
  else if (location.key) body = detail();
  else body = list(location.kind);

  function list(kind: ReferenceKind) {
    const grouped = query.trim() === '';
    if (found[kind].length === 0) return <p role="status">{t('reference.noResults', { query })}</p>;
    if (kind === 'methods') return <MethodList items={found.methods} grouped={grouped} />;
    if (kind === 'headers') return <HeaderList items={found.headers} grouped={grouped} />;
    if (kind === 'rules') return <RuleList items={found.rules} grouped={grouped} />;
    return <StatusCodeList items={found['status-codes']} grouped={grouped} />;
  }

  function detail() {
    const key = location.key ?? '';
    const missing = <p role="status">{t('reference.notFound', { key })}</p>;
    if (location.kind === 'status-codes') {
      const entry = statusCodes.data?.find((s) => String(s.code) === key);
      if (!entry) return missing;
      const page = {
        entry,
        reasons,
        knownHeaders,
        onTry,
        token,
        rules: rulesAbout(rules.data ?? [], 'status', entry.code),
      };
      return <StatusCodePage {...page} />;
    }
    if (location.kind === 'methods') {
      const entry =
        methods.data?.find((m) => m.name === key) ?? methods.data?.find((m) => m.name === key.toUpperCase());
      return entry ? (
        <MethodPage
          entry={entry}
          reasons={reasons}
          rules={rulesAbout(rules.data ?? [], 'method', entry.name)}
        />
      ) : (
        missing
      );
    }
    if (location.kind === 'rules') {
      const entry =
        rules.data?.find((r) => r.id === key) ?? rules.data?.find((r) => r.id === key.toLowerCase());
      return entry ? <RulePage entry={entry} reasons={reasons} knownMethods={knownMethods} /> : missing;
    }
    const lower = key.toLowerCase();
    const entry = headers.data?.find((h) => h.name.toLowerCase() === lower);
    if (!entry) return missing;
    const usedBy = (statusCodes.data ?? [])
      .filter((s) =>
        [...(s.headers?.required ?? []), ...(s.headers?.usual ?? [])].some((n) => n.toLowerCase() === lower),
      )
      .map((s) => s.code);
    return <HeaderPage entry={entry} usedBy={usedBy} reasons={reasons} />;
  }

  return (
    <div className="mx-auto w-full max-w-5xl p-4">
      <h2 className="text-xl font-bold">{t('reference.title')}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('reference.intro')}</p>
      <search className="mt-3 flex flex-wrap items-center gap-2">
        <label htmlFor={searchId} className="text-sm font-medium">
          {t('reference.search')}
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => onSearch(e.target.value)}
          placeholder={t('reference.searchPlaceholder')}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900"
        />
      </search>
      <nav
        aria-label={t('reference.kinds')}
        className="mt-3 flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-800"
      >
        {REFERENCE_KINDS.map((kind) => (
          <Link
            key={kind}
            href={referencePath(kind)}
            aria-current={location.kind === kind && !location.key ? 'page' : undefined}
            className={`-mb-px rounded-t-md border-b-2 px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-teal-600 ${
              location.kind === kind
                ? 'border-teal-700 font-semibold text-teal-900 dark:border-teal-400 dark:text-teal-200'
                : 'border-transparent text-slate-700 hover:text-slate-950 dark:text-slate-300 dark:hover:text-white'
            }`}
          >
            {t(`reference.kind.${kind}`)}
            {queries[kind].data && <span className="ml-1 text-xs font-normal">({found[kind].length})</span>}
          </Link>
        ))}
      </nav>
      <p role="status" className="sr-only">
        {query.trim() !== '' && !location.key
          ? t('reference.results', { n: found[location.kind].length })
          : ''}
      </p>
      <div ref={content} tabIndex={-1} className="mt-3 outline-none">
        {body}
      </div>
    </div>
  );
}

export default ReferenceScreen;
