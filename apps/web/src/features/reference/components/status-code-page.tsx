import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { RuleDoc, StatusCodeDoc } from '../types.ts';
import { referencePath } from '../utils/paths.ts';
import { tryItText } from '../utils/try-it.ts';
import { Badge } from './badge.tsx';
import {
  DetailHeader,
  EntryIntro,
  Facts,
  HeaderLinks,
  RuleLinks,
  Section,
  StatusLinks,
} from './detail-parts.tsx';
import { InlineText } from './inline-text.tsx';

export interface StatusCodePageProps {
  entry: StatusCodeDoc;
  reasons: ReadonlyMap<number, string>;
  knownHeaders: ReadonlySet<string>;
  onTry: (text: string) => void;
  token?: string | null;
  /** The design rules about this status code. */
  rules?: RuleDoc[];
}

/** One status code: what it means, its headers, what it is confused with, and an example to try. */
export function StatusCodePage({
  entry,
  reasons,
  knownHeaders,
  onTry,
  token,
  rules = [],
}: StatusCodePageProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const yesNo = (v: boolean | undefined) =>
    v === undefined ? '-' : v ? t('reference.yes') : t('reference.no');
  const required = entry.headers?.required ?? [];
  const usual = entry.headers?.usual ?? [];
  return (
    <article>
      <DetailHeader
        back={referencePath('status-codes')}
        title={`${entry.code} ${entry.reason}`}
        badges={<Badge>{t(`reference.class.${entry.class}`, { defaultValue: entry.class })}</Badge>}
      />
      <EntryIntro entry={entry} />
      <Facts
        items={[
          { label: t('reference.status.bodyAllowed'), value: yesNo(entry.bodyAllowed) },
          { label: t('reference.status.cacheable'), value: yesNo(entry.cacheableByDefault) },
        ]}
      />
      {required.length > 0 && (
        <Section title={t('reference.status.requiredHeaders')}>
          <HeaderLinks names={required} known={knownHeaders} />
        </Section>
      )}
      {usual.length > 0 && (
        <Section title={t('reference.status.usualHeaders')}>
          <HeaderLinks names={usual} known={knownHeaders} />
        </Section>
      )}
      {rules.length > 0 && (
        <Section title={t('reference.rule.related')}>
          <RuleLinks rules={rules} />
        </Section>
      )}
      {(entry.confusions ?? []).length > 0 && (
        <Section title={t('reference.status.confusions')}>
          <ul className="space-y-3">
            {(entry.confusions ?? []).map((c) => (
              <li key={c.with.join('-')}>
                <StatusLinks codes={c.with} reasons={reasons} />
                <p className="mt-0.5 text-sm text-slate-800 dark:text-slate-200">
                  <InlineText text={c.text[lang]} />
                </p>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={t('reference.status.example')}>
        {entry.example ? (
          <div className="space-y-2">
            {entry.why && (
              <p className="text-sm">
                <InlineText text={entry.why[lang]} />
              </p>
            )}
            {(entry.setup ?? []).length > 0 && (
              <div className="text-sm">
                <p>{t('reference.status.setup')}</p>
                {(entry.setup ?? []).map((s, i) => (
                  <pre
                    key={i}
                    className="mt-1 rounded-md bg-slate-100 p-2 font-mono text-xs whitespace-pre-wrap break-all dark:bg-slate-900"
                  >
                    {s.replace(/\r\n/g, '\n')}
                  </pre>
                ))}
              </div>
            )}
            <pre
              role="group"
              aria-label={t('reference.status.example')}
              className="rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm whitespace-pre-wrap break-all dark:border-slate-800 dark:bg-slate-900"
            >
              {entry.example.replace(/\r\n/g, '\n')}
            </pre>
            <div className="flex flex-wrap items-center gap-3">
              <Button
                variant="primary"
                onClick={() => onTry(tryItText(entry.example ?? '', entry.setup, token))}
              >
                {t('reference.status.tryIt')}
              </Button>
              <span className="text-xs text-slate-600 dark:text-slate-400">
                {t('reference.status.tryItHint')}
              </span>
            </div>
          </div>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('reference.status.noExample')}</p>
        )}
      </Section>
    </article>
  );
}
