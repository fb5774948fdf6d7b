// Posts the change-log comment on the pull request, or updates the one posted
// before (found by its hidden marker), through the GitHub CLI on the runner:
//
//   GH_TOKEN=… GH_REPO=owner/name node scripts/ci/upsert-comment.mjs <pr-number> <comment.md>
import { execFileSync } from 'node:child_process';
import { COMMENT_MARKER } from '../../dist/ci/pr-change-log.js';
import { commentAction } from '../../dist/ci/pr-comment.js';

const [pr, file] = process.argv.slice(2);
if (!/^\d+$/.test(pr ?? '') || !file) {
  console.error('brug: node scripts/ci/upsert-comment.mjs <pr-nummer> <kommentar.md>');
  process.exit(2);
}
const gh = (args) => execFileSync(process.env.GH_BIN ?? 'gh', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const listed = gh(['api', '--paginate', `repos/{owner}/{repo}/issues/${pr}/comments`, '--jq', '.[] | {id: .id, body: .body}']);
const comments = listed.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
const action = commentAction(comments, COMMENT_MARKER);
if (action.kind === 'update') {
  gh(['api', '--method', 'PATCH', `repos/{owner}/{repo}/issues/comments/${action.id}`, '-F', `body=@${file}`]);
  console.log(`Kommentar ${action.id} er opdateret.`);
} else {
  gh(['api', '--method', 'POST', `repos/{owner}/{repo}/issues/${pr}/comments`, '-F', `body=@${file}`]);
  console.log('Kommentaren er oprettet.');
}
