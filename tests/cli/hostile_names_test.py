"""dermaroller-check on names that hold what text output and XML cannot take as they are.

    python3 hostile_names_test.py <dermaroller-check> <scratch directory>

- A course name with characters XML 1.0 forbids (U+0000-U+001F, U+FFFE, U+FFFF) and markup,
  and a file name with control bytes, a newline and bytes that are not UTF-8 (the title when
  the course has no name): every --timeline SVG parses with a real XML parser (xml.etree, and
  xmllint when installed) and has a <title> and a <desc>.
- The text output keeps each FILE:LINE:COL line whole: the file name's newline is escaped.
- --schedule 9999-12-31 is refused naming the visit; no year 0000 is ever printed.
"""

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

CHECKER = sys.argv[1]
SCRATCH = os.fsencode(sys.argv[2])
SVG_NS = "{http://www.w3.org/2000/svg}"

COURSE = (
    '{"format": "dermaroller/1", %s"setting": "clinical", "indication": "scars", '
    '"goal": "scar_reduction", "sessions": [{"needle": "1.5mm", "passes": 15, '
    '"anesthetic": true}, {"needle": "1.5mm", "passes": 15, "anesthetic": true, "rest": "6w"}], '
    '"aftercare": [{"step": "clean_environment", "for": "1h"}, '
    '{"step": "anti_inflammatory_cream", "for": "24h"}, {"step": "mineral_preparation"}, '
    '{"step": "peptide_preparation"}, {"step": "moisturizer"}], "patient": {"age": 30}}'
)

failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


def write(name, text):
    path = os.path.join(SCRATCH, name)
    with open(path, "wb") as out:
        out.write(text.encode("utf-8"))
    return path


def run(*arguments):
    return subprocess.run([CHECKER, *arguments], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          check=False)


def check_timeline(protocol, expected_title):
    svg = os.path.join(SCRATCH, b"timeline.svg")
    if os.path.exists(svg):
        os.remove(svg)
    result = run("--schedule", "2027-12-20", "--timeline", svg, protocol)
    expect(result.returncode == 0, f"{protocol!r}: exit {result.returncode}: {result.stderr!r}")
    try:
        root = ElementTree.parse(svg).getroot()
    except (ElementTree.ParseError, OSError) as error:
        failures.append(f"{protocol!r}: the SVG is not well-formed XML: {error}")
        return
    title = root.find(SVG_NS + "title")
    desc = root.find(SVG_NS + "desc")
    expect(title is not None and title.text == expected_title,
           f"{protocol!r}: <title> is {None if title is None else title.text!r}, "
           f"expected {expected_title!r}")
    expect(desc is not None and desc.text.startswith("clinical scar reduction course, 2 visits"),
           f"{protocol!r}: <desc> is {None if desc is None else desc.text!r}")
    if shutil.which("xmllint"):
        lint = subprocess.run(["xmllint", "--noout", svg], stderr=subprocess.PIPE, check=False)
        expect(lint.returncode == 0, f"{protocol!r}: xmllint: {lint.stderr!r}")


os.makedirs(SCRATCH, exist_ok=True)

# A course name with every character XML 1.0 forbids, and markup: each forbidden character
# becomes U+FFFD, the markup is escaped.
named = write(b"named.json", COURSE % '"name": "a\\u0000b\\u0001c\\u001fd\\ufffee\\uffff <f&g>", ')
check_timeline(named, "a\ufffdb\ufffdc\ufffdd\ufffde\ufffd <f&g>")

# No course name: the file's name is the title, control bytes, newline and non-UTF-8 included.
hostile_file = b"bad\x01\x1b\xff\xfe name\n.json"
unnamed = write(hostile_file, COURSE % "")
check_timeline(unnamed, unnamed.decode("utf-8", "replace").replace("\x01", "\ufffd")
               .replace("\x1b", "\ufffd"))

# Text output: every line of the output is one line per finding or summary, the name escaped.
result = run(unnamed)
lines = result.stdout.split(b"\n")
escaped = os.path.join(SCRATCH, b"bad\\x01\\x1b\\xff\\xfe name\\n.json")
expect(result.returncode == 0, f"text output: exit {result.returncode}")
expect(lines == [escaped + b": valid (0 errors, 0 warnings, 0 notes)", b""],
       f"text output: {result.stdout!r}")
result = run("--schedule", "2027-12-20", unnamed)
expect(result.stdout.startswith(escaped + b": valid (0 errors, 0 warnings, 0 notes)\n" + escaped +
                                b": clinical scar reduction course, 2 visits from 2027-12-20\n"),
       f"--schedule output: {result.stdout!r}")
expect(b"\n.json" not in result.stdout, f"--schedule output splits the name: {result.stdout!r}")

# The last day: a visit (or its aftercare) past 9999-12-31 is refused, naming the visit.
svg = os.path.join(SCRATCH, b"late.svg")
if os.path.exists(svg):
    os.remove(svg)
result = run("--schedule", "9999-12-31", "--timeline", svg, named)
expect(result.returncode == 2, f"--schedule 9999-12-31: exit {result.returncode}")
expect(b"no plan: visit 1 would fall outside the days a protocol can write" in result.stderr,
       f"--schedule 9999-12-31: {result.stderr!r}")
expect(b"0000-" not in result.stdout, f"--schedule 9999-12-31 printed year 0000: {result.stdout!r}")
expect(not os.path.exists(svg), "--schedule 9999-12-31 still drew a timeline")

for failure in failures:
    print("FAILED:", failure)
sys.exit(1 if failures else 0)
