// Whether .next holds a build `next start` can serve. The static export (`npm run export`, also the last step of
// `npm test`) leaves a build made with output: 'export' and trailingSlash in .next, under which `next start`
// answers /datasets/… with 308 redirects; scripts that reuse .next must build again then.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function hasServerBuild(root) {
  const marker = join(root, '.next/export-marker.json');
  if (!existsSync(join(root, '.next/BUILD_ID')) || !existsSync(marker)) return false;
  try {
    return JSON.parse(readFileSync(marker, 'utf8')).exportTrailingSlash !== true;
  } catch {
    return false;
  }
}
