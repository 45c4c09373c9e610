//! `docs/openapi.yaml`: an OpenAPI 3.1 description of SPS v1, written from the same tables
//! the client validates with, for users who generate clients in other languages.

use serde_json::{json, Map, Value};
use sps_core::country::ISO3166_ALPHA2;
use sps_core::params::{Applies, ParamSpec, Repeat, Rule, EDGE_HOST_PARAMS, SPS_REQUEST_PARAMS};
use sps_core::validate::TEXT_MAX_CHARS;
use sps_core::{CreateType, Issuer};

use super::examples;

const HOSTNAME: &str = r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z0-9-]*[A-Za-z-][A-Za-z0-9-]*$";

fn rule_schema(rule: Rule) -> Value {
    match rule {
        Rule::Hostname => json!({ "type": "string", "maxLength": 253, "pattern": HOSTNAME }),
        Rule::CommonName => {
            json!({ "type": "string", "maxLength": 253, "pattern": format!(r"^(\*\.)?{}", &HOSTNAME[1..]) })
        }
        Rule::Email => json!({ "type": "string", "format": "email" }),
        Rule::Country => json!({ "$ref": "#/components/schemas/CountryCode" }),
        Rule::Phone => json!({ "type": "string", "pattern": r"^[0-9 +().xX-]{4,40}$" }),
        Rule::Text => json!({ "type": "string", "minLength": 1, "maxLength": TEXT_MAX_CHARS }),
        Rule::Id => json!({ "type": "integer", "minimum": 1 }),
        Rule::Bool => json!({ "type": "boolean" }),
        Rule::OneOf(values) => json!({ "type": "string", "enum": values }),
        Rule::Issuer => json!({ "type": "string", "enum": Issuer::VALUES }),
    }
}

fn with_description(mut schema: Value, spec: &ParamSpec) -> Value {
    let obj = schema.as_object_mut().expect("an object");
    obj.insert("description".into(), json!(spec.summary));
    if spec.deprecated {
        obj.insert("deprecated".into(), json!(true));
    }
    schema
}

/// The edge-host form: one object, the same for every request.
fn edge_host_form_schema() -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for spec in EDGE_HOST_PARAMS.iter().filter(|s| !s.read_only) {
        if spec.required_for == Applies::ALL {
            required.push(spec.name);
        }
        properties.insert(spec.name.into(), with_description(rule_schema(spec.rule), spec));
    }
    json!({ "type": "object", "description": "jobId or enrollmentId is required; enrollmentId wins.", "properties": properties, "required": required, "additionalProperties": false })
}

/// The create form for one createType: the parameters that apply to it, those it requires,
/// and the rules that depend on it (a wildcard common name, DV only with SAN).
fn create_form_variant(t: CreateType) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for spec in SPS_REQUEST_PARAMS.iter().filter(|s| !s.read_only && s.applies_to.contains(t)) {
        let mut schema = match (spec.name, t) {
            ("createType", _) => json!({ "type": "string", "const": t.as_str() }),
            ("csr.cn", CreateType::Wildcard) => {
                json!({ "type": "string", "maxLength": 253, "pattern": format!(r"^\*\.{}", &HOSTNAME[1..]) })
            }
            ("csr.cn", _) => rule_schema(Rule::Hostname),
            ("validationType", CreateType::San) => rule_schema(spec.rule),
            ("validationType", _) => json!({ "type": "string", "enum": ["ov"] }),
            _ => rule_schema(spec.rule),
        };
        let required_here = spec.required_for.contains(t);
        if spec.repeat == Repeat::Many {
            schema = json!({ "type": "array", "items": schema, "uniqueItems": true });
            if required_here {
                schema["minItems"] = json!(1);
            }
        }
        if required_here {
            required.push(spec.name);
        }
        properties.insert(spec.name.into(), with_description(schema, spec));
    }
    let description = match t {
        CreateType::Single => "A new single-name certificate (OV).",
        CreateType::San => "A new SAN certificate, OV or DV (Let's Encrypt).",
        CreateType::Wildcard => "A new wildcard certificate (OV); csr.cn is `*.domain`.",
        CreateType::ModSan => "Names added to the existing SAN certificate of jobId.",
    };
    json!({ "type": "object", "description": description, "properties": properties, "required": required, "additionalProperties": false })
}

