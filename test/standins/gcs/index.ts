export { Crc32c, crc32cBase64 } from './crc32c.js';
export { generatedBytes, generatedHashes, generatedStream } from './generated.js';
export type { ActiveFault, FaultSpec, GcsOptions, GcsStandin, ObjectFields, RequestRecord, StoredObject } from './server.js';
export { startGcs } from './server.js';
