/**
 * Which date in a sentence belongs to an event.
 *
 * The heuristic, in order:
 * 1. A date phrase that contains the trigger belongs to it.
 * 2. Dates that cannot belong to the trigger are left out:
 *    - a date inside an *attribute* of another noun: a determiner, the date,
 *      then an inflected participle and its noun (`das im Juni vereinbarte
 *      Abkommen`, `des im vergangenen Jahr ... geschlossenen Vertrags`,
 *      `die seit dem Sommer besetzten Gebiete`). It dates that participle, so
 *      it is kept only when the trigger is that participle or its noun (then
 *      it is the best match of all);
 *    - a date on the other side of `dass`/`daß` (a content clause reports a
 *      different event from the verb that introduces it), or of `nachdem`,
 *      `bevor`, `weil`, `obwohl` (`… am 14. Januar Insolvenz angemeldet,
 *      nachdem Gespräche gescheitert waren`: the failure is not dated);
 *    - a date inside a relative clause when the trigger is outside it
 *      (`…, in die die Armee im Sommer 2024 eingedrungen war`);
 *    - a date inside a quotation when the trigger is outside it, or the
 *      reverse (quoted speech is its own event; a short quoted name such as
 *      `"KCNA"` between them does not count, only being inside vs outside).
 * 3. Of the rest, one in the same clause as the trigger wins; clauses end at
 *    `,` `;` `:` brackets, dashes, quotation marks and the words `und`,
 *    `oder`, `sowie`, `aber`, `sondern`, `weil`, `nachdem`, `bevor`,
 *    `obwohl` (never inside a date phrase: `Mittwoch, 4. Dezember`).
 * 4. Otherwise the nearest (gap in characters between phrase and trigger).
 * 5. A postnominal `vom ...` (`der Vertrag vom Juni`) dates its noun: it only
 *    wins when nothing else is left.
 *
 * No candidate left: null (the caller then falls back to the publication
 * date as "reported" evidence).
 *
 * @module
 */

/** The span fields a candidate needs. */
export interface Span {
  index: number;
  end: number;
  text: string;
}

type BoundaryKind = 'weak' | 'dass' | 'quote' | 'relative';

interface Boundary {
  pos: number;
  kind: BoundaryKind;
}

