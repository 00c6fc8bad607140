/**
 * Collects problems while parsing, with each key's default level from the table, and a bound
 * on how many are kept so that hostile input cannot make the output grow without limit.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-2.3
 */
import { getProblemInfo } from './problems.ts';
import type { Problem, ProblemKey, ProblemLevel, Span } from './types.ts';

/** At most this many problems per message; the rest are counted in `problems-truncated`. */
export const MAX_PROBLEMS = 100;

export class ProblemList {
  readonly items: Problem[] = [];
  private omitted = 0;

  /** Records a problem; `level` overrides the key's default for this occurrence. */
  add(key: ProblemKey, span: Span, params?: Problem['params'], level?: ProblemLevel): void {
    if (this.items.length >= MAX_PROBLEMS) {
      this.omitted += 1;
      return;
    }
    const problem: Problem = { level: level ?? getProblemInfo(key)?.level ?? 'bad', key, span };
    if (params && Object.keys(params).length > 0) problem.params = params;
    this.items.push(problem);
  }

  /** Appends the problems of another list (e.g. a chunked body decoded on its own). */
  addAll(problems: readonly Problem[]): void {
    for (const p of problems) this.add(p.key, p.span, p.params, p.level);
  }

  /** The problems in text order, with a final `problems-truncated` when some were left out. */
  finish(): Problem[] {
    const sorted = this.items.toSorted((a, b) => a.span.start - b.span.start);
    if (this.omitted === 0) return sorted;
    return [
      ...sorted,
      {
        level: 'info',
        key: 'problems-truncated',
        span: { start: 0, end: 0 },
        params: { omitted: this.omitted },
      },
    ];
  }
}
