//! `docs/openapi.yaml`: an OpenAPI 3.1 description of SPS v1, written from the same tables
//! the client validates with, for users who generate clients in other languages.

use serde_json::{json, Map, Value};
use sps_core::country::ISO3166_ALPHA2;
use sps_core::params::{Applies, ParamSpec, Repeat, Rule, EDGE_HOST_PARAMS, SPS_REQUEST_PARAMS};
use sps_core::validate::TEXT_MAX_CHARS;
use sps_core::Issuer;

const HOSTNAME: &str = r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z0-9-]*[A-Za-z-][A-Za-z0-9-]*$";

fn rule_schema(rule: Rule) -> Value {
    match rule {
        Rule::Hostname => json!({ "type": "string", "maxLength": 253, "pattern": HOSTNAME }),
        Rule::CommonName => {
            json!({ "type": "string", "maxLength": 253, "pattern": format!(r"^(\*\.)?{}", &HOSTNAME[1..]) })
        }
        Rule::Email => json!({ "type": "string", "format": "email" }),
        Rule::Country => json!({ "type": "string", "enum": ISO3166_ALPHA2.as_slice() }),
        Rule::Phone => json!({ "type": "string", "pattern": r"^[0-9 +().xX-]{4,40}$" }),
        Rule::Text => json!({ "type": "string", "minLength": 1, "maxLength": TEXT_MAX_CHARS }),
        Rule::Id => json!({ "type": "integer", "minimum": 1 }),
        Rule::Bool => json!({ "type": "boolean" }),
        Rule::OneOf(values) => json!({ "type": "string", "enum": values }),
        Rule::Issuer => json!({ "type": "string", "enum": Issuer::VALUES }),
    }
}

fn types(a: Applies) -> Value {
    json!(a.types().iter().map(|t| t.as_str()).collect::<Vec<_>>())
}

fn form_schema(table: &[ParamSpec], with_types: bool, description: &str) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for spec in table.iter().filter(|s| !s.read_only) {
        let mut schema = rule_schema(spec.rule);
        if spec.repeat == Repeat::Many {
            schema = json!({ "type": "array", "items": schema });
        }
        let obj = schema.as_object_mut().expect("an object");
        obj.insert("description".into(), json!(spec.summary));
        if spec.deprecated {
            obj.insert("deprecated".into(), json!(true));
        }
        if with_types {
            obj.insert("x-sps-applies-to".into(), types(spec.applies_to));
            obj.insert("x-sps-required-for".into(), types(spec.required_for));
        }
        if spec.required_for == Applies::ALL {
            required.push(spec.name);
        }
        properties.insert(spec.name.into(), schema);
    }
    json!({ "type": "object", "description": description, "properties": properties, "required": required, "additionalProperties": false })
}

fn id() -> Value {
    json!({ "type": "integer", "minimum": 0 })
}

fn query(name: &str, required: bool, description: &str, schema: Value) -> Value {
    json!({ "name": name, "in": "query", "required": required, "description": description, "schema": schema })
}