/// `SpsRequestFormSingle`, `SpsRequestFormModSan`, ...
fn variant_name(t: CreateType) -> String {
    let name = t.as_str();
    format!("SpsRequestForm{}{}", name[..1].to_ascii_uppercase(), &name[1..])
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
    let form_body = |schema: &str, repeated: &[&str], examples: Value| {
        let encoding: Map<String, Value> =
            repeated.iter().map(|n| (n.to_string(), json!({ "style": "form", "explode": true }))).collect();
        json!({ "required": true, "content": { "application/x-www-form-urlencoded": { "schema": { "$ref": format!("#/components/schemas/{schema}") }, "encoding": encoding, "examples": examples } } })
    };
    let json_ok = |d: &str, schema: Value, examples: Value| json!({ "description": d, "content": { "application/json": { "schema": schema, "examples": examples } } });
    let mut schemas = json!({
        "CountryCode": { "type": "string", "description": "An ISO 3166-1 alpha-2 country code.", "enum": ISO3166_ALPHA2.as_slice() },
        "SpsRequestForm": {
            "description": "The create form: one schema per createType.",
            "oneOf": CreateType::ALL.iter().map(|t| json!({ "$ref": format!("#/components/schemas/{}", variant_name(*t)) })).collect::<Vec<_>>(),
        }
    });
    for t in CreateType::ALL {
        schemas[variant_name(*t)] = create_form_variant(*t);
    }
    let mut document = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Akamai Secure Provisioning Service (SPS) API v1",
            "version": "1",
            "description": "Provision TLS certificates (single, SAN, wildcard; OV, or DV through Let's Encrypt) and secure edge hostnames. Every request is signed with Akamai EdgeGrid (EG1-HMAC-SHA256). The create form has one schema per createType. Generated by sps (cargo xtask codegen) from the tables its client validates with."
        },
        "servers": [{ "url": "https://{host}", "variables": { "host": { "default": "akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net", "description": "The host of your .edgerc credentials." } } }],
        "security": [{ "edgegrid": [] }],
        "paths": {
            "/config-secure-provisioning-service/v1/sps-requests": {
                "get": {
                    "operationId": "listSpsRequests",
                    "summary": "List SPS requests",
                    "parameters": list_params,
                    "responses": with_errors("200", json_ok("The requests.", json!({ "$ref": "#/components/schemas/RequestList" }), examples::answers("list"))),
                },
                "post": {
                    "operationId": "createSpsRequest",
                    "summary": "Create a certificate and secure edge hostname, or add names to a SAN certificate (modSan)",
                    "parameters": scope,
                    "requestBody": form_body("SpsRequestForm", &["csr.sans", "add.sans"], examples::create_forms()),
                    "responses": with_errors("202", json_ok("Accepted. A result type of VALIDATION_FAILURE is a failure.", json!({ "$ref": "#/components/schemas/CreateResponse" }), examples::answers("create"))),
                }
            },
            "/config-secure-provisioning-service/v1/sps-requests/{spsId}": {
                "get": {
                    "operationId": "getSpsRequest",
                    "summary": "Get one SPS request",
                    "parameters": get_params,
                    "responses": with_errors("200", json_ok("The request, as the only item of requestList.", json!({ "$ref": "#/components/schemas/RequestList" }), examples::answers("get"))),
                }
            },
            "/config-secure-provisioning-service/v1/secure-edge-hosts": {
                "post": {
                    "operationId": "createSecureEdgeHost",
                    "summary": "Create a secure edge hostname for an existing certificate",
                    "parameters": scope,
                    "requestBody": form_body("EdgeHostForm", &[], examples::edge_host_forms()),
                    "responses": with_errors("202", json_ok("Accepted: an array of one item, or the item itself.", json!({ "$ref": "#/components/schemas/EdgeHostResponse" }), examples::answers("edgeHost"))),
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
                "EdgeHostForm": edge_host_form_schema(),
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
    });
    // The reference's 400 is a create's (a common name already active).
    document["paths"]["/config-secure-provisioning-service/v1/sps-requests"]["post"]["responses"]["400"]["content"]
        ["application/json"]["examples"] = examples::answers("400");
    if let Some(components) = document["components"]["schemas"].as_object_mut() {
        components.extend(schemas.as_object().cloned().unwrap_or_default());
    }
    document
}
