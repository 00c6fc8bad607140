/**
 * A line diff of two texts (longest common subsequence), laid out for a side-by-side view.
 */

export interface DiffRow {
  kind: 'same' | 'changed' | 'removed' | 'added';
  left?: string;
  right?: string;
}

/** Past this many cells the table is too big; lines are then paired in order. */
const MAX_CELLS = 4_000_000;

function lcsTable(a: readonly string[], b: readonly string[]): Uint32Array {
  const w = b.length + 1;
  const table = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * w + j] =
        a[i] === b[j]
          ? (table[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * w + j] ?? 0, table[i * w + j + 1] ?? 0);
    }
  }
  return table;
}

/** Pairs runs of removals and additions into 'changed' rows. */
function pairUp(rows: DiffRow[]): DiffRow[] {
  const out: DiffRow[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const n = Math.max(removed.length, added.length);
    for (let k = 0; k < n; k++) {
      const left = removed[k];
      const right = added[k];
      if (left !== undefined && right !== undefined) out.push({ kind: 'changed', left, right });
      else if (left !== undefined) out.push({ kind: 'removed', left });
      else if (right !== undefined) out.push({ kind: 'added', right });
    }
    removed = [];
    added = [];
  };
  for (const row of rows) {
    if (row.kind === 'removed' && row.left !== undefined) removed.push(row.left);
    else if (row.kind === 'added' && row.right !== undefined) added.push(row.right);
    else {
      flush();
      out.push(row);
    }
  }
  flush();
  return out;
}

/**
 * Side-by-side rows: equal lines, changed lines, and lines only on one side.
 * @example diffLines('a\nb', 'a\nc') // [{ kind: 'same', left: 'a', right: 'a' }, { kind: 'changed', left: 'b', right: 'c' }]
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
export function diffLines(leftText: string, rightText: string): DiffRow[] {
  const a = leftText.replace(/\r\n/g, '\n').split('\n');
  const b = rightText.replace(/\r\n/g, '\n').split('\n');
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    const rows: DiffRow[] = [];
    for (let k = 0; k < Math.max(a.length, b.length); k++) {
      const left = a[k];
      const right = b[k];
      if (left === right) rows.push({ kind: 'same', left, right });
      else
        rows.push({
          kind: left === undefined ? 'added' : right === undefined ? 'removed' : 'changed',
          left,
          right,
        });
    }
    return rows;
  }
  const table = lcsTable(a, b);
  const w = b.length + 1;
  const rows: DiffRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      rows.push({ kind: 'same', left: a[i], right: b[j] });
      i++;
      j++;
    } else if (
      j < b.length &&
      (i >= a.length || (table[i * w + j + 1] ?? 0) >= (table[(i + 1) * w + j] ?? 0))
    ) {
      rows.push({ kind: 'added', right: b[j++] });
    } else {
      rows.push({ kind: 'removed', left: a[i++] });
    }
  }
  return pairUp(rows);
}
