// The action's entry: the bundle prepared (bundle/entry.ts) before the action is loaded.
import { prepareBundle } from './bundle/entry.js';

// No code cache on a GitHub-hosted runner, node's or ours: its machine lives for one job, where the action mostly runs
// once, so a cache would be written and never read.
prepareBundle(import.meta.url, process.env.RUNNER_ENVIRONMENT === 'github-hosted' ? undefined : `action-${process.env.INPUT_MODE ?? ''}`);
const { run } = await import('./main.js');
await run();
