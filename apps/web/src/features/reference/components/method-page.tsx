import { useTranslation } from 'react-i18next';
import type { MethodDoc, RuleDoc } from '../types.ts';
import { referencePath } from '../utils/paths.ts';
import { Badge } from './badge.tsx';
import { DetailHeader, EntryIntro, Facts, RuleLinks, Section, StatusLinks } from './detail-parts.tsx';

export interface MethodPageProps {
  entry: MethodDoc;
  reasons: ReadonlyMap<number, string>;
  /** The design rules about this method. */
  rules?: RuleDoc[];
}

/** One method: safe, idempotent, cacheable, its bodies, and the status codes it usually meets. */
export function MethodPage({ entry, reasons, rules = [] }: MethodPageProps) {
  const { t } = useTranslation();
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
      <EntryIntro entry={entry} />
      <Section title={t('reference.method.properties')}>
        <Facts items={facts} />
      </Section>
      {rules.length > 0 && (
        <Section title={t('reference.rule.related')}>
          <RuleLinks rules={rules} />
        </Section>
      )}
      {(entry.commonStatuses ?? []).length > 0 && (
        <Section title={t('reference.method.commonStatuses')}>
          <StatusLinks codes={entry.commonStatuses ?? []} reasons={reasons} />
        </Section>
      )}
    </article>
  );
}
