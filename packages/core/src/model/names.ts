/** Normalising and fuzzy-matching the names users type (hardware, regions, zones, countries). */

const NOISE = /\(r\)|\(tm\)|®|™|\bprocessor\b|\bcpu\b|@\s*[\d.]+\s*ghz|\b\d+-core\b|\bwith radeon.*$|\bgraphics\b/g;
const VENDOR_WORDS = new Set(['nvidia', 'geforce', 'tesla', 'amd', 'intel', 'google', 'radeon', 'instinct', 'apple', 'cloud']);

/** Lower-case alphanumeric tokens, split at letter/digit boundaries, vendor words dropped: "RTX2080Ti" → rtx 2080 ti. */
export function nameTokens(text: string): string[] {
  const cleaned = text.toLowerCase().replace(NOISE, ' ');
  const raw = cleaned.match(/[a-z]+|\d+(?:\.\d+)?/g) ?? [];
  return raw.filter((t) => !VENDOR_WORDS.has(t));
}

/** A key for exact comparison: the tokens joined. */
export function nameKey(text: string): string {
  return nameTokens(text).join(' ');
}

/** Levenshtein distance, for "closest matches" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

export interface Named<T> {
  item: T;
  /** Display name, used in suggestions. */
  label: string;
  /** Every name the item answers to. */
  names: string[];
}

/** Names longer than this match nothing and get no suggestions (a 100k-character name is answered at once). */
export const MAX_NAME_LENGTH = 200;

export type MatchResult<T> =
  | { kind: 'one'; item: T }
  | { kind: 'many'; items: T[] }
  | { kind: 'none' };

interface Indexed<T> {
  entry: Named<T>;
  /** Lower-case names joined, for the cheap pre-filter. */
  hay: string;
  /** Token keys and sets, computed on first need (most entries are never tokenised). */
  keys?: string[];
  tokenSets?: Set<string>[];
}

function tokenise<T>(ix: Indexed<T>): { keys: string[]; tokenSets: Set<string>[] } {
  if (!ix.keys) {
    ix.keys = [...new Set(ix.entry.names.map(nameKey).filter((k) => k.length > 0))];
    ix.tokenSets = ix.keys.map((k) => new Set(k.split(' ')));
  }
  return { keys: ix.keys, tokenSets: ix.tokenSets! };
}

/**
 * A matcher over named items: exact key first, then the items whose tokens contain all of the query's.
 * Entries are tokenised lazily, after a substring pre-filter on the query's most selective token, so a
 * lookup in thousands of rows touches only the few that can match.
 */
export function createMatcher<T>(entries: readonly Named<T>[]) {
  const indexed: Indexed<T>[] = entries.map((entry) => ({ entry, hay: entry.names.join(' ').toLowerCase() }));

  /** Entries that can contain every query token: those whose names contain its most selective token. */
  function candidates(q: string[]): Indexed<T>[] {
    const probe = [...q].sort((a, b) => Number(/\d/.test(b)) - Number(/\d/.test(a)) || b.length - a.length)[0];
    return probe ? indexed.filter((ix) => ix.hay.includes(probe)) : indexed;
  }

  function match(query: string): MatchResult<T> {
    if (query.length > MAX_NAME_LENGTH) return { kind: 'none' };
    const key = nameKey(query);
    if (!key) return { kind: 'none' };
    const q = key.split(' ');
    const pool = candidates(q);
    const exact = pool.filter((ix) => tokenise(ix).keys.includes(key));
    if (exact.length === 1) return { kind: 'one', item: exact[0]!.entry.item };
    if (exact.length > 1) return { kind: 'many', items: exact.map((x) => x.entry.item) };
    const unique = new Set(q).size;
    let best: Indexed<T>[] = [];
    let bestExtra = Infinity;
    for (const ix of pool) {
      let extra = Infinity;
      for (const set of tokenise(ix).tokenSets) {
        if (q.every((t) => set.has(t))) extra = Math.min(extra, set.size - unique);
      }
      if (extra < bestExtra) {
        best = [ix];
        bestExtra = extra;
      } else if (extra === bestExtra && extra !== Infinity) best.push(ix);
    }
    if (best.length === 1) return { kind: 'one', item: best[0]!.entry.item };
    if (best.length > 1) return { kind: 'many', items: best.map((x) => x.entry.item) };
    return { kind: 'none' };
  }

  /** The labels of the closest entries to a query, best first. */
  function suggest(query: string, limit = 5): string[] {
    if (query.length > MAX_NAME_LENGTH) return [];
    const key = nameKey(query);
    const q = new Set(key.split(' '));
    const scored = indexed.map((ix) => {
      let score = Infinity;
      const { keys, tokenSets } = tokenise(ix);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const shared = [...q].filter((t) => tokenSets[i]!.has(t)).length;
        score = Math.min(score, editDistance(key, k) - 2 * shared);
      }
      return { label: ix.entry.label, score };
    });
    scored.sort((a, b) => a.score - b.score || a.label.localeCompare(b.label));
    return [...new Set(scored.slice(0, limit * 2).map((s) => s.label))].slice(0, limit);
  }

  /** Entries whose names contain every query token as a prefix of one of theirs (for search boxes). */
  function search(query: string, limit = 20): T[] {
    if (query.length > MAX_NAME_LENGTH) return [];
    const q = nameKey(query).split(' ').filter(Boolean);
    if (q.length === 0) return indexed.slice(0, limit).map((ix) => ix.entry.item);
    const out: { item: T; score: number }[] = [];
    for (const ix of candidates(q)) {
      let best = Infinity;
      for (const set of tokenise(ix).tokenSets) {
        const toks = [...set];
        if (q.every((t) => toks.some((s) => s.startsWith(t)))) best = Math.min(best, set.size);
      }
      if (best !== Infinity) out.push({ item: ix.entry.item, score: best });
    }
    out.sort((a, b) => a.score - b.score);
    return out.slice(0, limit).map((o) => o.item);
  }

  return { match, suggest, search };
}
