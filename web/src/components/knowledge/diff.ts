// Small diffs for the history: lines of text (an answer), items of a list (similar
// questions) and characters within a changed line, by longest common subsequence.

export type Op = 'same' | 'added' | 'removed'
export interface Piece { op: Op; text: string }

/** The longest-common-subsequence edit script of two sequences. Quadratic: answers and
 *  lists here are short (an answer is at most 20,000 characters, a few hundred lines). */
function script<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean): { op: Op; item: T }[] {
  const n = a.length
  const m = b.length
  if (n * m > 4_000_000) {
    // Too big to compare finely: everything old out, everything new in.
    return [...a.map((item) => ({ op: 'removed' as Op, item })), ...b.map((item) => ({ op: 'added' as Op, item }))]
  }
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = eq(a[i]!, b[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
    }
  }
  const out: { op: Op; item: T }[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (eq(a[i]!, b[j]!)) {
      out.push({ op: 'same', item: a[i]! })
      i++
      j++
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
      out.push({ op: 'removed', item: a[i++]! })
    } else {
      out.push({ op: 'added', item: b[j++]! })
    }
  }
  while (i < n) out.push({ op: 'removed', item: a[i++]! })
  while (j < m) out.push({ op: 'added', item: b[j++]! })
  return out
}

/** Characters of one line against another, runs of the same kind joined. */
export function diffChars(before: string, after: string): Piece[] {
  const pieces: Piece[] = []
  for (const { op, item } of script([...before], [...after], (x, y) => x === y)) {
    const last = pieces[pieces.length - 1]
    if (last && last.op === op) last.text += item
    else pieces.push({ op, text: item })
  }
  return pieces
}

export interface LineChange { op: Op; text: string; pieces?: Piece[] }

/** Lines of `before` against `after`. A removed line followed by an added one is shown as
 *  one changed pair, each with its characters marked. */
export function diffLines(before: string, after: string): LineChange[] {
  const lines = script(before.split('\n'), after.split('\n'), (x, y) => x === y)
  const out: LineChange[] = []
  for (let k = 0; k < lines.length; k++) {
    const current = lines[k]!
    const next = lines[k + 1]
    if (current.op === 'removed' && next?.op === 'added') {
      const pieces = diffChars(current.item, next.item)
      out.push({ op: 'removed', text: current.item, pieces: pieces.filter((p) => p.op !== 'added') })
      out.push({ op: 'added', text: next.item, pieces: pieces.filter((p) => p.op !== 'removed') })
      k++
    } else {
      out.push({ op: current.op, text: current.item })
    }
  }
  return out
}

/** Items of a list: which stayed, which went, which came (order kept). */
export function diffList(before: string[], after: string[]): { op: Op; text: string }[] {
  return script(before, after, (x, y) => x === y).map(({ op, item }) => ({ op, text: item }))
}
