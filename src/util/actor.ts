// Who is running: the GitHub user that triggered the workflow, else the local account. Recorded in the history.
import { userInfo } from 'node:os';

export const currentActor = (env: NodeJS.ProcessEnv = process.env): string => {
  if (env.GITHUB_ACTOR) return env.GITHUB_ACTOR;
  try {
    return userInfo().username || env.USER || 'unknown';
  } catch {
    // No passwd entry (a container running under an arbitrary uid).
    return env.USER || env.USERNAME || 'unknown';
  }
};
