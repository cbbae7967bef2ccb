/** Reporters that render check results: terminal (stylish), JSON contract, GitHub Actions. */
export { formatGithub, escapeData, escapeProperty } from './github.js';
export { formatJson } from './json.js';
export { formatStylish, type StylishOptions } from './stylish.js';
export { verdictText, type FileResult } from './format-utils.js';
