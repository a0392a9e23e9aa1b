/**
 * `npm run data`: builds data/vostochny-pyongyang.json from the authoring file and the article
 * texts, computing each excerpt's UTF-16 offsets. Fails loudly, naming the event and the quote,
 * when a quote is not in its article or its occurrence does not exist, and refuses to write a
 * dataset that the validator (`npm run validate`) would reject.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../../src/model/validate.js';
import type { AuthoredDataset } from './authoring.js';
import { buildDataset } from './build-dataset.js';

export { buildDataset, locate } from './build-dataset.js';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const authored = JSON.parse(
    readFileSync(join(dataDir, 'story', 'vostochny-pyongyang.authoring.json'), 'utf8'),
  ) as AuthoredDataset;
  const { dataset, errors } = buildDataset(authored, (file) => readFileSync(join(dataDir, 'sources', file), 'utf8'));
  if (!errors.length) {
    for (const p of validateDataset(dataset).problems) errors.push(`${p.level} ${p.path}: ${p.message.en}`);
  }
  if (errors.length) {
    for (const error of errors) console.error(`data: ${error}`);
    console.error(`data: ${errors.length} problem(s); data/vostochny-pyongyang.json was not written.`);
    process.exit(1);
  }
  writeFileSync(join(dataDir, 'vostochny-pyongyang.json'), `${JSON.stringify(dataset, null, 2)}\n`);
  const context = dataset.events.filter((e) => e.context).length;
  console.log(
    `data: wrote data/vostochny-pyongyang.json (${dataset.events.length} events, ${context} of them context; ${dataset.sources.length} sources)`,
  );
}
