// Reads every .json file of a directory and checks it with JSON.parse + ajv@8 against the
// schema, as a JSON Schema based checker would; prints how many were valid.
//   node ajv_files.mjs AJV_DIR SCHEMA DIRECTORY
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [ajvDir, schemaPath, directory] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(ajvDir), "package.json"));
const Ajv = require("ajv");
const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let valid = 0;
let files = 0;
for (const name of readdirSync(directory)) {
  if (!name.endsWith(".json")) continue;
  ++files;
  try {
    if (validate(JSON.parse(readFileSync(path.join(directory, name), "utf8")))) ++valid;
  } catch {
    // not JSON: invalid
  }
}
console.log(`  ${valid} of ${files} files valid`);
