// The marker lines around the generated block. Kept apart from markers.ts so that reading the config does not
// load the Markdown parser: only the modes that look for the block (claude-md, drift) load it.

export interface Markers {
  begin: string;
  end: string;
}

export const DEFAULT_MARKERS: Markers = {
  begin: '<!-- model-governance:begin -->',
  end: '<!-- model-governance:end -->',
};
