/** The search of `carbontrail data`: exact names first, then whole-word prefixes; loose token matches only when neither finds a row. */
import { nameKey, nameTokens } from '@carbontrail/core';

/** How the rows of one table are searched. */
export interface Searchable<R> {
  /** Names a row answers to exactly: its id, name, aliases, zone key. */
  names: (r: R) => readonly string[];
  /** Text whose words a query may begin (defaults to `names`): adds vendor, type, year and the like. */
  words?: (r: R) => readonly string[];
  /** Codes a two-letter upper-case query matches exactly, the row's own code first (zone key, then country). */
  codes?: (r: R) => readonly string[];
  /** Everything the loose fallback matches against. */
  haystack: (r: R) => string;
}

/** Lower-case words of a text, each also split at - / _ ("europe-west4" gives europe-west4, europe and west4). */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/\s+/)) {
    const w = raw.replace(/^[("'[]+|[)"'\],;:.]+$/g, '');
    if (!w) continue;
    out.push(w);
    for (const part of w.split(/[-/_]+/)) if (part && part !== w) out.push(part);
  }
  return out;
}

/** The loose match of earlier versions: every query token begins a token of the haystack ("h100" → h, 100). */
function looseMatch(haystack: string, query: string): boolean {
  const q = nameTokens(query);
  if (q.length === 0) return haystack.toLowerCase().includes(query.toLowerCase());
  const hay = nameTokens(haystack);
  return q.every((t) => hay.some((h) => h.startsWith(t)));
}

/**
 * The rows a query finds, best first: rows with a name equal to the query (case and punctuation aside), then rows
 * where every word of the query begins a whole word of their names; only when neither finds a row, the loose token
 * match. A two-letter upper-case query that is a zone key or country code ("DE") finds exactly the rows of that code.
 */
export function searchRows<R>(rows: readonly R[], query: string, s: Searchable<R>): R[] {
  const q = query.trim();
  if (q === '') return [...rows];
  if (s.codes && /^[A-Z]{2}$/.test(q)) {
    const hits = rows.filter((r) => s.codes!(r).includes(q));
    if (hits.length > 0) return [...hits.filter((r) => s.codes!(r)[0] === q), ...hits.filter((r) => s.codes!(r)[0] !== q)];
  }
  const lower = q.toLowerCase();
  const key = nameKey(q);
  const queryWords = wordsOf(q);
  const words = s.words ?? s.names;
  const exact: R[] = [];
  const prefix: R[] = [];
  for (const r of rows) {
    if (s.names(r).some((n) => n.toLowerCase() === lower || (key !== '' && nameKey(n) === key))) exact.push(r);
    else {
      const own = words(r).flatMap(wordsOf);
      if (queryWords.every((w) => own.some((t) => t.startsWith(w)))) prefix.push(r);
    }
  }
  if (exact.length + prefix.length > 0) return [...exact, ...prefix];
  return rows.filter((r) => looseMatch(s.haystack(r), q));
}
