import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { MethodDoc } from '../types.ts';
import { referencePath } from '../utils/paths.ts';
import { Badge } from './badge.tsx';
import { DetailHeader, Facts, Section, StatusLinks } from './detail-parts.tsx';
import { InlineText } from './inline-text.tsx';
import { SpecLink } from './spec-link.tsx';

export interface MethodPageProps {
  entry: MethodDoc;
  reasons: ReadonlyMap<number, string>;
}

/** One method: safe, idempotent, cacheable, its bodies, and the status codes it usually meets. */
export function MethodPage({ entry, reasons }: MethodPageProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const yesNo = (v: boolean | string) =>
    typeof v === 'string'
      ? t(`reference.method.body.${v}`, { defaultValue: v })
      : v
        ? t('reference.yes')
        : t('reference.no');
  const facts = [
    { label: t('reference.method.safe'), value: yesNo(entry.safe) },
    { label: t('reference.method.idempotent'), value: yesNo(entry.idempotent) },
    { label: t('reference.method.cacheable'), value: yesNo(entry.cacheable) },
  ];
  if (entry.requestBody)
    facts.push({ label: t('reference.method.requestBody'), value: yesNo(entry.requestBody) });
  if (entry.responseBody)
    facts.push({ label: t('reference.method.responseBody'), value: yesNo(entry.responseBody) });
  return (
    <article>
      <DetailHeader
        back={referencePath('methods')}
        title={entry.name}
        badges={entry.safe ? <Badge tone="good">{t('reference.method.safe')}</Badge> : null}
      />
      <p className="mt-2 text-lg">{entry.summary[lang]}</p>
      <p className="mt-2 whitespace-pre-line text-slate-800 dark:text-slate-200">
        <InlineText text={entry.text[lang]} />
      </p>
      <p className="mt-2">
        <SpecLink spec={entry.spec} />
      </p>
      <Section title={t('reference.method.properties')}>
        <Facts items={facts} />
      </Section>
      {(entry.commonStatuses ?? []).length > 0 && (
        <Section title={t('reference.method.commonStatuses')}>
          <StatusLinks codes={entry.commonStatuses ?? []} reasons={reasons} />
        </Section>
      )}
    </article>
  );
}
