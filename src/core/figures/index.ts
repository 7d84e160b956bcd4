// The numbers that matter, with their context and sources.
export { extractFigures, MAX_FIGURES } from './figures.js';
