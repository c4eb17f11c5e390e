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
    traffic: z.optional(
      z.array(
        z.looseObject({ percent: z.optional(z.number()), latestRevision: z.optional(z.boolean()), revisionName: z.optional(z.string()) }),
      ),
    ),
  }),
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
    const revision = template.metadata?.name ?? null;
    const traffic = svc.spec.traffic ?? [{ latestRevision: true, percent: 100 }];
    const percent = traffic
      .filter((t) => t.latestRevision || (revision !== null && t.revisionName === revision))
      .reduce((sum, t) => sum + (t.percent ?? 0), 0);
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
    return {
      source: file,
      service: svc.metadata.name,
      region: svc.metadata.labels?.['cloud.googleapis.com/location'] ?? null,
      project: svc.metadata.namespace === undefined ? null : String(svc.metadata.namespace),
      env,
      served,
    };
  },
});
