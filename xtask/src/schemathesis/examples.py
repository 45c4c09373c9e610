"""Checks every example of docs/openapi.yaml against its schema (JSON Schema 2020-12, the
dialect of OpenAPI 3.1); prints how many were checked, or the failures and exits 1.

usage: examples.py OPENAPI_YAML"""
import sys

import jsonschema_rs  # schemathesis's own validator
import yaml

doc = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))


def validator(schema):
    # The document's components travel with the schema, so `#/components/...` resolves.
    return jsonschema_rs.Draft202012Validator({**schema, "components": doc["components"]})


checked, failures = 0, []
for path, operations in doc["paths"].items():
    for method, operation in operations.items():
        media = [("request", m) for m in operation.get("requestBody", {}).get("content", {}).values()]
        for code, response in operation["responses"].items():
            media += [(code, m) for m in response.get("content", {}).values()]
        for where, m in media:
            for name, example in m.get("examples", {}).items():
                checked += 1
                for error in validator(m["schema"]).iter_errors(example["value"]):
                    failures.append(f"{method.upper()} {path} {where} example {name}: {error.message}")
for f in failures:
    print(f)
print(checked)
sys.exit(1 if failures else 0)
