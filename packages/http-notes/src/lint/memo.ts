/**
 * Remembers what `make` built for each knowledge-base entry. The parts of a note that only
 * depend on its entry are the same in every exchange, so they are built once and frozen
 * (notes share them; nobody may change them).
 * @example const partsOf = perEntry((e: MethodEntry) => ({ id: `method-${e.name.toLowerCase()}` }));
 */
export function perEntry<K extends object, V extends object>(
  make: (entry: K) => V,
): (entry: K) => Readonly<V> {
  const made = new WeakMap<K, Readonly<V>>();
  return (entry) => {
    let value = made.get(entry);
    if (!value) {
      value = Object.freeze(make(entry));
      made.set(entry, value);
    }
    return value;
  };
}
