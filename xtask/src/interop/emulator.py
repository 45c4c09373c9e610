"""Drives a running sps-emulator with Akamai's official edgegrid-python and requests, the
way egcurl does, and prints the statuses it got as one JSON object.

usage: emulator.py BASE_URL CLIENT_TOKEN CLIENT_SECRET ACCESS_TOKEN FORM_FILE"""
import json
import sys

import requests
from akamai.edgegrid import EdgeGridAuth

base, client_token, client_secret, access_token, form_file = sys.argv[1:6]
session = requests.Session()
session.auth = EdgeGridAuth(client_token=client_token, client_secret=client_secret, access_token=access_token)
api = base + "/config-secure-provisioning-service/v1"
scope = "contractId=11754&groupId=1001"
form = open(form_file, encoding="utf-8").read().strip()
headers = {"Content-Type": "application/x-www-form-urlencoded"}
out = {}

r = session.get(f"{api}/sps-requests?{scope}")
out["list"] = r.status_code
r = session.post(f"{api}/sps-requests/?{scope}", data=form, headers=headers)
out["create"] = r.status_code
sps_id = r.json().get("spsId")
r = session.get(f"{api}/sps-requests/{sps_id}/?{scope}&information=true")
out["get"] = r.status_code
enrollment = r.json()["requestList"][0].get("enrollmentId")
r = session.post(f"{api}/secure-edge-hosts/?{scope}", data=f"cnameHostname=www.python.example.com&enrollmentId={enrollment}&ipVersion=ipv4&product=alta", headers=headers)
out["edge_host"] = r.status_code

tampered = session.prepare_request(requests.Request("POST", f"{api}/sps-requests?{scope}", data=form.replace("csr.cn=www.example.com", "csr.cn=www.other.example.com"), headers=headers))
tampered.body = tampered.body[:-1] + ("x" if tampered.body[-1:] != "x" else "y")
out["tampered"] = session.send(tampered).status_code
out["tampered_reason"] = session.send(tampered).json().get("reason")
print(json.dumps(out))
