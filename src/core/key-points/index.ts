// The points that tell the story: candidates that stand alone, concept coverage across sources, reports over previews.
export { selectKeyPoints, DEFAULT_KEY_POINT_OPTIONS, type KeyPointOptions, type DatedArticle } from './key-points.js';
