// Deployment from a Cloud Run service exported as YAML (`gcloud run services describe SVC --format export`).
import * as z from 'zod/mini';
import '../manifest/zod-locale.js';
import { InputError } from '../errors.js';
import type { Deployment, DeploymentSnapshot, ServedModel } from '../ports.js';
import { readYamlFile } from '../util/yaml-source.js';

const Env = z.object({
  name: z.string(),
  value: z.optional(z.string()),
  valueFrom: z.optional(z.looseObject({ secretKeyRef: z.optional(z.unknown()) })),
});
const TrafficTarget = z.looseObject({
  percent: z.optional(z.number()),
  latestRevision: z.optional(z.boolean()),
  revisionName: z.optional(z.string()),
});
const Container = z.looseObject({ name: z.optional(z.string()), env: z.optional(z.array(Env)) });
const KnativeService = z.looseObject({
  apiVersion: z.string().check(z.regex(/^serving\.knative\.dev\//, { message: 'must be serving.knative.dev/v1' })),
  kind: z.literal('Service'),
  metadata: z.looseObject({
    name: z.string(),
    namespace: z.optional(z.union([z.string(), z.number()])),
    labels: z.optional(z.record(z.string(), z.string())),
  }),
  spec: z.looseObject({
    template: z.looseObject({
      metadata: z.optional(z.looseObject({ name: z.optional(z.string()) })),
      spec: z.looseObject({ containers: z.array(Container).check(z.minLength(1)) }),
    }),
    traffic: z.optional(z.array(TrafficTarget)),
  }),
  // Present in `gcloud run services describe --format yaml`, absent from `--format export`.
  status: z.optional(
    z.looseObject({
      latestReadyRevisionName: z.optional(z.string()),
      latestCreatedRevisionName: z.optional(z.string()),
      traffic: z.optional(z.array(TrafficTarget)),
    }),
  ),
});

export const serviceYamlDeployment = (file: string): Deployment => ({
  name: file,
  async read(env): Promise<DeploymentSnapshot> {
    const src = await readYamlFile(file);
    const parsed = KnativeService.safeParse(src.value);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      const path = (i?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
      const why = (i?.message ?? 'unexpected shape').replace(/^Invalid input: /, '');
      throw InputError.at(file, `not an exported Cloud Run service: ${path.join('.') || '(root)'}: ${why}`, src.locate(path));
    }
    const svc = parsed.data;
    const template = svc.spec.template;
    const seen = svc.status?.traffic !== undefined;
    const trafficPath = seen ? ['status', 'traffic'] : ['spec', 'traffic'];
    const targets = (seen ? svc.status?.traffic : svc.spec.traffic) ?? [];
    // The template's revision: named in the template, or (when Cloud Run named it) the latest one created.
    const revision = template.metadata?.name ?? (seen ? (svc.status?.latestCreatedRevisionName ?? null) : null);
    // status.traffic is what is served; spec.traffic only what was asked for, which is all an export shows.
    const shares = seen
      ? revisionShares(svc.status?.traffic ?? [], svc.status?.latestReadyRevisionName ?? null)
      : revisionShares(svc.spec.traffic ?? [{ latestRevision: true, percent: 100 }], revision);
    const percent = shares.get(revision) ?? 0;
    const served: ServedModel[] = [];
    template.spec.containers.forEach((c, ci) => {
      const ei = (c.env ?? []).findIndex((e) => e.name === env);
      const e = c.env?.[ei];
      if (!e) return;
      served.push({
        value: e.value ?? null,
        fromSecret: e.value === undefined && e.valueFrom !== undefined,
        percent,
        revision,
        container: c.name ?? `#${ci}`,
        location: src.locate(['spec', 'template', 'spec', 'containers', ci, 'env', ei, e.value === undefined ? 'valueFrom' : 'value']),
      });
    });
    if (served.length === 0)
      throw InputError.at(file, `no container sets ${env}; check --model-env`, src.locate(['spec', 'template', 'spec', 'containers']));
    // Revisions other than the template's that hold traffic (a rollback): the file cannot show what they serve.
    const others = [...shares].filter(([r, p]) => r !== revision && p > 0);
    const unseen = others.map(
      ([r, p]): ServedModel => ({
        value: null,
        fromSecret: false,
        percent: p,
        revision: r,
        container: '(not in this file)',
        unseen: true,
        location: src.locate([
          ...trafficPath,
          Math.max(
            0,
            targets.findIndex((t) => !t.latestRevision && t.revisionName === r),
          ),
        ]),
      }),
    );
    return {
      source: file,
      service: svc.metadata.name,
      region: svc.metadata.labels?.['cloud.googleapis.com/location'] ?? null,
      project: svc.metadata.namespace === undefined ? null : String(svc.metadata.namespace),
      env,
      // The template is listed even at 0%, so its model is still checked before traffic moves to it.
      served: [...served, ...unseen],
      ...(seen ? {} : { trafficSeen: false }),
    };
  },
});

/** Share of traffic per revision name; a `latestRevision` target counts for `latest` (null when unknown). */
export const revisionShares = (
  targets: readonly { percent?: number; latestRevision?: boolean; revisionName?: string }[],
  latest: string | null,
): Map<string | null, number> => {
  const shares = new Map<string | null, number>();
  for (const t of targets) {
    const name = t.latestRevision ? latest : (t.revisionName ?? null);
    shares.set(name, (shares.get(name) ?? 0) + (t.percent ?? 0));
  }
  return shares;
};
