// Commit messages from the point the team agreed on: a subject of at most 72 characters in
// the imperative, a blank line, and a body that says why. Earlier history is left as it is.
import { execFileSync } from 'node:child_process';

const SINCE = 'b9735212d4d4861f055e199607a66247beb9e329';
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' });

try {
  git('cat-file', '-e', `${SINCE}^{commit}`);
} catch {
  console.log(`commit messages: ${SINCE.slice(0, 7)} is not in this clone's history; nothing to check`);
  process.exit(0);
}
const log = git('log', `${SINCE}..HEAD`, '--no-merges', '--format=%h%x1f%s%x1f%b%x1e');
const problems = [];
let count = 0;
for (const entry of log.split('\x1e')) {
  if (!entry.trim()) continue;
  count++;
  const [hash, subject, body] = entry.trim().split('\x1f');
  if ([...subject].length > 72) problems.push(`${hash}: subject of ${[...subject].length} characters: ${subject}`);
  if (!body?.trim()) problems.push(`${hash}: no body saying why: ${subject}`);
  if (/^(Added|Adds|Fixed|Fixes|Updated|Updates)\b/.test(subject)) problems.push(`${hash}: not in the imperative: ${subject}`);
}
if (problems.length) {
  console.error(`commit messages that break the rule:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`commit messages: ${count} since ${SINCE.slice(0, 7)}, each with a short subject and a body`);
