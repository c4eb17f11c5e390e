// Deployment from a live Cloud Run service (Admin API v2): the service, then every revision holding traffic.
import { InputError, ServiceError } from '../errors.js';
import type { Deployment, DeploymentSnapshot } from '../ports.js';
import { tokenAuth } from '../util/google.js';
import { showValue } from '../util/printable.js';
import { requestTimeoutMs, withRetry } from '../util/retry.js';
import { withShared } from '../util/shared.js';
import { requestsWritten } from '../util/written.js';
import { narrowedGax } from './cloud-run-descriptor.js';
import { type RevisionMessage, type ServiceMessage, servedModels, servedRevisions, shortName } from './cloud-run-traffic.js';

export interface CloudRunOptions {
  /** A plain-HTTP stand-in of the REST API, `host:port`; default CLOUD_RUN_EMULATOR_HOST, else Google with ADC. */
  endpoint?: string;
}

const NAME = /^projects\/([^/]+)\/locations\/([^/]+)\/services\/([^/]+)$/;

/**
 * The client library, loaded on the first read rather than when the adapter is made; drift starts its Cloud Storage
 * and BigQuery reads first, so this work runs while their answers are on the way instead of before they are asked.
 * The two clients' own modules, not the package index: the index also loads a 1.2 MB static protobuf module for
 * every Cloud Run API, which these clients never use (they build their types from the package's protos.json).
 */
const library = async () => {
  const [{ ServicesClient }, { RevisionsClient }, { fallback }] = await Promise.all([
    import('@google-cloud/run/build/src/v2/services_client.js'),
    import('@google-cloud/run/build/src/v2/revisions_client.js'),
    import('google-gax'),
  ]);
  gax ??= narrowedGax(fallback);
  return { ServicesClient, RevisionsClient, gax };
};
/** One for the process: it holds the root both clients of every read share. */
let gax: ReturnType<typeof narrowedGax> | undefined;

const endpointOf = (opts: CloudRunOptions): string => opts.endpoint ?? process.env.CLOUD_RUN_EMULATOR_HOST ?? '';

/**
 * The REST transport (`fallback`: HTTP/1.1 JSON, the paths of the API's google.api.http rules) rather than gRPC:
 * building the gRPC service descriptors from the protos cost about three times the CPU of the REST client, before
 * the first request, and the API answers both alike.
 */
const clientOptions = async (opts: CloudRunOptions) => {
  const raw = endpointOf(opts);
  if (raw === '') return { fallback: true, ...tokenAuth() };
  const m = /^(.+):(\d{1,5})$/.exec(raw);
  const port = Number(m?.[2]);
  // A port out of range would otherwise become the scheme's default (0) or an invalid URL (a service failure).
  if (!m || port < 1 || port > 65535) throw InputError.at('CLOUD_RUN_EMULATOR_HOST', `"${raw}" must be host:port`);
  // Plain HTTP and no credentials (a stand-in asks none); the universe domain spares gax the ADC search.
  const { PassThroughClient } = await import('google-auth-library');
  const bare = (m[1] as string).replace(/^\[(.*)\]$/, '$1');
  const host = bare.includes(':') ? `[${bare}]` : bare; // an IPv6 literal goes in the URL in brackets
  return {
    fallback: true,
    protocol: 'http',
    apiEndpoint: host,
    port,
    authClient: new PassThroughClient(),
    universeDomain: 'googleapis.com',
  };
};

// google.rpc.Code: the REST transport maps HTTP statuses and Google's JSON error bodies onto these, as gRPC did.
const CODE = { DEADLINE_EXCEEDED: 4, NOT_FOUND: 5, PERMISSION_DENIED: 7, UNAVAILABLE: 14, UNAUTHENTICATED: 16 } as const;

// The library retries GetService but never GetRevision (non_idempotent in its config); both are reads,
// so its retry is off and one policy covers both.
const NO_LIBRARY_RETRY = { retry: null, timeout: requestTimeoutMs(30_000) };
const codeOf = (e: unknown): number | undefined => (e as { code?: number }).code;
const httpStatusOf = (e: unknown): number | undefined => (e as { httpStatusCode?: number }).httpStatusCode;
/**
 * The REST transport reports a success whose body is not JSON as UNAVAILABLE, like a dropped connection; but the
 * server did answer, and asking again would only repeat it, so that one is not retried.
 */
const notJson = (e: unknown): boolean => (e as { cause?: unknown }).cause instanceof SyntaxError;
const answeredGarbage = (e: unknown): boolean => notJson(e) && (httpStatusOf(e) ?? 200) < 400;
/**
 * Statuses asked again whatever their body: a proxy or load balancer in front of the API answers them with its own
 * page (gRPC's client mapped these, from anything but a gRPC server, to UNAVAILABLE). A 429 only as such a page: the
 * API's own (RESOURCE_EXHAUSTED, a JSON body) is not retried, by design (see test/reliability/faults.test.ts).
 */
const RETRY_HTTP = new Set([502, 503, 504]);
const proxyPage = (e: unknown): boolean => httpStatusOf(e) === 429 && notJson(e);
/** The server's text as one line, its head only when long: a proxy's error page is a whole HTML document. */
const oneLine = (s: string): string => showValue(s.replace(/\s+/g, ' ').trim(), 300);

