// Parses a Fountain screenplay with fountain-js (npm `fountain-js@1.2.4`), tokens and HTML, as
// its README shows: the other side of bench/fountain/bench_fountain_js.sh. Not run by the tests.
//   NODE_PATH=DIR/node_modules node bench/fountain/fountain_js_parse.js SCRIPT.fountain
const fs = require('fs');
const { Fountain } = require('fountain-js');
const output = new Fountain().parse(fs.readFileSync(process.argv[2], 'utf8'), true);
if (!output.tokens.length) process.exit(1);
