// Node's JSON.parse + ajv (draft-07, bench/protocol.schema.json) over the same files as
// parse_bench, every file once per round; prints CPU nanoseconds per file as JSON.
//   node ajv_bench.mjs AJV_DIR SCHEMA SECONDS FILE...
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [ajvDir, schemaPath, secondsText, ...files] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(ajvDir), "package.json"));
const Ajv = require("ajv");
const ajv = new Ajv({ allErrors: false, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
const texts = files.map((file) => readFileSync(file, "utf8"));

let valid = 0;
const round = () => {
  for (const text of texts) if (validate(JSON.parse(text))) ++valid;
};
for (let i = 0; i < 2000; ++i) round(); // let the JIT settle
const cpuMicros = () => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};
const seconds = Number(secondsText);
const start = cpuMicros();
let rounds = 0;
while (cpuMicros() - start < seconds * 1e6) {
  for (let i = 0; i < 100; ++i) round();
  rounds += 100;
}
const nsPerFile = ((cpuMicros() - start) * 1000) / (rounds * texts.length);
const results = texts.map((text, i) => ({ file: path.basename(files[i]), valid: validate(JSON.parse(text)), errors: validate.errors }));
console.log(JSON.stringify({ ns_per_file: nsPerFile, files: texts.length, rounds, results }));
