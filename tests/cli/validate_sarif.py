#!/usr/bin/python3
"""Validates a SARIF log against the SARIF JSON schema.

    validate_sarif.py SCHEMA LOG

Exit status: 0 valid; 1 invalid, each error printed with where it is; 77 when the
jsonschema module (Debian package python3-jsonschema) is not installed.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("the Python module jsonschema is not installed (Debian package python3-jsonschema)", file=sys.stderr)
    sys.exit(77)

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    log = json.load(f)

validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
errors = sorted(validator.iter_errors(log), key=lambda error: list(error.absolute_path))
for error in errors:
    where = "/".join(str(part) for part in error.absolute_path) or "(the log)"
    print(f"{where}: {error.message}")
sys.exit(1 if errors else 0)