const PERMISSION: Record<string, string> = { GetService: 'run.services.get', GetRevision: 'run.revisions.get' };

const failure = (e: unknown, rpc: string, name: string, source: string): Error => {
  const code = codeOf(e);
  // gRPC put the server's text in `details`; the REST transport puts it in `message` and a (often empty) list there.
  const details = (e as { details?: unknown }).details;
  const detail = oneLine((typeof details === 'string' && details) || (e instanceof Error ? e.message : String(e)));
  if (code === CODE.NOT_FOUND && rpc === 'GetService') return InputError.at(source, `service not found (${detail})`);
  const hint =
    code === CODE.PERMISSION_DENIED
      ? `permission denied: the caller needs ${PERMISSION[rpc]} (roles/run.viewer)`
      : code === CODE.UNAUTHENTICATED
        ? 'not authenticated: set up Application Default Credentials (google-github-actions/auth in workflows)'
        : code === CODE.NOT_FOUND
          ? 'a revision holding traffic is gone; the service changed while it was read, so run again'
          : undefined;
  return new ServiceError('Cloud Run', `${rpc} ${name}`, hint ? `${hint} (${detail})` : detail, { cause: e });
};

export const cloudRunDeployment = (address: string, opts: CloudRunOptions = {}): Deployment => {
  const source = `run:${address}`;
  const m = NAME.exec(address);
  if (!m) throw InputError.at(source, 'must be run:projects/PROJECT/locations/REGION/services/SERVICE');
  const [, project, region, service] = m as unknown as [string, string, string, string];
  return {
    name: source,
    async read(env): Promise<DeploymentSnapshot> {
      // One pair of clients for every read of the run with the same endpoint and token (the token only as a map key):
      // all clients share one descriptor root (cloud-run-descriptor.ts), but each still builds its stubs, settings
      // and operations client, so twenty families share one pair instead of building forty.
      const key = JSON.stringify(['cloud-run', endpointOf(opts), process.env.GOOGLE_OAUTH_ACCESS_TOKEN ?? '']);
      const make = async () => {
        const { ServicesClient, RevisionsClient, gax } = await library();
        const options = await clientOptions(opts);
        // Loading the library is itself long: requests made meanwhile go out before the first client is built.
        await requestsWritten();
        const services = new ServicesClient(options, gax);
        let revisions: Promise<InstanceType<typeof RevisionsClient>> | undefined;
        return {
          services,
          built: () => revisions,
          /**
           * Built on first use, once the GetService just asked is written, so it is built while that is answered
           * (the other families' reads find it built).
           */
          revisions: () => (revisions ??= requestsWritten().then(() => new RevisionsClient(options, gax))),
        };
      };
      const close = async (c: Awaited<ReturnType<typeof make>>) => {
        await Promise.all([c.services.close(), c.built()?.then((r) => r.close())]);
      };
      const retryable = new Set<number>([CODE.UNAVAILABLE, CODE.DEADLINE_EXCEEDED]);
      const call = <T extends { name?: string | null }>(rpc: string, name: string, fn: () => Promise<[T, ...unknown[]]>): Promise<T> =>
        withRetry(
          fn,
          (e) => RETRY_HTTP.has(httpStatusOf(e) ?? 0) || proxyPage(e) || (retryable.has(codeOf(e) ?? -1) && !answeredGarbage(e)),
        ).then(
          ([v]) => {
            // An answer that parses but is not the resource asked for (a proxy's page, another message) decodes into
            // a message with no or the wrong fields; the name the API always echoes tells it from the real answer. Only from /services/ on: the project part
            // may come back as the project's number.
            if (!v.name?.endsWith(name.slice(name.lastIndexOf('/services/'))))
              throw new ServiceError('Cloud Run', `${rpc} ${name}`, 'the answer is not that resource (a malformed response)');
            return v;
          },
          (e: unknown) => Promise.reject(failure(e, rpc, name, source)),
        );
      return withShared(key, make, close, async (clients) => {
        const asked = call<ServiceMessage>('GetService', address, () => clients.services.getService({ name: address }, NO_LIBRARY_RETRY));
        const [svc, revisions] = await Promise.all([asked, clients.revisions()]);
        const targets = servedRevisions(svc, address);
        if (targets.length === 0) throw InputError.at(source, 'no revision holds traffic, so there is no served model to compare');
        const revs = await Promise.all(
          targets.map((t) => call<RevisionMessage>('GetRevision', t.name, () => revisions.getRevision({ name: t.name }, NO_LIBRARY_RETRY))),
        );
        const served = revs.flatMap((r, i) => servedModels(r, targets[i] as (typeof targets)[number], env));
        if (served.every((s) => s.value === null && !s.fromSecret))
          throw InputError.at(source, `no container of ${targets.map((t) => shortName(t.name)).join(', ')} sets ${env}; check --model-env`);
        return { source, service, region, project, env, served, ...(svc.reconciling ? { reconciling: true } : {}) };
      });
    },
  };
};
