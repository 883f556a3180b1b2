/**
 * The catalogue: the curated data beside the articles that moderators extend
 * without touching code — generic knowledge in the corpus folder
 * (`glossary.json`, `claimants.json`, `places.json`, `events.json`,
 * `measures.json`) and each story's `stories/<id>/story.json`. Every file is
 * validated with zod at load; an invalid file names the file, the entry and
 * the field, and nothing loads.
 *
 * @module
 */
export { CatalogueError, validateCatalogueFile } from './read.ts';
export {
  DEFAULT_CORPUS_DIR,
  loadGenericCatalogue,
  loadStoryCatalogue,
  type Catalogue,
  type CatalogueFile,
  type CorpusLayout,
  type GenericCatalogue,
  type StoryInfo,
} from './load.ts';
export { actorGroups, checkClaimants, claimantsData, sideInputs } from './derive.ts';
export {
  ClaimantsFileSchema,
  StoryFileSchema,
  type ClaimantsFile,
  type EventDef,
  type Glossary,
  type MeasureDef,
  type StoryFile,
} from './schemas.ts';
