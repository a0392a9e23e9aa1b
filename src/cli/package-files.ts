/**
 * Files the command reads from its own package. This module sits two folders below the package
 * root both as source (src/cli/) and once built (dist/cli/tarikh.js, one bundle), so the same
 * relative URLs hold in both.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const authoringSchemaPath = fileURLToPath(new URL('../../data/schema/authoring.schema.json', import.meta.url));
export const datasetSchemaPath = fileURLToPath(new URL('../../data/schema/dataset.schema.json', import.meta.url));

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
