/**
 * Claimants: who makes the claim of a German news sentence ("laut
 * Scholz", "nach Angaben des NIS", "..., sagte Gerassimow"), normalised to
 * a short English display ("Scholz (German chancellor)"). A wrong
 * claimant is worse than none: every rule returns null when unsure.
 *
 * Pure: no IO. The catalogue loader validates `corpus/claimants.json`; the
 * caller compiles it with {@link compileClaimantDirectory}, then asks
 * {@link findParagraphClaimants} for the sentences of a paragraph (as the
 * German sentence splitter gives them) with the paragraphs before it.
 *
 * Implementation (in `./claimants/`): `text` (tokens, stems), `lexicon`
 * (German verbs of saying, function words, built-in
 * collective vocabulary), `directory` (validation, alias index), `phrase`
 * (noun-phrase parsing, alias matching), `resolve` (phrase -> actor),
 * `sentence` (attribution patterns of one sentence), `find` (paragraph walk:
 * continuation, references).
 *
 * Decisions (each has a test):
 * - The outermost attribution governs, and the one it relays is noted as
 *   `citing`: `X sehe Anzeichen ..., berichtete Yonhap` -> "Yonhap (...),
 *   citing NIS"; `meldete KCNA ... unter Berufung auf die Regierungspartei`
 *   -> "KCNA (...), citing the ruling party"; `Die Kommission sprach laut KCNA
 *   von ...` -> KCNA citing the commission.
 * - The subject of a verb of confirming/saying/believing is the claimant of
 *   the content: `Russland hatte am Samstag erstmals bestätigt, dass ...` ->
 *   Russia (the date of the confirmation remains the article's statement).
 *   A denied confirmation (`hat ... nicht bestätigt`, `nicht bestritten`) -> null.
 * - People merely mentioned (`bei einer Videoschalte mit Präsident Putin`),
 *   sources inside a relative clause (`die laut Bern ...`) and sentences
 *   without a verb of saying or a source phrase -> null.
 * - A sentence continues the claimant of the sentence before when its main
 *   verb is Konjunktiv (`Bern habe ...`, also across a paragraph break),
 *   when it is only a quotation, or with `demnach` / `hieß es weiter`;
 *   reportative `soll(en)` continues only a report (`laut X`, `berichtete X`),
 *   never an opinion. A sentence is attributed by the next one when that
 *   starts `Das/Dies/Diese Schätzung` and names a speaker.
 * - References back: `er`/`sie` (gender-checked) to the previous speaker;
 *   `der Geheimdienst`, `der Präsident` to the nearest earlier actor with that
 *   head noun; `den Angaben zufolge` only when the text just before has a
 *   single source; `laut dem Bericht` to the nearest earlier media claimant.
 * - Unknown named people keep their German role as written ("Andrii
 *   Tscherniak (Sprecher)"); roles are never guessed. A single bare word is a
 *   name only when the text introduced it with a first name. An unnamed
 *   speaker with a known role is "unnamed spokesperson".
 *
 * @module
 */
export { findParagraphClaimants, type Claimant } from './find.ts';
export {
  ClaimantDirectoryError,
  compileClaimantDirectory,
  type ActorInput,
  type ClaimantDirectory,
  type ClaimantsData,
} from './directory.ts';
