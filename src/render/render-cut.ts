/**
 * A list a renderer shortened to fit a platform's limits, shown to the user as "…and N more <what>". Renderers
 * report each one to an optional sink so that a preview can warn where a post would be cut.
 */
export interface RenderCut {
  /** What the list holds, as the "…and N more" line names it: "key points", "quotes", "sources". */
  what: string;
  shown: number;
  left: number;
}

export type CutSink = (cut: RenderCut) => void;
