import { useTranslation } from 'react-i18next';
import type { RuleDoc } from '../types.ts';
import { referencePath } from '../utils/paths.ts';
import { DetailHeader, EntryIntro, Facts, Section, StatusLinks } from './detail-parts.tsx';
import { RuleBadges } from './rule-badges.tsx';
import { Link } from '../../../components/link.tsx';
import { LINK_CLASS } from './link-style.ts';

export interface RulePageProps {
  entry: RuleDoc;
  reasons: ReadonlyMap<number, string>;
  /** Method names the reference has a page for. */
  knownMethods: ReadonlySet<string>;
}

/** The status code or method a rule is about, read from its id (`status-405-allow`, `method-get-no-body`). */
function subjectOf(id: string): { status?: number; method?: string } {
  const status = /^status-(\d{3})-/.exec(id);
  if (status) return { status: Number(status[1]) };
  const method = /^method-([a-z]+)-/.exec(id);
  return method ? { method: (method[1] ?? '').toUpperCase() } : {};
}

/** One design rule: what to do, why (with a bad and a good example), its strength and its source. */
export function RulePage({ entry, reasons, knownMethods }: RulePageProps) {
  const { t } = useTranslation();
  const subject = subjectOf(entry.id);
  return (
    <article>
      <DetailHeader back={referencePath('rules')} title={entry.id} badges={<RuleBadges rule={entry} />} />
      <EntryIntro entry={entry} />
      <Facts
        items={[
          { label: t('reference.rule.strength'), value: t(`reference.rule.levelLong.${entry.level}`) },
          { label: t('reference.rule.from'), value: t(`reference.rule.sourceLong.${entry.source}`) },
          { label: t('reference.rule.topicLabel'), value: t(`reference.rule.topic.${entry.topic}`) },
        ]}
      />
      {entry.rulebook && (
        <Section title={t('reference.rule.rulebookName')}>
          <blockquote lang="en" className="border-l-4 border-slate-300 pl-3 italic dark:border-slate-600">
            {entry.rulebook}
          </blockquote>
        </Section>
      )}
      {subject.status !== undefined && (
        <Section title={t('reference.rule.aboutStatus')}>
          <StatusLinks codes={[subject.status]} reasons={reasons} />
        </Section>
      )}
      {subject.method && knownMethods.has(subject.method) && (
        <Section title={t('reference.rule.aboutMethod')}>
          <Link href={referencePath('methods', subject.method)} className={`font-mono text-sm ${LINK_CLASS}`}>
            {subject.method}
          </Link>
        </Section>
      )}
    </article>
  );
}
