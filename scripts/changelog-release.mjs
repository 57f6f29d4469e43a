// `npm version <x>` runs this (the "version" script): the [Unreleased] section
// of CHANGELOG.md becomes the new version, dated, with a fresh empty
// [Unreleased] above it, so the commit and tag npm makes include it.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const changelog = readFileSync('CHANGELOG.md', 'utf8');
if (!changelog.includes('## [Unreleased]')) {
  console.error('CHANGELOG.md has no "## [Unreleased]" section to release.');
  process.exit(1);
}
if (changelog.includes(`## [${version}]`)) {
  console.error(`CHANGELOG.md already has a section for ${version}.`);
  process.exit(1);
}
const date = new Date().toISOString().slice(0, 10);
writeFileSync('CHANGELOG.md', changelog.replace('## [Unreleased]', `## [Unreleased]\n\n## [${version}] - ${date}`));
console.log(`CHANGELOG.md: released ${version} (${date}).`);
