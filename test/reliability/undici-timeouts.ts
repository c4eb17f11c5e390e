// Preloaded into the action's process by the fault matrix (NODE_OPTIONS=--import …): Octokit's fetch is undici's,
// whose timeouts (300 s for the headers and between body chunks) are GitHub's only client timeout. They are
// shortened here to MG_UNDICI_TIMEOUT_MS, so "GitHub answers too late" costs milliseconds, not minutes.
import { Agent, setGlobalDispatcher } from 'undici';

const ms = Number(process.env.MG_UNDICI_TIMEOUT_MS);
if (ms > 0) setGlobalDispatcher(new Agent({ headersTimeout: ms, bodyTimeout: ms }));