fn error_responses() -> Value {
    let e = |d: &str| json!({ "description": d, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Errors" } } } });
    json!({
        "400": e("Bad request: the items name the refused fields."),
        "401": { "description": "EdgeGrid authentication failed.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
        "403": e("The credentials may not use this contract and group."),
        "404": e("No such resource."),
        "429": e("Rate limited: honour Retry-After, or Akamai-RateLimit-Next against Date."),
        "500": e("The service failed; details in the body."),
    })
}

fn with_errors(ok_code: &str, ok: Value) -> Value {
    let mut responses = error_responses();
    responses.as_object_mut().expect("an object").insert(ok_code.into(), ok);
    responses
}

/// The document.
pub fn document() -> Value {
    let scope = json!([
        { "$ref": "#/components/parameters/contractId" },
        { "$ref": "#/components/parameters/groupId" },
        { "$ref": "#/components/parameters/accountSwitchKey" },
    ]);
    let mut list_params = scope.as_array().cloned().unwrap_or_default();
    list_params.push(json!({ "$ref": "#/components/parameters/after" }));
    list_params.push(json!({ "$ref": "#/components/parameters/information" }));
    let mut get_params = scope.as_array().cloned().unwrap_or_default();
    get_params.push(
        json!({ "name": "spsId", "in": "path", "required": true, "schema": { "type": "integer", "minimum": 1 } }),
    );
    get_params.push(json!({ "$ref": "#/components/parameters/information" }));
    let form_body = |schema: &str, repeated: &[&str]| {
        let encoding: Map<String, Value> =
            repeated.iter().map(|n| (n.to_string(), json!({ "style": "form", "explode": true }))).collect();
        json!({ "required": true, "content": { "application/x-www-form-urlencoded": { "schema": { "$ref": format!("#/components/schemas/{schema}") }, "encoding": encoding } } })
    };
    let json_ok =
        |d: &str, schema: Value| json!({ "description": d, "content": { "application/json": { "schema": schema } } });
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Akamai Secure Provisioning Service (SPS) API v1",
            "version": "1",
            "description": "Provision TLS certificates (single, SAN, wildcard; OV, or DV through Let's Encrypt) and secure edge hostnames. Every request is signed with Akamai EdgeGrid (EG1-HMAC-SHA256). Form rules that depend on createType are given in x-sps-applies-to and x-sps-required-for. Generated by sps (cargo xtask codegen) from the tables its client validates with."
        },
        "servers": [{ "url": "https://{host}", "variables": { "host": { "default": "akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net", "description": "The host of your .edgerc credentials." } } }],
        "security": [{ "edgegrid": [] }],
        "paths": {
            "/config-secure-provisioning-service/v1/sps-requests": {
                "get": {
                    "operationId": "listSpsRequests",
                    "summary": "List SPS requests",
                    "parameters": list_params,
                    "responses": with_errors("200", json_ok("The requests.", json!({ "$ref": "#/components/schemas/RequestList" }))),
                },
                "post": {
                    "operationId": "createSpsRequest",
                    "summary": "Create a certificate and secure edge hostname, or add names to a SAN certificate (modSan)",
                    "parameters": scope,
                    "requestBody": form_body("SpsRequestForm", &["csr.sans", "add.sans"]),
                    "responses": with_errors("202", json_ok("Accepted. A result type of VALIDATION_FAILURE is a failure.", json!({ "$ref": "#/components/schemas/CreateResponse" }))),
                }
            },
            "/config-secure-provisioning-service/v1/sps-requests/{spsId}": {
                "get": {
                    "operationId": "getSpsRequest",
                    "summary": "Get one SPS request",
                    "parameters": get_params,
                    "responses": with_errors("200", json_ok("The request, as the only item of requestList.", json!({ "$ref": "#/components/schemas/RequestList" }))),
                }
            },
            "/config-secure-provisioning-service/v1/secure-edge-hosts": {
                "post": {
                    "operationId": "createSecureEdgeHost",
                    "summary": "Create a secure edge hostname for an existing certificate",
                    "parameters": scope,
                    "requestBody": form_body("EdgeHostForm", &[]),
                    "responses": with_errors("202", json_ok("Accepted: an array of one item, or the item itself.", json!({ "$ref": "#/components/schemas/EdgeHostResponse" }))),
                }
            }
        },
        "components": {
            "securitySchemes": {
                "edgegrid": { "type": "apiKey", "in": "header", "name": "Authorization", "description": "Akamai EdgeGrid: EG1-HMAC-SHA256 client_token=…;access_token=…;timestamp=…;nonce=…;signature=…" }
            },
            "parameters": {
                "contractId": query("contractId", true, "The contract (an opaque ID such as 11754 or 1-1TJZFB).", json!({ "type": "string", "pattern": "^[A-Za-z0-9._~-]{1,128}$" })),
                "groupId": query("groupId", true, "The group.", json!({ "type": "string", "pattern": "^[A-Za-z0-9._~-]{1,128}$" })),
                "accountSwitchKey": query("accountSwitchKey", false, "Act for another account.", json!({ "type": "string", "pattern": "^[A-Za-z0-9._~:-]{1,128}$" })),
                "after": query("after", false, "Only requests created after this UTC time.", json!({ "type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$" })),
                "information": query("information", false, "Include the form parameters of each request.", json!({ "type": "boolean" })),
            },
            "schemas": {
                "SpsRequestForm": form_schema(SPS_REQUEST_PARAMS, true, "The create form. Which parameters apply depends on createType (x-sps-applies-to, x-sps-required-for); dv only with san."),
                "EdgeHostForm": form_schema(EDGE_HOST_PARAMS, false, "jobId or enrollmentId is required; enrollmentId wins."),
                "CreateResponse": {
                    "type": "object",
                    "required": ["spsId"],
                    "properties": {
                        "spsId": id(),
                        "resourceLocation": { "type": "string" },
                        "Results": {
                            "type": "object",
                            "properties": {
                                "size": { "type": "integer" },
                                "data": { "type": "array", "items": { "type": "object", "properties": {
                                    "results": { "type": "object", "properties": {
                                        "jobID": id(), "jobId": id(), "enrollmentId": id(),
                                        "type": { "type": "string", "description": "SUCCESS or VALIDATION_FAILURE" }
                                    } }
                                } } }
                            }
                        }
                    }
                },
                "EdgeHostItem": { "type": "object", "required": ["spsId"], "properties": { "spsId": id(), "resourceLocation": { "type": "string" } } },
                "EdgeHostResponse": { "oneOf": [ { "type": "array", "minItems": 1, "items": { "$ref": "#/components/schemas/EdgeHostItem" } }, { "$ref": "#/components/schemas/EdgeHostItem" } ] },
                "RequestList": { "type": "object", "required": ["requestList"], "properties": { "requestList": { "type": "array", "items": { "$ref": "#/components/schemas/SpsRequest" } } } },
                "SpsRequest": {
                    "type": "object",
                    "required": ["spsId", "status"],
                    "properties": {
                        "spsId": id(),
                        "jobId": id(),
                        "enrollmentId": id(),
                        "status": { "type": "string", "description": "Pending, CPS Running, Awaiting user, Pending RA, Valid, Invalid, Error, SPS Request Complete, edge host already created or pending (any casing)." },
                        "workflowProgress": { "type": "string" },
                        "resourceUrl": { "type": "string" },
                        "lastStatusChange": { "type": "string" },
                        "dvStatus": { "type": "array", "items": { "$ref": "#/components/schemas/DvStatus" } },
                        "parameters": { "type": "array", "items": { "type": "object", "required": ["name", "value"], "properties": { "name": { "type": "string" }, "value": { "type": "string" } } } }
                    }
                },
                "DvStatus": {
                    "type": "object",
                    "required": ["domainName", "status"],
                    "properties": {
                        "domainName": { "type": "string" },
                        "status": { "type": "string", "description": "Pending, Awaiting user, Pending RA, Valid, Invalid, Error." },
                        "token": { "type": "string" },
                        "responseBody": { "type": "string" },
                        "fullPath": { "type": "string" },
                        "redirectFullPath": { "type": "string" },
                        "requestTimestamp": { "type": "string" },
                        "validatedTimestamp": { "type": "string" },
                        "expiresTimestamp": { "type": "string" },
                        "errorMessage": { "type": "string" }
                    }
                },
                "Errors": {
                    "type": "object",
                    "properties": {
                        "Results": { "type": "string" },
                        "Errors": { "type": "object", "properties": { "invalidItems": { "type": "array", "items": { "type": "object", "properties": {
                            "field": { "type": ["string", "null"] },
                            "spsId": { "type": ["integer", "null"] },
                            "validation": { "type": ["string", "null"] },
                            "validationDescription": { "type": ["string", "null"] }
                        } } } } }
                    }
                },
                "Problem": { "type": "object", "properties": { "type": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "integer" }, "detail": { "type": "string" } } }
            }
        }
    })
}
