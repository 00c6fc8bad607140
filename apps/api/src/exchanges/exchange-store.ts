import type { Exchange } from './run-exchange.ts';

/** Recent exchanges, bounded; the learner's own history lives in their browser. */
export class ExchangeStore {
  readonly #items = new Map<string, Exchange>();
  constructor(private readonly max: number) {}

  add(exchange: Exchange): void {
    this.#items.set(exchange.id, exchange);
    while (this.#items.size > this.max) {
      const oldest = this.#items.keys().next();
      if (oldest.done) break;
      this.#items.delete(oldest.value);
    }
  }

  get(id: string): Exchange | undefined {
    return this.#items.get(id);
  }
}
