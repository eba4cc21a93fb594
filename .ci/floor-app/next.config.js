import { fileURLToPath } from 'node:url';

/** The bench's empty reference app: resolves next and react from the project's node_modules. */
export default {
  poweredByHeader: false,
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
};
