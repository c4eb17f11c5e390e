// What a live Cloud Run service serves: which revisions hold traffic and what each container's model env is.
// Pure, over the fields of the v2 Service/Revision messages it reads (so no client types leak out).
import type { ServedModel } from '../ports.js';

export interface TrafficEntry {
  type?: string | number | null;
  revision?: string | null;
  percent?: number | null;
}

export interface ServiceMessage {
  name?: string | null;
  latestReadyRevision?: string | null;
  reconciling?: boolean | null;
  traffic?: TrafficEntry[] | null;
  trafficStatuses?: TrafficEntry[] | null;
}

export interface EnvVar {
  name?: string | null;
  value?: string | null;
  valueSource?: { secretKeyRef?: unknown } | null;
}

export interface RevisionMessage {
  name?: string | null;
  containers?: { name?: string | null; env?: EnvVar[] | null }[] | null;
}

export interface ServedRevision {
  /** Full resource name, projects/…/services/S/revisions/R. */
  name: string;
  percent: number;
}

const isLatest = (t: TrafficEntry['type']): boolean => t === 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST' || t === 1;
export const shortName = (revision: string): string => revision.slice(revision.lastIndexOf('/') + 1);

/**
 * Revisions that receive traffic, with their summed share. `trafficStatuses` is what is served;
 * `traffic` (what was asked for) stands in only when no status is reported yet.
 */
export const servedRevisions = (svc: ServiceMessage, service: string): ServedRevision[] => {
  const entries = svc.trafficStatuses?.length ? svc.trafficStatuses : (svc.traffic ?? []);
  const shares = new Map<string, number>();
  for (const t of entries) {
    const percent = t.percent ?? 0;
    if (percent <= 0) continue; // a tag-only target receives no share of the traffic
    const ref = isLatest(t.type) ? svc.latestReadyRevision : t.revision;
    if (!ref) continue;
    const name = ref.includes('/revisions/') ? ref : `${service}/revisions/${ref}`;
    shares.set(name, (shares.get(name) ?? 0) + percent);
  }
  return [...shares].map(([name, percent]) => ({ name, percent }));
};

/** One entry per container that sets `env`; a revision where none does gets one entry with value null. */
export const servedModels = (rev: RevisionMessage, served: ServedRevision, env: string): ServedModel[] => {
  const revision = shortName(served.name);
  const containers = rev.containers ?? [];
  const out = containers.flatMap((c, i): ServedModel[] => {
    const e = (c.env ?? []).find((v) => v.name === env);
    if (!e) return [];
    const fromSecret = Boolean(e.valueSource?.secretKeyRef);
    return [{ value: fromSecret ? null : (e.value ?? ''), fromSecret, percent: served.percent, revision, container: c.name || `#${i}` }];
  });
  if (out.length > 0) return out;
  const names = containers.map((c, i) => c.name || `#${i}`).join(', ') || '(none)';
  return [{ value: null, fromSecret: false, percent: served.percent, revision, container: names }];
};
