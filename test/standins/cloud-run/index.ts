export type { ActiveCloudRunFault, CloudRunFault, CloudRunOptions, CloudRunRequest, CloudRunStandin, Message } from './server.js';
export { Code, startCloudRun } from './server.js';
