#!/usr/bin/env node
// The CLI runs from the compiled output; `npm run build` (or `npm start`) produces it.
require('../dist/integration/cli/main.js');
