// Entry point of build worker threads on Node without type stripping: loads
// the TypeScript build worker through tsx's API (see boot.mjs).
import { tsImport } from 'tsx/esm/api';

await tsImport('./build-main.ts', import.meta.url);
