import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { Localized } from '@teapot/http-notes';
import type { RuleDoc, SpecLink as Spec } from '../types.ts';
import { referencePath } from '../utils/paths.ts';
import { Link } from '../../../components/link.tsx';
import { InlineText } from './inline-text.tsx';
import { LINK_CLASS } from './link-style.ts';
import { SpecLink } from './spec-link.tsx';

/** The back link and the heading row of a detail page. */
export function DetailHeader({ back, title, badges }: { back: string; title: string; badges?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Link href={back} className={`text-sm ${LINK_CLASS}`}>
        ← {t('reference.back')}
      </Link>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <h3 className="font-mono text-2xl font-bold">{title}</h3>
        {badges}
      </div>
    </>
  );
}

/** The top of every entry page: the one-line summary, the explanation and the spec link. */
export function EntryIntro({ entry }: { entry: { summary: Localized; text: Localized; spec: Spec } }) {
  const lang = currentLanguage();
  return (
    <>
      <p className="mt-2 text-lg">
        <InlineText text={entry.summary[lang]} />
      </p>
      <p className="mt-2 whitespace-pre-line text-slate-800 dark:text-slate-200">
        <InlineText text={entry.text[lang]} />
      </p>
      <p className="mt-2">
        <SpecLink spec={entry.spec} />
      </p>
    </>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-5">
      <h4 className="mb-1.5 font-semibold">{title}</h4>
      {children}
    </section>
  );
}

/** Yes/No facts as a definition list. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {items.map((f) => (
        <div key={f.label} className="contents">
          <dt className="text-slate-600 dark:text-slate-400">{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Links to header or method pages, by name; a name the reference has no page for stays text. */
export function NameLinks({
  kind,
  names,
  hasPage,
}: {
  kind: 'headers' | 'methods';
  names: readonly string[];
  hasPage: (name: string) => boolean;
}) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 font-mono text-sm">
      {names.map((name) => (
        <li key={name}>
          {hasPage(name) ? (
            <Link href={referencePath(kind, name)} className={LINK_CLASS}>
              {name}
            </Link>
          ) : (
            name
          )}
        </li>
      ))}
    </ul>
  );
}

/** Links to header pages (`known` holds lower-case names). */
export function HeaderLinks({ names, known }: { names: string[]; known: ReadonlySet<string> }) {
  return <NameLinks kind="headers" names={names} hasPage={(name) => known.has(name.toLowerCase())} />;
}

/** Links to status code pages: "405 Method Not Allowed". */
export function StatusLinks({ codes, reasons }: { codes: number[]; reasons: ReadonlyMap<number, string> }) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {codes.map((code) => (
        <li key={code}>
          <Link href={referencePath('status-codes', code)} className={LINK_CLASS}>
            <span className="font-mono">{code}</span> {reasons.get(code) ?? ''}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Links to design rule pages, each with its one-line summary. */
export function RuleLinks({ rules }: { rules: RuleDoc[] }) {
  const lang = currentLanguage();
  return (
    <ul className="space-y-1 text-sm">
      {rules.map((r) => (
        <li key={r.id}>
          <Link href={referencePath('rules', r.id)} className={LINK_CLASS}>
            {r.summary[lang]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
