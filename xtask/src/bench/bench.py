"""The same work as sps-core's benches, done with the Python tools users use today
(edgegrid-python, urllib, json), timed in the same run. Prints {name: ns_per_op}.

usage: bench.py DIR   (DIR holds create.form, get.json, list10k.json)"""
import json
import sys
import timeit
import urllib.parse

from akamai.edgegrid.edgegrid import EdgeGridAuthHeaders
from requests.structures import CaseInsensitiveDict

d = sys.argv[1]
form = open(f"{d}/create.form").read()
get = open(f"{d}/get.json", "rb").read()
big = open(f"{d}/list10k.json", "rb").read()
pairs = urllib.parse.parse_qsl(form)


class Request:
    method = "POST"
    url = "https://akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net/config-secure-provisioning-service/v1/sps-requests?contractId=11754&groupId=1001"
    headers = CaseInsensitiveDict({"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"})
    body = form.encode()


signer = EdgeGridAuthHeaders("akab-client-token-xxx-xxxxxxxxxxxxxxxx", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=", "akab-access-token-xxx-xxxxxxxxxxxxxxxx")
request = Request()


def per_op(fn):
    timer = timeit.Timer(fn)
    n, _ = timer.autorange()
    best = min(timer.repeat(repeat=5, number=n))
    return best / n * 1e9


print(json.dumps({
    "sign": per_op(lambda: signer.make_auth_header(request, "20251204T20:00:00+0000", "dd9957e2-4fe5-48ca-8d32-16a772ac6d8f")),
    "form": per_op(lambda: urllib.parse.urlencode(pairs)),
    "parse-get": per_op(lambda: json.loads(get)),
    "parse-list-10k": per_op(lambda: json.loads(big)),
}))
