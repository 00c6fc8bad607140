import type { ReactNode } from 'react';
import type { ExchangeLike } from '@teapot/lessons';

/**
 * What a lesson asks of the playground's editor and response view. The app shell passes a
 * `renderWorkbench` that builds one from the composer and exchange features, so this feature
 * never imports them.
 */
export interface WorkbenchProps {
  /** The editor's first text (the lesson's start request, token filled in). */
  initialRequest: string;
  /** Where to keep the learner's draft; omitted: kept in memory only (embeds). */
  draftKey?: string;
  /** Every exchange that comes back from a send. */
  onExchange: (exchange: ExchangeLike) => void;
  /** A tighter layout for iframes. */
  compact?: boolean;
}

export type RenderWorkbench = (props: WorkbenchProps) => ReactNode;
