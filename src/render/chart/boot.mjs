// Entry point of the chart worker on a Node without type stripping (Node 20): loads the TypeScript
// worker through tsx's API (Node 20 does not apply --import loader hooks to a worker's entry file).
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
