import { Fragment } from 'react';
import { parseMarkdown } from '@teapot/lessons';
import type { Block, Inline } from '@teapot/lessons';

function Inlines({ nodes }: { nodes: readonly Inline[] }) {
  return nodes.map((n, i) => {
    switch (n.kind) {
      case 'text':
        return <Fragment key={i}>{n.text}</Fragment>;
      case 'code':
        return (
          <code key={i} className="rounded bg-slate-100 px-1 py-0.5 text-[0.9em] dark:bg-slate-800">
            {n.text}
          </code>
        );
      case 'strong':
        return (
          <strong key={i}>
            <Inlines nodes={n.children} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <Inlines nodes={n.children} />
          </em>
        );
      case 'link':
        return (
          <a
            key={i}
            href={n.href}
            target="_blank"
            rel="noreferrer"
            className="text-teal-800 underline dark:text-teal-300"
          >
            <Inlines nodes={n.children} />
          </a>
        );
    }
  });
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return (
        <h3 className="mt-4 font-semibold">
          <Inlines nodes={block.children} />
        </h3>
      );
    case 'paragraph':
      return (
        <p>
          <Inlines nodes={block.children} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Inlines nodes={item} />
        </li>
      ));
      return block.ordered ? (
        <ol className="list-decimal space-y-1 pl-6">{items}</ol>
      ) : (
        <ul className="list-disc space-y-1 pl-6">{items}</ul>
      );
    }
    case 'code':
      return (
        <pre
          tabIndex={0}
          className="overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm dark:border-slate-800 dark:bg-slate-900"
        >
          {block.text}
        </pre>
      );
  }
}

/** A lesson text, rendered as elements from the Markdown subset (never as HTML). */
export function Markdown({ source, className = '' }: { source: string; className?: string }) {
  return (
    <div className={`space-y-3 leading-relaxed ${className}`}>
      {parseMarkdown(source).map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </div>
  );
}