const BOUNDARY =
  /[,;:()[\]–—]|\s-\s|[„“”"«»‹›]|(?<![\p{L}])(?:dass|daß)(?![\p{L}])|(?<=\s)(?:und|oder|sowie|aber|sondern|weil|nachdem|bevor|obwohl)(?=\s)/gu;

const QUOTE = /[„“”"«»‹›]/u;

/** A comma opening a relative clause: `, in die …`, `, der …`, `, deren …`. */
const RELATIVE_OPENING = /^,\s*(?:(?:in|an|auf|aus|bei|mit|nach|seit|von|vor|zu|über|unter|für|gegen|durch|um)\s+)?(?:der|die|das|dem|den|deren|dessen|denen|welche[mnrs]?)\s/u;

function boundaries(sentence: string, spans: readonly Span[]): Boundary[] {
  const out: Boundary[] = [];
  for (const m of sentence.matchAll(BOUNDARY)) {
    const pos = m.index;
    if (spans.some((s) => pos >= s.index && pos < s.end)) continue;
    const kind: BoundaryKind = QUOTE.test(m[0])
      ? 'quote'
      : /^(?:da(?:ss|ß)|nachdem|bevor|weil|obwohl)$/.test(m[0])
        ? 'dass'
        : m[0] === ',' && RELATIVE_OPENING.test(sentence.slice(pos))
          ? 'relative'
          : 'weak';
    out.push({ pos, kind });
  }
  return out;
}

/** Quotation region of an offset: 'out', or the index of the quote it is in. */
function quoteRegion(sentence: string, pos: number): string {
  let inside = false;
  let opened = -1;
  for (let i = 0; i < pos && i < sentence.length; i++) {
    if (QUOTE.test(sentence[i]!)) {
      inside = !inside;
      if (inside) opened = i;
    }
  }
  return inside ? `q${opened}` : 'out';
}

const DETERMINER_BEFORE =
  /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|dieser|diese|dieses|diesen|diesem|vom|zum|zur|beim|ihr|ihre|ihren|ihrem|ihres|ihrer|sein|seine|seinen|seinem|seines|seiner|unsere[mnrs]?)\s+(?:(?:erst|bereits|schon|noch|zuletzt|zuvor|offiziell|erstmals|formell|kürzlich)\s+)*$/iu;

/** An inflected participle or adjective (`vereinbarte`, `geschlossenen`, `andauernde`, `besetzten`). */
const PARTICIPLE = /^\p{Ll}\p{L}*(?:t|en|end)(?:e|en|em|er|es)$/u;

/**
 * When a date sits inside an extended attribute (`das im Juni vereinbarte
 * Abkommen`), the span from the date to the end of the noun it describes.
 */
function attributeSpan(sentence: string, span: Span): { start: number; end: number } | null {
  if (!DETERMINER_BEFORE.test(sentence.slice(0, span.index))) return null;
  const rest = sentence.slice(span.end);
  const stop = rest.search(/[,;:.!?„“”"«»‹›()]/u);
  const scope = stop === -1 ? rest : rest.slice(0, stop);
  const words = [...scope.matchAll(/[\p{L}\p{N}-]+/gu)].slice(0, 9);
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    if (PARTICIPLE.test(w[0]) && /^\p{Lu}/u.test(next[0])) {
      return { start: span.index, end: span.end + next.index + next[0].length };
    }
  }
  return null;
}

function wordEnd(sentence: string, index: number): number {
  const m = /^[\p{L}\p{N}-]*/u.exec(sentence.slice(index));
  return index + (m ? m[0].length : 0);
}

/** True when exactly one of the date and the trigger lies inside a relative clause opened between them. */
function relativeClauseHolds(sentence: string, bounds: readonly Boundary[], m: Span, triggerIndex: number): boolean {
  for (const b of bounds) {
    if (b.kind !== 'relative') continue;
    // the relative clause runs to the next clause punctuation
    const rest = sentence.slice(b.pos + 1);
    const stop = rest.search(/[,;:.!?„“”"«»()]/u);
    const end = stop === -1 ? sentence.length : b.pos + 1 + stop;
    const dateIn = m.index > b.pos && m.index < end;
    const triggerIn = triggerIndex > b.pos && triggerIndex < end;
    // the relative clause's own date never dates the verb outside it (the reverse, a relative clause
    // describing its noun, `Erdstöße …, die Experten als Vorbeben werten`, may take the main clause's date)
    if (dateIn && !triggerIn) return true;
  }
  return false;
}

/**
 * The date phrase that belongs to the event whose trigger word starts at
 * `triggerIndex`, or null. See the module comment for the heuristic.
 *
 * @throws RangeError when `triggerIndex` lies outside the sentence
 */
export function pickSpan<T extends Span>(sentence: string, mentions: readonly T[], triggerIndex: number): T | null {
  if (!Number.isInteger(triggerIndex) || triggerIndex < 0 || triggerIndex > sentence.length) {
    throw new RangeError(`dates: trigger index ${triggerIndex} outside the sentence (length ${sentence.length})`);
  }
  if (mentions.length === 0) return null;
  const containing = mentions.find((m) => triggerIndex >= m.index && triggerIndex < m.end);
  if (containing) return containing;
  const triggerEnd = Math.max(wordEnd(sentence, triggerIndex), triggerIndex + 1);
  const bounds = boundaries(sentence, mentions);
  const triggerRegion = quoteRegion(sentence, triggerIndex);

  const scored: { m: T; tier: number; distance: number }[] = [];
  for (const m of mentions) {
    const before = m.end <= triggerIndex;
    const distance = before ? triggerIndex - m.end : Math.max(0, m.index - triggerEnd);
    const attr = attributeSpan(sentence, m);
    if (attr) {
      if (triggerIndex >= m.index && triggerIndex < attr.end) scored.push({ m, tier: 0, distance });
      continue;
    }
    if (quoteRegion(sentence, m.index) !== triggerRegion) continue;
    const lo = before ? m.end : triggerEnd;
    const hi = before ? triggerIndex : m.index;
    const between = bounds.filter((b) => b.pos >= lo && b.pos < hi);
    if (between.some((b) => b.kind === 'dass')) continue;
    // a relative clause dates its own verb (`…, in die die Armee im Sommer 2024 eingedrungen war`)
    if (between.some((b) => b.kind === 'relative') && relativeClauseHolds(sentence, bounds, m, triggerIndex)) continue;
    let tier = between.length === 0 ? 1 : 2;
    if (/^vom\s/i.test(m.text) && /\p{Lu}\p{L}*\s+$/u.test(sentence.slice(0, m.index))) tier = 3;
    scored.push({ m, tier, distance });
  }
  scored.sort((a, b) => a.tier - b.tier || a.distance - b.distance || a.m.index - b.m.index);
  return scored[0]?.m ?? null;
}
