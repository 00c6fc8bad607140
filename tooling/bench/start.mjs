// `npm run bench`: build, then measure. Runs on the project's Node (npm puts node_modules/.bin first).
import { ensureInstalled, runOrExit } from '../ensure-installed.mjs';

ensureInstalled();
runOrExit('npm', ['run', 'build']);
runOrExit(process.execPath, ['--expose-gc', 'tooling/bench/run.mjs', ...process.argv.slice(2)]);
