/**
 * unspin: detect machine-spun text, restore its original wording. The Node entry point; the
 * browser-safe pipeline is exported from `unspin/core`.
 */
export { check, restore, buildModels, defaultModels, lexicalModels } from './node/api.js';
export type { NodeCheckOptions } from './node/api.js';
export * from './core/index.js';
