// Decap CMS 3.16's YAML format (decap-cms-core/src/formats/yaml.ts), with the yaml 1.10.3 it
// bundles: each file named on the command line read as the form reads it, and written back
// as a save writes it, unchanged. Prints a JSON object: path → the text a save would write.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const yaml = require('yaml');

function fromFile(content) {
  const doc = yaml.parseDocument(content, { prettyErrors: true });
  if (doc.errors.length > 0) throw new Error(doc.errors.map(e => e.message).join('\n'));
  return doc.toJSON();
}

function toFile(data) {
  const doc = new yaml.Document();
  doc.contents = yaml.createNode(data);
  return doc.toString();
}

const saved = {};
for (const path of process.argv.slice(2)) saved[path] = toFile(fromFile(readFileSync(path, 'utf8')));
process.stdout.write(JSON.stringify(saved));
