/**
 * Recent exchanges, bounded; the learner's own history lives in their browser. Each one is
 * kept as the JSON bytes that were sent for it: GET answers with the same bytes, and a
 * thousand flat buffers cost the garbage collector nothing, where a thousand exchange object
 * graphs would be traced on every major collection.
 */
export class ExchangeStore {
  readonly #items = new Map<string, Uint8Array<ArrayBuffer>>();
  constructor(private readonly max: number) {}

  add(id: string, json: Uint8Array<ArrayBuffer>): void {
    this.#items.set(id, json);
    while (this.#items.size > this.max) {
      const oldest = this.#items.keys().next();
      if (oldest.done) break;
      this.#items.delete(oldest.value);
    }
  }

  get(id: string): Uint8Array<ArrayBuffer> | undefined {
    return this.#items.get(id);
  }
}
