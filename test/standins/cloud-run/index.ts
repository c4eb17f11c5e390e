export type { ActiveCloudRunFault, CloudRunFault, CloudRunOptions, CloudRunRequest, CloudRunStandin, Message } from './server.js';
export { startCloudRun } from './server.js';
