#!/usr/bin/env python3
"""Checks the editor schemas (docs/protocol.schema.json, docs/guidelines.schema.json) and the
pre-commit hook (.pre-commit-hooks.yaml) against the checker they describe.

    check_schemas.py SOURCE_DIR CHECKER WHAT

WHAT is one of: meta, examples, fixtures, values, words, hooks (see each function). Exits 77, which
CTest reports as skipped, when Python's jsonschema (Debian: python3-jsonschema) or, for the
hook, PyYAML (python3-yaml) is missing.
"""

import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

SKIPPED = 77


def skip(why):
    print(f"SKIPPED: {why}")
    sys.exit(SKIPPED)


try:
    import jsonschema
except ImportError:
    skip("Python's jsonschema is not installed (Debian: apt-get install python3-jsonschema)")

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}")


def validator(schema_path):
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(
        schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def schema_errors(check, text):
    """The schema's complaints about a file's text; a text that is not JSON is one complaint.
    Python's json would read NaN; JSON, and the reader, do not."""
    def refuse(constant):
        raise ValueError(f"{constant} is not JSON")

    try:
        document = json.loads(text, parse_constant=refuse)
    except ValueError as not_json:
        return [f"not JSON: {not_json}"]
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
            for e in check.iter_errors(document)]


def reader_verdicts(checker, files):
    """{file: the input error's message, or None when the checker reads the file}."""
    run = subprocess.run([checker, "--format", "json", *map(str, files)],
                         capture_output=True, text=True, check=False)
    verdicts = {}
    for report in json.loads(run.stdout):
        problems = [d["message"] for d in report["diagnostics"] if d["code"] == "input-error"]
        verdicts[report["file"]] = problems[0] if problems else None
    if set(verdicts) != set(map(str, files)):
        fail(f"the checker reported on {sorted(verdicts)}, not on {sorted(map(str, files))}")
    return verdicts


def meta(source):
    """Both schemas are draft-07 schemas, and they write the units alike."""
    schemas = {}
    for name in ("protocol.schema.json", "guidelines.schema.json"):
        schema = json.loads((source / "docs" / name).read_text(encoding="utf-8"))
        if schema.get("$schema") != "http://json-schema.org/draft-07/schema#":
            fail(f"docs/{name} does not declare draft-07")
        try:
            jsonschema.Draft7Validator.check_schema(schema)
        except jsonschema.SchemaError as error:
            fail(f"docs/{name} breaks the draft-07 meta-schema: {error.message}")
        schemas[name] = schema["definitions"]
    protocol, guidelines = schemas["protocol.schema.json"], schemas["guidelines.schema.json"]
    for protocol_name, guidelines_name in (("needle_length", "needle_length"), ("rest", "days"),
                                           ("aftercare_duration", "hours")):
        if protocol[protocol_name]["pattern"] != guidelines[guidelines_name]["pattern"]:
            fail(f"the protocol schema's {protocol_name} and the guideline schema's "
                 f"{guidelines_name} read different units")


# Input errors that no JSON Schema can see, each with why; every other input error of an
# example must be one the protocol schema rejects too.
BEYOND_A_SCHEMA = {
    "rest-disagrees-with-dates.json": "a rest that disagrees with the dates around it",
}


def examples(source, checker):
    """Every example protocol is read by the schema as the checker reads it: a file the checker
    reads passes, a file it refuses as an input error fails (but for BEYOND_A_SCHEMA)."""
    check = validator(source / "docs" / "protocol.schema.json")
    files = sorted([*(source / "examples" / "protocols").glob("*.json"),
                    *(source / "examples" / "protocols" / "invalid").glob("*.json"),
                    *(source / "tests" / "cli" / "protocols").glob("*.json")])
    verdicts = reader_verdicts(checker, files)
    refused_by_schema = 0
    for path in files:
        problem = verdicts.get(str(path))
        errors = schema_errors(check, path.read_text(encoding="utf-8", errors="replace"))
        shown = path.relative_to(source)
        if problem is None and errors:
            fail(f"{shown}: the checker reads it, the schema refuses it: {errors[0]}")
        elif problem is not None and path.name in BEYOND_A_SCHEMA:
            if errors:
                fail(f"{shown} is listed as beyond a schema, but the schema refuses it")
        elif problem is not None and not errors:
            fail(f"{shown}: the checker refuses it ({problem}), the schema lets it through")
        elif problem is None and path.name in BEYOND_A_SCHEMA:
            fail(f"{shown} is listed as beyond a schema, but the checker reads it")
        refused_by_schema += bool(errors)
    print(f"{len(files)} example files, {refused_by_schema} refused by the schema as by the checker")
    if refused_by_schema < 5:
        fail("fewer than 5 examples are refused: the broken examples are not being checked")


