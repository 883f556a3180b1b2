// Entry point of engine worker threads: loads the TypeScript worker through
// tsx's API (Node 20 does not apply --import loader hooks to a worker's
// entry file, so a .ts entry cannot be started directly).
import { tsImport } from 'tsx/esm/api';

await tsImport('./main.ts', import.meta.url);
