// `npm start`: install what is missing, build, and serve Teapot.
// The server runs on the Node 22 from the `node` devDependency: npm scripts put
// node_modules/.bin first on PATH, so `npm run serve` picks it over the system Node.
import { ensureInstalled, runOrExit } from './ensure-installed.mjs';

ensureInstalled();
console.log('teapot: building the UI and the server...');
runOrExit('npm', ['run', 'build']);
runOrExit('npm', ['run', 'serve', '-w', 'apps/api']);
