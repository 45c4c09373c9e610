"""Signs each case read from stdin (one JSON object a line) with Akamai's official
edgegrid-python, with the case's fixed timestamp and nonce, and prints one JSON line each:
{"id", "authorization", "data_to_sign", "signing_key"}."""
import base64
import json
import os
import sys

for name in ("AKAMAI_CLI", "AKAMAI_CLI_VERSION", "AKAMAI_CLI_COMMAND", "AKAMAI_CLI_COMMAND_VERSION"):
    os.environ.pop(name, None)

from akamai.edgegrid.edgegrid import EdgeGridAuthHeaders  # noqa: E402
from requests.structures import CaseInsensitiveDict  # noqa: E402


class Request:
    def __init__(self, method, url, headers, body):
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body


for line in sys.stdin:
    case = json.loads(line)
    body = base64.b64decode(case["body"]["b64"]) * case["body"]["repeat"]
    headers = CaseInsensitiveDict()
    for name, value in case["headers"]:
        headers[name] = value
    request = Request(case["method"], case["url"], headers, body or None)
    signer = EdgeGridAuthHeaders(
        case["client_token"],
        case["client_secret"],
        case["access_token"],
        headers_to_sign=case["headers_to_sign"],
        max_body=case["max_body"],
    )
    authorization = signer.make_auth_header(request, case["timestamp"], case["nonce"])
    prefix = authorization[: authorization.index("signature=")]
    print(json.dumps({
        "id": case["id"],
        "authorization": authorization,
        "data_to_sign": signer.make_data_to_sign(request, prefix),
        "signing_key": signer.make_signing_key(case["timestamp"]),
    }), flush=True)
