import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { currentLanguage } from '../../../lib/i18n.ts';
import { RULE_TOPICS } from '../types.ts';
import type { HeaderDoc, MethodDoc, RuleDoc, StatusCodeDoc } from '../types.ts';
import { referencePath } from '../utils/paths.ts';
import { Badge } from './badge.tsx';
import { RuleBadges } from './rule-badges.tsx';
import { Link } from '../../../components/link.tsx';

const ITEM =
  'block rounded-md px-3 py-2 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:hover:bg-slate-800/70';

interface ListProps<T> {
  items: T[];
  grouped: boolean;
}

function Entry({
  to,
  title,
  summary,
  badges,
}: {
  to: string;
  title: ReactNode;
  summary: string;
  badges?: ReactNode;
}) {
  return (
    <li>
      <Link href={to} className={ITEM}>
        <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <span className="font-mono font-semibold text-teal-900 dark:text-teal-200">{title}</span>
          {badges}
        </span>
        <span className="block text-sm text-slate-700 dark:text-slate-300">{summary}</span>
      </Link>
    </li>
  );
}

export function StatusCodeList({ items, grouped }: ListProps<StatusCodeDoc>) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const render = (list: StatusCodeDoc[]) => (
    <ul className="grid gap-0.5 md:grid-cols-2">
      {list.map((s) => (
        <Entry
          key={s.code}
          to={referencePath('status-codes', s.code)}
          title={`${s.code} ${s.reason}`}
          summary={s.summary[lang]}
        />
      ))}
    </ul>
  );
  if (!grouped) return render(items);
  const classes = [...new Set(items.map((s) => s.class))];
  return (
    <Groups
      groups={classes.map((c) => ({
        key: c,
        title: t(`reference.class.${c}`, { defaultValue: c }),
        list: render(items.filter((s) => s.class === c)),
      }))}
    />
  );
}

/** Sections under small headings: the status classes, the rules' topics. */
function Groups({ groups }: { groups: { key: string; title: string; list: ReactNode }[] }) {
  return (
    <div className="space-y-4">
      {groups.map((g) => (
        <section key={g.key}>
          <h3 className="mb-1 px-3 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {g.title}
          </h3>
          {g.list}
        </section>
      ))}
    </div>
  );
}

export function MethodList({ items }: ListProps<MethodDoc>) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <ul className="space-y-0.5">
      {items.map((m) => (
        <Entry
          key={m.name}
          to={referencePath('methods', m.name)}
          title={m.name}
          summary={m.summary[lang]}
          badges={
            <>
              {m.safe && <Badge tone="good">{t('reference.method.safe')}</Badge>}
              {m.idempotent && <Badge>{t('reference.method.idempotent')}</Badge>}
            </>
          }
        />
      ))}
    </ul>
  );
}

export function HeaderList({ items }: ListProps<HeaderDoc>) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <ul className="grid gap-0.5 md:grid-cols-2">
      {items.map((h) => (
        <Entry
          key={h.name}
          to={referencePath('headers', h.name)}
          title={h.name}
          summary={h.summary[lang]}
          badges={
            h.standard !== 'standard' ? (
              <Badge tone="warn">{t(`reference.header.standard.${h.standard}`)}</Badge>
            ) : null
          }
        />
      ))}
    </ul>
  );
}

export function RuleList({ items, grouped }: ListProps<RuleDoc>) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const render = (list: RuleDoc[]) => (
    <ul className="space-y-0.5">
      {list.map((r) => (
        <Entry
          key={r.id}
          to={referencePath('rules', r.id)}
          title={r.id}
          summary={r.summary[lang]}
          badges={<RuleBadges rule={r} />}
        />
      ))}
    </ul>
  );
  if (!grouped) return render(items);
  return (
    <Groups
      groups={RULE_TOPICS.filter((topic) => items.some((r) => r.topic === topic)).map((topic) => ({
        key: topic,
        title: t(`reference.rule.topic.${topic}`),
        list: render(items.filter((r) => r.topic === topic)),
      }))}
    />
  );
}