# The files in tests/schema/broken/ and tests/schema/guidelines/broken/, each with the place
# (a path into the document) where the schema must find its fault.
BROKEN_PROTOCOLS = {
    "format-2.json": "format",
    "needle-in-centimetres.json": "sessions/0/needle",
    "needle-finer-than-a-micrometre.json": "sessions/0/needle",
    "passes-zero.json": "sessions/0/passes",
    "rest-on-first-session.json": "sessions/0",
    "rest-in-hours.json": "sessions/1/rest",
    "date-february-29-2027.json": "sessions/0/date",
    "aftercare-for-a-week.json": "aftercare/0/for",
    "practitioner-doctor.json": "practitioner",
    "patient-age-with-unit.json": "patient/age",
    "patient-unknown-field.json": "patient",
    "waiver-without-reason.json": "waivers/0",
    "waiver-by-nobody.json": "waivers/0/by",
    "waiver-rule-in-underscores.json": "waivers/0/rule",
    "schema-key-not-a-string.json": "$schema",
}
BROKEN_GUIDELINES = {
    "based-on-unknown-set.json": "based_on",
    "no-format.json": "",
    "rest-in-hours.json": "rest_between_sessions/shortest",
    "needle-bare-number.json": "home_needle_maximum",
    "disable-misspelt-code.json": "disable/0",
    "unlisted-member-without-unit.json": "minimum_age",
}


def fixtures(source):
    """tests/schema/{valid,broken}/ for protocols, tests/schema/guidelines/{valid,broken}/ for
    guideline files: each valid file passes; each broken file fails at its listed place."""
    here = source / "tests" / "schema"
    for schema_name, folder, broken in (("protocol.schema.json", here, BROKEN_PROTOCOLS),
                                        ("guidelines.schema.json", here / "guidelines",
                                         BROKEN_GUIDELINES)):
        check = validator(source / "docs" / schema_name)
        valid_files = sorted((folder / "valid").glob("*.json"))
        if not valid_files:
            fail(f"no valid files in {folder / 'valid'}")
        for path in valid_files:
            for error in schema_errors(check, path.read_text(encoding="utf-8")):
                fail(f"{path.relative_to(source)} should pass {schema_name}: {error}")
        found = {path.name for path in (folder / "broken").glob("*.json")}
        if found != set(broken):
            fail(f"{folder / 'broken'} holds {sorted(found)}, the table lists {sorted(broken)}")
        for name in sorted(found & set(broken)):
            errors = schema_errors(check, (folder / "broken" / name).read_text(encoding="utf-8"))
            where = broken[name] or "(top)"
            if not any(error.startswith(where + ": ") for error in errors):
                fail(f"{folder.name}/broken/{name} should fail {schema_name} at {where}; "
                     f"the schema says {errors or 'nothing'}")


def course(sessions, aftercare=(), name=None):
    """A clinical scar course's text, from the sessions' and steps' JSON text as written."""
    fields = ['"format": "dermaroller/1"', '"setting": "clinical"', '"indication": "scars"',
              '"goal": "scar_reduction"', f'"sessions": [{", ".join(sessions)}]']
    if aftercare:
        fields.append(f'"aftercare": [{", ".join(aftercare)}]')
    if name is not None:
        fields.append(f'"name": {json.dumps(name, ensure_ascii=False)}')
    return "{" + ", ".join(fields) + "}"


def session(needle="1.5mm", passes="15", **more):
    """A session's JSON text; `passes` as written, the other fields as strings."""
    extra = "".join(f", {json.dumps(key)}: {json.dumps(value)}" for key, value in more.items())
    return f'{{"needle": {json.dumps(needle)}, "passes": {passes}{extra}}}'


NEEDLES = ["1.5mm", "0.25mm", "250um", "250µm", "2mm", "0mm", "000mm", "01.5mm", "99.999mm",
           "100mm", "100.000mm", "100.001mm", "101mm", "1.mm", ".25mm", "1.5", "1.5cm", "1.5MM",
           "1.5 mm", "-1mm", "mm", "0.0005mm", "0.2500mm", "100000um", "100001um", "1.0um",
           "1.5um", "1,5mm"]
