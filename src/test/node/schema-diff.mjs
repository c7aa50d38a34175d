// Classifies the changes between two versions of the GraphQL contract with graphql-inspector.
// Usage: node schema-diff.mjs <old.graphql> <new.graphql>
// Prints one line per change: its criticality (BREAKING, DANGEROUS, NON_BREAKING), then its message; exits 1 when
// any change is breaking, 0 otherwise.
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { diff, CriticalityLevel } from '@graphql-inspector/core';

const [oldFile, newFile] = process.argv.slice(2);
if (!oldFile || !newFile) {
  console.error('Usage: node schema-diff.mjs <old.graphql> <new.graphql>');
  process.exit(2);
}
const load = (file) => buildSchema(readFileSync(file, 'utf8'));
const changes = await diff(load(oldFile), load(newFile));
let breaking = 0;
for (const change of changes) {
  const level = change.criticality.level;
  if (level === CriticalityLevel.Breaking) {
    breaking += 1;
  }
  console.log(`${level} ${change.message}`);
}
console.log(`changes=${changes.length} breaking=${breaking}`);
process.exit(breaking === 0 ? 0 : 1);
