// `npm test`: every test. Type-check and lint, unit and API tests (Vitest), then the
// end-to-end specs in Chromium (Playwright) against the built app.
import { ensureInstalled, runOrExit } from './ensure-installed.mjs';

ensureInstalled();
const step = (title) => console.log(`\n=== ${title} ===`);
step('type-check');
runOrExit('npm', ['run', 'typecheck']);
step('lint');
runOrExit('npm', ['run', 'lint']);
step('unit and API tests');
runOrExit('npm', ['run', 'test:unit']);
step('build');
runOrExit('npm', ['run', 'build']);
step('end-to-end tests in Chromium');
runOrExit('npm', ['run', 'test:e2e']);