RESTS = ["42d", "6w", "0d", "0w", "3650d", "3651d", "521w", "522w", "24h", "6.5w", "w", "6W",
         "-6w", "06w", "1y"]
AFTERCARE_TIMES = ["1h", "24h", "2d", "0h", "8760h", "8761h", "365d", "366d", "1w", "1.5h", "h",
                   "24 h"]
DATES = ["2027-03-01", "2028-02-29", "2000-02-29", "2027-02-28", "0001-01-01", "9999-12-31",
         "2027-02-29", "1900-02-29", "2027-02-30", "2027-13-01", "2027-00-10", "2027-04-31",
         "2027-04-30", "0000-01-01", "2027-3-1", "27-03-01", "2027/03/01"]
PASSES = ["1", "15", "1000", "0", "1001", "-3", "15.5", "\"15\""]
# Values the reader refuses and the schema cannot: JSON Schema's integer is a number's value,
# not its spelling, so 15.0 and 1.5e1 are the integer 15 to it; and it counts a name's
# characters, where the reader counts its bytes.
SPELLINGS_BEYOND_A_SCHEMA = ["15.0", "1.5e1"]


def values(source, checker):
    """The schema and the reader agree on every value above (a needle, a rest, an aftercare
    time, a date, a number of passes) and on the format's limits (64 sessions, 16 aftercare
    steps, a name of 120 bytes): both read, or both refuse."""
    check = validator(source / "docs" / "protocol.schema.json")
    cases = [(f"needle {n}", course([session(needle=n)])) for n in NEEDLES]
    cases += [(f"rest {r}", course([session(), session(rest=r)])) for r in RESTS]
    cases += [(f"for {t}", course([session()], [json.dumps({"step": "moisturizer", "for": t})]))
              for t in AFTERCARE_TIMES]
    cases += [(f"date {d}", course([session(date=d)])) for d in DATES]
    cases += [(f"passes {p}", course([session(passes=p)])) for p in PASSES]
    cases += [(f"{count} sessions", course([session()] + [session(rest="6w")] * (count - 1)))
              for count in (64, 65)]
    cases += [(f"{count} aftercare steps", course([session()], ['{"step": "moisturizer"}'] * count))
              for count in (16, 17)]
    cases += [(f"a name of {length} bytes", course([session()], name="n" * length))
              for length in (120, 121)]
    beyond = [(f"passes {p}", course([session(passes=p)])) for p in SPELLINGS_BEYOND_A_SCHEMA]
    beyond.append(("a name of 61 characters in 122 bytes", course([session()], name="é" * 61)))
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for index, (_, text) in enumerate(cases + beyond):
            path = Path(folder) / f"case-{index:03}.json"
            path.write_text(text, encoding="utf-8")
            files.append(path)
        verdicts = reader_verdicts(checker, files)
        agreed = {True: 0, False: 0}
        for index, (what, text) in enumerate(cases):
            refused_by_reader = verdicts.get(str(files[index])) is not None
            refused_by_schema = bool(schema_errors(check, text))
            if refused_by_reader != refused_by_schema:
                fail(f"{what}: the reader {'refuses' if refused_by_reader else 'reads'} it, "
                     f"the schema {'refuses' if refused_by_schema else 'accepts'} it")
            else:
                agreed[refused_by_reader] += 1
        for offset, (what, text) in enumerate(beyond):
            if verdicts.get(str(files[len(cases) + offset])) is None or schema_errors(check, text):
                fail(f"{what} is listed as beyond a schema, but the reader and the schema agree")
    print(f"{len(cases)} values: {agreed[False]} read and {agreed[True]} refused by both")


