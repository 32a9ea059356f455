#!/usr/bin/env node
// CommonJS (bin/package.json): node starts no ES module loader for the commands that need none.
require('../dist/bundle/launch.cjs');
