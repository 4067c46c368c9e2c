/// The JSON Schema (draft 2020-12) of `store.json`, with one journal line under `$defs/journalLine`.
/// Printed by `biopilot schema`; the test suite validates the demo store against it with an independent validator.
public enum StoreSchema {
    public static let text = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://biopilot.invalid/schema/store-v1.json",
          "title": "biopilot store.json (schema version 1)",
          "type": "object",
          "required": ["format", "schemaVersion", "revision", "journalBytes", "journalLines", "journalHead",
                       "enterprises", "sites", "products", "residentStaff", "inspectors", "inspections", "samplings"],
          "additionalProperties": false,
          "properties": {
            "format": {"const": "biopilot-store"},
            "schemaVersion": {"const": 1},
            "revision": {"type": "integer", "minimum": 0},
            "journalBytes": {"type": "integer", "minimum": 0},
            "journalLines": {"type": "integer", "minimum": 0},
            "journalHead": {"type": "string", "pattern": "^([0-9a-f]{64})?$"},
            "enterprises": {"type": "array", "items": {"$ref": "#/$defs/enterprise"}},
            "sites": {"type": "array", "items": {"$ref": "#/$defs/site"}},
            "products": {"type": "array", "items": {"$ref": "#/$defs/product"}},
            "residentStaff": {"type": "array", "items": {"$ref": "#/$defs/residentStaff"}},
            "inspectors": {"type": "array", "items": {"$ref": "#/$defs/inspector"}},
            "inspections": {"type": "array", "items": {"$ref": "#/$defs/inspection"}},
            "samplings": {"type": "array", "items": {"$ref": "#/$defs/sampling"}},
            "settings": {"type": "array", "items": {"$ref": "#/$defs/setting"}, "description": "Store settings (deadline overrides); absent in stores written before them."},
            "measures": {"type": "array", "items": {"$ref": "#/$defs/measure"}, "description": "Risk-control measures (风险控制措施); absent in stores written before them."}
          },
          "$defs": {
            "id": {"type": "string", "minLength": 1},
            "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
            "provinceCode": {"type": "string", "pattern": "^([0-9]{6}|XJBT)$"},
            "enterprise": {
              "type": "object",
              "required": ["id", "name", "creditCode", "provinceCode"],
              "additionalProperties": false,
              "properties": {
                "id": {"$ref": "#/$defs/id"},
                "name": {"type": "string", "minLength": 1},
                "nameEn": {"type": "string"},
                "creditCode": {"type": "string", "description": "统一社会信用代码; a bad check character is a warning, not a schema error"},
                "provinceCode": {"$ref": "#/$defs/provinceCode"},
                "licence": {
                  "type": "object",
                  "required": ["number", "classes", "productTypes"],
                  "additionalProperties": false,
                  "properties": {
                    "number": {"type": "string"},
                    "classes": {"type": "array", "items": {"enum": ["A", "B", "C", "D"]}, "uniqueItems": true},
                    "productTypes": {"type": "string", "pattern": "^[a-z]*$"},
                    "validUntil": {"$ref": "#/$defs/date", "description": "有效期至, the last day it is valid; absent: not recorded (older stores)."}
                  }
                },
                "biologicsSince": {"$ref": "#/$defs/date"},
                "liabilityCompensation": {"type": "string"}
              }
            },
            "site": {
              "type": "object",
              "required": ["id", "enterpriseId", "address", "provinceCode", "drugSubstance", "drugProduct"],
              "additionalProperties": false,
              "properties": {
                "id": {"$ref": "#/$defs/id"},
                "enterpriseId": {"$ref": "#/$defs/id"},
                "address": {"type": "string", "minLength": 1},
                "addressEn": {"type": "string"},
                "provinceCode": {"$ref": "#/$defs/provinceCode"},
                "drugSubstance": {"type": "boolean"},
                "drugProduct": {"type": "boolean"}
              }
            },
            "stage": {"enum": ["application", "provincial-selection", "provincial-plan", "government-approval", "nmpa-submission",
                               "nmpa-confirmation", "licence", "marketing-authorisation", "in-production", "enterprise-assessment",
                               "summary"], "description": "summary: older stores, read as enterprise-assessment."},
            "segment": {"enum": ["drug-substance", "drug-product"]},
            "riskLevel": {"enum": ["low", "medium", "high"]},
            "product": {
              "type": "object",
              "required": ["id", "name", "holderId", "segments", "steps"],
              "anyOf": [{"required": ["type"]}, {"required": ["category"]}],
              "additionalProperties": false,
              "properties": {
                "id": {"$ref": "#/$defs/id"},
                "name": {"type": "string", "minLength": 1},
                "nameEn": {"type": "string"},
                "basis": {"enum": ["innovative", "clinically-urgent", "nmpa-designated", "none"], "description": "试点依据; none: outside the pilot; absent: not recorded."},
                "type": {"enum": ["multivalent-vaccine", "antibody", "adc", "glp-1", "insulin", "other"]},
                "category": {"enum": ["multivalent-vaccine", "antibody", "adc", "glp-1", "insulin", "other-innovative", "clinically-urgent", "other"], "description": "Older stores, read when type is absent: the type, or the basis with type other."},
                "holderId": {"$ref": "#/$defs/id"},
                "segments": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["segment", "siteId"],
                    "additionalProperties": false,
                    "properties": {"segment": {"$ref": "#/$defs/segment"}, "siteId": {"$ref": "#/$defs/id"}}
                  }
                },
                "steps": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["stage", "date"],
                    "additionalProperties": false,
                    "properties": {
                      "stage": {"$ref": "#/$defs/stage"},
                      "date": {"$ref": "#/$defs/date"},
                      "by": {"type": "string"},
                      "reason": {"type": "string"}
                    }
                  }
                },
                "planRef": {"type": "string"},
                "jointPlanDates": {"type": "object", "propertyNames": {"$ref": "#/$defs/provinceCode"}, "additionalProperties": {"$ref": "#/$defs/date"}, "description": "Per partner province (code): the day its regulator agreed the jointly studied plan."},
                "jointPlan": {"type": "boolean", "description": "Older stores: one answer for every partner province, without provinces or dates."},
                "unifiedQualitySystem": {"type": "boolean"},
                "licenceNamesBothAddresses": {"type": "boolean", "description": "药品生产许可证 names both the drug-substance and drug-product enterprise and address; absent: not checked."},
                "certificateNamesBothAddresses": {"type": "boolean", "description": "药品注册证书, likewise."},
                "proceduresNameBothAddresses": {"type": "boolean", "description": "制造及检定规程, likewise."},
                "documentsNameBothAddresses": {"type": "boolean", "description": "Older stores: read as the licence's answer, and the registration certificate's from marketing authorisation on."},
                "lotRelease": {"type": "boolean"},
                "isVaccine": {"type": "boolean"},
                "supervisionPlan": {
                  "type": "object",
                  "description": "Its own quality-supervision plan (质量监管方案, 一品一策); absent: the national minimum. Numbers below the minimum are read as the minimum.",
                  "additionalProperties": false,
                  "properties": {
                    "documentNo": {"type": "string"},
                    "approvedOn": {"$ref": "#/$defs/date"},
                    "fullSystemInspections": {"type": "integer", "minimum": 0, "description": "Completed full-system GMP inspections a year; absent: 1."},
                    "otherInspections": {"type": "integer", "minimum": 0, "description": "Other inspections a year; absent: 0."},
                    "drugSubstanceSampling": {"type": "boolean", "description": "The drug substance sampled each year as well as the drug product; absent: false."},
                    "residentStaff": {"type": "integer", "minimum": 0, "description": "Resident staff at each contract site; absent: 2."},
                    "specialMeasures": {"type": "string"}
                  }
                },
                "risk": {
                  "type": "object",
                  "required": ["intrinsic", "compliance"],
                  "additionalProperties": false,
                  "properties": {"intrinsic": {"$ref": "#/$defs/riskLevel"}, "compliance": {"$ref": "#/$defs/riskLevel"}}
                }
              }
            },
            "residentStaff": {
              "type": "object",
              "required": ["id", "productId", "siteId", "person", "from"],
              "additionalProperties": false,
              "properties": {
                "id": {"$ref": "#/$defs/id"},
                "productId": {"$ref": "#/$defs/id"},
                "siteId": {"$ref": "#/$defs/id"},
                "person": {"type": "string", "minLength": 1},
                "from": {"$ref": "#/$defs/date"},
                "to": {"$ref": "#/$defs/date"}
              }
            },
            "inspector": {
              "type": "object",
              "required": ["id", "name", "unit", "provinceCode", "conflicts"],
              "additionalProperties": false,
              "properties": {
                "id": {"$ref": "#/$defs/id"},
                "name": {"type": "string", "minLength": 1},
                "nameEn": {"type": "string"},
                "unit": {"type": "string"},
                "provinceCode": {"$ref": "#/$defs/provinceCode"},
                "conflicts": {"type": "array", "items": {"$ref": "#/$defs/id"}}
              }
            },
            "inspection": {
              "type": "object",
              "required": ["id", "productId", "siteIds", "type", "unannounced", "joint", "start", "end", "team", "status"],
              "additionalProperties": false,
              "properties": {
                "id": {"$ref": "#/$defs/id"},
                "productId": {"$ref": "#/$defs/id"},
                "siteIds": {"type": "array", "items": {"$ref": "#/$defs/id"}},
                "type": {"enum": ["full-gmp", "licensing", "routine", "for-cause", "other"]},
                "unannounced": {"type": "boolean"},
                "holderQualitySystem": {"type": "boolean"},
                "joint": {"type": "boolean"},
                "partnerProvinceCode": {"$ref": "#/$defs/provinceCode", "description": "stores before several partners: the one partner province"},
                "partnerProvinceCodes": {"type": "array", "items": {"$ref": "#/$defs/provinceCode"}},
                "start": {"$ref": "#/$defs/date"},
                "end": {"$ref": "#/$defs/date"},
                "team": {"type": "array", "items": {"$ref": "#/$defs/id"}},
                "status": {"enum": ["planned", "in-progress", "completed", "cancelled"]},
                "defects": {
                  "type": "object",
                  "required": ["critical", "major", "general"],
                  "additionalProperties": false,
                  "properties": {
                    "critical": {"type": "integer", "minimum": 0},
                    "major": {"type": "integer", "minimum": 0},
                    "general": {"type": "integer", "minimum": 0}
                  }
                },
                "conclusion": {"enum": ["compliant", "pending-rectification", "non-compliant"]},
                "assessment": {"type": "string"},
                "rectificationDue": {"$ref": "#/$defs/date"},
                "rectificationClosed": {"$ref": "#/$defs/date", "description": "Older stores: read as the day the rectification report was received."},
                "reason": {"type": "string"},
                "conflictApprovedBy": {"type": "string"},
                "defectListReissuedOn": {"$ref": "#/$defs/date"},
                "reportReceivedOn": {"$ref": "#/$defs/date"},
                "overallAssessment": {"enum": ["compliant", "non-compliant"]},
                "overallAssessmentOn": {"$ref": "#/$defs/date"}
              }
            },
            "sampling": {
              "type": "object",
              "required": ["id", "productId", "segment", "batch", "sampledOn", "lab", "conclusion", "commissioned"],
              "additionalProperties": false,
              "properties": {
                "id": {"$ref": "#/$defs/id"},
                "productId": {"$ref": "#/$defs/id"},
                "segment": {"$ref": "#/$defs/segment"},
                "batch": {"type": "string", "minLength": 1},
                "sampledOn": {"$ref": "#/$defs/date"},
                "place": {"type": "string"},
                "samplingUnit": {"type": "string"},
                "lab": {"type": "string"},
                "receivedOn": {"$ref": "#/$defs/date"},
                "testItems": {"type": "string"},
                "reportNo": {"type": "string"},
                "reportDate": {"$ref": "#/$defs/date"},
                "conclusion": {"enum": ["pass", "fail", "pending"]},
                "retest": {
                  "type": "object",
                  "required": ["requestedOn"],
                  "additionalProperties": false,
                  "properties": {"requestedOn": {"$ref": "#/$defs/date"}, "result": {"enum": ["pass", "fail", "pending"]}}
                },
                "commissioned": {"type": "boolean", "description": "委托检验: testing the enterprise commissioned, a log of its own, never counted as sampling."},
                "requestedOn": {"$ref": "#/$defs/date", "description": "Commissioned testing: the day the enterprise's request was accepted."},
                "reportDueExtendedTo": {"$ref": "#/$defs/date"},
                "reportServedOn": {"$ref": "#/$defs/date"},
                "voided": {
                  "type": "object",
                  "required": ["date", "reason"],
                  "additionalProperties": false,
                  "properties": {"date": {"$ref": "#/$defs/date"}, "reason": {"type": "string", "minLength": 1}}
                }
              }
            },
            "setting": {
              "type": "object",
              "required": ["id", "value"],
              "additionalProperties": false,
              "properties": {
                "id": {"enum": ["deadline.rectification-report", "deadline.defect-list-reissue", "deadline.assessment", "deadline.lab-report", "deadline.retest-request", "deadline.seal-decision", "deadline.seal-decision-after-test", "pilot.summary"]},
                "value": {"type": "string", "description": "A deadline's number of days; for pilot.summary, the date the province's summary was sent to NMPA, a space, its document number."},
                "reason": {"type": "string"}
              }
            },
            "measure": {
              "type": "object",
              "required": ["id", "productId", "answers", "kind", "decidedOn", "decidedBy", "owner", "status"],
              "additionalProperties": false,
              "properties": {
                "id": {"$ref": "#/$defs/id"},
                "productId": {"$ref": "#/$defs/id"},
                "answers": {
                  "type": "object",
                  "description": "The finding the measure answers: an inspection or a sampling of the same product.",
                  "required": ["kind", "id"],
                  "additionalProperties": false,
                  "properties": {"kind": {"enum": ["inspection", "sampling"]}, "id": {"$ref": "#/$defs/id"}}
                },
                "kind": {"enum": ["warning", "interview", "rectification", "suspend-production", "suspend-sales", "suspend-use", "recall", "seal-seize", "investigation", "penalty", "referral"]},
                "decidedOn": {"$ref": "#/$defs/date"},
                "decidedBy": {"type": "string"},
                "owner": {"type": "string", "description": "The task-force member who follows it up."},
                "deadline": {"$ref": "#/$defs/date", "description": "As entered; for seal-seize the deadline is computed by law and this is not used."},
                "needsTesting": {"type": "boolean", "description": "seal-seize only: the decision is due after the test report."},
                "testReportOn": {"$ref": "#/$defs/date"},
                "status": {"enum": ["open", "done", "lifted"]},
                "closedOn": {"$ref": "#/$defs/date"},
                "evidence": {"type": "string"}
              }
            },
            "record": {
              "anyOf": [
                {"$ref": "#/$defs/enterprise"}, {"$ref": "#/$defs/site"}, {"$ref": "#/$defs/product"},
                {"$ref": "#/$defs/residentStaff"}, {"$ref": "#/$defs/inspector"}, {"$ref": "#/$defs/inspection"},
                {"$ref": "#/$defs/sampling"}, {"$ref": "#/$defs/setting"}, {"$ref": "#/$defs/measure"}
              ]
            },
            "journalLine": {
              "description": "One line of journal.jsonl. hash = SHA-256 (hex) of the line's bytes with the trailing ,\"hash\":\"…\" removed; prev = the previous line's hash (64 zeros for the first). user is the display name; account and uid are the operating-system account that wrote the line. A repair line (doctor --repair) names no record.",
              "type": "object",
              "required": ["rev", "time", "user", "action", "prev", "hash"],
              "additionalProperties": false,
              "properties": {
                "rev": {"type": "integer", "minimum": 1},
                "time": {"type": "string", "format": "date-time"},
                "user": {"type": "string"},
                "account": {"type": "string"},
                "uid": {"type": "integer", "minimum": 0},
                "action": {"enum": ["create", "update", "delete", "repair"]},
                "entity": {"enum": ["enterprise", "site", "product", "staff", "inspector", "inspection", "sampling", "setting", "measure"]},
                "id": {"$ref": "#/$defs/id"},
                "before": {"$ref": "#/$defs/record"},
                "after": {"$ref": "#/$defs/record"},
                "reason": {"type": "string"},
                "conflicts": {"type": "array", "items": {"type": "string"}},
                "prev": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                "hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"}
              }
            }
          }
        }
        """#
}
