// Compiles the spec's JSON Schema with Ajv in strict mode (draft 2020-12) and validates YAML files
// with it. Run by SchemaAjvStrictTest (golden-tests); usage: node ajv-check.mjs SCHEMA FILE...
// Prints one JSON line per file: {"file": ..., "errors": [{"instancePath", "keyword", "message"}]}.
// Exits 2 when the schema does not compile, with Ajv's message on stderr.
//
// Options: strict mode in full, with `allowUnionTypes`: the schema's union types (a quantity is a
// string or a number, a percentage a string or an integer, an environment value a string or a
// mapping) are scalars whose keywords each apply to one of the types. The editor keywords that
// yaml-language-server reads are declared as annotations (a vocabulary without validation).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const [schemaFile, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addVocabulary(["markdownDescription", "markdownEnumDescriptions", "patternErrorMessage", "errorMessage"]);
let validate;
try {
  validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
for (const file of files) {
  const valid = validate(parse(readFileSync(file, "utf8"), { version: "1.2" }));
  const errors = valid ? [] : validate.errors.map(({ instancePath, keyword, message }) => ({ instancePath, keyword, message }));
  console.log(JSON.stringify({ file, errors }));
}