def words(source, checker):
    """Each word list of the schema is the reader's, word for word and in its order: the reader
    names its words when it refuses an unknown one ("expected one of: home, clinical")."""
    schema = json.loads((source / "docs" / "protocol.schema.json").read_text(encoding="utf-8"))
    session_fields = schema["definitions"]["session"]["properties"]
    step_fields = schema["definitions"]["aftercare_step"]["properties"]
    base = {"format": "dermaroller/1", "setting": "home", "indication": "skin_health",
            "goal": "maintenance", "sessions": [{"needle": "0.25mm", "passes": 15}]}
    unknown = "not-a-word"
    places = {name: (schema["properties"][name]["enum"], {**base, name: unknown})
              for name in ("setting", "indication", "goal", "area", "skin_type")}
    for name in ("modality", "flushing"):
        places[name] = (session_fields[name]["enum"],
                        {**base, "sessions": [{**base["sessions"][0], name: unknown}]})
    places["step"] = (step_fields["step"]["enum"], {**base, "aftercare": [{"step": unknown}]})
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for name, (_, document) in places.items():
            files[name] = Path(folder) / f"{name}.json"
            files[name].write_text(json.dumps(document), encoding="utf-8")
        verdicts = reader_verdicts(checker, list(files.values()))
        agreed = 0
        for name, (schema_words, _) in places.items():
            listed = re.search(r"expected one of: ([^;]+)$", verdicts.get(str(files[name])) or "")
            reader_words = listed.group(1).split(", ") if listed else None
            if reader_words != schema_words:
                fail(f"{name}: the schema's words are {schema_words}, the reader's {reader_words}")
            else:
                agreed += 1
    print(f"{agreed} of {len(places)} word lists agree with the reader's")


def hooks(source, checker):
    """.pre-commit-hooks.yaml declares dermaroller-check as pre-commit reads a manifest, its
    entry is the checker's program as installed, and running the hook as pre-commit would (the
    entry, on the files its patterns select) passes the valid examples and fails the invalid
    ones."""
    try:
        import yaml
    except ImportError:
        skip("PyYAML is not installed (Debian: apt-get install python3-yaml)")
    manifest = yaml.safe_load((source / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    if not isinstance(manifest, list) or not all(isinstance(h, dict) for h in manifest):
        fail(".pre-commit-hooks.yaml is not a list of hooks")
        return
    for hook in manifest:
        for key in ("id", "name", "entry", "language"):
            if not isinstance(hook.get(key), str) or not hook[key]:
                fail(f"hook {hook.get('id')} has no {key}, which pre-commit requires")
    by_id = {hook.get("id"): hook for hook in manifest}
    hook = by_id.get("dermaroller-check")
    if hook is None:
        fail(".pre-commit-hooks.yaml has no hook with the id dermaroller-check")
        return
    if hook.get("language") != "system":
        fail("the dermaroller-check hook is not language: system")
    entry = shlex.split(hook["entry"])
    if entry[0] != Path(checker).name:
        fail(f"the hook runs {entry[0]}, but the program built and installed is "
             f"{Path(checker).name}")
    if "install(TARGETS dermaroller-check" not in (source / "CMakeLists.txt").read_text():
        fail("CMakeLists.txt does not install dermaroller-check, which the hook runs from PATH")

    selects = re.compile(hook.get("files", ""))
    excludes = re.compile(hook.get("exclude", "^$"))
    types = set(hook.get("types", ["file"]))

    def selected(relative):
        return (selects.search(relative) and not excludes.search(relative)
                and ("json" not in types or relative.endswith(".json")))

    for wanted in ("protocols/acne.json", "clinic/protocols/2027/acne.json"):
        if not selected(wanted):
            fail(f"the hook does not select {wanted}")
    for unwanted in ("package.json", "docs/protocol.schema.json", "CMakePresets.json",
                     "protocols/README.md", "protocols.json"):
        if selected(unwanted):
            fail(f"the hook selects {unwanted}, which is not a protocol file")

    environment = dict(os.environ, PATH=f"{Path(checker).parent}{os.pathsep}{os.environ['PATH']}")
    for folder, expected in (("examples/protocols", 0), ("examples/protocols/invalid", 1)):
        files = [str(path.relative_to(source)) for path in sorted((source / folder).glob("*"))
                 if path.parent == source / folder and selected(str(path.relative_to(source)))]
        if not files:
            fail(f"the hook selects nothing in {folder}")
            continue
        run = subprocess.run([*entry, *hook.get("args", []), *files], cwd=source,
                             env=environment, capture_output=True, text=True, check=False)
        if (run.returncode != 0) != bool(expected):
            fail(f"the hook on {folder} exited {run.returncode}:\n{run.stdout}{run.stderr}")


def main():
    source, checker, what = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    checks = {"meta": lambda: meta(source), "examples": lambda: examples(source, checker),
              "fixtures": lambda: fixtures(source), "values": lambda: values(source, checker),
              "words": lambda: words(source, checker),
              "hooks": lambda: hooks(source, checker)}
    checks[what]()
    if failures:
        sys.exit(1)
    print(f"{what}: passed")


if __name__ == "__main__":
    main()
