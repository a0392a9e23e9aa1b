/**
 * `npm run validate [file …]`: checks datasets (by default the bundled one) with the same module the
 * element uses at run time, printing each problem with its JSON path. Exits non-zero on any error.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../../src/model/validate.js';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = process.argv.slice(2);
if (!files.length) files.push(join(dataDir, 'vostochny-pyongyang.json'));

let failed = false;
for (const file of files) {
  const name = relative(process.cwd(), file) || file;
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${name}: cannot read JSON: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const { problems } = validateDataset(input);
  const errors = problems.filter((p) => p.level === 'error');
  for (const p of problems) console.error(`${name}: ${p.level} ${p.path}: ${p.message.en}`);
  if (errors.length || problems.length) failed = true;
  if (!problems.length) console.log(`${name}: valid`);
}
process.exit(failed ? 1 : 0);
