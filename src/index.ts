// Node's on-disk compile cache is switched on before the action is loaded (see src/cli/index.ts).
import module from 'node:module';

module.enableCompileCache?.();
const { run } = await import('./main.js');
await run();
