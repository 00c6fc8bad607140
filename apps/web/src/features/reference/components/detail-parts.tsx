import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { referencePath } from '../utils/paths.ts';
import { LINK_CLASS, RefLink } from './ref-link.tsx';

/** The back link and the heading row of a detail page. */
export function DetailHeader({ back, navigate, title, badges }: {
  back: string;
  navigate: (to: string) => void;
  title: string;
  badges?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <RefLink to={back} navigate={navigate} className={`text-sm ${LINK_CLASS}`}>
        ← {t('reference.back')}
      </RefLink>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <h3 className="font-mono text-2xl font-bold">{title}</h3>
        {badges}
      </div>
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

/** Links to header pages (known headers) or plain names (unknown ones). */
export function HeaderLinks({ names, known, navigate }: {
  names: string[];
  known: ReadonlySet<string>;
  navigate: (to: string) => void;
}) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 font-mono text-sm">
      {names.map((name) => (
        <li key={name}>
          {known.has(name.toLowerCase()) ? (
            <RefLink to={referencePath('headers', name)} navigate={navigate} className={LINK_CLASS}>
              {name}
            </RefLink>
          ) : (
            name
          )}
        </li>
      ))}
    </ul>
  );
}

/** Links to status code pages: "405 Method Not Allowed". */
export function StatusLinks({ codes, reasons, navigate }: {
  codes: number[];
  reasons: ReadonlyMap<number, string>;
  navigate: (to: string) => void;
}) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {codes.map((code) => (
        <li key={code}>
          <RefLink to={referencePath('status-codes', code)} navigate={navigate} className={LINK_CLASS}>
            <span className="font-mono">{code}</span> {reasons.get(code) ?? ''}
          </RefLink>
        </li>
      ))}
    </ul>
  );
}
