import { createRequire as __dlintCreateRequire } from 'node:module';
const require = __dlintCreateRequire(import.meta.url);
import "./chunk-TJIFSG4X.js";

// src/config/generated/config-validators.ts
import func5_module from "ajv/dist/runtime/ucs2length.js";
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "dlint configuration", "type": "object", "properties": { "$schema": { "type": "string" }, "root": { "type": "boolean" }, "extends": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "rules": { "type": "object" }, "failureThreshold": { "enum": ["error", "warning", "info", "style", "none"] }, "trustedRegistries": { "type": "array", "items": { "type": "string" } }, "trustedImages": { "type": "array", "items": { "type": "string" } }, "context": { "type": "string" }, "labelSchema": { "type": "object", "additionalProperties": { "enum": ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"] } }, "noInlineConfig": { "type": "boolean" }, "reportUnusedIgnores": { "type": "boolean" }, "shellcheck": { "enum": ["auto", "on", "off"] }, "shellcheckPath": { "type": "string" }, "ignorePatterns": { "type": "array", "items": { "type": "string" } }, "plugins": { "type": "array", "items": { "type": "string" } }, "overrides": { "type": "array", "items": { "type": "object", "properties": { "files": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" }, "minItems": 1 }] }, "excludedFiles": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "rules": { "type": "object" }, "failureThreshold": { "enum": ["error", "warning", "info", "style", "none"] }, "trustedRegistries": { "type": "array", "items": { "type": "string" } }, "trustedImages": { "type": "array", "items": { "type": "string" } }, "context": { "type": "string" }, "labelSchema": { "type": "object", "additionalProperties": { "enum": ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"] } }, "noInlineConfig": { "type": "boolean" }, "reportUnusedIgnores": { "type": "boolean" }, "shellcheck": { "enum": ["auto", "on", "off"] }, "shellcheckPath": { "type": "string" } }, "required": ["files"], "additionalProperties": false } } }, "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.root !== void 0) {
      let data1 = data.root;
      if (typeof data1 !== "boolean") {
        const err2 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.root.type, parentSchema: schema11.properties.root, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data2 = data.extends;
      const _errs7 = errors;
      let valid1 = false;
      const _errs8 = errors;
      if (typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.extends.anyOf[0].type, parentSchema: schema11.properties.extends.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs10 = errors;
        if (Array.isArray(data2)) {
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (typeof data3 !== "string") {
              const err4 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.extends.anyOf[1].items.type, parentSchema: schema11.properties.extends.anyOf[1].items, data: data3 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        } else {
          const err5 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.extends.anyOf[1].type, parentSchema: schema11.properties.extends.anyOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        var _valid0 = _errs10 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.extends.anyOf, parentSchema: schema11.properties.extends, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rules !== void 0) {
      let data4 = data.rules;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err7 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.failureThreshold !== void 0) {
      let data5 = data.failureThreshold;
      if (!(data5 === "error" || data5 === "warning" || data5 === "info" || data5 === "style" || data5 === "none")) {
        const err8 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/properties/failureThreshold/enum", keyword: "enum", params: { allowedValues: schema11.properties.failureThreshold.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.failureThreshold.enum, parentSchema: schema11.properties.failureThreshold, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.trustedRegistries !== void 0) {
      let data6 = data.trustedRegistries;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (typeof data7 !== "string") {
            const err9 = { instancePath: instancePath + "/trustedRegistries/" + i1, schemaPath: "#/properties/trustedRegistries/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.trustedRegistries.items.type, parentSchema: schema11.properties.trustedRegistries.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/trustedRegistries", schemaPath: "#/properties/trustedRegistries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.trustedRegistries.type, parentSchema: schema11.properties.trustedRegistries, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.trustedImages !== void 0) {
      let data8 = data.trustedImages;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data9 = data8[i2];
          if (typeof data9 !== "string") {
            const err11 = { instancePath: instancePath + "/trustedImages/" + i2, schemaPath: "#/properties/trustedImages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.trustedImages.items.type, parentSchema: schema11.properties.trustedImages.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/trustedImages", schemaPath: "#/properties/trustedImages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.trustedImages.type, parentSchema: schema11.properties.trustedImages, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.context !== void 0) {
      let data10 = data.context;
      if (typeof data10 !== "string") {
        const err13 = { instancePath: instancePath + "/context", schemaPath: "#/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.context.type, parentSchema: schema11.properties.context, data: data10 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.labelSchema !== void 0) {
      let data11 = data.labelSchema;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key1 in data11) {
          let data12 = data11[key1];
          if (!(data12 === "text" || data12 === "url" || data12 === "semver" || data12 === "hash" || data12 === "rfc3339" || data12 === "spdx" || data12 === "email")) {
            const err14 = { instancePath: instancePath + "/labelSchema/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labelSchema/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.labelSchema.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.labelSchema.additionalProperties.enum, parentSchema: schema11.properties.labelSchema.additionalProperties, data: data12 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/labelSchema", schemaPath: "#/properties/labelSchema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.labelSchema.type, parentSchema: schema11.properties.labelSchema, data: data11 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.noInlineConfig !== void 0) {
      let data13 = data.noInlineConfig;
      if (typeof data13 !== "boolean") {
        const err16 = { instancePath: instancePath + "/noInlineConfig", schemaPath: "#/properties/noInlineConfig/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.noInlineConfig.type, parentSchema: schema11.properties.noInlineConfig, data: data13 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.reportUnusedIgnores !== void 0) {
      let data14 = data.reportUnusedIgnores;
      if (typeof data14 !== "boolean") {
        const err17 = { instancePath: instancePath + "/reportUnusedIgnores", schemaPath: "#/properties/reportUnusedIgnores/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.reportUnusedIgnores.type, parentSchema: schema11.properties.reportUnusedIgnores, data: data14 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.shellcheck !== void 0) {
      let data15 = data.shellcheck;
      if (!(data15 === "auto" || data15 === "on" || data15 === "off")) {
        const err18 = { instancePath: instancePath + "/shellcheck", schemaPath: "#/properties/shellcheck/enum", keyword: "enum", params: { allowedValues: schema11.properties.shellcheck.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.shellcheck.enum, parentSchema: schema11.properties.shellcheck, data: data15 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.shellcheckPath !== void 0) {
      let data16 = data.shellcheckPath;
      if (typeof data16 !== "string") {
        const err19 = { instancePath: instancePath + "/shellcheckPath", schemaPath: "#/properties/shellcheckPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.shellcheckPath.type, parentSchema: schema11.properties.shellcheckPath, data: data16 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.ignorePatterns !== void 0) {
      let data17 = data.ignorePatterns;
      if (Array.isArray(data17)) {
        const len3 = data17.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data18 = data17[i3];
          if (typeof data18 !== "string") {
            const err20 = { instancePath: instancePath + "/ignorePatterns/" + i3, schemaPath: "#/properties/ignorePatterns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignorePatterns.items.type, parentSchema: schema11.properties.ignorePatterns.items, data: data18 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/ignorePatterns", schemaPath: "#/properties/ignorePatterns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ignorePatterns.type, parentSchema: schema11.properties.ignorePatterns, data: data17 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.plugins !== void 0) {
      let data19 = data.plugins;
      if (Array.isArray(data19)) {
        const len4 = data19.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data20 = data19[i4];
          if (typeof data20 !== "string") {
            const err22 = { instancePath: instancePath + "/plugins/" + i4, schemaPath: "#/properties/plugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.plugins.items.type, parentSchema: schema11.properties.plugins.items, data: data20 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.plugins.type, parentSchema: schema11.properties.plugins, data: data19 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data21 = data.overrides;
      if (Array.isArray(data21)) {
        const len5 = data21.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data22 = data21[i5];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.files === void 0) {
              const err24 = { instancePath: instancePath + "/overrides/" + i5, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema11.properties.overrides.items.required, parentSchema: schema11.properties.overrides.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key2 in data22) {
              if (!func2.call(schema11.properties.overrides.items.properties, key2)) {
                const err25 = { instancePath: instancePath + "/overrides/" + i5, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.overrides.items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data22.files !== void 0) {
              let data23 = data22.files;
              const _errs52 = errors;
              let valid16 = false;
              const _errs53 = errors;
              if (typeof data23 !== "string") {
                const err26 = { instancePath: instancePath + "/overrides/" + i5 + "/files", schemaPath: "#/properties/overrides/items/properties/files/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.files.anyOf[0].type, parentSchema: schema11.properties.overrides.items.properties.files.anyOf[0], data: data23 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              var _valid1 = _errs53 === errors;
              valid16 = valid16 || _valid1;
              if (!valid16) {
                const _errs55 = errors;
                if (Array.isArray(data23)) {
                  if (data23.length < 1) {
                    const err27 = { instancePath: instancePath + "/overrides/" + i5 + "/files", schemaPath: "#/properties/overrides/items/properties/files/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.overrides.items.properties.files.anyOf[1], data: data23 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                  const len6 = data23.length;
                  for (let i6 = 0; i6 < len6; i6++) {
                    let data24 = data23[i6];
                    if (typeof data24 !== "string") {
                      const err28 = { instancePath: instancePath + "/overrides/" + i5 + "/files/" + i6, schemaPath: "#/properties/overrides/items/properties/files/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.files.anyOf[1].items.type, parentSchema: schema11.properties.overrides.items.properties.files.anyOf[1].items, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/overrides/" + i5 + "/files", schemaPath: "#/properties/overrides/items/properties/files/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.overrides.items.properties.files.anyOf[1].type, parentSchema: schema11.properties.overrides.items.properties.files.anyOf[1], data: data23 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                var _valid1 = _errs55 === errors;
                valid16 = valid16 || _valid1;
              }
              if (!valid16) {
                const err30 = { instancePath: instancePath + "/overrides/" + i5 + "/files", schemaPath: "#/properties/overrides/items/properties/files/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.overrides.items.properties.files.anyOf, parentSchema: schema11.properties.overrides.items.properties.files, data: data23 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              } else {
                errors = _errs52;
                if (vErrors !== null) {
                  if (_errs52) {
                    vErrors.length = _errs52;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data22.excludedFiles !== void 0) {
              let data25 = data22.excludedFiles;
              const _errs60 = errors;
              let valid19 = false;
              const _errs61 = errors;
              if (typeof data25 !== "string") {
                const err31 = { instancePath: instancePath + "/overrides/" + i5 + "/excludedFiles", schemaPath: "#/properties/overrides/items/properties/excludedFiles/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.excludedFiles.anyOf[0].type, parentSchema: schema11.properties.overrides.items.properties.excludedFiles.anyOf[0], data: data25 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              var _valid2 = _errs61 === errors;
              valid19 = valid19 || _valid2;
              if (!valid19) {
                const _errs63 = errors;
                if (Array.isArray(data25)) {
                  const len7 = data25.length;
                  for (let i7 = 0; i7 < len7; i7++) {
                    let data26 = data25[i7];
                    if (typeof data26 !== "string") {
                      const err32 = { instancePath: instancePath + "/overrides/" + i5 + "/excludedFiles/" + i7, schemaPath: "#/properties/overrides/items/properties/excludedFiles/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.excludedFiles.anyOf[1].items.type, parentSchema: schema11.properties.overrides.items.properties.excludedFiles.anyOf[1].items, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err33 = { instancePath: instancePath + "/overrides/" + i5 + "/excludedFiles", schemaPath: "#/properties/overrides/items/properties/excludedFiles/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.overrides.items.properties.excludedFiles.anyOf[1].type, parentSchema: schema11.properties.overrides.items.properties.excludedFiles.anyOf[1], data: data25 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                var _valid2 = _errs63 === errors;
                valid19 = valid19 || _valid2;
              }
              if (!valid19) {
                const err34 = { instancePath: instancePath + "/overrides/" + i5 + "/excludedFiles", schemaPath: "#/properties/overrides/items/properties/excludedFiles/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.overrides.items.properties.excludedFiles.anyOf, parentSchema: schema11.properties.overrides.items.properties.excludedFiles, data: data25 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              } else {
                errors = _errs60;
                if (vErrors !== null) {
                  if (_errs60) {
                    vErrors.length = _errs60;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data22.rules !== void 0) {
              let data27 = data22.rules;
              if (!(data27 && typeof data27 == "object" && !Array.isArray(data27))) {
                const err35 = { instancePath: instancePath + "/overrides/" + i5 + "/rules", schemaPath: "#/properties/overrides/items/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.overrides.items.properties.rules.type, parentSchema: schema11.properties.overrides.items.properties.rules, data: data27 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data22.failureThreshold !== void 0) {
              let data28 = data22.failureThreshold;
              if (!(data28 === "error" || data28 === "warning" || data28 === "info" || data28 === "style" || data28 === "none")) {
                const err36 = { instancePath: instancePath + "/overrides/" + i5 + "/failureThreshold", schemaPath: "#/properties/overrides/items/properties/failureThreshold/enum", keyword: "enum", params: { allowedValues: schema11.properties.overrides.items.properties.failureThreshold.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.overrides.items.properties.failureThreshold.enum, parentSchema: schema11.properties.overrides.items.properties.failureThreshold, data: data28 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data22.trustedRegistries !== void 0) {
              let data29 = data22.trustedRegistries;
              if (Array.isArray(data29)) {
                const len8 = data29.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data30 = data29[i8];
                  if (typeof data30 !== "string") {
                    const err37 = { instancePath: instancePath + "/overrides/" + i5 + "/trustedRegistries/" + i8, schemaPath: "#/properties/overrides/items/properties/trustedRegistries/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.trustedRegistries.items.type, parentSchema: schema11.properties.overrides.items.properties.trustedRegistries.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/overrides/" + i5 + "/trustedRegistries", schemaPath: "#/properties/overrides/items/properties/trustedRegistries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.overrides.items.properties.trustedRegistries.type, parentSchema: schema11.properties.overrides.items.properties.trustedRegistries, data: data29 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data22.trustedImages !== void 0) {
              let data31 = data22.trustedImages;
              if (Array.isArray(data31)) {
                const len9 = data31.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data32 = data31[i9];
                  if (typeof data32 !== "string") {
                    const err39 = { instancePath: instancePath + "/overrides/" + i5 + "/trustedImages/" + i9, schemaPath: "#/properties/overrides/items/properties/trustedImages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.trustedImages.items.type, parentSchema: schema11.properties.overrides.items.properties.trustedImages.items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              } else {
                const err40 = { instancePath: instancePath + "/overrides/" + i5 + "/trustedImages", schemaPath: "#/properties/overrides/items/properties/trustedImages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.overrides.items.properties.trustedImages.type, parentSchema: schema11.properties.overrides.items.properties.trustedImages, data: data31 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data22.context !== void 0) {
              let data33 = data22.context;
              if (typeof data33 !== "string") {
                const err41 = { instancePath: instancePath + "/overrides/" + i5 + "/context", schemaPath: "#/properties/overrides/items/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.context.type, parentSchema: schema11.properties.overrides.items.properties.context, data: data33 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data22.labelSchema !== void 0) {
              let data34 = data22.labelSchema;
              if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                for (const key3 in data34) {
                  let data35 = data34[key3];
                  if (!(data35 === "text" || data35 === "url" || data35 === "semver" || data35 === "hash" || data35 === "rfc3339" || data35 === "spdx" || data35 === "email")) {
                    const err42 = { instancePath: instancePath + "/overrides/" + i5 + "/labelSchema/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/labelSchema/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.overrides.items.properties.labelSchema.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.overrides.items.properties.labelSchema.additionalProperties.enum, parentSchema: schema11.properties.overrides.items.properties.labelSchema.additionalProperties, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/overrides/" + i5 + "/labelSchema", schemaPath: "#/properties/overrides/items/properties/labelSchema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.overrides.items.properties.labelSchema.type, parentSchema: schema11.properties.overrides.items.properties.labelSchema, data: data34 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data22.noInlineConfig !== void 0) {
              let data36 = data22.noInlineConfig;
              if (typeof data36 !== "boolean") {
                const err44 = { instancePath: instancePath + "/overrides/" + i5 + "/noInlineConfig", schemaPath: "#/properties/overrides/items/properties/noInlineConfig/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.overrides.items.properties.noInlineConfig.type, parentSchema: schema11.properties.overrides.items.properties.noInlineConfig, data: data36 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data22.reportUnusedIgnores !== void 0) {
              let data37 = data22.reportUnusedIgnores;
              if (typeof data37 !== "boolean") {
                const err45 = { instancePath: instancePath + "/overrides/" + i5 + "/reportUnusedIgnores", schemaPath: "#/properties/overrides/items/properties/reportUnusedIgnores/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.overrides.items.properties.reportUnusedIgnores.type, parentSchema: schema11.properties.overrides.items.properties.reportUnusedIgnores, data: data37 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data22.shellcheck !== void 0) {
              let data38 = data22.shellcheck;
              if (!(data38 === "auto" || data38 === "on" || data38 === "off")) {
                const err46 = { instancePath: instancePath + "/overrides/" + i5 + "/shellcheck", schemaPath: "#/properties/overrides/items/properties/shellcheck/enum", keyword: "enum", params: { allowedValues: schema11.properties.overrides.items.properties.shellcheck.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.overrides.items.properties.shellcheck.enum, parentSchema: schema11.properties.overrides.items.properties.shellcheck, data: data38 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data22.shellcheckPath !== void 0) {
              let data39 = data22.shellcheckPath;
              if (typeof data39 !== "string") {
                const err47 = { instancePath: instancePath + "/overrides/" + i5 + "/shellcheckPath", schemaPath: "#/properties/overrides/items/properties/shellcheckPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.shellcheckPath.type, parentSchema: schema11.properties.overrides.items.properties.shellcheckPath, data: data39 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/overrides/" + i5, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.overrides.items.type, parentSchema: schema11.properties.overrides.items, data: data22 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.overrides.type, parentSchema: schema11.properties.overrides, data: data21 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
  } else {
    const err50 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err50];
    } else {
      vErrors.push(err50);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var schema12 = { "type": "object", "properties": { "add-remote-url": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "apk-no-cache": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "apk-pin-versions": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "apt-cleanup": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "apt-get-not-apt": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "apt-get-yes": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "apt-no-install-recommends": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "apt-pin-versions": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "base-image-digest": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "base-image-platform": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "base-image-tag": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "cd-in-run": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "cmd-present": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "conda-cleanup": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "conda-pin-versions": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "consecutive-run": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "copy-from-stage": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "copy-ignored-file": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "copy-multi-dest-slash": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "copy-not-add": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "copy-relative-dest": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "curl-pipe-shell": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "dockerignore-missing": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "empty-continuation": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "env-self-reference": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "exec-form-cmd": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "expose-present": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "expose-valid": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "from-first": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "gem-pin-versions": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "go-pin-versions": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "gpu-base-tag": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "gpu-devel-final-stage": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "healthcheck-present": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "instruction-casing": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "invalid-json-form": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "label-schema": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "properties": { "required": { "type": "array", "items": { "type": "string" } }, "strict": { "type": "boolean" } }, "additionalProperties": false }] } }, "layer-cache-order": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "legacy-key-value": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "maintainer-deprecated": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "no-sudo": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "non-root-user": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "npm-pin-versions": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "numeric-user": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "official-base-image": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "onbuild-invalid": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "pip-no-cache-dir": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "pip-pin-versions": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "properties": { "allow": { "type": "array", "items": { "type": "string" }, "uniqueItems": true } }, "additionalProperties": false }] } }, "pointless-commands": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "requirements-pin-versions": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "rpm-cleanup": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "rpm-pin-versions": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "secrets-in-arg-env": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "server-bind-address": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "shell-check": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "shell-pipefail": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "shellcheck": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "properties": { "level": { "enum": ["error", "warning", "info", "style"], "default": "warning" }, "exclude": { "type": "array", "items": { "type": "string", "pattern": "^[Ss][Cc][0-9]{4}$" }, "default": [] } }, "additionalProperties": false }] } }, "single-cmd": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "stage-name-unique": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "syntax-error": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "torch-wheel-variant": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "undefined-var": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "useradd-large-uid": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "wget-and-curl": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "wget-progress": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "workdir-absolute": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } }, "yarn-cache-clean": { "if": { "type": "string" }, "then": { "enum": ["off", "error", "warning", "info", "style"] }, "else": { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "enum": ["off", "error", "warning", "info", "style"] }, { "type": "object", "additionalProperties": false }] } } }, "additionalProperties": false };
var pattern0 = new RegExp("^[Ss][Cc][0-9]{4}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["add-remote-url"] !== void 0) {
      let data0 = data["add-remote-url"];
      const _errs3 = errors;
      let valid1 = true;
      const _errs4 = errors;
      if (typeof data0 !== "string") {
        const err1 = {};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs6 = errors;
        if (!(data0 === "off" || data0 === "error" || data0 === "warning" || data0 === "info" || data0 === "style")) {
          const err2 = { instancePath: instancePath + "/add-remote-url", schemaPath: "#/properties/add-remote-url/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["add-remote-url"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["add-remote-url"].then.enum, parentSchema: schema12.properties["add-remote-url"].then, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs7 = errors;
        if (Array.isArray(data0)) {
          if (data0.length > 2) {
            const err3 = { instancePath: instancePath + "/add-remote-url", schemaPath: "#/properties/add-remote-url/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["add-remote-url"].else, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (data0.length < 1) {
            const err4 = { instancePath: instancePath + "/add-remote-url", schemaPath: "#/properties/add-remote-url/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["add-remote-url"].else, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          const len0 = data0.length;
          if (len0 > 0) {
            let data1 = data0[0];
            if (!(data1 === "off" || data1 === "error" || data1 === "warning" || data1 === "info" || data1 === "style")) {
              const err5 = { instancePath: instancePath + "/add-remote-url/0", schemaPath: "#/properties/add-remote-url/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["add-remote-url"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["add-remote-url"].else.items[0].enum, parentSchema: schema12.properties["add-remote-url"].else.items[0], data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (len0 > 1) {
            let data2 = data0[1];
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              for (const key1 in data2) {
                const err6 = { instancePath: instancePath + "/add-remote-url/1", schemaPath: "#/properties/add-remote-url/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["add-remote-url"].else.items[1], data: data2 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            } else {
              const err7 = { instancePath: instancePath + "/add-remote-url/1", schemaPath: "#/properties/add-remote-url/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["add-remote-url"].else.items[1].type, parentSchema: schema12.properties["add-remote-url"].else.items[1], data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        } else {
          const err8 = { instancePath: instancePath + "/add-remote-url", schemaPath: "#/properties/add-remote-url/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["add-remote-url"].else.type, parentSchema: schema12.properties["add-remote-url"].else, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        valid1 = _valid0;
        ifClause0 = "else";
      }
      if (!valid1) {
        const err9 = { instancePath: instancePath + "/add-remote-url", schemaPath: "#/properties/add-remote-url/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema12.properties["add-remote-url"].if, parentSchema: schema12.properties["add-remote-url"], data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data["apk-no-cache"] !== void 0) {
      let data3 = data["apk-no-cache"];
      const _errs14 = errors;
      let valid3 = true;
      const _errs15 = errors;
      if (typeof data3 !== "string") {
        const err10 = {};
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs15 === errors;
      errors = _errs14;
      if (vErrors !== null) {
        if (_errs14) {
          vErrors.length = _errs14;
        } else {
          vErrors = null;
        }
      }
      let ifClause1;
      if (_valid1) {
        const _errs17 = errors;
        if (!(data3 === "off" || data3 === "error" || data3 === "warning" || data3 === "info" || data3 === "style")) {
          const err11 = { instancePath: instancePath + "/apk-no-cache", schemaPath: "#/properties/apk-no-cache/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["apk-no-cache"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apk-no-cache"].then.enum, parentSchema: schema12.properties["apk-no-cache"].then, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var _valid1 = _errs17 === errors;
        valid3 = _valid1;
        ifClause1 = "then";
      } else {
        const _errs18 = errors;
        if (Array.isArray(data3)) {
          if (data3.length > 2) {
            const err12 = { instancePath: instancePath + "/apk-no-cache", schemaPath: "#/properties/apk-no-cache/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["apk-no-cache"].else, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (data3.length < 1) {
            const err13 = { instancePath: instancePath + "/apk-no-cache", schemaPath: "#/properties/apk-no-cache/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["apk-no-cache"].else, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          const len1 = data3.length;
          if (len1 > 0) {
            let data4 = data3[0];
            if (!(data4 === "off" || data4 === "error" || data4 === "warning" || data4 === "info" || data4 === "style")) {
              const err14 = { instancePath: instancePath + "/apk-no-cache/0", schemaPath: "#/properties/apk-no-cache/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["apk-no-cache"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apk-no-cache"].else.items[0].enum, parentSchema: schema12.properties["apk-no-cache"].else.items[0], data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (len1 > 1) {
            let data5 = data3[1];
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              for (const key2 in data5) {
                const err15 = { instancePath: instancePath + "/apk-no-cache/1", schemaPath: "#/properties/apk-no-cache/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["apk-no-cache"].else.items[1], data: data5 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            } else {
              const err16 = { instancePath: instancePath + "/apk-no-cache/1", schemaPath: "#/properties/apk-no-cache/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["apk-no-cache"].else.items[1].type, parentSchema: schema12.properties["apk-no-cache"].else.items[1], data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        } else {
          const err17 = { instancePath: instancePath + "/apk-no-cache", schemaPath: "#/properties/apk-no-cache/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["apk-no-cache"].else.type, parentSchema: schema12.properties["apk-no-cache"].else, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        var _valid1 = _errs18 === errors;
        valid3 = _valid1;
        ifClause1 = "else";
      }
      if (!valid3) {
        const err18 = { instancePath: instancePath + "/apk-no-cache", schemaPath: "#/properties/apk-no-cache/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema12.properties["apk-no-cache"].if, parentSchema: schema12.properties["apk-no-cache"], data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data["apk-pin-versions"] !== void 0) {
      let data6 = data["apk-pin-versions"];
      const _errs25 = errors;
      let valid5 = true;
      const _errs26 = errors;
      if (typeof data6 !== "string") {
        const err19 = {};
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid2 = _errs26 === errors;
      errors = _errs25;
      if (vErrors !== null) {
        if (_errs25) {
          vErrors.length = _errs25;
        } else {
          vErrors = null;
        }
      }
      let ifClause2;
      if (_valid2) {
        const _errs28 = errors;
        if (!(data6 === "off" || data6 === "error" || data6 === "warning" || data6 === "info" || data6 === "style")) {
          const err20 = { instancePath: instancePath + "/apk-pin-versions", schemaPath: "#/properties/apk-pin-versions/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["apk-pin-versions"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apk-pin-versions"].then.enum, parentSchema: schema12.properties["apk-pin-versions"].then, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        var _valid2 = _errs28 === errors;
        valid5 = _valid2;
        ifClause2 = "then";
      } else {
        const _errs29 = errors;
        if (Array.isArray(data6)) {
          if (data6.length > 2) {
            const err21 = { instancePath: instancePath + "/apk-pin-versions", schemaPath: "#/properties/apk-pin-versions/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["apk-pin-versions"].else, data: data6 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (data6.length < 1) {
            const err22 = { instancePath: instancePath + "/apk-pin-versions", schemaPath: "#/properties/apk-pin-versions/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["apk-pin-versions"].else, data: data6 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          const len2 = data6.length;
          if (len2 > 0) {
            let data7 = data6[0];
            if (!(data7 === "off" || data7 === "error" || data7 === "warning" || data7 === "info" || data7 === "style")) {
              const err23 = { instancePath: instancePath + "/apk-pin-versions/0", schemaPath: "#/properties/apk-pin-versions/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["apk-pin-versions"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apk-pin-versions"].else.items[0].enum, parentSchema: schema12.properties["apk-pin-versions"].else.items[0], data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (len2 > 1) {
            let data8 = data6[1];
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
              for (const key3 in data8) {
                const err24 = { instancePath: instancePath + "/apk-pin-versions/1", schemaPath: "#/properties/apk-pin-versions/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["apk-pin-versions"].else.items[1], data: data8 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            } else {
              const err25 = { instancePath: instancePath + "/apk-pin-versions/1", schemaPath: "#/properties/apk-pin-versions/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["apk-pin-versions"].else.items[1].type, parentSchema: schema12.properties["apk-pin-versions"].else.items[1], data: data8 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        } else {
          const err26 = { instancePath: instancePath + "/apk-pin-versions", schemaPath: "#/properties/apk-pin-versions/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["apk-pin-versions"].else.type, parentSchema: schema12.properties["apk-pin-versions"].else, data: data6 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        var _valid2 = _errs29 === errors;
        valid5 = _valid2;
        ifClause2 = "else";
      }
      if (!valid5) {
        const err27 = { instancePath: instancePath + "/apk-pin-versions", schemaPath: "#/properties/apk-pin-versions/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema12.properties["apk-pin-versions"].if, parentSchema: schema12.properties["apk-pin-versions"], data: data6 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data["apt-cleanup"] !== void 0) {
      let data9 = data["apt-cleanup"];
      const _errs36 = errors;
      let valid7 = true;
      const _errs37 = errors;
      if (typeof data9 !== "string") {
        const err28 = {};
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid3 = _errs37 === errors;
      errors = _errs36;
      if (vErrors !== null) {
        if (_errs36) {
          vErrors.length = _errs36;
        } else {
          vErrors = null;
        }
      }
      let ifClause3;
      if (_valid3) {
        const _errs39 = errors;
        if (!(data9 === "off" || data9 === "error" || data9 === "warning" || data9 === "info" || data9 === "style")) {
          const err29 = { instancePath: instancePath + "/apt-cleanup", schemaPath: "#/properties/apt-cleanup/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["apt-cleanup"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apt-cleanup"].then.enum, parentSchema: schema12.properties["apt-cleanup"].then, data: data9 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        var _valid3 = _errs39 === errors;
        valid7 = _valid3;
        ifClause3 = "then";
      } else {
        const _errs40 = errors;
        if (Array.isArray(data9)) {
          if (data9.length > 2) {
            const err30 = { instancePath: instancePath + "/apt-cleanup", schemaPath: "#/properties/apt-cleanup/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["apt-cleanup"].else, data: data9 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (data9.length < 1) {
            const err31 = { instancePath: instancePath + "/apt-cleanup", schemaPath: "#/properties/apt-cleanup/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["apt-cleanup"].else, data: data9 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          const len3 = data9.length;
          if (len3 > 0) {
            let data10 = data9[0];
            if (!(data10 === "off" || data10 === "error" || data10 === "warning" || data10 === "info" || data10 === "style")) {
              const err32 = { instancePath: instancePath + "/apt-cleanup/0", schemaPath: "#/properties/apt-cleanup/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["apt-cleanup"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apt-cleanup"].else.items[0].enum, parentSchema: schema12.properties["apt-cleanup"].else.items[0], data: data10 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          if (len3 > 1) {
            let data11 = data9[1];
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              for (const key4 in data11) {
                const err33 = { instancePath: instancePath + "/apt-cleanup/1", schemaPath: "#/properties/apt-cleanup/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["apt-cleanup"].else.items[1], data: data11 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            } else {
              const err34 = { instancePath: instancePath + "/apt-cleanup/1", schemaPath: "#/properties/apt-cleanup/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["apt-cleanup"].else.items[1].type, parentSchema: schema12.properties["apt-cleanup"].else.items[1], data: data11 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        } else {
          const err35 = { instancePath: instancePath + "/apt-cleanup", schemaPath: "#/properties/apt-cleanup/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["apt-cleanup"].else.type, parentSchema: schema12.properties["apt-cleanup"].else, data: data9 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        var _valid3 = _errs40 === errors;
        valid7 = _valid3;
        ifClause3 = "else";
      }
      if (!valid7) {
        const err36 = { instancePath: instancePath + "/apt-cleanup", schemaPath: "#/properties/apt-cleanup/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: 'must match "' + ifClause3 + '" schema', schema: schema12.properties["apt-cleanup"].if, parentSchema: schema12.properties["apt-cleanup"], data: data9 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data["apt-get-not-apt"] !== void 0) {
      let data12 = data["apt-get-not-apt"];
      const _errs47 = errors;
      let valid9 = true;
      const _errs48 = errors;
      if (typeof data12 !== "string") {
        const err37 = {};
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      var _valid4 = _errs48 === errors;
      errors = _errs47;
      if (vErrors !== null) {
        if (_errs47) {
          vErrors.length = _errs47;
        } else {
          vErrors = null;
        }
      }
      let ifClause4;
      if (_valid4) {
        const _errs50 = errors;
        if (!(data12 === "off" || data12 === "error" || data12 === "warning" || data12 === "info" || data12 === "style")) {
          const err38 = { instancePath: instancePath + "/apt-get-not-apt", schemaPath: "#/properties/apt-get-not-apt/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["apt-get-not-apt"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apt-get-not-apt"].then.enum, parentSchema: schema12.properties["apt-get-not-apt"].then, data: data12 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        var _valid4 = _errs50 === errors;
        valid9 = _valid4;
        ifClause4 = "then";
      } else {
        const _errs51 = errors;
        if (Array.isArray(data12)) {
          if (data12.length > 2) {
            const err39 = { instancePath: instancePath + "/apt-get-not-apt", schemaPath: "#/properties/apt-get-not-apt/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["apt-get-not-apt"].else, data: data12 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (data12.length < 1) {
            const err40 = { instancePath: instancePath + "/apt-get-not-apt", schemaPath: "#/properties/apt-get-not-apt/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["apt-get-not-apt"].else, data: data12 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          const len4 = data12.length;
          if (len4 > 0) {
            let data13 = data12[0];
            if (!(data13 === "off" || data13 === "error" || data13 === "warning" || data13 === "info" || data13 === "style")) {
              const err41 = { instancePath: instancePath + "/apt-get-not-apt/0", schemaPath: "#/properties/apt-get-not-apt/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["apt-get-not-apt"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apt-get-not-apt"].else.items[0].enum, parentSchema: schema12.properties["apt-get-not-apt"].else.items[0], data: data13 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          if (len4 > 1) {
            let data14 = data12[1];
            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
              for (const key5 in data14) {
                const err42 = { instancePath: instancePath + "/apt-get-not-apt/1", schemaPath: "#/properties/apt-get-not-apt/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["apt-get-not-apt"].else.items[1], data: data14 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            } else {
              const err43 = { instancePath: instancePath + "/apt-get-not-apt/1", schemaPath: "#/properties/apt-get-not-apt/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["apt-get-not-apt"].else.items[1].type, parentSchema: schema12.properties["apt-get-not-apt"].else.items[1], data: data14 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
        } else {
          const err44 = { instancePath: instancePath + "/apt-get-not-apt", schemaPath: "#/properties/apt-get-not-apt/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["apt-get-not-apt"].else.type, parentSchema: schema12.properties["apt-get-not-apt"].else, data: data12 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        var _valid4 = _errs51 === errors;
        valid9 = _valid4;
        ifClause4 = "else";
      }
      if (!valid9) {
        const err45 = { instancePath: instancePath + "/apt-get-not-apt", schemaPath: "#/properties/apt-get-not-apt/if", keyword: "if", params: { failingKeyword: ifClause4 }, message: 'must match "' + ifClause4 + '" schema', schema: schema12.properties["apt-get-not-apt"].if, parentSchema: schema12.properties["apt-get-not-apt"], data: data12 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data["apt-get-yes"] !== void 0) {
      let data15 = data["apt-get-yes"];
      const _errs58 = errors;
      let valid11 = true;
      const _errs59 = errors;
      if (typeof data15 !== "string") {
        const err46 = {};
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      var _valid5 = _errs59 === errors;
      errors = _errs58;
      if (vErrors !== null) {
        if (_errs58) {
          vErrors.length = _errs58;
        } else {
          vErrors = null;
        }
      }
      let ifClause5;
      if (_valid5) {
        const _errs61 = errors;
        if (!(data15 === "off" || data15 === "error" || data15 === "warning" || data15 === "info" || data15 === "style")) {
          const err47 = { instancePath: instancePath + "/apt-get-yes", schemaPath: "#/properties/apt-get-yes/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["apt-get-yes"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apt-get-yes"].then.enum, parentSchema: schema12.properties["apt-get-yes"].then, data: data15 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        var _valid5 = _errs61 === errors;
        valid11 = _valid5;
        ifClause5 = "then";
      } else {
        const _errs62 = errors;
        if (Array.isArray(data15)) {
          if (data15.length > 2) {
            const err48 = { instancePath: instancePath + "/apt-get-yes", schemaPath: "#/properties/apt-get-yes/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["apt-get-yes"].else, data: data15 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (data15.length < 1) {
            const err49 = { instancePath: instancePath + "/apt-get-yes", schemaPath: "#/properties/apt-get-yes/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["apt-get-yes"].else, data: data15 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          const len5 = data15.length;
          if (len5 > 0) {
            let data16 = data15[0];
            if (!(data16 === "off" || data16 === "error" || data16 === "warning" || data16 === "info" || data16 === "style")) {
              const err50 = { instancePath: instancePath + "/apt-get-yes/0", schemaPath: "#/properties/apt-get-yes/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["apt-get-yes"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apt-get-yes"].else.items[0].enum, parentSchema: schema12.properties["apt-get-yes"].else.items[0], data: data16 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
          if (len5 > 1) {
            let data17 = data15[1];
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
              for (const key6 in data17) {
                const err51 = { instancePath: instancePath + "/apt-get-yes/1", schemaPath: "#/properties/apt-get-yes/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["apt-get-yes"].else.items[1], data: data17 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            } else {
              const err52 = { instancePath: instancePath + "/apt-get-yes/1", schemaPath: "#/properties/apt-get-yes/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["apt-get-yes"].else.items[1].type, parentSchema: schema12.properties["apt-get-yes"].else.items[1], data: data17 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
        } else {
          const err53 = { instancePath: instancePath + "/apt-get-yes", schemaPath: "#/properties/apt-get-yes/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["apt-get-yes"].else.type, parentSchema: schema12.properties["apt-get-yes"].else, data: data15 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        var _valid5 = _errs62 === errors;
        valid11 = _valid5;
        ifClause5 = "else";
      }
      if (!valid11) {
        const err54 = { instancePath: instancePath + "/apt-get-yes", schemaPath: "#/properties/apt-get-yes/if", keyword: "if", params: { failingKeyword: ifClause5 }, message: 'must match "' + ifClause5 + '" schema', schema: schema12.properties["apt-get-yes"].if, parentSchema: schema12.properties["apt-get-yes"], data: data15 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data["apt-no-install-recommends"] !== void 0) {
      let data18 = data["apt-no-install-recommends"];
      const _errs69 = errors;
      let valid13 = true;
      const _errs70 = errors;
      if (typeof data18 !== "string") {
        const err55 = {};
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      var _valid6 = _errs70 === errors;
      errors = _errs69;
      if (vErrors !== null) {
        if (_errs69) {
          vErrors.length = _errs69;
        } else {
          vErrors = null;
        }
      }
      let ifClause6;
      if (_valid6) {
        const _errs72 = errors;
        if (!(data18 === "off" || data18 === "error" || data18 === "warning" || data18 === "info" || data18 === "style")) {
          const err56 = { instancePath: instancePath + "/apt-no-install-recommends", schemaPath: "#/properties/apt-no-install-recommends/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["apt-no-install-recommends"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apt-no-install-recommends"].then.enum, parentSchema: schema12.properties["apt-no-install-recommends"].then, data: data18 };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        var _valid6 = _errs72 === errors;
        valid13 = _valid6;
        ifClause6 = "then";
      } else {
        const _errs73 = errors;
        if (Array.isArray(data18)) {
          if (data18.length > 2) {
            const err57 = { instancePath: instancePath + "/apt-no-install-recommends", schemaPath: "#/properties/apt-no-install-recommends/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["apt-no-install-recommends"].else, data: data18 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (data18.length < 1) {
            const err58 = { instancePath: instancePath + "/apt-no-install-recommends", schemaPath: "#/properties/apt-no-install-recommends/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["apt-no-install-recommends"].else, data: data18 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          const len6 = data18.length;
          if (len6 > 0) {
            let data19 = data18[0];
            if (!(data19 === "off" || data19 === "error" || data19 === "warning" || data19 === "info" || data19 === "style")) {
              const err59 = { instancePath: instancePath + "/apt-no-install-recommends/0", schemaPath: "#/properties/apt-no-install-recommends/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["apt-no-install-recommends"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apt-no-install-recommends"].else.items[0].enum, parentSchema: schema12.properties["apt-no-install-recommends"].else.items[0], data: data19 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
          if (len6 > 1) {
            let data20 = data18[1];
            if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
              for (const key7 in data20) {
                const err60 = { instancePath: instancePath + "/apt-no-install-recommends/1", schemaPath: "#/properties/apt-no-install-recommends/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["apt-no-install-recommends"].else.items[1], data: data20 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            } else {
              const err61 = { instancePath: instancePath + "/apt-no-install-recommends/1", schemaPath: "#/properties/apt-no-install-recommends/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["apt-no-install-recommends"].else.items[1].type, parentSchema: schema12.properties["apt-no-install-recommends"].else.items[1], data: data20 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          }
        } else {
          const err62 = { instancePath: instancePath + "/apt-no-install-recommends", schemaPath: "#/properties/apt-no-install-recommends/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["apt-no-install-recommends"].else.type, parentSchema: schema12.properties["apt-no-install-recommends"].else, data: data18 };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        var _valid6 = _errs73 === errors;
        valid13 = _valid6;
        ifClause6 = "else";
      }
      if (!valid13) {
        const err63 = { instancePath: instancePath + "/apt-no-install-recommends", schemaPath: "#/properties/apt-no-install-recommends/if", keyword: "if", params: { failingKeyword: ifClause6 }, message: 'must match "' + ifClause6 + '" schema', schema: schema12.properties["apt-no-install-recommends"].if, parentSchema: schema12.properties["apt-no-install-recommends"], data: data18 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data["apt-pin-versions"] !== void 0) {
      let data21 = data["apt-pin-versions"];
      const _errs80 = errors;
      let valid15 = true;
      const _errs81 = errors;
      if (typeof data21 !== "string") {
        const err64 = {};
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
      var _valid7 = _errs81 === errors;
      errors = _errs80;
      if (vErrors !== null) {
        if (_errs80) {
          vErrors.length = _errs80;
        } else {
          vErrors = null;
        }
      }
      let ifClause7;
      if (_valid7) {
        const _errs83 = errors;
        if (!(data21 === "off" || data21 === "error" || data21 === "warning" || data21 === "info" || data21 === "style")) {
          const err65 = { instancePath: instancePath + "/apt-pin-versions", schemaPath: "#/properties/apt-pin-versions/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["apt-pin-versions"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apt-pin-versions"].then.enum, parentSchema: schema12.properties["apt-pin-versions"].then, data: data21 };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        var _valid7 = _errs83 === errors;
        valid15 = _valid7;
        ifClause7 = "then";
      } else {
        const _errs84 = errors;
        if (Array.isArray(data21)) {
          if (data21.length > 2) {
            const err66 = { instancePath: instancePath + "/apt-pin-versions", schemaPath: "#/properties/apt-pin-versions/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["apt-pin-versions"].else, data: data21 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (data21.length < 1) {
            const err67 = { instancePath: instancePath + "/apt-pin-versions", schemaPath: "#/properties/apt-pin-versions/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["apt-pin-versions"].else, data: data21 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          const len7 = data21.length;
          if (len7 > 0) {
            let data22 = data21[0];
            if (!(data22 === "off" || data22 === "error" || data22 === "warning" || data22 === "info" || data22 === "style")) {
              const err68 = { instancePath: instancePath + "/apt-pin-versions/0", schemaPath: "#/properties/apt-pin-versions/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["apt-pin-versions"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["apt-pin-versions"].else.items[0].enum, parentSchema: schema12.properties["apt-pin-versions"].else.items[0], data: data22 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
          if (len7 > 1) {
            let data23 = data21[1];
            if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
              for (const key8 in data23) {
                const err69 = { instancePath: instancePath + "/apt-pin-versions/1", schemaPath: "#/properties/apt-pin-versions/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["apt-pin-versions"].else.items[1], data: data23 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            } else {
              const err70 = { instancePath: instancePath + "/apt-pin-versions/1", schemaPath: "#/properties/apt-pin-versions/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["apt-pin-versions"].else.items[1].type, parentSchema: schema12.properties["apt-pin-versions"].else.items[1], data: data23 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        } else {
          const err71 = { instancePath: instancePath + "/apt-pin-versions", schemaPath: "#/properties/apt-pin-versions/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["apt-pin-versions"].else.type, parentSchema: schema12.properties["apt-pin-versions"].else, data: data21 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        var _valid7 = _errs84 === errors;
        valid15 = _valid7;
        ifClause7 = "else";
      }
      if (!valid15) {
        const err72 = { instancePath: instancePath + "/apt-pin-versions", schemaPath: "#/properties/apt-pin-versions/if", keyword: "if", params: { failingKeyword: ifClause7 }, message: 'must match "' + ifClause7 + '" schema', schema: schema12.properties["apt-pin-versions"].if, parentSchema: schema12.properties["apt-pin-versions"], data: data21 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data["base-image-digest"] !== void 0) {
      let data24 = data["base-image-digest"];
      const _errs91 = errors;
      let valid17 = true;
      const _errs92 = errors;
      if (typeof data24 !== "string") {
        const err73 = {};
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
      var _valid8 = _errs92 === errors;
      errors = _errs91;
      if (vErrors !== null) {
        if (_errs91) {
          vErrors.length = _errs91;
        } else {
          vErrors = null;
        }
      }
      let ifClause8;
      if (_valid8) {
        const _errs94 = errors;
        if (!(data24 === "off" || data24 === "error" || data24 === "warning" || data24 === "info" || data24 === "style")) {
          const err74 = { instancePath: instancePath + "/base-image-digest", schemaPath: "#/properties/base-image-digest/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["base-image-digest"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["base-image-digest"].then.enum, parentSchema: schema12.properties["base-image-digest"].then, data: data24 };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        var _valid8 = _errs94 === errors;
        valid17 = _valid8;
        ifClause8 = "then";
      } else {
        const _errs95 = errors;
        if (Array.isArray(data24)) {
          if (data24.length > 2) {
            const err75 = { instancePath: instancePath + "/base-image-digest", schemaPath: "#/properties/base-image-digest/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["base-image-digest"].else, data: data24 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          if (data24.length < 1) {
            const err76 = { instancePath: instancePath + "/base-image-digest", schemaPath: "#/properties/base-image-digest/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["base-image-digest"].else, data: data24 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          const len8 = data24.length;
          if (len8 > 0) {
            let data25 = data24[0];
            if (!(data25 === "off" || data25 === "error" || data25 === "warning" || data25 === "info" || data25 === "style")) {
              const err77 = { instancePath: instancePath + "/base-image-digest/0", schemaPath: "#/properties/base-image-digest/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["base-image-digest"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["base-image-digest"].else.items[0].enum, parentSchema: schema12.properties["base-image-digest"].else.items[0], data: data25 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
          if (len8 > 1) {
            let data26 = data24[1];
            if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
              for (const key9 in data26) {
                const err78 = { instancePath: instancePath + "/base-image-digest/1", schemaPath: "#/properties/base-image-digest/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["base-image-digest"].else.items[1], data: data26 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            } else {
              const err79 = { instancePath: instancePath + "/base-image-digest/1", schemaPath: "#/properties/base-image-digest/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["base-image-digest"].else.items[1].type, parentSchema: schema12.properties["base-image-digest"].else.items[1], data: data26 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          }
        } else {
          const err80 = { instancePath: instancePath + "/base-image-digest", schemaPath: "#/properties/base-image-digest/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["base-image-digest"].else.type, parentSchema: schema12.properties["base-image-digest"].else, data: data24 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
        var _valid8 = _errs95 === errors;
        valid17 = _valid8;
        ifClause8 = "else";
      }
      if (!valid17) {
        const err81 = { instancePath: instancePath + "/base-image-digest", schemaPath: "#/properties/base-image-digest/if", keyword: "if", params: { failingKeyword: ifClause8 }, message: 'must match "' + ifClause8 + '" schema', schema: schema12.properties["base-image-digest"].if, parentSchema: schema12.properties["base-image-digest"], data: data24 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data["base-image-platform"] !== void 0) {
      let data27 = data["base-image-platform"];
      const _errs102 = errors;
      let valid19 = true;
      const _errs103 = errors;
      if (typeof data27 !== "string") {
        const err82 = {};
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
      var _valid9 = _errs103 === errors;
      errors = _errs102;
      if (vErrors !== null) {
        if (_errs102) {
          vErrors.length = _errs102;
        } else {
          vErrors = null;
        }
      }
      let ifClause9;
      if (_valid9) {
        const _errs105 = errors;
        if (!(data27 === "off" || data27 === "error" || data27 === "warning" || data27 === "info" || data27 === "style")) {
          const err83 = { instancePath: instancePath + "/base-image-platform", schemaPath: "#/properties/base-image-platform/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["base-image-platform"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["base-image-platform"].then.enum, parentSchema: schema12.properties["base-image-platform"].then, data: data27 };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
        var _valid9 = _errs105 === errors;
        valid19 = _valid9;
        ifClause9 = "then";
      } else {
        const _errs106 = errors;
        if (Array.isArray(data27)) {
          if (data27.length > 2) {
            const err84 = { instancePath: instancePath + "/base-image-platform", schemaPath: "#/properties/base-image-platform/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["base-image-platform"].else, data: data27 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
          if (data27.length < 1) {
            const err85 = { instancePath: instancePath + "/base-image-platform", schemaPath: "#/properties/base-image-platform/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["base-image-platform"].else, data: data27 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          const len9 = data27.length;
          if (len9 > 0) {
            let data28 = data27[0];
            if (!(data28 === "off" || data28 === "error" || data28 === "warning" || data28 === "info" || data28 === "style")) {
              const err86 = { instancePath: instancePath + "/base-image-platform/0", schemaPath: "#/properties/base-image-platform/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["base-image-platform"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["base-image-platform"].else.items[0].enum, parentSchema: schema12.properties["base-image-platform"].else.items[0], data: data28 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          }
          if (len9 > 1) {
            let data29 = data27[1];
            if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
              for (const key10 in data29) {
                const err87 = { instancePath: instancePath + "/base-image-platform/1", schemaPath: "#/properties/base-image-platform/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["base-image-platform"].else.items[1], data: data29 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            } else {
              const err88 = { instancePath: instancePath + "/base-image-platform/1", schemaPath: "#/properties/base-image-platform/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["base-image-platform"].else.items[1].type, parentSchema: schema12.properties["base-image-platform"].else.items[1], data: data29 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          }
        } else {
          const err89 = { instancePath: instancePath + "/base-image-platform", schemaPath: "#/properties/base-image-platform/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["base-image-platform"].else.type, parentSchema: schema12.properties["base-image-platform"].else, data: data27 };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
        var _valid9 = _errs106 === errors;
        valid19 = _valid9;
        ifClause9 = "else";
      }
      if (!valid19) {
        const err90 = { instancePath: instancePath + "/base-image-platform", schemaPath: "#/properties/base-image-platform/if", keyword: "if", params: { failingKeyword: ifClause9 }, message: 'must match "' + ifClause9 + '" schema', schema: schema12.properties["base-image-platform"].if, parentSchema: schema12.properties["base-image-platform"], data: data27 };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
    if (data["base-image-tag"] !== void 0) {
      let data30 = data["base-image-tag"];
      const _errs113 = errors;
      let valid21 = true;
      const _errs114 = errors;
      if (typeof data30 !== "string") {
        const err91 = {};
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
      var _valid10 = _errs114 === errors;
      errors = _errs113;
      if (vErrors !== null) {
        if (_errs113) {
          vErrors.length = _errs113;
        } else {
          vErrors = null;
        }
      }
      let ifClause10;
      if (_valid10) {
        const _errs116 = errors;
        if (!(data30 === "off" || data30 === "error" || data30 === "warning" || data30 === "info" || data30 === "style")) {
          const err92 = { instancePath: instancePath + "/base-image-tag", schemaPath: "#/properties/base-image-tag/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["base-image-tag"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["base-image-tag"].then.enum, parentSchema: schema12.properties["base-image-tag"].then, data: data30 };
          if (vErrors === null) {
            vErrors = [err92];
          } else {
            vErrors.push(err92);
          }
          errors++;
        }
        var _valid10 = _errs116 === errors;
        valid21 = _valid10;
        ifClause10 = "then";
      } else {
        const _errs117 = errors;
        if (Array.isArray(data30)) {
          if (data30.length > 2) {
            const err93 = { instancePath: instancePath + "/base-image-tag", schemaPath: "#/properties/base-image-tag/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["base-image-tag"].else, data: data30 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          if (data30.length < 1) {
            const err94 = { instancePath: instancePath + "/base-image-tag", schemaPath: "#/properties/base-image-tag/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["base-image-tag"].else, data: data30 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
          const len10 = data30.length;
          if (len10 > 0) {
            let data31 = data30[0];
            if (!(data31 === "off" || data31 === "error" || data31 === "warning" || data31 === "info" || data31 === "style")) {
              const err95 = { instancePath: instancePath + "/base-image-tag/0", schemaPath: "#/properties/base-image-tag/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["base-image-tag"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["base-image-tag"].else.items[0].enum, parentSchema: schema12.properties["base-image-tag"].else.items[0], data: data31 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
          if (len10 > 1) {
            let data32 = data30[1];
            if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
              for (const key11 in data32) {
                const err96 = { instancePath: instancePath + "/base-image-tag/1", schemaPath: "#/properties/base-image-tag/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["base-image-tag"].else.items[1], data: data32 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            } else {
              const err97 = { instancePath: instancePath + "/base-image-tag/1", schemaPath: "#/properties/base-image-tag/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["base-image-tag"].else.items[1].type, parentSchema: schema12.properties["base-image-tag"].else.items[1], data: data32 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          }
        } else {
          const err98 = { instancePath: instancePath + "/base-image-tag", schemaPath: "#/properties/base-image-tag/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["base-image-tag"].else.type, parentSchema: schema12.properties["base-image-tag"].else, data: data30 };
          if (vErrors === null) {
            vErrors = [err98];
          } else {
            vErrors.push(err98);
          }
          errors++;
        }
        var _valid10 = _errs117 === errors;
        valid21 = _valid10;
        ifClause10 = "else";
      }
      if (!valid21) {
        const err99 = { instancePath: instancePath + "/base-image-tag", schemaPath: "#/properties/base-image-tag/if", keyword: "if", params: { failingKeyword: ifClause10 }, message: 'must match "' + ifClause10 + '" schema', schema: schema12.properties["base-image-tag"].if, parentSchema: schema12.properties["base-image-tag"], data: data30 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data["cd-in-run"] !== void 0) {
      let data33 = data["cd-in-run"];
      const _errs124 = errors;
      let valid23 = true;
      const _errs125 = errors;
      if (typeof data33 !== "string") {
        const err100 = {};
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
      var _valid11 = _errs125 === errors;
      errors = _errs124;
      if (vErrors !== null) {
        if (_errs124) {
          vErrors.length = _errs124;
        } else {
          vErrors = null;
        }
      }
      let ifClause11;
      if (_valid11) {
        const _errs127 = errors;
        if (!(data33 === "off" || data33 === "error" || data33 === "warning" || data33 === "info" || data33 === "style")) {
          const err101 = { instancePath: instancePath + "/cd-in-run", schemaPath: "#/properties/cd-in-run/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["cd-in-run"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["cd-in-run"].then.enum, parentSchema: schema12.properties["cd-in-run"].then, data: data33 };
          if (vErrors === null) {
            vErrors = [err101];
          } else {
            vErrors.push(err101);
          }
          errors++;
        }
        var _valid11 = _errs127 === errors;
        valid23 = _valid11;
        ifClause11 = "then";
      } else {
        const _errs128 = errors;
        if (Array.isArray(data33)) {
          if (data33.length > 2) {
            const err102 = { instancePath: instancePath + "/cd-in-run", schemaPath: "#/properties/cd-in-run/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["cd-in-run"].else, data: data33 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          if (data33.length < 1) {
            const err103 = { instancePath: instancePath + "/cd-in-run", schemaPath: "#/properties/cd-in-run/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["cd-in-run"].else, data: data33 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
          const len11 = data33.length;
          if (len11 > 0) {
            let data34 = data33[0];
            if (!(data34 === "off" || data34 === "error" || data34 === "warning" || data34 === "info" || data34 === "style")) {
              const err104 = { instancePath: instancePath + "/cd-in-run/0", schemaPath: "#/properties/cd-in-run/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["cd-in-run"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["cd-in-run"].else.items[0].enum, parentSchema: schema12.properties["cd-in-run"].else.items[0], data: data34 };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
          }
          if (len11 > 1) {
            let data35 = data33[1];
            if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
              for (const key12 in data35) {
                const err105 = { instancePath: instancePath + "/cd-in-run/1", schemaPath: "#/properties/cd-in-run/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["cd-in-run"].else.items[1], data: data35 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            } else {
              const err106 = { instancePath: instancePath + "/cd-in-run/1", schemaPath: "#/properties/cd-in-run/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["cd-in-run"].else.items[1].type, parentSchema: schema12.properties["cd-in-run"].else.items[1], data: data35 };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
          }
        } else {
          const err107 = { instancePath: instancePath + "/cd-in-run", schemaPath: "#/properties/cd-in-run/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["cd-in-run"].else.type, parentSchema: schema12.properties["cd-in-run"].else, data: data33 };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
        var _valid11 = _errs128 === errors;
        valid23 = _valid11;
        ifClause11 = "else";
      }
      if (!valid23) {
        const err108 = { instancePath: instancePath + "/cd-in-run", schemaPath: "#/properties/cd-in-run/if", keyword: "if", params: { failingKeyword: ifClause11 }, message: 'must match "' + ifClause11 + '" schema', schema: schema12.properties["cd-in-run"].if, parentSchema: schema12.properties["cd-in-run"], data: data33 };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data["cmd-present"] !== void 0) {
      let data36 = data["cmd-present"];
      const _errs135 = errors;
      let valid25 = true;
      const _errs136 = errors;
      if (typeof data36 !== "string") {
        const err109 = {};
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
      var _valid12 = _errs136 === errors;
      errors = _errs135;
      if (vErrors !== null) {
        if (_errs135) {
          vErrors.length = _errs135;
        } else {
          vErrors = null;
        }
      }
      let ifClause12;
      if (_valid12) {
        const _errs138 = errors;
        if (!(data36 === "off" || data36 === "error" || data36 === "warning" || data36 === "info" || data36 === "style")) {
          const err110 = { instancePath: instancePath + "/cmd-present", schemaPath: "#/properties/cmd-present/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["cmd-present"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["cmd-present"].then.enum, parentSchema: schema12.properties["cmd-present"].then, data: data36 };
          if (vErrors === null) {
            vErrors = [err110];
          } else {
            vErrors.push(err110);
          }
          errors++;
        }
        var _valid12 = _errs138 === errors;
        valid25 = _valid12;
        ifClause12 = "then";
      } else {
        const _errs139 = errors;
        if (Array.isArray(data36)) {
          if (data36.length > 2) {
            const err111 = { instancePath: instancePath + "/cmd-present", schemaPath: "#/properties/cmd-present/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["cmd-present"].else, data: data36 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
          if (data36.length < 1) {
            const err112 = { instancePath: instancePath + "/cmd-present", schemaPath: "#/properties/cmd-present/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["cmd-present"].else, data: data36 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
          const len12 = data36.length;
          if (len12 > 0) {
            let data37 = data36[0];
            if (!(data37 === "off" || data37 === "error" || data37 === "warning" || data37 === "info" || data37 === "style")) {
              const err113 = { instancePath: instancePath + "/cmd-present/0", schemaPath: "#/properties/cmd-present/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["cmd-present"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["cmd-present"].else.items[0].enum, parentSchema: schema12.properties["cmd-present"].else.items[0], data: data37 };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
          }
          if (len12 > 1) {
            let data38 = data36[1];
            if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
              for (const key13 in data38) {
                const err114 = { instancePath: instancePath + "/cmd-present/1", schemaPath: "#/properties/cmd-present/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["cmd-present"].else.items[1], data: data38 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            } else {
              const err115 = { instancePath: instancePath + "/cmd-present/1", schemaPath: "#/properties/cmd-present/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["cmd-present"].else.items[1].type, parentSchema: schema12.properties["cmd-present"].else.items[1], data: data38 };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
          }
        } else {
          const err116 = { instancePath: instancePath + "/cmd-present", schemaPath: "#/properties/cmd-present/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["cmd-present"].else.type, parentSchema: schema12.properties["cmd-present"].else, data: data36 };
          if (vErrors === null) {
            vErrors = [err116];
          } else {
            vErrors.push(err116);
          }
          errors++;
        }
        var _valid12 = _errs139 === errors;
        valid25 = _valid12;
        ifClause12 = "else";
      }
      if (!valid25) {
        const err117 = { instancePath: instancePath + "/cmd-present", schemaPath: "#/properties/cmd-present/if", keyword: "if", params: { failingKeyword: ifClause12 }, message: 'must match "' + ifClause12 + '" schema', schema: schema12.properties["cmd-present"].if, parentSchema: schema12.properties["cmd-present"], data: data36 };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data["conda-cleanup"] !== void 0) {
      let data39 = data["conda-cleanup"];
      const _errs146 = errors;
      let valid27 = true;
      const _errs147 = errors;
      if (typeof data39 !== "string") {
        const err118 = {};
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
      var _valid13 = _errs147 === errors;
      errors = _errs146;
      if (vErrors !== null) {
        if (_errs146) {
          vErrors.length = _errs146;
        } else {
          vErrors = null;
        }
      }
      let ifClause13;
      if (_valid13) {
        const _errs149 = errors;
        if (!(data39 === "off" || data39 === "error" || data39 === "warning" || data39 === "info" || data39 === "style")) {
          const err119 = { instancePath: instancePath + "/conda-cleanup", schemaPath: "#/properties/conda-cleanup/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["conda-cleanup"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["conda-cleanup"].then.enum, parentSchema: schema12.properties["conda-cleanup"].then, data: data39 };
          if (vErrors === null) {
            vErrors = [err119];
          } else {
            vErrors.push(err119);
          }
          errors++;
        }
        var _valid13 = _errs149 === errors;
        valid27 = _valid13;
        ifClause13 = "then";
      } else {
        const _errs150 = errors;
        if (Array.isArray(data39)) {
          if (data39.length > 2) {
            const err120 = { instancePath: instancePath + "/conda-cleanup", schemaPath: "#/properties/conda-cleanup/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["conda-cleanup"].else, data: data39 };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
          if (data39.length < 1) {
            const err121 = { instancePath: instancePath + "/conda-cleanup", schemaPath: "#/properties/conda-cleanup/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["conda-cleanup"].else, data: data39 };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
          const len13 = data39.length;
          if (len13 > 0) {
            let data40 = data39[0];
            if (!(data40 === "off" || data40 === "error" || data40 === "warning" || data40 === "info" || data40 === "style")) {
              const err122 = { instancePath: instancePath + "/conda-cleanup/0", schemaPath: "#/properties/conda-cleanup/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["conda-cleanup"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["conda-cleanup"].else.items[0].enum, parentSchema: schema12.properties["conda-cleanup"].else.items[0], data: data40 };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
          }
          if (len13 > 1) {
            let data41 = data39[1];
            if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
              for (const key14 in data41) {
                const err123 = { instancePath: instancePath + "/conda-cleanup/1", schemaPath: "#/properties/conda-cleanup/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["conda-cleanup"].else.items[1], data: data41 };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            } else {
              const err124 = { instancePath: instancePath + "/conda-cleanup/1", schemaPath: "#/properties/conda-cleanup/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["conda-cleanup"].else.items[1].type, parentSchema: schema12.properties["conda-cleanup"].else.items[1], data: data41 };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
          }
        } else {
          const err125 = { instancePath: instancePath + "/conda-cleanup", schemaPath: "#/properties/conda-cleanup/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["conda-cleanup"].else.type, parentSchema: schema12.properties["conda-cleanup"].else, data: data39 };
          if (vErrors === null) {
            vErrors = [err125];
          } else {
            vErrors.push(err125);
          }
          errors++;
        }
        var _valid13 = _errs150 === errors;
        valid27 = _valid13;
        ifClause13 = "else";
      }
      if (!valid27) {
        const err126 = { instancePath: instancePath + "/conda-cleanup", schemaPath: "#/properties/conda-cleanup/if", keyword: "if", params: { failingKeyword: ifClause13 }, message: 'must match "' + ifClause13 + '" schema', schema: schema12.properties["conda-cleanup"].if, parentSchema: schema12.properties["conda-cleanup"], data: data39 };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
    }
    if (data["conda-pin-versions"] !== void 0) {
      let data42 = data["conda-pin-versions"];
      const _errs157 = errors;
      let valid29 = true;
      const _errs158 = errors;
      if (typeof data42 !== "string") {
        const err127 = {};
        if (vErrors === null) {
          vErrors = [err127];
        } else {
          vErrors.push(err127);
        }
        errors++;
      }
      var _valid14 = _errs158 === errors;
      errors = _errs157;
      if (vErrors !== null) {
        if (_errs157) {
          vErrors.length = _errs157;
        } else {
          vErrors = null;
        }
      }
      let ifClause14;
      if (_valid14) {
        const _errs160 = errors;
        if (!(data42 === "off" || data42 === "error" || data42 === "warning" || data42 === "info" || data42 === "style")) {
          const err128 = { instancePath: instancePath + "/conda-pin-versions", schemaPath: "#/properties/conda-pin-versions/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["conda-pin-versions"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["conda-pin-versions"].then.enum, parentSchema: schema12.properties["conda-pin-versions"].then, data: data42 };
          if (vErrors === null) {
            vErrors = [err128];
          } else {
            vErrors.push(err128);
          }
          errors++;
        }
        var _valid14 = _errs160 === errors;
        valid29 = _valid14;
        ifClause14 = "then";
      } else {
        const _errs161 = errors;
        if (Array.isArray(data42)) {
          if (data42.length > 2) {
            const err129 = { instancePath: instancePath + "/conda-pin-versions", schemaPath: "#/properties/conda-pin-versions/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["conda-pin-versions"].else, data: data42 };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
          if (data42.length < 1) {
            const err130 = { instancePath: instancePath + "/conda-pin-versions", schemaPath: "#/properties/conda-pin-versions/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["conda-pin-versions"].else, data: data42 };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
          const len14 = data42.length;
          if (len14 > 0) {
            let data43 = data42[0];
            if (!(data43 === "off" || data43 === "error" || data43 === "warning" || data43 === "info" || data43 === "style")) {
              const err131 = { instancePath: instancePath + "/conda-pin-versions/0", schemaPath: "#/properties/conda-pin-versions/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["conda-pin-versions"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["conda-pin-versions"].else.items[0].enum, parentSchema: schema12.properties["conda-pin-versions"].else.items[0], data: data43 };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
          }
          if (len14 > 1) {
            let data44 = data42[1];
            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
              for (const key15 in data44) {
                const err132 = { instancePath: instancePath + "/conda-pin-versions/1", schemaPath: "#/properties/conda-pin-versions/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["conda-pin-versions"].else.items[1], data: data44 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            } else {
              const err133 = { instancePath: instancePath + "/conda-pin-versions/1", schemaPath: "#/properties/conda-pin-versions/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["conda-pin-versions"].else.items[1].type, parentSchema: schema12.properties["conda-pin-versions"].else.items[1], data: data44 };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
          }
        } else {
          const err134 = { instancePath: instancePath + "/conda-pin-versions", schemaPath: "#/properties/conda-pin-versions/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["conda-pin-versions"].else.type, parentSchema: schema12.properties["conda-pin-versions"].else, data: data42 };
          if (vErrors === null) {
            vErrors = [err134];
          } else {
            vErrors.push(err134);
          }
          errors++;
        }
        var _valid14 = _errs161 === errors;
        valid29 = _valid14;
        ifClause14 = "else";
      }
      if (!valid29) {
        const err135 = { instancePath: instancePath + "/conda-pin-versions", schemaPath: "#/properties/conda-pin-versions/if", keyword: "if", params: { failingKeyword: ifClause14 }, message: 'must match "' + ifClause14 + '" schema', schema: schema12.properties["conda-pin-versions"].if, parentSchema: schema12.properties["conda-pin-versions"], data: data42 };
        if (vErrors === null) {
          vErrors = [err135];
        } else {
          vErrors.push(err135);
        }
        errors++;
      }
    }
    if (data["consecutive-run"] !== void 0) {
      let data45 = data["consecutive-run"];
      const _errs168 = errors;
      let valid31 = true;
      const _errs169 = errors;
      if (typeof data45 !== "string") {
        const err136 = {};
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
      var _valid15 = _errs169 === errors;
      errors = _errs168;
      if (vErrors !== null) {
        if (_errs168) {
          vErrors.length = _errs168;
        } else {
          vErrors = null;
        }
      }
      let ifClause15;
      if (_valid15) {
        const _errs171 = errors;
        if (!(data45 === "off" || data45 === "error" || data45 === "warning" || data45 === "info" || data45 === "style")) {
          const err137 = { instancePath: instancePath + "/consecutive-run", schemaPath: "#/properties/consecutive-run/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["consecutive-run"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["consecutive-run"].then.enum, parentSchema: schema12.properties["consecutive-run"].then, data: data45 };
          if (vErrors === null) {
            vErrors = [err137];
          } else {
            vErrors.push(err137);
          }
          errors++;
        }
        var _valid15 = _errs171 === errors;
        valid31 = _valid15;
        ifClause15 = "then";
      } else {
        const _errs172 = errors;
        if (Array.isArray(data45)) {
          if (data45.length > 2) {
            const err138 = { instancePath: instancePath + "/consecutive-run", schemaPath: "#/properties/consecutive-run/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["consecutive-run"].else, data: data45 };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
          if (data45.length < 1) {
            const err139 = { instancePath: instancePath + "/consecutive-run", schemaPath: "#/properties/consecutive-run/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["consecutive-run"].else, data: data45 };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
          const len15 = data45.length;
          if (len15 > 0) {
            let data46 = data45[0];
            if (!(data46 === "off" || data46 === "error" || data46 === "warning" || data46 === "info" || data46 === "style")) {
              const err140 = { instancePath: instancePath + "/consecutive-run/0", schemaPath: "#/properties/consecutive-run/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["consecutive-run"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["consecutive-run"].else.items[0].enum, parentSchema: schema12.properties["consecutive-run"].else.items[0], data: data46 };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
          }
          if (len15 > 1) {
            let data47 = data45[1];
            if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
              for (const key16 in data47) {
                const err141 = { instancePath: instancePath + "/consecutive-run/1", schemaPath: "#/properties/consecutive-run/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["consecutive-run"].else.items[1], data: data47 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            } else {
              const err142 = { instancePath: instancePath + "/consecutive-run/1", schemaPath: "#/properties/consecutive-run/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["consecutive-run"].else.items[1].type, parentSchema: schema12.properties["consecutive-run"].else.items[1], data: data47 };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
          }
        } else {
          const err143 = { instancePath: instancePath + "/consecutive-run", schemaPath: "#/properties/consecutive-run/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["consecutive-run"].else.type, parentSchema: schema12.properties["consecutive-run"].else, data: data45 };
          if (vErrors === null) {
            vErrors = [err143];
          } else {
            vErrors.push(err143);
          }
          errors++;
        }
        var _valid15 = _errs172 === errors;
        valid31 = _valid15;
        ifClause15 = "else";
      }
      if (!valid31) {
        const err144 = { instancePath: instancePath + "/consecutive-run", schemaPath: "#/properties/consecutive-run/if", keyword: "if", params: { failingKeyword: ifClause15 }, message: 'must match "' + ifClause15 + '" schema', schema: schema12.properties["consecutive-run"].if, parentSchema: schema12.properties["consecutive-run"], data: data45 };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      }
    }
    if (data["copy-from-stage"] !== void 0) {
      let data48 = data["copy-from-stage"];
      const _errs179 = errors;
      let valid33 = true;
      const _errs180 = errors;
      if (typeof data48 !== "string") {
        const err145 = {};
        if (vErrors === null) {
          vErrors = [err145];
        } else {
          vErrors.push(err145);
        }
        errors++;
      }
      var _valid16 = _errs180 === errors;
      errors = _errs179;
      if (vErrors !== null) {
        if (_errs179) {
          vErrors.length = _errs179;
        } else {
          vErrors = null;
        }
      }
      let ifClause16;
      if (_valid16) {
        const _errs182 = errors;
        if (!(data48 === "off" || data48 === "error" || data48 === "warning" || data48 === "info" || data48 === "style")) {
          const err146 = { instancePath: instancePath + "/copy-from-stage", schemaPath: "#/properties/copy-from-stage/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["copy-from-stage"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["copy-from-stage"].then.enum, parentSchema: schema12.properties["copy-from-stage"].then, data: data48 };
          if (vErrors === null) {
            vErrors = [err146];
          } else {
            vErrors.push(err146);
          }
          errors++;
        }
        var _valid16 = _errs182 === errors;
        valid33 = _valid16;
        ifClause16 = "then";
      } else {
        const _errs183 = errors;
        if (Array.isArray(data48)) {
          if (data48.length > 2) {
            const err147 = { instancePath: instancePath + "/copy-from-stage", schemaPath: "#/properties/copy-from-stage/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["copy-from-stage"].else, data: data48 };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
          if (data48.length < 1) {
            const err148 = { instancePath: instancePath + "/copy-from-stage", schemaPath: "#/properties/copy-from-stage/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["copy-from-stage"].else, data: data48 };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
          const len16 = data48.length;
          if (len16 > 0) {
            let data49 = data48[0];
            if (!(data49 === "off" || data49 === "error" || data49 === "warning" || data49 === "info" || data49 === "style")) {
              const err149 = { instancePath: instancePath + "/copy-from-stage/0", schemaPath: "#/properties/copy-from-stage/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["copy-from-stage"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["copy-from-stage"].else.items[0].enum, parentSchema: schema12.properties["copy-from-stage"].else.items[0], data: data49 };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
          }
          if (len16 > 1) {
            let data50 = data48[1];
            if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
              for (const key17 in data50) {
                const err150 = { instancePath: instancePath + "/copy-from-stage/1", schemaPath: "#/properties/copy-from-stage/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["copy-from-stage"].else.items[1], data: data50 };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            } else {
              const err151 = { instancePath: instancePath + "/copy-from-stage/1", schemaPath: "#/properties/copy-from-stage/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["copy-from-stage"].else.items[1].type, parentSchema: schema12.properties["copy-from-stage"].else.items[1], data: data50 };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
          }
        } else {
          const err152 = { instancePath: instancePath + "/copy-from-stage", schemaPath: "#/properties/copy-from-stage/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["copy-from-stage"].else.type, parentSchema: schema12.properties["copy-from-stage"].else, data: data48 };
          if (vErrors === null) {
            vErrors = [err152];
          } else {
            vErrors.push(err152);
          }
          errors++;
        }
        var _valid16 = _errs183 === errors;
        valid33 = _valid16;
        ifClause16 = "else";
      }
      if (!valid33) {
        const err153 = { instancePath: instancePath + "/copy-from-stage", schemaPath: "#/properties/copy-from-stage/if", keyword: "if", params: { failingKeyword: ifClause16 }, message: 'must match "' + ifClause16 + '" schema', schema: schema12.properties["copy-from-stage"].if, parentSchema: schema12.properties["copy-from-stage"], data: data48 };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
    if (data["copy-ignored-file"] !== void 0) {
      let data51 = data["copy-ignored-file"];
      const _errs190 = errors;
      let valid35 = true;
      const _errs191 = errors;
      if (typeof data51 !== "string") {
        const err154 = {};
        if (vErrors === null) {
          vErrors = [err154];
        } else {
          vErrors.push(err154);
        }
        errors++;
      }
      var _valid17 = _errs191 === errors;
      errors = _errs190;
      if (vErrors !== null) {
        if (_errs190) {
          vErrors.length = _errs190;
        } else {
          vErrors = null;
        }
      }
      let ifClause17;
      if (_valid17) {
        const _errs193 = errors;
        if (!(data51 === "off" || data51 === "error" || data51 === "warning" || data51 === "info" || data51 === "style")) {
          const err155 = { instancePath: instancePath + "/copy-ignored-file", schemaPath: "#/properties/copy-ignored-file/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["copy-ignored-file"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["copy-ignored-file"].then.enum, parentSchema: schema12.properties["copy-ignored-file"].then, data: data51 };
          if (vErrors === null) {
            vErrors = [err155];
          } else {
            vErrors.push(err155);
          }
          errors++;
        }
        var _valid17 = _errs193 === errors;
        valid35 = _valid17;
        ifClause17 = "then";
      } else {
        const _errs194 = errors;
        if (Array.isArray(data51)) {
          if (data51.length > 2) {
            const err156 = { instancePath: instancePath + "/copy-ignored-file", schemaPath: "#/properties/copy-ignored-file/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["copy-ignored-file"].else, data: data51 };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
          if (data51.length < 1) {
            const err157 = { instancePath: instancePath + "/copy-ignored-file", schemaPath: "#/properties/copy-ignored-file/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["copy-ignored-file"].else, data: data51 };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
          const len17 = data51.length;
          if (len17 > 0) {
            let data52 = data51[0];
            if (!(data52 === "off" || data52 === "error" || data52 === "warning" || data52 === "info" || data52 === "style")) {
              const err158 = { instancePath: instancePath + "/copy-ignored-file/0", schemaPath: "#/properties/copy-ignored-file/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["copy-ignored-file"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["copy-ignored-file"].else.items[0].enum, parentSchema: schema12.properties["copy-ignored-file"].else.items[0], data: data52 };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
          }
          if (len17 > 1) {
            let data53 = data51[1];
            if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
              for (const key18 in data53) {
                const err159 = { instancePath: instancePath + "/copy-ignored-file/1", schemaPath: "#/properties/copy-ignored-file/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["copy-ignored-file"].else.items[1], data: data53 };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            } else {
              const err160 = { instancePath: instancePath + "/copy-ignored-file/1", schemaPath: "#/properties/copy-ignored-file/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["copy-ignored-file"].else.items[1].type, parentSchema: schema12.properties["copy-ignored-file"].else.items[1], data: data53 };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
          }
        } else {
          const err161 = { instancePath: instancePath + "/copy-ignored-file", schemaPath: "#/properties/copy-ignored-file/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["copy-ignored-file"].else.type, parentSchema: schema12.properties["copy-ignored-file"].else, data: data51 };
          if (vErrors === null) {
            vErrors = [err161];
          } else {
            vErrors.push(err161);
          }
          errors++;
        }
        var _valid17 = _errs194 === errors;
        valid35 = _valid17;
        ifClause17 = "else";
      }
      if (!valid35) {
        const err162 = { instancePath: instancePath + "/copy-ignored-file", schemaPath: "#/properties/copy-ignored-file/if", keyword: "if", params: { failingKeyword: ifClause17 }, message: 'must match "' + ifClause17 + '" schema', schema: schema12.properties["copy-ignored-file"].if, parentSchema: schema12.properties["copy-ignored-file"], data: data51 };
        if (vErrors === null) {
          vErrors = [err162];
        } else {
          vErrors.push(err162);
        }
        errors++;
      }
    }
    if (data["copy-multi-dest-slash"] !== void 0) {
      let data54 = data["copy-multi-dest-slash"];
      const _errs201 = errors;
      let valid37 = true;
      const _errs202 = errors;
      if (typeof data54 !== "string") {
        const err163 = {};
        if (vErrors === null) {
          vErrors = [err163];
        } else {
          vErrors.push(err163);
        }
        errors++;
      }
      var _valid18 = _errs202 === errors;
      errors = _errs201;
      if (vErrors !== null) {
        if (_errs201) {
          vErrors.length = _errs201;
        } else {
          vErrors = null;
        }
      }
      let ifClause18;
      if (_valid18) {
        const _errs204 = errors;
        if (!(data54 === "off" || data54 === "error" || data54 === "warning" || data54 === "info" || data54 === "style")) {
          const err164 = { instancePath: instancePath + "/copy-multi-dest-slash", schemaPath: "#/properties/copy-multi-dest-slash/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["copy-multi-dest-slash"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["copy-multi-dest-slash"].then.enum, parentSchema: schema12.properties["copy-multi-dest-slash"].then, data: data54 };
          if (vErrors === null) {
            vErrors = [err164];
          } else {
            vErrors.push(err164);
          }
          errors++;
        }
        var _valid18 = _errs204 === errors;
        valid37 = _valid18;
        ifClause18 = "then";
      } else {
        const _errs205 = errors;
        if (Array.isArray(data54)) {
          if (data54.length > 2) {
            const err165 = { instancePath: instancePath + "/copy-multi-dest-slash", schemaPath: "#/properties/copy-multi-dest-slash/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["copy-multi-dest-slash"].else, data: data54 };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
          if (data54.length < 1) {
            const err166 = { instancePath: instancePath + "/copy-multi-dest-slash", schemaPath: "#/properties/copy-multi-dest-slash/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["copy-multi-dest-slash"].else, data: data54 };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
          const len18 = data54.length;
          if (len18 > 0) {
            let data55 = data54[0];
            if (!(data55 === "off" || data55 === "error" || data55 === "warning" || data55 === "info" || data55 === "style")) {
              const err167 = { instancePath: instancePath + "/copy-multi-dest-slash/0", schemaPath: "#/properties/copy-multi-dest-slash/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["copy-multi-dest-slash"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["copy-multi-dest-slash"].else.items[0].enum, parentSchema: schema12.properties["copy-multi-dest-slash"].else.items[0], data: data55 };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
          }
          if (len18 > 1) {
            let data56 = data54[1];
            if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
              for (const key19 in data56) {
                const err168 = { instancePath: instancePath + "/copy-multi-dest-slash/1", schemaPath: "#/properties/copy-multi-dest-slash/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["copy-multi-dest-slash"].else.items[1], data: data56 };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            } else {
              const err169 = { instancePath: instancePath + "/copy-multi-dest-slash/1", schemaPath: "#/properties/copy-multi-dest-slash/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["copy-multi-dest-slash"].else.items[1].type, parentSchema: schema12.properties["copy-multi-dest-slash"].else.items[1], data: data56 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
          }
        } else {
          const err170 = { instancePath: instancePath + "/copy-multi-dest-slash", schemaPath: "#/properties/copy-multi-dest-slash/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["copy-multi-dest-slash"].else.type, parentSchema: schema12.properties["copy-multi-dest-slash"].else, data: data54 };
          if (vErrors === null) {
            vErrors = [err170];
          } else {
            vErrors.push(err170);
          }
          errors++;
        }
        var _valid18 = _errs205 === errors;
        valid37 = _valid18;
        ifClause18 = "else";
      }
      if (!valid37) {
        const err171 = { instancePath: instancePath + "/copy-multi-dest-slash", schemaPath: "#/properties/copy-multi-dest-slash/if", keyword: "if", params: { failingKeyword: ifClause18 }, message: 'must match "' + ifClause18 + '" schema', schema: schema12.properties["copy-multi-dest-slash"].if, parentSchema: schema12.properties["copy-multi-dest-slash"], data: data54 };
        if (vErrors === null) {
          vErrors = [err171];
        } else {
          vErrors.push(err171);
        }
        errors++;
      }
    }
    if (data["copy-not-add"] !== void 0) {
      let data57 = data["copy-not-add"];
      const _errs212 = errors;
      let valid39 = true;
      const _errs213 = errors;
      if (typeof data57 !== "string") {
        const err172 = {};
        if (vErrors === null) {
          vErrors = [err172];
        } else {
          vErrors.push(err172);
        }
        errors++;
      }
      var _valid19 = _errs213 === errors;
      errors = _errs212;
      if (vErrors !== null) {
        if (_errs212) {
          vErrors.length = _errs212;
        } else {
          vErrors = null;
        }
      }
      let ifClause19;
      if (_valid19) {
        const _errs215 = errors;
        if (!(data57 === "off" || data57 === "error" || data57 === "warning" || data57 === "info" || data57 === "style")) {
          const err173 = { instancePath: instancePath + "/copy-not-add", schemaPath: "#/properties/copy-not-add/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["copy-not-add"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["copy-not-add"].then.enum, parentSchema: schema12.properties["copy-not-add"].then, data: data57 };
          if (vErrors === null) {
            vErrors = [err173];
          } else {
            vErrors.push(err173);
          }
          errors++;
        }
        var _valid19 = _errs215 === errors;
        valid39 = _valid19;
        ifClause19 = "then";
      } else {
        const _errs216 = errors;
        if (Array.isArray(data57)) {
          if (data57.length > 2) {
            const err174 = { instancePath: instancePath + "/copy-not-add", schemaPath: "#/properties/copy-not-add/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["copy-not-add"].else, data: data57 };
            if (vErrors === null) {
              vErrors = [err174];
            } else {
              vErrors.push(err174);
            }
            errors++;
          }
          if (data57.length < 1) {
            const err175 = { instancePath: instancePath + "/copy-not-add", schemaPath: "#/properties/copy-not-add/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["copy-not-add"].else, data: data57 };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          }
          const len19 = data57.length;
          if (len19 > 0) {
            let data58 = data57[0];
            if (!(data58 === "off" || data58 === "error" || data58 === "warning" || data58 === "info" || data58 === "style")) {
              const err176 = { instancePath: instancePath + "/copy-not-add/0", schemaPath: "#/properties/copy-not-add/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["copy-not-add"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["copy-not-add"].else.items[0].enum, parentSchema: schema12.properties["copy-not-add"].else.items[0], data: data58 };
              if (vErrors === null) {
                vErrors = [err176];
              } else {
                vErrors.push(err176);
              }
              errors++;
            }
          }
          if (len19 > 1) {
            let data59 = data57[1];
            if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
              for (const key20 in data59) {
                const err177 = { instancePath: instancePath + "/copy-not-add/1", schemaPath: "#/properties/copy-not-add/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["copy-not-add"].else.items[1], data: data59 };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            } else {
              const err178 = { instancePath: instancePath + "/copy-not-add/1", schemaPath: "#/properties/copy-not-add/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["copy-not-add"].else.items[1].type, parentSchema: schema12.properties["copy-not-add"].else.items[1], data: data59 };
              if (vErrors === null) {
                vErrors = [err178];
              } else {
                vErrors.push(err178);
              }
              errors++;
            }
          }
        } else {
          const err179 = { instancePath: instancePath + "/copy-not-add", schemaPath: "#/properties/copy-not-add/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["copy-not-add"].else.type, parentSchema: schema12.properties["copy-not-add"].else, data: data57 };
          if (vErrors === null) {
            vErrors = [err179];
          } else {
            vErrors.push(err179);
          }
          errors++;
        }
        var _valid19 = _errs216 === errors;
        valid39 = _valid19;
        ifClause19 = "else";
      }
      if (!valid39) {
        const err180 = { instancePath: instancePath + "/copy-not-add", schemaPath: "#/properties/copy-not-add/if", keyword: "if", params: { failingKeyword: ifClause19 }, message: 'must match "' + ifClause19 + '" schema', schema: schema12.properties["copy-not-add"].if, parentSchema: schema12.properties["copy-not-add"], data: data57 };
        if (vErrors === null) {
          vErrors = [err180];
        } else {
          vErrors.push(err180);
        }
        errors++;
      }
    }
    if (data["copy-relative-dest"] !== void 0) {
      let data60 = data["copy-relative-dest"];
      const _errs223 = errors;
      let valid41 = true;
      const _errs224 = errors;
      if (typeof data60 !== "string") {
        const err181 = {};
        if (vErrors === null) {
          vErrors = [err181];
        } else {
          vErrors.push(err181);
        }
        errors++;
      }
      var _valid20 = _errs224 === errors;
      errors = _errs223;
      if (vErrors !== null) {
        if (_errs223) {
          vErrors.length = _errs223;
        } else {
          vErrors = null;
        }
      }
      let ifClause20;
      if (_valid20) {
        const _errs226 = errors;
        if (!(data60 === "off" || data60 === "error" || data60 === "warning" || data60 === "info" || data60 === "style")) {
          const err182 = { instancePath: instancePath + "/copy-relative-dest", schemaPath: "#/properties/copy-relative-dest/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["copy-relative-dest"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["copy-relative-dest"].then.enum, parentSchema: schema12.properties["copy-relative-dest"].then, data: data60 };
          if (vErrors === null) {
            vErrors = [err182];
          } else {
            vErrors.push(err182);
          }
          errors++;
        }
        var _valid20 = _errs226 === errors;
        valid41 = _valid20;
        ifClause20 = "then";
      } else {
        const _errs227 = errors;
        if (Array.isArray(data60)) {
          if (data60.length > 2) {
            const err183 = { instancePath: instancePath + "/copy-relative-dest", schemaPath: "#/properties/copy-relative-dest/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["copy-relative-dest"].else, data: data60 };
            if (vErrors === null) {
              vErrors = [err183];
            } else {
              vErrors.push(err183);
            }
            errors++;
          }
          if (data60.length < 1) {
            const err184 = { instancePath: instancePath + "/copy-relative-dest", schemaPath: "#/properties/copy-relative-dest/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["copy-relative-dest"].else, data: data60 };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          }
          const len20 = data60.length;
          if (len20 > 0) {
            let data61 = data60[0];
            if (!(data61 === "off" || data61 === "error" || data61 === "warning" || data61 === "info" || data61 === "style")) {
              const err185 = { instancePath: instancePath + "/copy-relative-dest/0", schemaPath: "#/properties/copy-relative-dest/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["copy-relative-dest"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["copy-relative-dest"].else.items[0].enum, parentSchema: schema12.properties["copy-relative-dest"].else.items[0], data: data61 };
              if (vErrors === null) {
                vErrors = [err185];
              } else {
                vErrors.push(err185);
              }
              errors++;
            }
          }
          if (len20 > 1) {
            let data62 = data60[1];
            if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
              for (const key21 in data62) {
                const err186 = { instancePath: instancePath + "/copy-relative-dest/1", schemaPath: "#/properties/copy-relative-dest/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["copy-relative-dest"].else.items[1], data: data62 };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            } else {
              const err187 = { instancePath: instancePath + "/copy-relative-dest/1", schemaPath: "#/properties/copy-relative-dest/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["copy-relative-dest"].else.items[1].type, parentSchema: schema12.properties["copy-relative-dest"].else.items[1], data: data62 };
              if (vErrors === null) {
                vErrors = [err187];
              } else {
                vErrors.push(err187);
              }
              errors++;
            }
          }
        } else {
          const err188 = { instancePath: instancePath + "/copy-relative-dest", schemaPath: "#/properties/copy-relative-dest/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["copy-relative-dest"].else.type, parentSchema: schema12.properties["copy-relative-dest"].else, data: data60 };
          if (vErrors === null) {
            vErrors = [err188];
          } else {
            vErrors.push(err188);
          }
          errors++;
        }
        var _valid20 = _errs227 === errors;
        valid41 = _valid20;
        ifClause20 = "else";
      }
      if (!valid41) {
        const err189 = { instancePath: instancePath + "/copy-relative-dest", schemaPath: "#/properties/copy-relative-dest/if", keyword: "if", params: { failingKeyword: ifClause20 }, message: 'must match "' + ifClause20 + '" schema', schema: schema12.properties["copy-relative-dest"].if, parentSchema: schema12.properties["copy-relative-dest"], data: data60 };
        if (vErrors === null) {
          vErrors = [err189];
        } else {
          vErrors.push(err189);
        }
        errors++;
      }
    }
    if (data["curl-pipe-shell"] !== void 0) {
      let data63 = data["curl-pipe-shell"];
      const _errs234 = errors;
      let valid43 = true;
      const _errs235 = errors;
      if (typeof data63 !== "string") {
        const err190 = {};
        if (vErrors === null) {
          vErrors = [err190];
        } else {
          vErrors.push(err190);
        }
        errors++;
      }
      var _valid21 = _errs235 === errors;
      errors = _errs234;
      if (vErrors !== null) {
        if (_errs234) {
          vErrors.length = _errs234;
        } else {
          vErrors = null;
        }
      }
      let ifClause21;
      if (_valid21) {
        const _errs237 = errors;
        if (!(data63 === "off" || data63 === "error" || data63 === "warning" || data63 === "info" || data63 === "style")) {
          const err191 = { instancePath: instancePath + "/curl-pipe-shell", schemaPath: "#/properties/curl-pipe-shell/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["curl-pipe-shell"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["curl-pipe-shell"].then.enum, parentSchema: schema12.properties["curl-pipe-shell"].then, data: data63 };
          if (vErrors === null) {
            vErrors = [err191];
          } else {
            vErrors.push(err191);
          }
          errors++;
        }
        var _valid21 = _errs237 === errors;
        valid43 = _valid21;
        ifClause21 = "then";
      } else {
        const _errs238 = errors;
        if (Array.isArray(data63)) {
          if (data63.length > 2) {
            const err192 = { instancePath: instancePath + "/curl-pipe-shell", schemaPath: "#/properties/curl-pipe-shell/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["curl-pipe-shell"].else, data: data63 };
            if (vErrors === null) {
              vErrors = [err192];
            } else {
              vErrors.push(err192);
            }
            errors++;
          }
          if (data63.length < 1) {
            const err193 = { instancePath: instancePath + "/curl-pipe-shell", schemaPath: "#/properties/curl-pipe-shell/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["curl-pipe-shell"].else, data: data63 };
            if (vErrors === null) {
              vErrors = [err193];
            } else {
              vErrors.push(err193);
            }
            errors++;
          }
          const len21 = data63.length;
          if (len21 > 0) {
            let data64 = data63[0];
            if (!(data64 === "off" || data64 === "error" || data64 === "warning" || data64 === "info" || data64 === "style")) {
              const err194 = { instancePath: instancePath + "/curl-pipe-shell/0", schemaPath: "#/properties/curl-pipe-shell/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["curl-pipe-shell"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["curl-pipe-shell"].else.items[0].enum, parentSchema: schema12.properties["curl-pipe-shell"].else.items[0], data: data64 };
              if (vErrors === null) {
                vErrors = [err194];
              } else {
                vErrors.push(err194);
              }
              errors++;
            }
          }
          if (len21 > 1) {
            let data65 = data63[1];
            if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
              for (const key22 in data65) {
                const err195 = { instancePath: instancePath + "/curl-pipe-shell/1", schemaPath: "#/properties/curl-pipe-shell/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["curl-pipe-shell"].else.items[1], data: data65 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            } else {
              const err196 = { instancePath: instancePath + "/curl-pipe-shell/1", schemaPath: "#/properties/curl-pipe-shell/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["curl-pipe-shell"].else.items[1].type, parentSchema: schema12.properties["curl-pipe-shell"].else.items[1], data: data65 };
              if (vErrors === null) {
                vErrors = [err196];
              } else {
                vErrors.push(err196);
              }
              errors++;
            }
          }
        } else {
          const err197 = { instancePath: instancePath + "/curl-pipe-shell", schemaPath: "#/properties/curl-pipe-shell/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["curl-pipe-shell"].else.type, parentSchema: schema12.properties["curl-pipe-shell"].else, data: data63 };
          if (vErrors === null) {
            vErrors = [err197];
          } else {
            vErrors.push(err197);
          }
          errors++;
        }
        var _valid21 = _errs238 === errors;
        valid43 = _valid21;
        ifClause21 = "else";
      }
      if (!valid43) {
        const err198 = { instancePath: instancePath + "/curl-pipe-shell", schemaPath: "#/properties/curl-pipe-shell/if", keyword: "if", params: { failingKeyword: ifClause21 }, message: 'must match "' + ifClause21 + '" schema', schema: schema12.properties["curl-pipe-shell"].if, parentSchema: schema12.properties["curl-pipe-shell"], data: data63 };
        if (vErrors === null) {
          vErrors = [err198];
        } else {
          vErrors.push(err198);
        }
        errors++;
      }
    }
    if (data["dockerignore-missing"] !== void 0) {
      let data66 = data["dockerignore-missing"];
      const _errs245 = errors;
      let valid45 = true;
      const _errs246 = errors;
      if (typeof data66 !== "string") {
        const err199 = {};
        if (vErrors === null) {
          vErrors = [err199];
        } else {
          vErrors.push(err199);
        }
        errors++;
      }
      var _valid22 = _errs246 === errors;
      errors = _errs245;
      if (vErrors !== null) {
        if (_errs245) {
          vErrors.length = _errs245;
        } else {
          vErrors = null;
        }
      }
      let ifClause22;
      if (_valid22) {
        const _errs248 = errors;
        if (!(data66 === "off" || data66 === "error" || data66 === "warning" || data66 === "info" || data66 === "style")) {
          const err200 = { instancePath: instancePath + "/dockerignore-missing", schemaPath: "#/properties/dockerignore-missing/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["dockerignore-missing"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["dockerignore-missing"].then.enum, parentSchema: schema12.properties["dockerignore-missing"].then, data: data66 };
          if (vErrors === null) {
            vErrors = [err200];
          } else {
            vErrors.push(err200);
          }
          errors++;
        }
        var _valid22 = _errs248 === errors;
        valid45 = _valid22;
        ifClause22 = "then";
      } else {
        const _errs249 = errors;
        if (Array.isArray(data66)) {
          if (data66.length > 2) {
            const err201 = { instancePath: instancePath + "/dockerignore-missing", schemaPath: "#/properties/dockerignore-missing/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["dockerignore-missing"].else, data: data66 };
            if (vErrors === null) {
              vErrors = [err201];
            } else {
              vErrors.push(err201);
            }
            errors++;
          }
          if (data66.length < 1) {
            const err202 = { instancePath: instancePath + "/dockerignore-missing", schemaPath: "#/properties/dockerignore-missing/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["dockerignore-missing"].else, data: data66 };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
          const len22 = data66.length;
          if (len22 > 0) {
            let data67 = data66[0];
            if (!(data67 === "off" || data67 === "error" || data67 === "warning" || data67 === "info" || data67 === "style")) {
              const err203 = { instancePath: instancePath + "/dockerignore-missing/0", schemaPath: "#/properties/dockerignore-missing/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["dockerignore-missing"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["dockerignore-missing"].else.items[0].enum, parentSchema: schema12.properties["dockerignore-missing"].else.items[0], data: data67 };
              if (vErrors === null) {
                vErrors = [err203];
              } else {
                vErrors.push(err203);
              }
              errors++;
            }
          }
          if (len22 > 1) {
            let data68 = data66[1];
            if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
              for (const key23 in data68) {
                const err204 = { instancePath: instancePath + "/dockerignore-missing/1", schemaPath: "#/properties/dockerignore-missing/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["dockerignore-missing"].else.items[1], data: data68 };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
            } else {
              const err205 = { instancePath: instancePath + "/dockerignore-missing/1", schemaPath: "#/properties/dockerignore-missing/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["dockerignore-missing"].else.items[1].type, parentSchema: schema12.properties["dockerignore-missing"].else.items[1], data: data68 };
              if (vErrors === null) {
                vErrors = [err205];
              } else {
                vErrors.push(err205);
              }
              errors++;
            }
          }
        } else {
          const err206 = { instancePath: instancePath + "/dockerignore-missing", schemaPath: "#/properties/dockerignore-missing/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["dockerignore-missing"].else.type, parentSchema: schema12.properties["dockerignore-missing"].else, data: data66 };
          if (vErrors === null) {
            vErrors = [err206];
          } else {
            vErrors.push(err206);
          }
          errors++;
        }
        var _valid22 = _errs249 === errors;
        valid45 = _valid22;
        ifClause22 = "else";
      }
      if (!valid45) {
        const err207 = { instancePath: instancePath + "/dockerignore-missing", schemaPath: "#/properties/dockerignore-missing/if", keyword: "if", params: { failingKeyword: ifClause22 }, message: 'must match "' + ifClause22 + '" schema', schema: schema12.properties["dockerignore-missing"].if, parentSchema: schema12.properties["dockerignore-missing"], data: data66 };
        if (vErrors === null) {
          vErrors = [err207];
        } else {
          vErrors.push(err207);
        }
        errors++;
      }
    }
    if (data["empty-continuation"] !== void 0) {
      let data69 = data["empty-continuation"];
      const _errs256 = errors;
      let valid47 = true;
      const _errs257 = errors;
      if (typeof data69 !== "string") {
        const err208 = {};
        if (vErrors === null) {
          vErrors = [err208];
        } else {
          vErrors.push(err208);
        }
        errors++;
      }
      var _valid23 = _errs257 === errors;
      errors = _errs256;
      if (vErrors !== null) {
        if (_errs256) {
          vErrors.length = _errs256;
        } else {
          vErrors = null;
        }
      }
      let ifClause23;
      if (_valid23) {
        const _errs259 = errors;
        if (!(data69 === "off" || data69 === "error" || data69 === "warning" || data69 === "info" || data69 === "style")) {
          const err209 = { instancePath: instancePath + "/empty-continuation", schemaPath: "#/properties/empty-continuation/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["empty-continuation"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["empty-continuation"].then.enum, parentSchema: schema12.properties["empty-continuation"].then, data: data69 };
          if (vErrors === null) {
            vErrors = [err209];
          } else {
            vErrors.push(err209);
          }
          errors++;
        }
        var _valid23 = _errs259 === errors;
        valid47 = _valid23;
        ifClause23 = "then";
      } else {
        const _errs260 = errors;
        if (Array.isArray(data69)) {
          if (data69.length > 2) {
            const err210 = { instancePath: instancePath + "/empty-continuation", schemaPath: "#/properties/empty-continuation/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["empty-continuation"].else, data: data69 };
            if (vErrors === null) {
              vErrors = [err210];
            } else {
              vErrors.push(err210);
            }
            errors++;
          }
          if (data69.length < 1) {
            const err211 = { instancePath: instancePath + "/empty-continuation", schemaPath: "#/properties/empty-continuation/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["empty-continuation"].else, data: data69 };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
          const len23 = data69.length;
          if (len23 > 0) {
            let data70 = data69[0];
            if (!(data70 === "off" || data70 === "error" || data70 === "warning" || data70 === "info" || data70 === "style")) {
              const err212 = { instancePath: instancePath + "/empty-continuation/0", schemaPath: "#/properties/empty-continuation/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["empty-continuation"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["empty-continuation"].else.items[0].enum, parentSchema: schema12.properties["empty-continuation"].else.items[0], data: data70 };
              if (vErrors === null) {
                vErrors = [err212];
              } else {
                vErrors.push(err212);
              }
              errors++;
            }
          }
          if (len23 > 1) {
            let data71 = data69[1];
            if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
              for (const key24 in data71) {
                const err213 = { instancePath: instancePath + "/empty-continuation/1", schemaPath: "#/properties/empty-continuation/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["empty-continuation"].else.items[1], data: data71 };
                if (vErrors === null) {
                  vErrors = [err213];
                } else {
                  vErrors.push(err213);
                }
                errors++;
              }
            } else {
              const err214 = { instancePath: instancePath + "/empty-continuation/1", schemaPath: "#/properties/empty-continuation/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["empty-continuation"].else.items[1].type, parentSchema: schema12.properties["empty-continuation"].else.items[1], data: data71 };
              if (vErrors === null) {
                vErrors = [err214];
              } else {
                vErrors.push(err214);
              }
              errors++;
            }
          }
        } else {
          const err215 = { instancePath: instancePath + "/empty-continuation", schemaPath: "#/properties/empty-continuation/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["empty-continuation"].else.type, parentSchema: schema12.properties["empty-continuation"].else, data: data69 };
          if (vErrors === null) {
            vErrors = [err215];
          } else {
            vErrors.push(err215);
          }
          errors++;
        }
        var _valid23 = _errs260 === errors;
        valid47 = _valid23;
        ifClause23 = "else";
      }
      if (!valid47) {
        const err216 = { instancePath: instancePath + "/empty-continuation", schemaPath: "#/properties/empty-continuation/if", keyword: "if", params: { failingKeyword: ifClause23 }, message: 'must match "' + ifClause23 + '" schema', schema: schema12.properties["empty-continuation"].if, parentSchema: schema12.properties["empty-continuation"], data: data69 };
        if (vErrors === null) {
          vErrors = [err216];
        } else {
          vErrors.push(err216);
        }
        errors++;
      }
    }
    if (data["env-self-reference"] !== void 0) {
      let data72 = data["env-self-reference"];
      const _errs267 = errors;
      let valid49 = true;
      const _errs268 = errors;
      if (typeof data72 !== "string") {
        const err217 = {};
        if (vErrors === null) {
          vErrors = [err217];
        } else {
          vErrors.push(err217);
        }
        errors++;
      }
      var _valid24 = _errs268 === errors;
      errors = _errs267;
      if (vErrors !== null) {
        if (_errs267) {
          vErrors.length = _errs267;
        } else {
          vErrors = null;
        }
      }
      let ifClause24;
      if (_valid24) {
        const _errs270 = errors;
        if (!(data72 === "off" || data72 === "error" || data72 === "warning" || data72 === "info" || data72 === "style")) {
          const err218 = { instancePath: instancePath + "/env-self-reference", schemaPath: "#/properties/env-self-reference/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["env-self-reference"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["env-self-reference"].then.enum, parentSchema: schema12.properties["env-self-reference"].then, data: data72 };
          if (vErrors === null) {
            vErrors = [err218];
          } else {
            vErrors.push(err218);
          }
          errors++;
        }
        var _valid24 = _errs270 === errors;
        valid49 = _valid24;
        ifClause24 = "then";
      } else {
        const _errs271 = errors;
        if (Array.isArray(data72)) {
          if (data72.length > 2) {
            const err219 = { instancePath: instancePath + "/env-self-reference", schemaPath: "#/properties/env-self-reference/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["env-self-reference"].else, data: data72 };
            if (vErrors === null) {
              vErrors = [err219];
            } else {
              vErrors.push(err219);
            }
            errors++;
          }
          if (data72.length < 1) {
            const err220 = { instancePath: instancePath + "/env-self-reference", schemaPath: "#/properties/env-self-reference/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["env-self-reference"].else, data: data72 };
            if (vErrors === null) {
              vErrors = [err220];
            } else {
              vErrors.push(err220);
            }
            errors++;
          }
          const len24 = data72.length;
          if (len24 > 0) {
            let data73 = data72[0];
            if (!(data73 === "off" || data73 === "error" || data73 === "warning" || data73 === "info" || data73 === "style")) {
              const err221 = { instancePath: instancePath + "/env-self-reference/0", schemaPath: "#/properties/env-self-reference/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["env-self-reference"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["env-self-reference"].else.items[0].enum, parentSchema: schema12.properties["env-self-reference"].else.items[0], data: data73 };
              if (vErrors === null) {
                vErrors = [err221];
              } else {
                vErrors.push(err221);
              }
              errors++;
            }
          }
          if (len24 > 1) {
            let data74 = data72[1];
            if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
              for (const key25 in data74) {
                const err222 = { instancePath: instancePath + "/env-self-reference/1", schemaPath: "#/properties/env-self-reference/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["env-self-reference"].else.items[1], data: data74 };
                if (vErrors === null) {
                  vErrors = [err222];
                } else {
                  vErrors.push(err222);
                }
                errors++;
              }
            } else {
              const err223 = { instancePath: instancePath + "/env-self-reference/1", schemaPath: "#/properties/env-self-reference/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["env-self-reference"].else.items[1].type, parentSchema: schema12.properties["env-self-reference"].else.items[1], data: data74 };
              if (vErrors === null) {
                vErrors = [err223];
              } else {
                vErrors.push(err223);
              }
              errors++;
            }
          }
        } else {
          const err224 = { instancePath: instancePath + "/env-self-reference", schemaPath: "#/properties/env-self-reference/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["env-self-reference"].else.type, parentSchema: schema12.properties["env-self-reference"].else, data: data72 };
          if (vErrors === null) {
            vErrors = [err224];
          } else {
            vErrors.push(err224);
          }
          errors++;
        }
        var _valid24 = _errs271 === errors;
        valid49 = _valid24;
        ifClause24 = "else";
      }
      if (!valid49) {
        const err225 = { instancePath: instancePath + "/env-self-reference", schemaPath: "#/properties/env-self-reference/if", keyword: "if", params: { failingKeyword: ifClause24 }, message: 'must match "' + ifClause24 + '" schema', schema: schema12.properties["env-self-reference"].if, parentSchema: schema12.properties["env-self-reference"], data: data72 };
        if (vErrors === null) {
          vErrors = [err225];
        } else {
          vErrors.push(err225);
        }
        errors++;
      }
    }
    if (data["exec-form-cmd"] !== void 0) {
      let data75 = data["exec-form-cmd"];
      const _errs278 = errors;
      let valid51 = true;
      const _errs279 = errors;
      if (typeof data75 !== "string") {
        const err226 = {};
        if (vErrors === null) {
          vErrors = [err226];
        } else {
          vErrors.push(err226);
        }
        errors++;
      }
      var _valid25 = _errs279 === errors;
      errors = _errs278;
      if (vErrors !== null) {
        if (_errs278) {
          vErrors.length = _errs278;
        } else {
          vErrors = null;
        }
      }
      let ifClause25;
      if (_valid25) {
        const _errs281 = errors;
        if (!(data75 === "off" || data75 === "error" || data75 === "warning" || data75 === "info" || data75 === "style")) {
          const err227 = { instancePath: instancePath + "/exec-form-cmd", schemaPath: "#/properties/exec-form-cmd/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["exec-form-cmd"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["exec-form-cmd"].then.enum, parentSchema: schema12.properties["exec-form-cmd"].then, data: data75 };
          if (vErrors === null) {
            vErrors = [err227];
          } else {
            vErrors.push(err227);
          }
          errors++;
        }
        var _valid25 = _errs281 === errors;
        valid51 = _valid25;
        ifClause25 = "then";
      } else {
        const _errs282 = errors;
        if (Array.isArray(data75)) {
          if (data75.length > 2) {
            const err228 = { instancePath: instancePath + "/exec-form-cmd", schemaPath: "#/properties/exec-form-cmd/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["exec-form-cmd"].else, data: data75 };
            if (vErrors === null) {
              vErrors = [err228];
            } else {
              vErrors.push(err228);
            }
            errors++;
          }
          if (data75.length < 1) {
            const err229 = { instancePath: instancePath + "/exec-form-cmd", schemaPath: "#/properties/exec-form-cmd/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["exec-form-cmd"].else, data: data75 };
            if (vErrors === null) {
              vErrors = [err229];
            } else {
              vErrors.push(err229);
            }
            errors++;
          }
          const len25 = data75.length;
          if (len25 > 0) {
            let data76 = data75[0];
            if (!(data76 === "off" || data76 === "error" || data76 === "warning" || data76 === "info" || data76 === "style")) {
              const err230 = { instancePath: instancePath + "/exec-form-cmd/0", schemaPath: "#/properties/exec-form-cmd/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["exec-form-cmd"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["exec-form-cmd"].else.items[0].enum, parentSchema: schema12.properties["exec-form-cmd"].else.items[0], data: data76 };
              if (vErrors === null) {
                vErrors = [err230];
              } else {
                vErrors.push(err230);
              }
              errors++;
            }
          }
          if (len25 > 1) {
            let data77 = data75[1];
            if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
              for (const key26 in data77) {
                const err231 = { instancePath: instancePath + "/exec-form-cmd/1", schemaPath: "#/properties/exec-form-cmd/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["exec-form-cmd"].else.items[1], data: data77 };
                if (vErrors === null) {
                  vErrors = [err231];
                } else {
                  vErrors.push(err231);
                }
                errors++;
              }
            } else {
              const err232 = { instancePath: instancePath + "/exec-form-cmd/1", schemaPath: "#/properties/exec-form-cmd/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["exec-form-cmd"].else.items[1].type, parentSchema: schema12.properties["exec-form-cmd"].else.items[1], data: data77 };
              if (vErrors === null) {
                vErrors = [err232];
              } else {
                vErrors.push(err232);
              }
              errors++;
            }
          }
        } else {
          const err233 = { instancePath: instancePath + "/exec-form-cmd", schemaPath: "#/properties/exec-form-cmd/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["exec-form-cmd"].else.type, parentSchema: schema12.properties["exec-form-cmd"].else, data: data75 };
          if (vErrors === null) {
            vErrors = [err233];
          } else {
            vErrors.push(err233);
          }
          errors++;
        }
        var _valid25 = _errs282 === errors;
        valid51 = _valid25;
        ifClause25 = "else";
      }
      if (!valid51) {
        const err234 = { instancePath: instancePath + "/exec-form-cmd", schemaPath: "#/properties/exec-form-cmd/if", keyword: "if", params: { failingKeyword: ifClause25 }, message: 'must match "' + ifClause25 + '" schema', schema: schema12.properties["exec-form-cmd"].if, parentSchema: schema12.properties["exec-form-cmd"], data: data75 };
        if (vErrors === null) {
          vErrors = [err234];
        } else {
          vErrors.push(err234);
        }
        errors++;
      }
    }
    if (data["expose-present"] !== void 0) {
      let data78 = data["expose-present"];
      const _errs289 = errors;
      let valid53 = true;
      const _errs290 = errors;
      if (typeof data78 !== "string") {
        const err235 = {};
        if (vErrors === null) {
          vErrors = [err235];
        } else {
          vErrors.push(err235);
        }
        errors++;
      }
      var _valid26 = _errs290 === errors;
      errors = _errs289;
      if (vErrors !== null) {
        if (_errs289) {
          vErrors.length = _errs289;
        } else {
          vErrors = null;
        }
      }
      let ifClause26;
      if (_valid26) {
        const _errs292 = errors;
        if (!(data78 === "off" || data78 === "error" || data78 === "warning" || data78 === "info" || data78 === "style")) {
          const err236 = { instancePath: instancePath + "/expose-present", schemaPath: "#/properties/expose-present/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["expose-present"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["expose-present"].then.enum, parentSchema: schema12.properties["expose-present"].then, data: data78 };
          if (vErrors === null) {
            vErrors = [err236];
          } else {
            vErrors.push(err236);
          }
          errors++;
        }
        var _valid26 = _errs292 === errors;
        valid53 = _valid26;
        ifClause26 = "then";
      } else {
        const _errs293 = errors;
        if (Array.isArray(data78)) {
          if (data78.length > 2) {
            const err237 = { instancePath: instancePath + "/expose-present", schemaPath: "#/properties/expose-present/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["expose-present"].else, data: data78 };
            if (vErrors === null) {
              vErrors = [err237];
            } else {
              vErrors.push(err237);
            }
            errors++;
          }
          if (data78.length < 1) {
            const err238 = { instancePath: instancePath + "/expose-present", schemaPath: "#/properties/expose-present/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["expose-present"].else, data: data78 };
            if (vErrors === null) {
              vErrors = [err238];
            } else {
              vErrors.push(err238);
            }
            errors++;
          }
          const len26 = data78.length;
          if (len26 > 0) {
            let data79 = data78[0];
            if (!(data79 === "off" || data79 === "error" || data79 === "warning" || data79 === "info" || data79 === "style")) {
              const err239 = { instancePath: instancePath + "/expose-present/0", schemaPath: "#/properties/expose-present/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["expose-present"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["expose-present"].else.items[0].enum, parentSchema: schema12.properties["expose-present"].else.items[0], data: data79 };
              if (vErrors === null) {
                vErrors = [err239];
              } else {
                vErrors.push(err239);
              }
              errors++;
            }
          }
          if (len26 > 1) {
            let data80 = data78[1];
            if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
              for (const key27 in data80) {
                const err240 = { instancePath: instancePath + "/expose-present/1", schemaPath: "#/properties/expose-present/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["expose-present"].else.items[1], data: data80 };
                if (vErrors === null) {
                  vErrors = [err240];
                } else {
                  vErrors.push(err240);
                }
                errors++;
              }
            } else {
              const err241 = { instancePath: instancePath + "/expose-present/1", schemaPath: "#/properties/expose-present/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["expose-present"].else.items[1].type, parentSchema: schema12.properties["expose-present"].else.items[1], data: data80 };
              if (vErrors === null) {
                vErrors = [err241];
              } else {
                vErrors.push(err241);
              }
              errors++;
            }
          }
        } else {
          const err242 = { instancePath: instancePath + "/expose-present", schemaPath: "#/properties/expose-present/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["expose-present"].else.type, parentSchema: schema12.properties["expose-present"].else, data: data78 };
          if (vErrors === null) {
            vErrors = [err242];
          } else {
            vErrors.push(err242);
          }
          errors++;
        }
        var _valid26 = _errs293 === errors;
        valid53 = _valid26;
        ifClause26 = "else";
      }
      if (!valid53) {
        const err243 = { instancePath: instancePath + "/expose-present", schemaPath: "#/properties/expose-present/if", keyword: "if", params: { failingKeyword: ifClause26 }, message: 'must match "' + ifClause26 + '" schema', schema: schema12.properties["expose-present"].if, parentSchema: schema12.properties["expose-present"], data: data78 };
        if (vErrors === null) {
          vErrors = [err243];
        } else {
          vErrors.push(err243);
        }
        errors++;
      }
    }
    if (data["expose-valid"] !== void 0) {
      let data81 = data["expose-valid"];
      const _errs300 = errors;
      let valid55 = true;
      const _errs301 = errors;
      if (typeof data81 !== "string") {
        const err244 = {};
        if (vErrors === null) {
          vErrors = [err244];
        } else {
          vErrors.push(err244);
        }
        errors++;
      }
      var _valid27 = _errs301 === errors;
      errors = _errs300;
      if (vErrors !== null) {
        if (_errs300) {
          vErrors.length = _errs300;
        } else {
          vErrors = null;
        }
      }
      let ifClause27;
      if (_valid27) {
        const _errs303 = errors;
        if (!(data81 === "off" || data81 === "error" || data81 === "warning" || data81 === "info" || data81 === "style")) {
          const err245 = { instancePath: instancePath + "/expose-valid", schemaPath: "#/properties/expose-valid/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["expose-valid"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["expose-valid"].then.enum, parentSchema: schema12.properties["expose-valid"].then, data: data81 };
          if (vErrors === null) {
            vErrors = [err245];
          } else {
            vErrors.push(err245);
          }
          errors++;
        }
        var _valid27 = _errs303 === errors;
        valid55 = _valid27;
        ifClause27 = "then";
      } else {
        const _errs304 = errors;
        if (Array.isArray(data81)) {
          if (data81.length > 2) {
            const err246 = { instancePath: instancePath + "/expose-valid", schemaPath: "#/properties/expose-valid/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["expose-valid"].else, data: data81 };
            if (vErrors === null) {
              vErrors = [err246];
            } else {
              vErrors.push(err246);
            }
            errors++;
          }
          if (data81.length < 1) {
            const err247 = { instancePath: instancePath + "/expose-valid", schemaPath: "#/properties/expose-valid/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["expose-valid"].else, data: data81 };
            if (vErrors === null) {
              vErrors = [err247];
            } else {
              vErrors.push(err247);
            }
            errors++;
          }
          const len27 = data81.length;
          if (len27 > 0) {
            let data82 = data81[0];
            if (!(data82 === "off" || data82 === "error" || data82 === "warning" || data82 === "info" || data82 === "style")) {
              const err248 = { instancePath: instancePath + "/expose-valid/0", schemaPath: "#/properties/expose-valid/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["expose-valid"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["expose-valid"].else.items[0].enum, parentSchema: schema12.properties["expose-valid"].else.items[0], data: data82 };
              if (vErrors === null) {
                vErrors = [err248];
              } else {
                vErrors.push(err248);
              }
              errors++;
            }
          }
          if (len27 > 1) {
            let data83 = data81[1];
            if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
              for (const key28 in data83) {
                const err249 = { instancePath: instancePath + "/expose-valid/1", schemaPath: "#/properties/expose-valid/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["expose-valid"].else.items[1], data: data83 };
                if (vErrors === null) {
                  vErrors = [err249];
                } else {
                  vErrors.push(err249);
                }
                errors++;
              }
            } else {
              const err250 = { instancePath: instancePath + "/expose-valid/1", schemaPath: "#/properties/expose-valid/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["expose-valid"].else.items[1].type, parentSchema: schema12.properties["expose-valid"].else.items[1], data: data83 };
              if (vErrors === null) {
                vErrors = [err250];
              } else {
                vErrors.push(err250);
              }
              errors++;
            }
          }
        } else {
          const err251 = { instancePath: instancePath + "/expose-valid", schemaPath: "#/properties/expose-valid/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["expose-valid"].else.type, parentSchema: schema12.properties["expose-valid"].else, data: data81 };
          if (vErrors === null) {
            vErrors = [err251];
          } else {
            vErrors.push(err251);
          }
          errors++;
        }
        var _valid27 = _errs304 === errors;
        valid55 = _valid27;
        ifClause27 = "else";
      }
      if (!valid55) {
        const err252 = { instancePath: instancePath + "/expose-valid", schemaPath: "#/properties/expose-valid/if", keyword: "if", params: { failingKeyword: ifClause27 }, message: 'must match "' + ifClause27 + '" schema', schema: schema12.properties["expose-valid"].if, parentSchema: schema12.properties["expose-valid"], data: data81 };
        if (vErrors === null) {
          vErrors = [err252];
        } else {
          vErrors.push(err252);
        }
        errors++;
      }
    }
    if (data["from-first"] !== void 0) {
      let data84 = data["from-first"];
      const _errs311 = errors;
      let valid57 = true;
      const _errs312 = errors;
      if (typeof data84 !== "string") {
        const err253 = {};
        if (vErrors === null) {
          vErrors = [err253];
        } else {
          vErrors.push(err253);
        }
        errors++;
      }
      var _valid28 = _errs312 === errors;
      errors = _errs311;
      if (vErrors !== null) {
        if (_errs311) {
          vErrors.length = _errs311;
        } else {
          vErrors = null;
        }
      }
      let ifClause28;
      if (_valid28) {
        const _errs314 = errors;
        if (!(data84 === "off" || data84 === "error" || data84 === "warning" || data84 === "info" || data84 === "style")) {
          const err254 = { instancePath: instancePath + "/from-first", schemaPath: "#/properties/from-first/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["from-first"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["from-first"].then.enum, parentSchema: schema12.properties["from-first"].then, data: data84 };
          if (vErrors === null) {
            vErrors = [err254];
          } else {
            vErrors.push(err254);
          }
          errors++;
        }
        var _valid28 = _errs314 === errors;
        valid57 = _valid28;
        ifClause28 = "then";
      } else {
        const _errs315 = errors;
        if (Array.isArray(data84)) {
          if (data84.length > 2) {
            const err255 = { instancePath: instancePath + "/from-first", schemaPath: "#/properties/from-first/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["from-first"].else, data: data84 };
            if (vErrors === null) {
              vErrors = [err255];
            } else {
              vErrors.push(err255);
            }
            errors++;
          }
          if (data84.length < 1) {
            const err256 = { instancePath: instancePath + "/from-first", schemaPath: "#/properties/from-first/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["from-first"].else, data: data84 };
            if (vErrors === null) {
              vErrors = [err256];
            } else {
              vErrors.push(err256);
            }
            errors++;
          }
          const len28 = data84.length;
          if (len28 > 0) {
            let data85 = data84[0];
            if (!(data85 === "off" || data85 === "error" || data85 === "warning" || data85 === "info" || data85 === "style")) {
              const err257 = { instancePath: instancePath + "/from-first/0", schemaPath: "#/properties/from-first/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["from-first"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["from-first"].else.items[0].enum, parentSchema: schema12.properties["from-first"].else.items[0], data: data85 };
              if (vErrors === null) {
                vErrors = [err257];
              } else {
                vErrors.push(err257);
              }
              errors++;
            }
          }
          if (len28 > 1) {
            let data86 = data84[1];
            if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
              for (const key29 in data86) {
                const err258 = { instancePath: instancePath + "/from-first/1", schemaPath: "#/properties/from-first/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["from-first"].else.items[1], data: data86 };
                if (vErrors === null) {
                  vErrors = [err258];
                } else {
                  vErrors.push(err258);
                }
                errors++;
              }
            } else {
              const err259 = { instancePath: instancePath + "/from-first/1", schemaPath: "#/properties/from-first/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["from-first"].else.items[1].type, parentSchema: schema12.properties["from-first"].else.items[1], data: data86 };
              if (vErrors === null) {
                vErrors = [err259];
              } else {
                vErrors.push(err259);
              }
              errors++;
            }
          }
        } else {
          const err260 = { instancePath: instancePath + "/from-first", schemaPath: "#/properties/from-first/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["from-first"].else.type, parentSchema: schema12.properties["from-first"].else, data: data84 };
          if (vErrors === null) {
            vErrors = [err260];
          } else {
            vErrors.push(err260);
          }
          errors++;
        }
        var _valid28 = _errs315 === errors;
        valid57 = _valid28;
        ifClause28 = "else";
      }
      if (!valid57) {
        const err261 = { instancePath: instancePath + "/from-first", schemaPath: "#/properties/from-first/if", keyword: "if", params: { failingKeyword: ifClause28 }, message: 'must match "' + ifClause28 + '" schema', schema: schema12.properties["from-first"].if, parentSchema: schema12.properties["from-first"], data: data84 };
        if (vErrors === null) {
          vErrors = [err261];
        } else {
          vErrors.push(err261);
        }
        errors++;
      }
    }
    if (data["gem-pin-versions"] !== void 0) {
      let data87 = data["gem-pin-versions"];
      const _errs322 = errors;
      let valid59 = true;
      const _errs323 = errors;
      if (typeof data87 !== "string") {
        const err262 = {};
        if (vErrors === null) {
          vErrors = [err262];
        } else {
          vErrors.push(err262);
        }
        errors++;
      }
      var _valid29 = _errs323 === errors;
      errors = _errs322;
      if (vErrors !== null) {
        if (_errs322) {
          vErrors.length = _errs322;
        } else {
          vErrors = null;
        }
      }
      let ifClause29;
      if (_valid29) {
        const _errs325 = errors;
        if (!(data87 === "off" || data87 === "error" || data87 === "warning" || data87 === "info" || data87 === "style")) {
          const err263 = { instancePath: instancePath + "/gem-pin-versions", schemaPath: "#/properties/gem-pin-versions/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["gem-pin-versions"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["gem-pin-versions"].then.enum, parentSchema: schema12.properties["gem-pin-versions"].then, data: data87 };
          if (vErrors === null) {
            vErrors = [err263];
          } else {
            vErrors.push(err263);
          }
          errors++;
        }
        var _valid29 = _errs325 === errors;
        valid59 = _valid29;
        ifClause29 = "then";
      } else {
        const _errs326 = errors;
        if (Array.isArray(data87)) {
          if (data87.length > 2) {
            const err264 = { instancePath: instancePath + "/gem-pin-versions", schemaPath: "#/properties/gem-pin-versions/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["gem-pin-versions"].else, data: data87 };
            if (vErrors === null) {
              vErrors = [err264];
            } else {
              vErrors.push(err264);
            }
            errors++;
          }
          if (data87.length < 1) {
            const err265 = { instancePath: instancePath + "/gem-pin-versions", schemaPath: "#/properties/gem-pin-versions/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["gem-pin-versions"].else, data: data87 };
            if (vErrors === null) {
              vErrors = [err265];
            } else {
              vErrors.push(err265);
            }
            errors++;
          }
          const len29 = data87.length;
          if (len29 > 0) {
            let data88 = data87[0];
            if (!(data88 === "off" || data88 === "error" || data88 === "warning" || data88 === "info" || data88 === "style")) {
              const err266 = { instancePath: instancePath + "/gem-pin-versions/0", schemaPath: "#/properties/gem-pin-versions/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["gem-pin-versions"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["gem-pin-versions"].else.items[0].enum, parentSchema: schema12.properties["gem-pin-versions"].else.items[0], data: data88 };
              if (vErrors === null) {
                vErrors = [err266];
              } else {
                vErrors.push(err266);
              }
              errors++;
            }
          }
          if (len29 > 1) {
            let data89 = data87[1];
            if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
              for (const key30 in data89) {
                const err267 = { instancePath: instancePath + "/gem-pin-versions/1", schemaPath: "#/properties/gem-pin-versions/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["gem-pin-versions"].else.items[1], data: data89 };
                if (vErrors === null) {
                  vErrors = [err267];
                } else {
                  vErrors.push(err267);
                }
                errors++;
              }
            } else {
              const err268 = { instancePath: instancePath + "/gem-pin-versions/1", schemaPath: "#/properties/gem-pin-versions/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["gem-pin-versions"].else.items[1].type, parentSchema: schema12.properties["gem-pin-versions"].else.items[1], data: data89 };
              if (vErrors === null) {
                vErrors = [err268];
              } else {
                vErrors.push(err268);
              }
              errors++;
            }
          }
        } else {
          const err269 = { instancePath: instancePath + "/gem-pin-versions", schemaPath: "#/properties/gem-pin-versions/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["gem-pin-versions"].else.type, parentSchema: schema12.properties["gem-pin-versions"].else, data: data87 };
          if (vErrors === null) {
            vErrors = [err269];
          } else {
            vErrors.push(err269);
          }
          errors++;
        }
        var _valid29 = _errs326 === errors;
        valid59 = _valid29;
        ifClause29 = "else";
      }
      if (!valid59) {
        const err270 = { instancePath: instancePath + "/gem-pin-versions", schemaPath: "#/properties/gem-pin-versions/if", keyword: "if", params: { failingKeyword: ifClause29 }, message: 'must match "' + ifClause29 + '" schema', schema: schema12.properties["gem-pin-versions"].if, parentSchema: schema12.properties["gem-pin-versions"], data: data87 };
        if (vErrors === null) {
          vErrors = [err270];
        } else {
          vErrors.push(err270);
        }
        errors++;
      }
    }
    if (data["go-pin-versions"] !== void 0) {
      let data90 = data["go-pin-versions"];
      const _errs333 = errors;
      let valid61 = true;
      const _errs334 = errors;
      if (typeof data90 !== "string") {
        const err271 = {};
        if (vErrors === null) {
          vErrors = [err271];
        } else {
          vErrors.push(err271);
        }
        errors++;
      }
      var _valid30 = _errs334 === errors;
      errors = _errs333;
      if (vErrors !== null) {
        if (_errs333) {
          vErrors.length = _errs333;
        } else {
          vErrors = null;
        }
      }
      let ifClause30;
      if (_valid30) {
        const _errs336 = errors;
        if (!(data90 === "off" || data90 === "error" || data90 === "warning" || data90 === "info" || data90 === "style")) {
          const err272 = { instancePath: instancePath + "/go-pin-versions", schemaPath: "#/properties/go-pin-versions/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["go-pin-versions"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["go-pin-versions"].then.enum, parentSchema: schema12.properties["go-pin-versions"].then, data: data90 };
          if (vErrors === null) {
            vErrors = [err272];
          } else {
            vErrors.push(err272);
          }
          errors++;
        }
        var _valid30 = _errs336 === errors;
        valid61 = _valid30;
        ifClause30 = "then";
      } else {
        const _errs337 = errors;
        if (Array.isArray(data90)) {
          if (data90.length > 2) {
            const err273 = { instancePath: instancePath + "/go-pin-versions", schemaPath: "#/properties/go-pin-versions/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["go-pin-versions"].else, data: data90 };
            if (vErrors === null) {
              vErrors = [err273];
            } else {
              vErrors.push(err273);
            }
            errors++;
          }
          if (data90.length < 1) {
            const err274 = { instancePath: instancePath + "/go-pin-versions", schemaPath: "#/properties/go-pin-versions/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["go-pin-versions"].else, data: data90 };
            if (vErrors === null) {
              vErrors = [err274];
            } else {
              vErrors.push(err274);
            }
            errors++;
          }
          const len30 = data90.length;
          if (len30 > 0) {
            let data91 = data90[0];
            if (!(data91 === "off" || data91 === "error" || data91 === "warning" || data91 === "info" || data91 === "style")) {
              const err275 = { instancePath: instancePath + "/go-pin-versions/0", schemaPath: "#/properties/go-pin-versions/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["go-pin-versions"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["go-pin-versions"].else.items[0].enum, parentSchema: schema12.properties["go-pin-versions"].else.items[0], data: data91 };
              if (vErrors === null) {
                vErrors = [err275];
              } else {
                vErrors.push(err275);
              }
              errors++;
            }
          }
          if (len30 > 1) {
            let data92 = data90[1];
            if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
              for (const key31 in data92) {
                const err276 = { instancePath: instancePath + "/go-pin-versions/1", schemaPath: "#/properties/go-pin-versions/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["go-pin-versions"].else.items[1], data: data92 };
                if (vErrors === null) {
                  vErrors = [err276];
                } else {
                  vErrors.push(err276);
                }
                errors++;
              }
            } else {
              const err277 = { instancePath: instancePath + "/go-pin-versions/1", schemaPath: "#/properties/go-pin-versions/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["go-pin-versions"].else.items[1].type, parentSchema: schema12.properties["go-pin-versions"].else.items[1], data: data92 };
              if (vErrors === null) {
                vErrors = [err277];
              } else {
                vErrors.push(err277);
              }
              errors++;
            }
          }
        } else {
          const err278 = { instancePath: instancePath + "/go-pin-versions", schemaPath: "#/properties/go-pin-versions/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["go-pin-versions"].else.type, parentSchema: schema12.properties["go-pin-versions"].else, data: data90 };
          if (vErrors === null) {
            vErrors = [err278];
          } else {
            vErrors.push(err278);
          }
          errors++;
        }
        var _valid30 = _errs337 === errors;
        valid61 = _valid30;
        ifClause30 = "else";
      }
      if (!valid61) {
        const err279 = { instancePath: instancePath + "/go-pin-versions", schemaPath: "#/properties/go-pin-versions/if", keyword: "if", params: { failingKeyword: ifClause30 }, message: 'must match "' + ifClause30 + '" schema', schema: schema12.properties["go-pin-versions"].if, parentSchema: schema12.properties["go-pin-versions"], data: data90 };
        if (vErrors === null) {
          vErrors = [err279];
        } else {
          vErrors.push(err279);
        }
        errors++;
      }
    }
    if (data["gpu-base-tag"] !== void 0) {
      let data93 = data["gpu-base-tag"];
      const _errs344 = errors;
      let valid63 = true;
      const _errs345 = errors;
      if (typeof data93 !== "string") {
        const err280 = {};
        if (vErrors === null) {
          vErrors = [err280];
        } else {
          vErrors.push(err280);
        }
        errors++;
      }
      var _valid31 = _errs345 === errors;
      errors = _errs344;
      if (vErrors !== null) {
        if (_errs344) {
          vErrors.length = _errs344;
        } else {
          vErrors = null;
        }
      }
      let ifClause31;
      if (_valid31) {
        const _errs347 = errors;
        if (!(data93 === "off" || data93 === "error" || data93 === "warning" || data93 === "info" || data93 === "style")) {
          const err281 = { instancePath: instancePath + "/gpu-base-tag", schemaPath: "#/properties/gpu-base-tag/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["gpu-base-tag"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["gpu-base-tag"].then.enum, parentSchema: schema12.properties["gpu-base-tag"].then, data: data93 };
          if (vErrors === null) {
            vErrors = [err281];
          } else {
            vErrors.push(err281);
          }
          errors++;
        }
        var _valid31 = _errs347 === errors;
        valid63 = _valid31;
        ifClause31 = "then";
      } else {
        const _errs348 = errors;
        if (Array.isArray(data93)) {
          if (data93.length > 2) {
            const err282 = { instancePath: instancePath + "/gpu-base-tag", schemaPath: "#/properties/gpu-base-tag/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["gpu-base-tag"].else, data: data93 };
            if (vErrors === null) {
              vErrors = [err282];
            } else {
              vErrors.push(err282);
            }
            errors++;
          }
          if (data93.length < 1) {
            const err283 = { instancePath: instancePath + "/gpu-base-tag", schemaPath: "#/properties/gpu-base-tag/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["gpu-base-tag"].else, data: data93 };
            if (vErrors === null) {
              vErrors = [err283];
            } else {
              vErrors.push(err283);
            }
            errors++;
          }
          const len31 = data93.length;
          if (len31 > 0) {
            let data94 = data93[0];
            if (!(data94 === "off" || data94 === "error" || data94 === "warning" || data94 === "info" || data94 === "style")) {
              const err284 = { instancePath: instancePath + "/gpu-base-tag/0", schemaPath: "#/properties/gpu-base-tag/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["gpu-base-tag"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["gpu-base-tag"].else.items[0].enum, parentSchema: schema12.properties["gpu-base-tag"].else.items[0], data: data94 };
              if (vErrors === null) {
                vErrors = [err284];
              } else {
                vErrors.push(err284);
              }
              errors++;
            }
          }
          if (len31 > 1) {
            let data95 = data93[1];
            if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
              for (const key32 in data95) {
                const err285 = { instancePath: instancePath + "/gpu-base-tag/1", schemaPath: "#/properties/gpu-base-tag/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["gpu-base-tag"].else.items[1], data: data95 };
                if (vErrors === null) {
                  vErrors = [err285];
                } else {
                  vErrors.push(err285);
                }
                errors++;
              }
            } else {
              const err286 = { instancePath: instancePath + "/gpu-base-tag/1", schemaPath: "#/properties/gpu-base-tag/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["gpu-base-tag"].else.items[1].type, parentSchema: schema12.properties["gpu-base-tag"].else.items[1], data: data95 };
              if (vErrors === null) {
                vErrors = [err286];
              } else {
                vErrors.push(err286);
              }
              errors++;
            }
          }
        } else {
          const err287 = { instancePath: instancePath + "/gpu-base-tag", schemaPath: "#/properties/gpu-base-tag/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["gpu-base-tag"].else.type, parentSchema: schema12.properties["gpu-base-tag"].else, data: data93 };
          if (vErrors === null) {
            vErrors = [err287];
          } else {
            vErrors.push(err287);
          }
          errors++;
        }
        var _valid31 = _errs348 === errors;
        valid63 = _valid31;
        ifClause31 = "else";
      }
      if (!valid63) {
        const err288 = { instancePath: instancePath + "/gpu-base-tag", schemaPath: "#/properties/gpu-base-tag/if", keyword: "if", params: { failingKeyword: ifClause31 }, message: 'must match "' + ifClause31 + '" schema', schema: schema12.properties["gpu-base-tag"].if, parentSchema: schema12.properties["gpu-base-tag"], data: data93 };
        if (vErrors === null) {
          vErrors = [err288];
        } else {
          vErrors.push(err288);
        }
        errors++;
      }
    }
    if (data["gpu-devel-final-stage"] !== void 0) {
      let data96 = data["gpu-devel-final-stage"];
      const _errs355 = errors;
      let valid65 = true;
      const _errs356 = errors;
      if (typeof data96 !== "string") {
        const err289 = {};
        if (vErrors === null) {
          vErrors = [err289];
        } else {
          vErrors.push(err289);
        }
        errors++;
      }
      var _valid32 = _errs356 === errors;
      errors = _errs355;
      if (vErrors !== null) {
        if (_errs355) {
          vErrors.length = _errs355;
        } else {
          vErrors = null;
        }
      }
      let ifClause32;
      if (_valid32) {
        const _errs358 = errors;
        if (!(data96 === "off" || data96 === "error" || data96 === "warning" || data96 === "info" || data96 === "style")) {
          const err290 = { instancePath: instancePath + "/gpu-devel-final-stage", schemaPath: "#/properties/gpu-devel-final-stage/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["gpu-devel-final-stage"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["gpu-devel-final-stage"].then.enum, parentSchema: schema12.properties["gpu-devel-final-stage"].then, data: data96 };
          if (vErrors === null) {
            vErrors = [err290];
          } else {
            vErrors.push(err290);
          }
          errors++;
        }
        var _valid32 = _errs358 === errors;
        valid65 = _valid32;
        ifClause32 = "then";
      } else {
        const _errs359 = errors;
        if (Array.isArray(data96)) {
          if (data96.length > 2) {
            const err291 = { instancePath: instancePath + "/gpu-devel-final-stage", schemaPath: "#/properties/gpu-devel-final-stage/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["gpu-devel-final-stage"].else, data: data96 };
            if (vErrors === null) {
              vErrors = [err291];
            } else {
              vErrors.push(err291);
            }
            errors++;
          }
          if (data96.length < 1) {
            const err292 = { instancePath: instancePath + "/gpu-devel-final-stage", schemaPath: "#/properties/gpu-devel-final-stage/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["gpu-devel-final-stage"].else, data: data96 };
            if (vErrors === null) {
              vErrors = [err292];
            } else {
              vErrors.push(err292);
            }
            errors++;
          }
          const len32 = data96.length;
          if (len32 > 0) {
            let data97 = data96[0];
            if (!(data97 === "off" || data97 === "error" || data97 === "warning" || data97 === "info" || data97 === "style")) {
              const err293 = { instancePath: instancePath + "/gpu-devel-final-stage/0", schemaPath: "#/properties/gpu-devel-final-stage/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["gpu-devel-final-stage"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["gpu-devel-final-stage"].else.items[0].enum, parentSchema: schema12.properties["gpu-devel-final-stage"].else.items[0], data: data97 };
              if (vErrors === null) {
                vErrors = [err293];
              } else {
                vErrors.push(err293);
              }
              errors++;
            }
          }
          if (len32 > 1) {
            let data98 = data96[1];
            if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
              for (const key33 in data98) {
                const err294 = { instancePath: instancePath + "/gpu-devel-final-stage/1", schemaPath: "#/properties/gpu-devel-final-stage/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["gpu-devel-final-stage"].else.items[1], data: data98 };
                if (vErrors === null) {
                  vErrors = [err294];
                } else {
                  vErrors.push(err294);
                }
                errors++;
              }
            } else {
              const err295 = { instancePath: instancePath + "/gpu-devel-final-stage/1", schemaPath: "#/properties/gpu-devel-final-stage/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["gpu-devel-final-stage"].else.items[1].type, parentSchema: schema12.properties["gpu-devel-final-stage"].else.items[1], data: data98 };
              if (vErrors === null) {
                vErrors = [err295];
              } else {
                vErrors.push(err295);
              }
              errors++;
            }
          }
        } else {
          const err296 = { instancePath: instancePath + "/gpu-devel-final-stage", schemaPath: "#/properties/gpu-devel-final-stage/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["gpu-devel-final-stage"].else.type, parentSchema: schema12.properties["gpu-devel-final-stage"].else, data: data96 };
          if (vErrors === null) {
            vErrors = [err296];
          } else {
            vErrors.push(err296);
          }
          errors++;
        }
        var _valid32 = _errs359 === errors;
        valid65 = _valid32;
        ifClause32 = "else";
      }
      if (!valid65) {
        const err297 = { instancePath: instancePath + "/gpu-devel-final-stage", schemaPath: "#/properties/gpu-devel-final-stage/if", keyword: "if", params: { failingKeyword: ifClause32 }, message: 'must match "' + ifClause32 + '" schema', schema: schema12.properties["gpu-devel-final-stage"].if, parentSchema: schema12.properties["gpu-devel-final-stage"], data: data96 };
        if (vErrors === null) {
          vErrors = [err297];
        } else {
          vErrors.push(err297);
        }
        errors++;
      }
    }
    if (data["healthcheck-present"] !== void 0) {
      let data99 = data["healthcheck-present"];
      const _errs366 = errors;
      let valid67 = true;
      const _errs367 = errors;
      if (typeof data99 !== "string") {
        const err298 = {};
        if (vErrors === null) {
          vErrors = [err298];
        } else {
          vErrors.push(err298);
        }
        errors++;
      }
      var _valid33 = _errs367 === errors;
      errors = _errs366;
      if (vErrors !== null) {
        if (_errs366) {
          vErrors.length = _errs366;
        } else {
          vErrors = null;
        }
      }
      let ifClause33;
      if (_valid33) {
        const _errs369 = errors;
        if (!(data99 === "off" || data99 === "error" || data99 === "warning" || data99 === "info" || data99 === "style")) {
          const err299 = { instancePath: instancePath + "/healthcheck-present", schemaPath: "#/properties/healthcheck-present/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["healthcheck-present"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["healthcheck-present"].then.enum, parentSchema: schema12.properties["healthcheck-present"].then, data: data99 };
          if (vErrors === null) {
            vErrors = [err299];
          } else {
            vErrors.push(err299);
          }
          errors++;
        }
        var _valid33 = _errs369 === errors;
        valid67 = _valid33;
        ifClause33 = "then";
      } else {
        const _errs370 = errors;
        if (Array.isArray(data99)) {
          if (data99.length > 2) {
            const err300 = { instancePath: instancePath + "/healthcheck-present", schemaPath: "#/properties/healthcheck-present/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["healthcheck-present"].else, data: data99 };
            if (vErrors === null) {
              vErrors = [err300];
            } else {
              vErrors.push(err300);
            }
            errors++;
          }
          if (data99.length < 1) {
            const err301 = { instancePath: instancePath + "/healthcheck-present", schemaPath: "#/properties/healthcheck-present/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["healthcheck-present"].else, data: data99 };
            if (vErrors === null) {
              vErrors = [err301];
            } else {
              vErrors.push(err301);
            }
            errors++;
          }
          const len33 = data99.length;
          if (len33 > 0) {
            let data100 = data99[0];
            if (!(data100 === "off" || data100 === "error" || data100 === "warning" || data100 === "info" || data100 === "style")) {
              const err302 = { instancePath: instancePath + "/healthcheck-present/0", schemaPath: "#/properties/healthcheck-present/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["healthcheck-present"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["healthcheck-present"].else.items[0].enum, parentSchema: schema12.properties["healthcheck-present"].else.items[0], data: data100 };
              if (vErrors === null) {
                vErrors = [err302];
              } else {
                vErrors.push(err302);
              }
              errors++;
            }
          }
          if (len33 > 1) {
            let data101 = data99[1];
            if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
              for (const key34 in data101) {
                const err303 = { instancePath: instancePath + "/healthcheck-present/1", schemaPath: "#/properties/healthcheck-present/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["healthcheck-present"].else.items[1], data: data101 };
                if (vErrors === null) {
                  vErrors = [err303];
                } else {
                  vErrors.push(err303);
                }
                errors++;
              }
            } else {
              const err304 = { instancePath: instancePath + "/healthcheck-present/1", schemaPath: "#/properties/healthcheck-present/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["healthcheck-present"].else.items[1].type, parentSchema: schema12.properties["healthcheck-present"].else.items[1], data: data101 };
              if (vErrors === null) {
                vErrors = [err304];
              } else {
                vErrors.push(err304);
              }
              errors++;
            }
          }
        } else {
          const err305 = { instancePath: instancePath + "/healthcheck-present", schemaPath: "#/properties/healthcheck-present/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["healthcheck-present"].else.type, parentSchema: schema12.properties["healthcheck-present"].else, data: data99 };
          if (vErrors === null) {
            vErrors = [err305];
          } else {
            vErrors.push(err305);
          }
          errors++;
        }
        var _valid33 = _errs370 === errors;
        valid67 = _valid33;
        ifClause33 = "else";
      }
      if (!valid67) {
        const err306 = { instancePath: instancePath + "/healthcheck-present", schemaPath: "#/properties/healthcheck-present/if", keyword: "if", params: { failingKeyword: ifClause33 }, message: 'must match "' + ifClause33 + '" schema', schema: schema12.properties["healthcheck-present"].if, parentSchema: schema12.properties["healthcheck-present"], data: data99 };
        if (vErrors === null) {
          vErrors = [err306];
        } else {
          vErrors.push(err306);
        }
        errors++;
      }
    }
    if (data["instruction-casing"] !== void 0) {
      let data102 = data["instruction-casing"];
      const _errs377 = errors;
      let valid69 = true;
      const _errs378 = errors;
      if (typeof data102 !== "string") {
        const err307 = {};
        if (vErrors === null) {
          vErrors = [err307];
        } else {
          vErrors.push(err307);
        }
        errors++;
      }
      var _valid34 = _errs378 === errors;
      errors = _errs377;
      if (vErrors !== null) {
        if (_errs377) {
          vErrors.length = _errs377;
        } else {
          vErrors = null;
        }
      }
      let ifClause34;
      if (_valid34) {
        const _errs380 = errors;
        if (!(data102 === "off" || data102 === "error" || data102 === "warning" || data102 === "info" || data102 === "style")) {
          const err308 = { instancePath: instancePath + "/instruction-casing", schemaPath: "#/properties/instruction-casing/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["instruction-casing"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["instruction-casing"].then.enum, parentSchema: schema12.properties["instruction-casing"].then, data: data102 };
          if (vErrors === null) {
            vErrors = [err308];
          } else {
            vErrors.push(err308);
          }
          errors++;
        }
        var _valid34 = _errs380 === errors;
        valid69 = _valid34;
        ifClause34 = "then";
      } else {
        const _errs381 = errors;
        if (Array.isArray(data102)) {
          if (data102.length > 2) {
            const err309 = { instancePath: instancePath + "/instruction-casing", schemaPath: "#/properties/instruction-casing/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["instruction-casing"].else, data: data102 };
            if (vErrors === null) {
              vErrors = [err309];
            } else {
              vErrors.push(err309);
            }
            errors++;
          }
          if (data102.length < 1) {
            const err310 = { instancePath: instancePath + "/instruction-casing", schemaPath: "#/properties/instruction-casing/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["instruction-casing"].else, data: data102 };
            if (vErrors === null) {
              vErrors = [err310];
            } else {
              vErrors.push(err310);
            }
            errors++;
          }
          const len34 = data102.length;
          if (len34 > 0) {
            let data103 = data102[0];
            if (!(data103 === "off" || data103 === "error" || data103 === "warning" || data103 === "info" || data103 === "style")) {
              const err311 = { instancePath: instancePath + "/instruction-casing/0", schemaPath: "#/properties/instruction-casing/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["instruction-casing"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["instruction-casing"].else.items[0].enum, parentSchema: schema12.properties["instruction-casing"].else.items[0], data: data103 };
              if (vErrors === null) {
                vErrors = [err311];
              } else {
                vErrors.push(err311);
              }
              errors++;
            }
          }
          if (len34 > 1) {
            let data104 = data102[1];
            if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
              for (const key35 in data104) {
                const err312 = { instancePath: instancePath + "/instruction-casing/1", schemaPath: "#/properties/instruction-casing/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["instruction-casing"].else.items[1], data: data104 };
                if (vErrors === null) {
                  vErrors = [err312];
                } else {
                  vErrors.push(err312);
                }
                errors++;
              }
            } else {
              const err313 = { instancePath: instancePath + "/instruction-casing/1", schemaPath: "#/properties/instruction-casing/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["instruction-casing"].else.items[1].type, parentSchema: schema12.properties["instruction-casing"].else.items[1], data: data104 };
              if (vErrors === null) {
                vErrors = [err313];
              } else {
                vErrors.push(err313);
              }
              errors++;
            }
          }
        } else {
          const err314 = { instancePath: instancePath + "/instruction-casing", schemaPath: "#/properties/instruction-casing/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["instruction-casing"].else.type, parentSchema: schema12.properties["instruction-casing"].else, data: data102 };
          if (vErrors === null) {
            vErrors = [err314];
          } else {
            vErrors.push(err314);
          }
          errors++;
        }
        var _valid34 = _errs381 === errors;
        valid69 = _valid34;
        ifClause34 = "else";
      }
      if (!valid69) {
        const err315 = { instancePath: instancePath + "/instruction-casing", schemaPath: "#/properties/instruction-casing/if", keyword: "if", params: { failingKeyword: ifClause34 }, message: 'must match "' + ifClause34 + '" schema', schema: schema12.properties["instruction-casing"].if, parentSchema: schema12.properties["instruction-casing"], data: data102 };
        if (vErrors === null) {
          vErrors = [err315];
        } else {
          vErrors.push(err315);
        }
        errors++;
      }
    }
    if (data["invalid-json-form"] !== void 0) {
      let data105 = data["invalid-json-form"];
      const _errs388 = errors;
      let valid71 = true;
      const _errs389 = errors;
      if (typeof data105 !== "string") {
        const err316 = {};
        if (vErrors === null) {
          vErrors = [err316];
        } else {
          vErrors.push(err316);
        }
        errors++;
      }
      var _valid35 = _errs389 === errors;
      errors = _errs388;
      if (vErrors !== null) {
        if (_errs388) {
          vErrors.length = _errs388;
        } else {
          vErrors = null;
        }
      }
      let ifClause35;
      if (_valid35) {
        const _errs391 = errors;
        if (!(data105 === "off" || data105 === "error" || data105 === "warning" || data105 === "info" || data105 === "style")) {
          const err317 = { instancePath: instancePath + "/invalid-json-form", schemaPath: "#/properties/invalid-json-form/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["invalid-json-form"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["invalid-json-form"].then.enum, parentSchema: schema12.properties["invalid-json-form"].then, data: data105 };
          if (vErrors === null) {
            vErrors = [err317];
          } else {
            vErrors.push(err317);
          }
          errors++;
        }
        var _valid35 = _errs391 === errors;
        valid71 = _valid35;
        ifClause35 = "then";
      } else {
        const _errs392 = errors;
        if (Array.isArray(data105)) {
          if (data105.length > 2) {
            const err318 = { instancePath: instancePath + "/invalid-json-form", schemaPath: "#/properties/invalid-json-form/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["invalid-json-form"].else, data: data105 };
            if (vErrors === null) {
              vErrors = [err318];
            } else {
              vErrors.push(err318);
            }
            errors++;
          }
          if (data105.length < 1) {
            const err319 = { instancePath: instancePath + "/invalid-json-form", schemaPath: "#/properties/invalid-json-form/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["invalid-json-form"].else, data: data105 };
            if (vErrors === null) {
              vErrors = [err319];
            } else {
              vErrors.push(err319);
            }
            errors++;
          }
          const len35 = data105.length;
          if (len35 > 0) {
            let data106 = data105[0];
            if (!(data106 === "off" || data106 === "error" || data106 === "warning" || data106 === "info" || data106 === "style")) {
              const err320 = { instancePath: instancePath + "/invalid-json-form/0", schemaPath: "#/properties/invalid-json-form/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["invalid-json-form"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["invalid-json-form"].else.items[0].enum, parentSchema: schema12.properties["invalid-json-form"].else.items[0], data: data106 };
              if (vErrors === null) {
                vErrors = [err320];
              } else {
                vErrors.push(err320);
              }
              errors++;
            }
          }
          if (len35 > 1) {
            let data107 = data105[1];
            if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
              for (const key36 in data107) {
                const err321 = { instancePath: instancePath + "/invalid-json-form/1", schemaPath: "#/properties/invalid-json-form/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["invalid-json-form"].else.items[1], data: data107 };
                if (vErrors === null) {
                  vErrors = [err321];
                } else {
                  vErrors.push(err321);
                }
                errors++;
              }
            } else {
              const err322 = { instancePath: instancePath + "/invalid-json-form/1", schemaPath: "#/properties/invalid-json-form/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["invalid-json-form"].else.items[1].type, parentSchema: schema12.properties["invalid-json-form"].else.items[1], data: data107 };
              if (vErrors === null) {
                vErrors = [err322];
              } else {
                vErrors.push(err322);
              }
              errors++;
            }
          }
        } else {
          const err323 = { instancePath: instancePath + "/invalid-json-form", schemaPath: "#/properties/invalid-json-form/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["invalid-json-form"].else.type, parentSchema: schema12.properties["invalid-json-form"].else, data: data105 };
          if (vErrors === null) {
            vErrors = [err323];
          } else {
            vErrors.push(err323);
          }
          errors++;
        }
        var _valid35 = _errs392 === errors;
        valid71 = _valid35;
        ifClause35 = "else";
      }
      if (!valid71) {
        const err324 = { instancePath: instancePath + "/invalid-json-form", schemaPath: "#/properties/invalid-json-form/if", keyword: "if", params: { failingKeyword: ifClause35 }, message: 'must match "' + ifClause35 + '" schema', schema: schema12.properties["invalid-json-form"].if, parentSchema: schema12.properties["invalid-json-form"], data: data105 };
        if (vErrors === null) {
          vErrors = [err324];
        } else {
          vErrors.push(err324);
        }
        errors++;
      }
    }
    if (data["label-schema"] !== void 0) {
      let data108 = data["label-schema"];
      const _errs399 = errors;
      let valid73 = true;
      const _errs400 = errors;
      if (typeof data108 !== "string") {
        const err325 = {};
        if (vErrors === null) {
          vErrors = [err325];
        } else {
          vErrors.push(err325);
        }
        errors++;
      }
      var _valid36 = _errs400 === errors;
      errors = _errs399;
      if (vErrors !== null) {
        if (_errs399) {
          vErrors.length = _errs399;
        } else {
          vErrors = null;
        }
      }
      let ifClause36;
      if (_valid36) {
        const _errs402 = errors;
        if (!(data108 === "off" || data108 === "error" || data108 === "warning" || data108 === "info" || data108 === "style")) {
          const err326 = { instancePath: instancePath + "/label-schema", schemaPath: "#/properties/label-schema/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["label-schema"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["label-schema"].then.enum, parentSchema: schema12.properties["label-schema"].then, data: data108 };
          if (vErrors === null) {
            vErrors = [err326];
          } else {
            vErrors.push(err326);
          }
          errors++;
        }
        var _valid36 = _errs402 === errors;
        valid73 = _valid36;
        ifClause36 = "then";
      } else {
        const _errs403 = errors;
        if (Array.isArray(data108)) {
          if (data108.length > 2) {
            const err327 = { instancePath: instancePath + "/label-schema", schemaPath: "#/properties/label-schema/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["label-schema"].else, data: data108 };
            if (vErrors === null) {
              vErrors = [err327];
            } else {
              vErrors.push(err327);
            }
            errors++;
          }
          if (data108.length < 1) {
            const err328 = { instancePath: instancePath + "/label-schema", schemaPath: "#/properties/label-schema/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["label-schema"].else, data: data108 };
            if (vErrors === null) {
              vErrors = [err328];
            } else {
              vErrors.push(err328);
            }
            errors++;
          }
          const len36 = data108.length;
          if (len36 > 0) {
            let data109 = data108[0];
            if (!(data109 === "off" || data109 === "error" || data109 === "warning" || data109 === "info" || data109 === "style")) {
              const err329 = { instancePath: instancePath + "/label-schema/0", schemaPath: "#/properties/label-schema/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["label-schema"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["label-schema"].else.items[0].enum, parentSchema: schema12.properties["label-schema"].else.items[0], data: data109 };
              if (vErrors === null) {
                vErrors = [err329];
              } else {
                vErrors.push(err329);
              }
              errors++;
            }
          }
          if (len36 > 1) {
            let data110 = data108[1];
            if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
              for (const key37 in data110) {
                if (!(key37 === "required" || key37 === "strict")) {
                  const err330 = { instancePath: instancePath + "/label-schema/1", schemaPath: "#/properties/label-schema/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["label-schema"].else.items[1], data: data110 };
                  if (vErrors === null) {
                    vErrors = [err330];
                  } else {
                    vErrors.push(err330);
                  }
                  errors++;
                }
              }
              if (data110.required !== void 0) {
                let data111 = data110.required;
                if (Array.isArray(data111)) {
                  const len37 = data111.length;
                  for (let i0 = 0; i0 < len37; i0++) {
                    let data112 = data111[i0];
                    if (typeof data112 !== "string") {
                      const err331 = { instancePath: instancePath + "/label-schema/1/required/" + i0, schemaPath: "#/properties/label-schema/else/items/1/properties/required/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties["label-schema"].else.items[1].properties.required.items.type, parentSchema: schema12.properties["label-schema"].else.items[1].properties.required.items, data: data112 };
                      if (vErrors === null) {
                        vErrors = [err331];
                      } else {
                        vErrors.push(err331);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err332 = { instancePath: instancePath + "/label-schema/1/required", schemaPath: "#/properties/label-schema/else/items/1/properties/required/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["label-schema"].else.items[1].properties.required.type, parentSchema: schema12.properties["label-schema"].else.items[1].properties.required, data: data111 };
                  if (vErrors === null) {
                    vErrors = [err332];
                  } else {
                    vErrors.push(err332);
                  }
                  errors++;
                }
              }
              if (data110.strict !== void 0) {
                let data113 = data110.strict;
                if (typeof data113 !== "boolean") {
                  const err333 = { instancePath: instancePath + "/label-schema/1/strict", schemaPath: "#/properties/label-schema/else/items/1/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties["label-schema"].else.items[1].properties.strict.type, parentSchema: schema12.properties["label-schema"].else.items[1].properties.strict, data: data113 };
                  if (vErrors === null) {
                    vErrors = [err333];
                  } else {
                    vErrors.push(err333);
                  }
                  errors++;
                }
              }
            } else {
              const err334 = { instancePath: instancePath + "/label-schema/1", schemaPath: "#/properties/label-schema/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["label-schema"].else.items[1].type, parentSchema: schema12.properties["label-schema"].else.items[1], data: data110 };
              if (vErrors === null) {
                vErrors = [err334];
              } else {
                vErrors.push(err334);
              }
              errors++;
            }
          }
        } else {
          const err335 = { instancePath: instancePath + "/label-schema", schemaPath: "#/properties/label-schema/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["label-schema"].else.type, parentSchema: schema12.properties["label-schema"].else, data: data108 };
          if (vErrors === null) {
            vErrors = [err335];
          } else {
            vErrors.push(err335);
          }
          errors++;
        }
        var _valid36 = _errs403 === errors;
        valid73 = _valid36;
        ifClause36 = "else";
      }
      if (!valid73) {
        const err336 = { instancePath: instancePath + "/label-schema", schemaPath: "#/properties/label-schema/if", keyword: "if", params: { failingKeyword: ifClause36 }, message: 'must match "' + ifClause36 + '" schema', schema: schema12.properties["label-schema"].if, parentSchema: schema12.properties["label-schema"], data: data108 };
        if (vErrors === null) {
          vErrors = [err336];
        } else {
          vErrors.push(err336);
        }
        errors++;
      }
    }
    if (data["layer-cache-order"] !== void 0) {
      let data114 = data["layer-cache-order"];
      const _errs416 = errors;
      let valid78 = true;
      const _errs417 = errors;
      if (typeof data114 !== "string") {
        const err337 = {};
        if (vErrors === null) {
          vErrors = [err337];
        } else {
          vErrors.push(err337);
        }
        errors++;
      }
      var _valid37 = _errs417 === errors;
      errors = _errs416;
      if (vErrors !== null) {
        if (_errs416) {
          vErrors.length = _errs416;
        } else {
          vErrors = null;
        }
      }
      let ifClause37;
      if (_valid37) {
        const _errs419 = errors;
        if (!(data114 === "off" || data114 === "error" || data114 === "warning" || data114 === "info" || data114 === "style")) {
          const err338 = { instancePath: instancePath + "/layer-cache-order", schemaPath: "#/properties/layer-cache-order/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["layer-cache-order"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["layer-cache-order"].then.enum, parentSchema: schema12.properties["layer-cache-order"].then, data: data114 };
          if (vErrors === null) {
            vErrors = [err338];
          } else {
            vErrors.push(err338);
          }
          errors++;
        }
        var _valid37 = _errs419 === errors;
        valid78 = _valid37;
        ifClause37 = "then";
      } else {
        const _errs420 = errors;
        if (Array.isArray(data114)) {
          if (data114.length > 2) {
            const err339 = { instancePath: instancePath + "/layer-cache-order", schemaPath: "#/properties/layer-cache-order/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["layer-cache-order"].else, data: data114 };
            if (vErrors === null) {
              vErrors = [err339];
            } else {
              vErrors.push(err339);
            }
            errors++;
          }
          if (data114.length < 1) {
            const err340 = { instancePath: instancePath + "/layer-cache-order", schemaPath: "#/properties/layer-cache-order/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["layer-cache-order"].else, data: data114 };
            if (vErrors === null) {
              vErrors = [err340];
            } else {
              vErrors.push(err340);
            }
            errors++;
          }
          const len38 = data114.length;
          if (len38 > 0) {
            let data115 = data114[0];
            if (!(data115 === "off" || data115 === "error" || data115 === "warning" || data115 === "info" || data115 === "style")) {
              const err341 = { instancePath: instancePath + "/layer-cache-order/0", schemaPath: "#/properties/layer-cache-order/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["layer-cache-order"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["layer-cache-order"].else.items[0].enum, parentSchema: schema12.properties["layer-cache-order"].else.items[0], data: data115 };
              if (vErrors === null) {
                vErrors = [err341];
              } else {
                vErrors.push(err341);
              }
              errors++;
            }
          }
          if (len38 > 1) {
            let data116 = data114[1];
            if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
              for (const key38 in data116) {
                const err342 = { instancePath: instancePath + "/layer-cache-order/1", schemaPath: "#/properties/layer-cache-order/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["layer-cache-order"].else.items[1], data: data116 };
                if (vErrors === null) {
                  vErrors = [err342];
                } else {
                  vErrors.push(err342);
                }
                errors++;
              }
            } else {
              const err343 = { instancePath: instancePath + "/layer-cache-order/1", schemaPath: "#/properties/layer-cache-order/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["layer-cache-order"].else.items[1].type, parentSchema: schema12.properties["layer-cache-order"].else.items[1], data: data116 };
              if (vErrors === null) {
                vErrors = [err343];
              } else {
                vErrors.push(err343);
              }
              errors++;
            }
          }
        } else {
          const err344 = { instancePath: instancePath + "/layer-cache-order", schemaPath: "#/properties/layer-cache-order/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["layer-cache-order"].else.type, parentSchema: schema12.properties["layer-cache-order"].else, data: data114 };
          if (vErrors === null) {
            vErrors = [err344];
          } else {
            vErrors.push(err344);
          }
          errors++;
        }
        var _valid37 = _errs420 === errors;
        valid78 = _valid37;
        ifClause37 = "else";
      }
      if (!valid78) {
        const err345 = { instancePath: instancePath + "/layer-cache-order", schemaPath: "#/properties/layer-cache-order/if", keyword: "if", params: { failingKeyword: ifClause37 }, message: 'must match "' + ifClause37 + '" schema', schema: schema12.properties["layer-cache-order"].if, parentSchema: schema12.properties["layer-cache-order"], data: data114 };
        if (vErrors === null) {
          vErrors = [err345];
        } else {
          vErrors.push(err345);
        }
        errors++;
      }
    }
    if (data["legacy-key-value"] !== void 0) {
      let data117 = data["legacy-key-value"];
      const _errs427 = errors;
      let valid80 = true;
      const _errs428 = errors;
      if (typeof data117 !== "string") {
        const err346 = {};
        if (vErrors === null) {
          vErrors = [err346];
        } else {
          vErrors.push(err346);
        }
        errors++;
      }
      var _valid38 = _errs428 === errors;
      errors = _errs427;
      if (vErrors !== null) {
        if (_errs427) {
          vErrors.length = _errs427;
        } else {
          vErrors = null;
        }
      }
      let ifClause38;
      if (_valid38) {
        const _errs430 = errors;
        if (!(data117 === "off" || data117 === "error" || data117 === "warning" || data117 === "info" || data117 === "style")) {
          const err347 = { instancePath: instancePath + "/legacy-key-value", schemaPath: "#/properties/legacy-key-value/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["legacy-key-value"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["legacy-key-value"].then.enum, parentSchema: schema12.properties["legacy-key-value"].then, data: data117 };
          if (vErrors === null) {
            vErrors = [err347];
          } else {
            vErrors.push(err347);
          }
          errors++;
        }
        var _valid38 = _errs430 === errors;
        valid80 = _valid38;
        ifClause38 = "then";
      } else {
        const _errs431 = errors;
        if (Array.isArray(data117)) {
          if (data117.length > 2) {
            const err348 = { instancePath: instancePath + "/legacy-key-value", schemaPath: "#/properties/legacy-key-value/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["legacy-key-value"].else, data: data117 };
            if (vErrors === null) {
              vErrors = [err348];
            } else {
              vErrors.push(err348);
            }
            errors++;
          }
          if (data117.length < 1) {
            const err349 = { instancePath: instancePath + "/legacy-key-value", schemaPath: "#/properties/legacy-key-value/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["legacy-key-value"].else, data: data117 };
            if (vErrors === null) {
              vErrors = [err349];
            } else {
              vErrors.push(err349);
            }
            errors++;
          }
          const len39 = data117.length;
          if (len39 > 0) {
            let data118 = data117[0];
            if (!(data118 === "off" || data118 === "error" || data118 === "warning" || data118 === "info" || data118 === "style")) {
              const err350 = { instancePath: instancePath + "/legacy-key-value/0", schemaPath: "#/properties/legacy-key-value/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["legacy-key-value"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["legacy-key-value"].else.items[0].enum, parentSchema: schema12.properties["legacy-key-value"].else.items[0], data: data118 };
              if (vErrors === null) {
                vErrors = [err350];
              } else {
                vErrors.push(err350);
              }
              errors++;
            }
          }
          if (len39 > 1) {
            let data119 = data117[1];
            if (data119 && typeof data119 == "object" && !Array.isArray(data119)) {
              for (const key39 in data119) {
                const err351 = { instancePath: instancePath + "/legacy-key-value/1", schemaPath: "#/properties/legacy-key-value/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["legacy-key-value"].else.items[1], data: data119 };
                if (vErrors === null) {
                  vErrors = [err351];
                } else {
                  vErrors.push(err351);
                }
                errors++;
              }
            } else {
              const err352 = { instancePath: instancePath + "/legacy-key-value/1", schemaPath: "#/properties/legacy-key-value/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["legacy-key-value"].else.items[1].type, parentSchema: schema12.properties["legacy-key-value"].else.items[1], data: data119 };
              if (vErrors === null) {
                vErrors = [err352];
              } else {
                vErrors.push(err352);
              }
              errors++;
            }
          }
        } else {
          const err353 = { instancePath: instancePath + "/legacy-key-value", schemaPath: "#/properties/legacy-key-value/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["legacy-key-value"].else.type, parentSchema: schema12.properties["legacy-key-value"].else, data: data117 };
          if (vErrors === null) {
            vErrors = [err353];
          } else {
            vErrors.push(err353);
          }
          errors++;
        }
        var _valid38 = _errs431 === errors;
        valid80 = _valid38;
        ifClause38 = "else";
      }
      if (!valid80) {
        const err354 = { instancePath: instancePath + "/legacy-key-value", schemaPath: "#/properties/legacy-key-value/if", keyword: "if", params: { failingKeyword: ifClause38 }, message: 'must match "' + ifClause38 + '" schema', schema: schema12.properties["legacy-key-value"].if, parentSchema: schema12.properties["legacy-key-value"], data: data117 };
        if (vErrors === null) {
          vErrors = [err354];
        } else {
          vErrors.push(err354);
        }
        errors++;
      }
    }
    if (data["maintainer-deprecated"] !== void 0) {
      let data120 = data["maintainer-deprecated"];
      const _errs438 = errors;
      let valid82 = true;
      const _errs439 = errors;
      if (typeof data120 !== "string") {
        const err355 = {};
        if (vErrors === null) {
          vErrors = [err355];
        } else {
          vErrors.push(err355);
        }
        errors++;
      }
      var _valid39 = _errs439 === errors;
      errors = _errs438;
      if (vErrors !== null) {
        if (_errs438) {
          vErrors.length = _errs438;
        } else {
          vErrors = null;
        }
      }
      let ifClause39;
      if (_valid39) {
        const _errs441 = errors;
        if (!(data120 === "off" || data120 === "error" || data120 === "warning" || data120 === "info" || data120 === "style")) {
          const err356 = { instancePath: instancePath + "/maintainer-deprecated", schemaPath: "#/properties/maintainer-deprecated/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["maintainer-deprecated"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["maintainer-deprecated"].then.enum, parentSchema: schema12.properties["maintainer-deprecated"].then, data: data120 };
          if (vErrors === null) {
            vErrors = [err356];
          } else {
            vErrors.push(err356);
          }
          errors++;
        }
        var _valid39 = _errs441 === errors;
        valid82 = _valid39;
        ifClause39 = "then";
      } else {
        const _errs442 = errors;
        if (Array.isArray(data120)) {
          if (data120.length > 2) {
            const err357 = { instancePath: instancePath + "/maintainer-deprecated", schemaPath: "#/properties/maintainer-deprecated/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["maintainer-deprecated"].else, data: data120 };
            if (vErrors === null) {
              vErrors = [err357];
            } else {
              vErrors.push(err357);
            }
            errors++;
          }
          if (data120.length < 1) {
            const err358 = { instancePath: instancePath + "/maintainer-deprecated", schemaPath: "#/properties/maintainer-deprecated/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["maintainer-deprecated"].else, data: data120 };
            if (vErrors === null) {
              vErrors = [err358];
            } else {
              vErrors.push(err358);
            }
            errors++;
          }
          const len40 = data120.length;
          if (len40 > 0) {
            let data121 = data120[0];
            if (!(data121 === "off" || data121 === "error" || data121 === "warning" || data121 === "info" || data121 === "style")) {
              const err359 = { instancePath: instancePath + "/maintainer-deprecated/0", schemaPath: "#/properties/maintainer-deprecated/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["maintainer-deprecated"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["maintainer-deprecated"].else.items[0].enum, parentSchema: schema12.properties["maintainer-deprecated"].else.items[0], data: data121 };
              if (vErrors === null) {
                vErrors = [err359];
              } else {
                vErrors.push(err359);
              }
              errors++;
            }
          }
          if (len40 > 1) {
            let data122 = data120[1];
            if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
              for (const key40 in data122) {
                const err360 = { instancePath: instancePath + "/maintainer-deprecated/1", schemaPath: "#/properties/maintainer-deprecated/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["maintainer-deprecated"].else.items[1], data: data122 };
                if (vErrors === null) {
                  vErrors = [err360];
                } else {
                  vErrors.push(err360);
                }
                errors++;
              }
            } else {
              const err361 = { instancePath: instancePath + "/maintainer-deprecated/1", schemaPath: "#/properties/maintainer-deprecated/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["maintainer-deprecated"].else.items[1].type, parentSchema: schema12.properties["maintainer-deprecated"].else.items[1], data: data122 };
              if (vErrors === null) {
                vErrors = [err361];
              } else {
                vErrors.push(err361);
              }
              errors++;
            }
          }
        } else {
          const err362 = { instancePath: instancePath + "/maintainer-deprecated", schemaPath: "#/properties/maintainer-deprecated/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["maintainer-deprecated"].else.type, parentSchema: schema12.properties["maintainer-deprecated"].else, data: data120 };
          if (vErrors === null) {
            vErrors = [err362];
          } else {
            vErrors.push(err362);
          }
          errors++;
        }
        var _valid39 = _errs442 === errors;
        valid82 = _valid39;
        ifClause39 = "else";
      }
      if (!valid82) {
        const err363 = { instancePath: instancePath + "/maintainer-deprecated", schemaPath: "#/properties/maintainer-deprecated/if", keyword: "if", params: { failingKeyword: ifClause39 }, message: 'must match "' + ifClause39 + '" schema', schema: schema12.properties["maintainer-deprecated"].if, parentSchema: schema12.properties["maintainer-deprecated"], data: data120 };
        if (vErrors === null) {
          vErrors = [err363];
        } else {
          vErrors.push(err363);
        }
        errors++;
      }
    }
    if (data["no-sudo"] !== void 0) {
      let data123 = data["no-sudo"];
      const _errs449 = errors;
      let valid84 = true;
      const _errs450 = errors;
      if (typeof data123 !== "string") {
        const err364 = {};
        if (vErrors === null) {
          vErrors = [err364];
        } else {
          vErrors.push(err364);
        }
        errors++;
      }
      var _valid40 = _errs450 === errors;
      errors = _errs449;
      if (vErrors !== null) {
        if (_errs449) {
          vErrors.length = _errs449;
        } else {
          vErrors = null;
        }
      }
      let ifClause40;
      if (_valid40) {
        const _errs452 = errors;
        if (!(data123 === "off" || data123 === "error" || data123 === "warning" || data123 === "info" || data123 === "style")) {
          const err365 = { instancePath: instancePath + "/no-sudo", schemaPath: "#/properties/no-sudo/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["no-sudo"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["no-sudo"].then.enum, parentSchema: schema12.properties["no-sudo"].then, data: data123 };
          if (vErrors === null) {
            vErrors = [err365];
          } else {
            vErrors.push(err365);
          }
          errors++;
        }
        var _valid40 = _errs452 === errors;
        valid84 = _valid40;
        ifClause40 = "then";
      } else {
        const _errs453 = errors;
        if (Array.isArray(data123)) {
          if (data123.length > 2) {
            const err366 = { instancePath: instancePath + "/no-sudo", schemaPath: "#/properties/no-sudo/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["no-sudo"].else, data: data123 };
            if (vErrors === null) {
              vErrors = [err366];
            } else {
              vErrors.push(err366);
            }
            errors++;
          }
          if (data123.length < 1) {
            const err367 = { instancePath: instancePath + "/no-sudo", schemaPath: "#/properties/no-sudo/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["no-sudo"].else, data: data123 };
            if (vErrors === null) {
              vErrors = [err367];
            } else {
              vErrors.push(err367);
            }
            errors++;
          }
          const len41 = data123.length;
          if (len41 > 0) {
            let data124 = data123[0];
            if (!(data124 === "off" || data124 === "error" || data124 === "warning" || data124 === "info" || data124 === "style")) {
              const err368 = { instancePath: instancePath + "/no-sudo/0", schemaPath: "#/properties/no-sudo/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["no-sudo"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["no-sudo"].else.items[0].enum, parentSchema: schema12.properties["no-sudo"].else.items[0], data: data124 };
              if (vErrors === null) {
                vErrors = [err368];
              } else {
                vErrors.push(err368);
              }
              errors++;
            }
          }
          if (len41 > 1) {
            let data125 = data123[1];
            if (data125 && typeof data125 == "object" && !Array.isArray(data125)) {
              for (const key41 in data125) {
                const err369 = { instancePath: instancePath + "/no-sudo/1", schemaPath: "#/properties/no-sudo/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["no-sudo"].else.items[1], data: data125 };
                if (vErrors === null) {
                  vErrors = [err369];
                } else {
                  vErrors.push(err369);
                }
                errors++;
              }
            } else {
              const err370 = { instancePath: instancePath + "/no-sudo/1", schemaPath: "#/properties/no-sudo/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["no-sudo"].else.items[1].type, parentSchema: schema12.properties["no-sudo"].else.items[1], data: data125 };
              if (vErrors === null) {
                vErrors = [err370];
              } else {
                vErrors.push(err370);
              }
              errors++;
            }
          }
        } else {
          const err371 = { instancePath: instancePath + "/no-sudo", schemaPath: "#/properties/no-sudo/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["no-sudo"].else.type, parentSchema: schema12.properties["no-sudo"].else, data: data123 };
          if (vErrors === null) {
            vErrors = [err371];
          } else {
            vErrors.push(err371);
          }
          errors++;
        }
        var _valid40 = _errs453 === errors;
        valid84 = _valid40;
        ifClause40 = "else";
      }
      if (!valid84) {
        const err372 = { instancePath: instancePath + "/no-sudo", schemaPath: "#/properties/no-sudo/if", keyword: "if", params: { failingKeyword: ifClause40 }, message: 'must match "' + ifClause40 + '" schema', schema: schema12.properties["no-sudo"].if, parentSchema: schema12.properties["no-sudo"], data: data123 };
        if (vErrors === null) {
          vErrors = [err372];
        } else {
          vErrors.push(err372);
        }
        errors++;
      }
    }
    if (data["non-root-user"] !== void 0) {
      let data126 = data["non-root-user"];
      const _errs460 = errors;
      let valid86 = true;
      const _errs461 = errors;
      if (typeof data126 !== "string") {
        const err373 = {};
        if (vErrors === null) {
          vErrors = [err373];
        } else {
          vErrors.push(err373);
        }
        errors++;
      }
      var _valid41 = _errs461 === errors;
      errors = _errs460;
      if (vErrors !== null) {
        if (_errs460) {
          vErrors.length = _errs460;
        } else {
          vErrors = null;
        }
      }
      let ifClause41;
      if (_valid41) {
        const _errs463 = errors;
        if (!(data126 === "off" || data126 === "error" || data126 === "warning" || data126 === "info" || data126 === "style")) {
          const err374 = { instancePath: instancePath + "/non-root-user", schemaPath: "#/properties/non-root-user/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["non-root-user"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["non-root-user"].then.enum, parentSchema: schema12.properties["non-root-user"].then, data: data126 };
          if (vErrors === null) {
            vErrors = [err374];
          } else {
            vErrors.push(err374);
          }
          errors++;
        }
        var _valid41 = _errs463 === errors;
        valid86 = _valid41;
        ifClause41 = "then";
      } else {
        const _errs464 = errors;
        if (Array.isArray(data126)) {
          if (data126.length > 2) {
            const err375 = { instancePath: instancePath + "/non-root-user", schemaPath: "#/properties/non-root-user/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["non-root-user"].else, data: data126 };
            if (vErrors === null) {
              vErrors = [err375];
            } else {
              vErrors.push(err375);
            }
            errors++;
          }
          if (data126.length < 1) {
            const err376 = { instancePath: instancePath + "/non-root-user", schemaPath: "#/properties/non-root-user/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["non-root-user"].else, data: data126 };
            if (vErrors === null) {
              vErrors = [err376];
            } else {
              vErrors.push(err376);
            }
            errors++;
          }
          const len42 = data126.length;
          if (len42 > 0) {
            let data127 = data126[0];
            if (!(data127 === "off" || data127 === "error" || data127 === "warning" || data127 === "info" || data127 === "style")) {
              const err377 = { instancePath: instancePath + "/non-root-user/0", schemaPath: "#/properties/non-root-user/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["non-root-user"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["non-root-user"].else.items[0].enum, parentSchema: schema12.properties["non-root-user"].else.items[0], data: data127 };
              if (vErrors === null) {
                vErrors = [err377];
              } else {
                vErrors.push(err377);
              }
              errors++;
            }
          }
          if (len42 > 1) {
            let data128 = data126[1];
            if (data128 && typeof data128 == "object" && !Array.isArray(data128)) {
              for (const key42 in data128) {
                const err378 = { instancePath: instancePath + "/non-root-user/1", schemaPath: "#/properties/non-root-user/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["non-root-user"].else.items[1], data: data128 };
                if (vErrors === null) {
                  vErrors = [err378];
                } else {
                  vErrors.push(err378);
                }
                errors++;
              }
            } else {
              const err379 = { instancePath: instancePath + "/non-root-user/1", schemaPath: "#/properties/non-root-user/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["non-root-user"].else.items[1].type, parentSchema: schema12.properties["non-root-user"].else.items[1], data: data128 };
              if (vErrors === null) {
                vErrors = [err379];
              } else {
                vErrors.push(err379);
              }
              errors++;
            }
          }
        } else {
          const err380 = { instancePath: instancePath + "/non-root-user", schemaPath: "#/properties/non-root-user/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["non-root-user"].else.type, parentSchema: schema12.properties["non-root-user"].else, data: data126 };
          if (vErrors === null) {
            vErrors = [err380];
          } else {
            vErrors.push(err380);
          }
          errors++;
        }
        var _valid41 = _errs464 === errors;
        valid86 = _valid41;
        ifClause41 = "else";
      }
      if (!valid86) {
        const err381 = { instancePath: instancePath + "/non-root-user", schemaPath: "#/properties/non-root-user/if", keyword: "if", params: { failingKeyword: ifClause41 }, message: 'must match "' + ifClause41 + '" schema', schema: schema12.properties["non-root-user"].if, parentSchema: schema12.properties["non-root-user"], data: data126 };
        if (vErrors === null) {
          vErrors = [err381];
        } else {
          vErrors.push(err381);
        }
        errors++;
      }
    }
    if (data["npm-pin-versions"] !== void 0) {
      let data129 = data["npm-pin-versions"];
      const _errs471 = errors;
      let valid88 = true;
      const _errs472 = errors;
      if (typeof data129 !== "string") {
        const err382 = {};
        if (vErrors === null) {
          vErrors = [err382];
        } else {
          vErrors.push(err382);
        }
        errors++;
      }
      var _valid42 = _errs472 === errors;
      errors = _errs471;
      if (vErrors !== null) {
        if (_errs471) {
          vErrors.length = _errs471;
        } else {
          vErrors = null;
        }
      }
      let ifClause42;
      if (_valid42) {
        const _errs474 = errors;
        if (!(data129 === "off" || data129 === "error" || data129 === "warning" || data129 === "info" || data129 === "style")) {
          const err383 = { instancePath: instancePath + "/npm-pin-versions", schemaPath: "#/properties/npm-pin-versions/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["npm-pin-versions"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["npm-pin-versions"].then.enum, parentSchema: schema12.properties["npm-pin-versions"].then, data: data129 };
          if (vErrors === null) {
            vErrors = [err383];
          } else {
            vErrors.push(err383);
          }
          errors++;
        }
        var _valid42 = _errs474 === errors;
        valid88 = _valid42;
        ifClause42 = "then";
      } else {
        const _errs475 = errors;
        if (Array.isArray(data129)) {
          if (data129.length > 2) {
            const err384 = { instancePath: instancePath + "/npm-pin-versions", schemaPath: "#/properties/npm-pin-versions/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["npm-pin-versions"].else, data: data129 };
            if (vErrors === null) {
              vErrors = [err384];
            } else {
              vErrors.push(err384);
            }
            errors++;
          }
          if (data129.length < 1) {
            const err385 = { instancePath: instancePath + "/npm-pin-versions", schemaPath: "#/properties/npm-pin-versions/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["npm-pin-versions"].else, data: data129 };
            if (vErrors === null) {
              vErrors = [err385];
            } else {
              vErrors.push(err385);
            }
            errors++;
          }
          const len43 = data129.length;
          if (len43 > 0) {
            let data130 = data129[0];
            if (!(data130 === "off" || data130 === "error" || data130 === "warning" || data130 === "info" || data130 === "style")) {
              const err386 = { instancePath: instancePath + "/npm-pin-versions/0", schemaPath: "#/properties/npm-pin-versions/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["npm-pin-versions"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["npm-pin-versions"].else.items[0].enum, parentSchema: schema12.properties["npm-pin-versions"].else.items[0], data: data130 };
              if (vErrors === null) {
                vErrors = [err386];
              } else {
                vErrors.push(err386);
              }
              errors++;
            }
          }
          if (len43 > 1) {
            let data131 = data129[1];
            if (data131 && typeof data131 == "object" && !Array.isArray(data131)) {
              for (const key43 in data131) {
                const err387 = { instancePath: instancePath + "/npm-pin-versions/1", schemaPath: "#/properties/npm-pin-versions/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["npm-pin-versions"].else.items[1], data: data131 };
                if (vErrors === null) {
                  vErrors = [err387];
                } else {
                  vErrors.push(err387);
                }
                errors++;
              }
            } else {
              const err388 = { instancePath: instancePath + "/npm-pin-versions/1", schemaPath: "#/properties/npm-pin-versions/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["npm-pin-versions"].else.items[1].type, parentSchema: schema12.properties["npm-pin-versions"].else.items[1], data: data131 };
              if (vErrors === null) {
                vErrors = [err388];
              } else {
                vErrors.push(err388);
              }
              errors++;
            }
          }
        } else {
          const err389 = { instancePath: instancePath + "/npm-pin-versions", schemaPath: "#/properties/npm-pin-versions/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["npm-pin-versions"].else.type, parentSchema: schema12.properties["npm-pin-versions"].else, data: data129 };
          if (vErrors === null) {
            vErrors = [err389];
          } else {
            vErrors.push(err389);
          }
          errors++;
        }
        var _valid42 = _errs475 === errors;
        valid88 = _valid42;
        ifClause42 = "else";
      }
      if (!valid88) {
        const err390 = { instancePath: instancePath + "/npm-pin-versions", schemaPath: "#/properties/npm-pin-versions/if", keyword: "if", params: { failingKeyword: ifClause42 }, message: 'must match "' + ifClause42 + '" schema', schema: schema12.properties["npm-pin-versions"].if, parentSchema: schema12.properties["npm-pin-versions"], data: data129 };
        if (vErrors === null) {
          vErrors = [err390];
        } else {
          vErrors.push(err390);
        }
        errors++;
      }
    }
    if (data["numeric-user"] !== void 0) {
      let data132 = data["numeric-user"];
      const _errs482 = errors;
      let valid90 = true;
      const _errs483 = errors;
      if (typeof data132 !== "string") {
        const err391 = {};
        if (vErrors === null) {
          vErrors = [err391];
        } else {
          vErrors.push(err391);
        }
        errors++;
      }
      var _valid43 = _errs483 === errors;
      errors = _errs482;
      if (vErrors !== null) {
        if (_errs482) {
          vErrors.length = _errs482;
        } else {
          vErrors = null;
        }
      }
      let ifClause43;
      if (_valid43) {
        const _errs485 = errors;
        if (!(data132 === "off" || data132 === "error" || data132 === "warning" || data132 === "info" || data132 === "style")) {
          const err392 = { instancePath: instancePath + "/numeric-user", schemaPath: "#/properties/numeric-user/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["numeric-user"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["numeric-user"].then.enum, parentSchema: schema12.properties["numeric-user"].then, data: data132 };
          if (vErrors === null) {
            vErrors = [err392];
          } else {
            vErrors.push(err392);
          }
          errors++;
        }
        var _valid43 = _errs485 === errors;
        valid90 = _valid43;
        ifClause43 = "then";
      } else {
        const _errs486 = errors;
        if (Array.isArray(data132)) {
          if (data132.length > 2) {
            const err393 = { instancePath: instancePath + "/numeric-user", schemaPath: "#/properties/numeric-user/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["numeric-user"].else, data: data132 };
            if (vErrors === null) {
              vErrors = [err393];
            } else {
              vErrors.push(err393);
            }
            errors++;
          }
          if (data132.length < 1) {
            const err394 = { instancePath: instancePath + "/numeric-user", schemaPath: "#/properties/numeric-user/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["numeric-user"].else, data: data132 };
            if (vErrors === null) {
              vErrors = [err394];
            } else {
              vErrors.push(err394);
            }
            errors++;
          }
          const len44 = data132.length;
          if (len44 > 0) {
            let data133 = data132[0];
            if (!(data133 === "off" || data133 === "error" || data133 === "warning" || data133 === "info" || data133 === "style")) {
              const err395 = { instancePath: instancePath + "/numeric-user/0", schemaPath: "#/properties/numeric-user/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["numeric-user"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["numeric-user"].else.items[0].enum, parentSchema: schema12.properties["numeric-user"].else.items[0], data: data133 };
              if (vErrors === null) {
                vErrors = [err395];
              } else {
                vErrors.push(err395);
              }
              errors++;
            }
          }
          if (len44 > 1) {
            let data134 = data132[1];
            if (data134 && typeof data134 == "object" && !Array.isArray(data134)) {
              for (const key44 in data134) {
                const err396 = { instancePath: instancePath + "/numeric-user/1", schemaPath: "#/properties/numeric-user/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["numeric-user"].else.items[1], data: data134 };
                if (vErrors === null) {
                  vErrors = [err396];
                } else {
                  vErrors.push(err396);
                }
                errors++;
              }
            } else {
              const err397 = { instancePath: instancePath + "/numeric-user/1", schemaPath: "#/properties/numeric-user/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["numeric-user"].else.items[1].type, parentSchema: schema12.properties["numeric-user"].else.items[1], data: data134 };
              if (vErrors === null) {
                vErrors = [err397];
              } else {
                vErrors.push(err397);
              }
              errors++;
            }
          }
        } else {
          const err398 = { instancePath: instancePath + "/numeric-user", schemaPath: "#/properties/numeric-user/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["numeric-user"].else.type, parentSchema: schema12.properties["numeric-user"].else, data: data132 };
          if (vErrors === null) {
            vErrors = [err398];
          } else {
            vErrors.push(err398);
          }
          errors++;
        }
        var _valid43 = _errs486 === errors;
        valid90 = _valid43;
        ifClause43 = "else";
      }
      if (!valid90) {
        const err399 = { instancePath: instancePath + "/numeric-user", schemaPath: "#/properties/numeric-user/if", keyword: "if", params: { failingKeyword: ifClause43 }, message: 'must match "' + ifClause43 + '" schema', schema: schema12.properties["numeric-user"].if, parentSchema: schema12.properties["numeric-user"], data: data132 };
        if (vErrors === null) {
          vErrors = [err399];
        } else {
          vErrors.push(err399);
        }
        errors++;
      }
    }
    if (data["official-base-image"] !== void 0) {
      let data135 = data["official-base-image"];
      const _errs493 = errors;
      let valid92 = true;
      const _errs494 = errors;
      if (typeof data135 !== "string") {
        const err400 = {};
        if (vErrors === null) {
          vErrors = [err400];
        } else {
          vErrors.push(err400);
        }
        errors++;
      }
      var _valid44 = _errs494 === errors;
      errors = _errs493;
      if (vErrors !== null) {
        if (_errs493) {
          vErrors.length = _errs493;
        } else {
          vErrors = null;
        }
      }
      let ifClause44;
      if (_valid44) {
        const _errs496 = errors;
        if (!(data135 === "off" || data135 === "error" || data135 === "warning" || data135 === "info" || data135 === "style")) {
          const err401 = { instancePath: instancePath + "/official-base-image", schemaPath: "#/properties/official-base-image/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["official-base-image"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["official-base-image"].then.enum, parentSchema: schema12.properties["official-base-image"].then, data: data135 };
          if (vErrors === null) {
            vErrors = [err401];
          } else {
            vErrors.push(err401);
          }
          errors++;
        }
        var _valid44 = _errs496 === errors;
        valid92 = _valid44;
        ifClause44 = "then";
      } else {
        const _errs497 = errors;
        if (Array.isArray(data135)) {
          if (data135.length > 2) {
            const err402 = { instancePath: instancePath + "/official-base-image", schemaPath: "#/properties/official-base-image/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["official-base-image"].else, data: data135 };
            if (vErrors === null) {
              vErrors = [err402];
            } else {
              vErrors.push(err402);
            }
            errors++;
          }
          if (data135.length < 1) {
            const err403 = { instancePath: instancePath + "/official-base-image", schemaPath: "#/properties/official-base-image/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["official-base-image"].else, data: data135 };
            if (vErrors === null) {
              vErrors = [err403];
            } else {
              vErrors.push(err403);
            }
            errors++;
          }
          const len45 = data135.length;
          if (len45 > 0) {
            let data136 = data135[0];
            if (!(data136 === "off" || data136 === "error" || data136 === "warning" || data136 === "info" || data136 === "style")) {
              const err404 = { instancePath: instancePath + "/official-base-image/0", schemaPath: "#/properties/official-base-image/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["official-base-image"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["official-base-image"].else.items[0].enum, parentSchema: schema12.properties["official-base-image"].else.items[0], data: data136 };
              if (vErrors === null) {
                vErrors = [err404];
              } else {
                vErrors.push(err404);
              }
              errors++;
            }
          }
          if (len45 > 1) {
            let data137 = data135[1];
            if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
              for (const key45 in data137) {
                const err405 = { instancePath: instancePath + "/official-base-image/1", schemaPath: "#/properties/official-base-image/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["official-base-image"].else.items[1], data: data137 };
                if (vErrors === null) {
                  vErrors = [err405];
                } else {
                  vErrors.push(err405);
                }
                errors++;
              }
            } else {
              const err406 = { instancePath: instancePath + "/official-base-image/1", schemaPath: "#/properties/official-base-image/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["official-base-image"].else.items[1].type, parentSchema: schema12.properties["official-base-image"].else.items[1], data: data137 };
              if (vErrors === null) {
                vErrors = [err406];
              } else {
                vErrors.push(err406);
              }
              errors++;
            }
          }
        } else {
          const err407 = { instancePath: instancePath + "/official-base-image", schemaPath: "#/properties/official-base-image/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["official-base-image"].else.type, parentSchema: schema12.properties["official-base-image"].else, data: data135 };
          if (vErrors === null) {
            vErrors = [err407];
          } else {
            vErrors.push(err407);
          }
          errors++;
        }
        var _valid44 = _errs497 === errors;
        valid92 = _valid44;
        ifClause44 = "else";
      }
      if (!valid92) {
        const err408 = { instancePath: instancePath + "/official-base-image", schemaPath: "#/properties/official-base-image/if", keyword: "if", params: { failingKeyword: ifClause44 }, message: 'must match "' + ifClause44 + '" schema', schema: schema12.properties["official-base-image"].if, parentSchema: schema12.properties["official-base-image"], data: data135 };
        if (vErrors === null) {
          vErrors = [err408];
        } else {
          vErrors.push(err408);
        }
        errors++;
      }
    }
    if (data["onbuild-invalid"] !== void 0) {
      let data138 = data["onbuild-invalid"];
      const _errs504 = errors;
      let valid94 = true;
      const _errs505 = errors;
      if (typeof data138 !== "string") {
        const err409 = {};
        if (vErrors === null) {
          vErrors = [err409];
        } else {
          vErrors.push(err409);
        }
        errors++;
      }
      var _valid45 = _errs505 === errors;
      errors = _errs504;
      if (vErrors !== null) {
        if (_errs504) {
          vErrors.length = _errs504;
        } else {
          vErrors = null;
        }
      }
      let ifClause45;
      if (_valid45) {
        const _errs507 = errors;
        if (!(data138 === "off" || data138 === "error" || data138 === "warning" || data138 === "info" || data138 === "style")) {
          const err410 = { instancePath: instancePath + "/onbuild-invalid", schemaPath: "#/properties/onbuild-invalid/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["onbuild-invalid"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["onbuild-invalid"].then.enum, parentSchema: schema12.properties["onbuild-invalid"].then, data: data138 };
          if (vErrors === null) {
            vErrors = [err410];
          } else {
            vErrors.push(err410);
          }
          errors++;
        }
        var _valid45 = _errs507 === errors;
        valid94 = _valid45;
        ifClause45 = "then";
      } else {
        const _errs508 = errors;
        if (Array.isArray(data138)) {
          if (data138.length > 2) {
            const err411 = { instancePath: instancePath + "/onbuild-invalid", schemaPath: "#/properties/onbuild-invalid/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["onbuild-invalid"].else, data: data138 };
            if (vErrors === null) {
              vErrors = [err411];
            } else {
              vErrors.push(err411);
            }
            errors++;
          }
          if (data138.length < 1) {
            const err412 = { instancePath: instancePath + "/onbuild-invalid", schemaPath: "#/properties/onbuild-invalid/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["onbuild-invalid"].else, data: data138 };
            if (vErrors === null) {
              vErrors = [err412];
            } else {
              vErrors.push(err412);
            }
            errors++;
          }
          const len46 = data138.length;
          if (len46 > 0) {
            let data139 = data138[0];
            if (!(data139 === "off" || data139 === "error" || data139 === "warning" || data139 === "info" || data139 === "style")) {
              const err413 = { instancePath: instancePath + "/onbuild-invalid/0", schemaPath: "#/properties/onbuild-invalid/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["onbuild-invalid"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["onbuild-invalid"].else.items[0].enum, parentSchema: schema12.properties["onbuild-invalid"].else.items[0], data: data139 };
              if (vErrors === null) {
                vErrors = [err413];
              } else {
                vErrors.push(err413);
              }
              errors++;
            }
          }
          if (len46 > 1) {
            let data140 = data138[1];
            if (data140 && typeof data140 == "object" && !Array.isArray(data140)) {
              for (const key46 in data140) {
                const err414 = { instancePath: instancePath + "/onbuild-invalid/1", schemaPath: "#/properties/onbuild-invalid/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["onbuild-invalid"].else.items[1], data: data140 };
                if (vErrors === null) {
                  vErrors = [err414];
                } else {
                  vErrors.push(err414);
                }
                errors++;
              }
            } else {
              const err415 = { instancePath: instancePath + "/onbuild-invalid/1", schemaPath: "#/properties/onbuild-invalid/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["onbuild-invalid"].else.items[1].type, parentSchema: schema12.properties["onbuild-invalid"].else.items[1], data: data140 };
              if (vErrors === null) {
                vErrors = [err415];
              } else {
                vErrors.push(err415);
              }
              errors++;
            }
          }
        } else {
          const err416 = { instancePath: instancePath + "/onbuild-invalid", schemaPath: "#/properties/onbuild-invalid/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["onbuild-invalid"].else.type, parentSchema: schema12.properties["onbuild-invalid"].else, data: data138 };
          if (vErrors === null) {
            vErrors = [err416];
          } else {
            vErrors.push(err416);
          }
          errors++;
        }
        var _valid45 = _errs508 === errors;
        valid94 = _valid45;
        ifClause45 = "else";
      }
      if (!valid94) {
        const err417 = { instancePath: instancePath + "/onbuild-invalid", schemaPath: "#/properties/onbuild-invalid/if", keyword: "if", params: { failingKeyword: ifClause45 }, message: 'must match "' + ifClause45 + '" schema', schema: schema12.properties["onbuild-invalid"].if, parentSchema: schema12.properties["onbuild-invalid"], data: data138 };
        if (vErrors === null) {
          vErrors = [err417];
        } else {
          vErrors.push(err417);
        }
        errors++;
      }
    }
    if (data["pip-no-cache-dir"] !== void 0) {
      let data141 = data["pip-no-cache-dir"];
      const _errs515 = errors;
      let valid96 = true;
      const _errs516 = errors;
      if (typeof data141 !== "string") {
        const err418 = {};
        if (vErrors === null) {
          vErrors = [err418];
        } else {
          vErrors.push(err418);
        }
        errors++;
      }
      var _valid46 = _errs516 === errors;
      errors = _errs515;
      if (vErrors !== null) {
        if (_errs515) {
          vErrors.length = _errs515;
        } else {
          vErrors = null;
        }
      }
      let ifClause46;
      if (_valid46) {
        const _errs518 = errors;
        if (!(data141 === "off" || data141 === "error" || data141 === "warning" || data141 === "info" || data141 === "style")) {
          const err419 = { instancePath: instancePath + "/pip-no-cache-dir", schemaPath: "#/properties/pip-no-cache-dir/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["pip-no-cache-dir"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["pip-no-cache-dir"].then.enum, parentSchema: schema12.properties["pip-no-cache-dir"].then, data: data141 };
          if (vErrors === null) {
            vErrors = [err419];
          } else {
            vErrors.push(err419);
          }
          errors++;
        }
        var _valid46 = _errs518 === errors;
        valid96 = _valid46;
        ifClause46 = "then";
      } else {
        const _errs519 = errors;
        if (Array.isArray(data141)) {
          if (data141.length > 2) {
            const err420 = { instancePath: instancePath + "/pip-no-cache-dir", schemaPath: "#/properties/pip-no-cache-dir/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["pip-no-cache-dir"].else, data: data141 };
            if (vErrors === null) {
              vErrors = [err420];
            } else {
              vErrors.push(err420);
            }
            errors++;
          }
          if (data141.length < 1) {
            const err421 = { instancePath: instancePath + "/pip-no-cache-dir", schemaPath: "#/properties/pip-no-cache-dir/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["pip-no-cache-dir"].else, data: data141 };
            if (vErrors === null) {
              vErrors = [err421];
            } else {
              vErrors.push(err421);
            }
            errors++;
          }
          const len47 = data141.length;
          if (len47 > 0) {
            let data142 = data141[0];
            if (!(data142 === "off" || data142 === "error" || data142 === "warning" || data142 === "info" || data142 === "style")) {
              const err422 = { instancePath: instancePath + "/pip-no-cache-dir/0", schemaPath: "#/properties/pip-no-cache-dir/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["pip-no-cache-dir"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["pip-no-cache-dir"].else.items[0].enum, parentSchema: schema12.properties["pip-no-cache-dir"].else.items[0], data: data142 };
              if (vErrors === null) {
                vErrors = [err422];
              } else {
                vErrors.push(err422);
              }
              errors++;
            }
          }
          if (len47 > 1) {
            let data143 = data141[1];
            if (data143 && typeof data143 == "object" && !Array.isArray(data143)) {
              for (const key47 in data143) {
                const err423 = { instancePath: instancePath + "/pip-no-cache-dir/1", schemaPath: "#/properties/pip-no-cache-dir/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["pip-no-cache-dir"].else.items[1], data: data143 };
                if (vErrors === null) {
                  vErrors = [err423];
                } else {
                  vErrors.push(err423);
                }
                errors++;
              }
            } else {
              const err424 = { instancePath: instancePath + "/pip-no-cache-dir/1", schemaPath: "#/properties/pip-no-cache-dir/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["pip-no-cache-dir"].else.items[1].type, parentSchema: schema12.properties["pip-no-cache-dir"].else.items[1], data: data143 };
              if (vErrors === null) {
                vErrors = [err424];
              } else {
                vErrors.push(err424);
              }
              errors++;
            }
          }
        } else {
          const err425 = { instancePath: instancePath + "/pip-no-cache-dir", schemaPath: "#/properties/pip-no-cache-dir/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["pip-no-cache-dir"].else.type, parentSchema: schema12.properties["pip-no-cache-dir"].else, data: data141 };
          if (vErrors === null) {
            vErrors = [err425];
          } else {
            vErrors.push(err425);
          }
          errors++;
        }
        var _valid46 = _errs519 === errors;
        valid96 = _valid46;
        ifClause46 = "else";
      }
      if (!valid96) {
        const err426 = { instancePath: instancePath + "/pip-no-cache-dir", schemaPath: "#/properties/pip-no-cache-dir/if", keyword: "if", params: { failingKeyword: ifClause46 }, message: 'must match "' + ifClause46 + '" schema', schema: schema12.properties["pip-no-cache-dir"].if, parentSchema: schema12.properties["pip-no-cache-dir"], data: data141 };
        if (vErrors === null) {
          vErrors = [err426];
        } else {
          vErrors.push(err426);
        }
        errors++;
      }
    }
    if (data["pip-pin-versions"] !== void 0) {
      let data144 = data["pip-pin-versions"];
      const _errs526 = errors;
      let valid98 = true;
      const _errs527 = errors;
      if (typeof data144 !== "string") {
        const err427 = {};
        if (vErrors === null) {
          vErrors = [err427];
        } else {
          vErrors.push(err427);
        }
        errors++;
      }
      var _valid47 = _errs527 === errors;
      errors = _errs526;
      if (vErrors !== null) {
        if (_errs526) {
          vErrors.length = _errs526;
        } else {
          vErrors = null;
        }
      }
      let ifClause47;
      if (_valid47) {
        const _errs529 = errors;
        if (!(data144 === "off" || data144 === "error" || data144 === "warning" || data144 === "info" || data144 === "style")) {
          const err428 = { instancePath: instancePath + "/pip-pin-versions", schemaPath: "#/properties/pip-pin-versions/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["pip-pin-versions"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["pip-pin-versions"].then.enum, parentSchema: schema12.properties["pip-pin-versions"].then, data: data144 };
          if (vErrors === null) {
            vErrors = [err428];
          } else {
            vErrors.push(err428);
          }
          errors++;
        }
        var _valid47 = _errs529 === errors;
        valid98 = _valid47;
        ifClause47 = "then";
      } else {
        const _errs530 = errors;
        if (Array.isArray(data144)) {
          if (data144.length > 2) {
            const err429 = { instancePath: instancePath + "/pip-pin-versions", schemaPath: "#/properties/pip-pin-versions/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["pip-pin-versions"].else, data: data144 };
            if (vErrors === null) {
              vErrors = [err429];
            } else {
              vErrors.push(err429);
            }
            errors++;
          }
          if (data144.length < 1) {
            const err430 = { instancePath: instancePath + "/pip-pin-versions", schemaPath: "#/properties/pip-pin-versions/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["pip-pin-versions"].else, data: data144 };
            if (vErrors === null) {
              vErrors = [err430];
            } else {
              vErrors.push(err430);
            }
            errors++;
          }
          const len48 = data144.length;
          if (len48 > 0) {
            let data145 = data144[0];
            if (!(data145 === "off" || data145 === "error" || data145 === "warning" || data145 === "info" || data145 === "style")) {
              const err431 = { instancePath: instancePath + "/pip-pin-versions/0", schemaPath: "#/properties/pip-pin-versions/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["pip-pin-versions"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["pip-pin-versions"].else.items[0].enum, parentSchema: schema12.properties["pip-pin-versions"].else.items[0], data: data145 };
              if (vErrors === null) {
                vErrors = [err431];
              } else {
                vErrors.push(err431);
              }
              errors++;
            }
          }
          if (len48 > 1) {
            let data146 = data144[1];
            if (data146 && typeof data146 == "object" && !Array.isArray(data146)) {
              for (const key48 in data146) {
                if (!(key48 === "allow")) {
                  const err432 = { instancePath: instancePath + "/pip-pin-versions/1", schemaPath: "#/properties/pip-pin-versions/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["pip-pin-versions"].else.items[1], data: data146 };
                  if (vErrors === null) {
                    vErrors = [err432];
                  } else {
                    vErrors.push(err432);
                  }
                  errors++;
                }
              }
              if (data146.allow !== void 0) {
                let data147 = data146.allow;
                if (Array.isArray(data147)) {
                  const len49 = data147.length;
                  for (let i1 = 0; i1 < len49; i1++) {
                    let data148 = data147[i1];
                    if (typeof data148 !== "string") {
                      const err433 = { instancePath: instancePath + "/pip-pin-versions/1/allow/" + i1, schemaPath: "#/properties/pip-pin-versions/else/items/1/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties["pip-pin-versions"].else.items[1].properties.allow.items.type, parentSchema: schema12.properties["pip-pin-versions"].else.items[1].properties.allow.items, data: data148 };
                      if (vErrors === null) {
                        vErrors = [err433];
                      } else {
                        vErrors.push(err433);
                      }
                      errors++;
                    }
                  }
                  let i2 = data147.length;
                  let j0;
                  if (i2 > 1) {
                    const indices0 = {};
                    for (; i2--; ) {
                      let item0 = data147[i2];
                      if (typeof item0 !== "string") {
                        continue;
                      }
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err434 = { instancePath: instancePath + "/pip-pin-versions/1/allow", schemaPath: "#/properties/pip-pin-versions/else/items/1/properties/allow/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema12.properties["pip-pin-versions"].else.items[1].properties.allow, data: data147 };
                        if (vErrors === null) {
                          vErrors = [err434];
                        } else {
                          vErrors.push(err434);
                        }
                        errors++;
                        break;
                      }
                      indices0[item0] = i2;
                    }
                  }
                } else {
                  const err435 = { instancePath: instancePath + "/pip-pin-versions/1/allow", schemaPath: "#/properties/pip-pin-versions/else/items/1/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["pip-pin-versions"].else.items[1].properties.allow.type, parentSchema: schema12.properties["pip-pin-versions"].else.items[1].properties.allow, data: data147 };
                  if (vErrors === null) {
                    vErrors = [err435];
                  } else {
                    vErrors.push(err435);
                  }
                  errors++;
                }
              }
            } else {
              const err436 = { instancePath: instancePath + "/pip-pin-versions/1", schemaPath: "#/properties/pip-pin-versions/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["pip-pin-versions"].else.items[1].type, parentSchema: schema12.properties["pip-pin-versions"].else.items[1], data: data146 };
              if (vErrors === null) {
                vErrors = [err436];
              } else {
                vErrors.push(err436);
              }
              errors++;
            }
          }
        } else {
          const err437 = { instancePath: instancePath + "/pip-pin-versions", schemaPath: "#/properties/pip-pin-versions/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["pip-pin-versions"].else.type, parentSchema: schema12.properties["pip-pin-versions"].else, data: data144 };
          if (vErrors === null) {
            vErrors = [err437];
          } else {
            vErrors.push(err437);
          }
          errors++;
        }
        var _valid47 = _errs530 === errors;
        valid98 = _valid47;
        ifClause47 = "else";
      }
      if (!valid98) {
        const err438 = { instancePath: instancePath + "/pip-pin-versions", schemaPath: "#/properties/pip-pin-versions/if", keyword: "if", params: { failingKeyword: ifClause47 }, message: 'must match "' + ifClause47 + '" schema', schema: schema12.properties["pip-pin-versions"].if, parentSchema: schema12.properties["pip-pin-versions"], data: data144 };
        if (vErrors === null) {
          vErrors = [err438];
        } else {
          vErrors.push(err438);
        }
        errors++;
      }
    }
    if (data["pointless-commands"] !== void 0) {
      let data149 = data["pointless-commands"];
      const _errs541 = errors;
      let valid104 = true;
      const _errs542 = errors;
      if (typeof data149 !== "string") {
        const err439 = {};
        if (vErrors === null) {
          vErrors = [err439];
        } else {
          vErrors.push(err439);
        }
        errors++;
      }
      var _valid48 = _errs542 === errors;
      errors = _errs541;
      if (vErrors !== null) {
        if (_errs541) {
          vErrors.length = _errs541;
        } else {
          vErrors = null;
        }
      }
      let ifClause48;
      if (_valid48) {
        const _errs544 = errors;
        if (!(data149 === "off" || data149 === "error" || data149 === "warning" || data149 === "info" || data149 === "style")) {
          const err440 = { instancePath: instancePath + "/pointless-commands", schemaPath: "#/properties/pointless-commands/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["pointless-commands"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["pointless-commands"].then.enum, parentSchema: schema12.properties["pointless-commands"].then, data: data149 };
          if (vErrors === null) {
            vErrors = [err440];
          } else {
            vErrors.push(err440);
          }
          errors++;
        }
        var _valid48 = _errs544 === errors;
        valid104 = _valid48;
        ifClause48 = "then";
      } else {
        const _errs545 = errors;
        if (Array.isArray(data149)) {
          if (data149.length > 2) {
            const err441 = { instancePath: instancePath + "/pointless-commands", schemaPath: "#/properties/pointless-commands/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["pointless-commands"].else, data: data149 };
            if (vErrors === null) {
              vErrors = [err441];
            } else {
              vErrors.push(err441);
            }
            errors++;
          }
          if (data149.length < 1) {
            const err442 = { instancePath: instancePath + "/pointless-commands", schemaPath: "#/properties/pointless-commands/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["pointless-commands"].else, data: data149 };
            if (vErrors === null) {
              vErrors = [err442];
            } else {
              vErrors.push(err442);
            }
            errors++;
          }
          const len50 = data149.length;
          if (len50 > 0) {
            let data150 = data149[0];
            if (!(data150 === "off" || data150 === "error" || data150 === "warning" || data150 === "info" || data150 === "style")) {
              const err443 = { instancePath: instancePath + "/pointless-commands/0", schemaPath: "#/properties/pointless-commands/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["pointless-commands"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["pointless-commands"].else.items[0].enum, parentSchema: schema12.properties["pointless-commands"].else.items[0], data: data150 };
              if (vErrors === null) {
                vErrors = [err443];
              } else {
                vErrors.push(err443);
              }
              errors++;
            }
          }
          if (len50 > 1) {
            let data151 = data149[1];
            if (data151 && typeof data151 == "object" && !Array.isArray(data151)) {
              for (const key49 in data151) {
                const err444 = { instancePath: instancePath + "/pointless-commands/1", schemaPath: "#/properties/pointless-commands/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["pointless-commands"].else.items[1], data: data151 };
                if (vErrors === null) {
                  vErrors = [err444];
                } else {
                  vErrors.push(err444);
                }
                errors++;
              }
            } else {
              const err445 = { instancePath: instancePath + "/pointless-commands/1", schemaPath: "#/properties/pointless-commands/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["pointless-commands"].else.items[1].type, parentSchema: schema12.properties["pointless-commands"].else.items[1], data: data151 };
              if (vErrors === null) {
                vErrors = [err445];
              } else {
                vErrors.push(err445);
              }
              errors++;
            }
          }
        } else {
          const err446 = { instancePath: instancePath + "/pointless-commands", schemaPath: "#/properties/pointless-commands/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["pointless-commands"].else.type, parentSchema: schema12.properties["pointless-commands"].else, data: data149 };
          if (vErrors === null) {
            vErrors = [err446];
          } else {
            vErrors.push(err446);
          }
          errors++;
        }
        var _valid48 = _errs545 === errors;
        valid104 = _valid48;
        ifClause48 = "else";
      }
      if (!valid104) {
        const err447 = { instancePath: instancePath + "/pointless-commands", schemaPath: "#/properties/pointless-commands/if", keyword: "if", params: { failingKeyword: ifClause48 }, message: 'must match "' + ifClause48 + '" schema', schema: schema12.properties["pointless-commands"].if, parentSchema: schema12.properties["pointless-commands"], data: data149 };
        if (vErrors === null) {
          vErrors = [err447];
        } else {
          vErrors.push(err447);
        }
        errors++;
      }
    }
    if (data["requirements-pin-versions"] !== void 0) {
      let data152 = data["requirements-pin-versions"];
      const _errs552 = errors;
      let valid106 = true;
      const _errs553 = errors;
      if (typeof data152 !== "string") {
        const err448 = {};
        if (vErrors === null) {
          vErrors = [err448];
        } else {
          vErrors.push(err448);
        }
        errors++;
      }
      var _valid49 = _errs553 === errors;
      errors = _errs552;
      if (vErrors !== null) {
        if (_errs552) {
          vErrors.length = _errs552;
        } else {
          vErrors = null;
        }
      }
      let ifClause49;
      if (_valid49) {
        const _errs555 = errors;
        if (!(data152 === "off" || data152 === "error" || data152 === "warning" || data152 === "info" || data152 === "style")) {
          const err449 = { instancePath: instancePath + "/requirements-pin-versions", schemaPath: "#/properties/requirements-pin-versions/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["requirements-pin-versions"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["requirements-pin-versions"].then.enum, parentSchema: schema12.properties["requirements-pin-versions"].then, data: data152 };
          if (vErrors === null) {
            vErrors = [err449];
          } else {
            vErrors.push(err449);
          }
          errors++;
        }
        var _valid49 = _errs555 === errors;
        valid106 = _valid49;
        ifClause49 = "then";
      } else {
        const _errs556 = errors;
        if (Array.isArray(data152)) {
          if (data152.length > 2) {
            const err450 = { instancePath: instancePath + "/requirements-pin-versions", schemaPath: "#/properties/requirements-pin-versions/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["requirements-pin-versions"].else, data: data152 };
            if (vErrors === null) {
              vErrors = [err450];
            } else {
              vErrors.push(err450);
            }
            errors++;
          }
          if (data152.length < 1) {
            const err451 = { instancePath: instancePath + "/requirements-pin-versions", schemaPath: "#/properties/requirements-pin-versions/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["requirements-pin-versions"].else, data: data152 };
            if (vErrors === null) {
              vErrors = [err451];
            } else {
              vErrors.push(err451);
            }
            errors++;
          }
          const len51 = data152.length;
          if (len51 > 0) {
            let data153 = data152[0];
            if (!(data153 === "off" || data153 === "error" || data153 === "warning" || data153 === "info" || data153 === "style")) {
              const err452 = { instancePath: instancePath + "/requirements-pin-versions/0", schemaPath: "#/properties/requirements-pin-versions/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["requirements-pin-versions"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["requirements-pin-versions"].else.items[0].enum, parentSchema: schema12.properties["requirements-pin-versions"].else.items[0], data: data153 };
              if (vErrors === null) {
                vErrors = [err452];
              } else {
                vErrors.push(err452);
              }
              errors++;
            }
          }
          if (len51 > 1) {
            let data154 = data152[1];
            if (data154 && typeof data154 == "object" && !Array.isArray(data154)) {
              for (const key50 in data154) {
                const err453 = { instancePath: instancePath + "/requirements-pin-versions/1", schemaPath: "#/properties/requirements-pin-versions/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["requirements-pin-versions"].else.items[1], data: data154 };
                if (vErrors === null) {
                  vErrors = [err453];
                } else {
                  vErrors.push(err453);
                }
                errors++;
              }
            } else {
              const err454 = { instancePath: instancePath + "/requirements-pin-versions/1", schemaPath: "#/properties/requirements-pin-versions/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["requirements-pin-versions"].else.items[1].type, parentSchema: schema12.properties["requirements-pin-versions"].else.items[1], data: data154 };
              if (vErrors === null) {
                vErrors = [err454];
              } else {
                vErrors.push(err454);
              }
              errors++;
            }
          }
        } else {
          const err455 = { instancePath: instancePath + "/requirements-pin-versions", schemaPath: "#/properties/requirements-pin-versions/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["requirements-pin-versions"].else.type, parentSchema: schema12.properties["requirements-pin-versions"].else, data: data152 };
          if (vErrors === null) {
            vErrors = [err455];
          } else {
            vErrors.push(err455);
          }
          errors++;
        }
        var _valid49 = _errs556 === errors;
        valid106 = _valid49;
        ifClause49 = "else";
      }
      if (!valid106) {
        const err456 = { instancePath: instancePath + "/requirements-pin-versions", schemaPath: "#/properties/requirements-pin-versions/if", keyword: "if", params: { failingKeyword: ifClause49 }, message: 'must match "' + ifClause49 + '" schema', schema: schema12.properties["requirements-pin-versions"].if, parentSchema: schema12.properties["requirements-pin-versions"], data: data152 };
        if (vErrors === null) {
          vErrors = [err456];
        } else {
          vErrors.push(err456);
        }
        errors++;
      }
    }
    if (data["rpm-cleanup"] !== void 0) {
      let data155 = data["rpm-cleanup"];
      const _errs563 = errors;
      let valid108 = true;
      const _errs564 = errors;
      if (typeof data155 !== "string") {
        const err457 = {};
        if (vErrors === null) {
          vErrors = [err457];
        } else {
          vErrors.push(err457);
        }
        errors++;
      }
      var _valid50 = _errs564 === errors;
      errors = _errs563;
      if (vErrors !== null) {
        if (_errs563) {
          vErrors.length = _errs563;
        } else {
          vErrors = null;
        }
      }
      let ifClause50;
      if (_valid50) {
        const _errs566 = errors;
        if (!(data155 === "off" || data155 === "error" || data155 === "warning" || data155 === "info" || data155 === "style")) {
          const err458 = { instancePath: instancePath + "/rpm-cleanup", schemaPath: "#/properties/rpm-cleanup/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["rpm-cleanup"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["rpm-cleanup"].then.enum, parentSchema: schema12.properties["rpm-cleanup"].then, data: data155 };
          if (vErrors === null) {
            vErrors = [err458];
          } else {
            vErrors.push(err458);
          }
          errors++;
        }
        var _valid50 = _errs566 === errors;
        valid108 = _valid50;
        ifClause50 = "then";
      } else {
        const _errs567 = errors;
        if (Array.isArray(data155)) {
          if (data155.length > 2) {
            const err459 = { instancePath: instancePath + "/rpm-cleanup", schemaPath: "#/properties/rpm-cleanup/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["rpm-cleanup"].else, data: data155 };
            if (vErrors === null) {
              vErrors = [err459];
            } else {
              vErrors.push(err459);
            }
            errors++;
          }
          if (data155.length < 1) {
            const err460 = { instancePath: instancePath + "/rpm-cleanup", schemaPath: "#/properties/rpm-cleanup/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["rpm-cleanup"].else, data: data155 };
            if (vErrors === null) {
              vErrors = [err460];
            } else {
              vErrors.push(err460);
            }
            errors++;
          }
          const len52 = data155.length;
          if (len52 > 0) {
            let data156 = data155[0];
            if (!(data156 === "off" || data156 === "error" || data156 === "warning" || data156 === "info" || data156 === "style")) {
              const err461 = { instancePath: instancePath + "/rpm-cleanup/0", schemaPath: "#/properties/rpm-cleanup/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["rpm-cleanup"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["rpm-cleanup"].else.items[0].enum, parentSchema: schema12.properties["rpm-cleanup"].else.items[0], data: data156 };
              if (vErrors === null) {
                vErrors = [err461];
              } else {
                vErrors.push(err461);
              }
              errors++;
            }
          }
          if (len52 > 1) {
            let data157 = data155[1];
            if (data157 && typeof data157 == "object" && !Array.isArray(data157)) {
              for (const key51 in data157) {
                const err462 = { instancePath: instancePath + "/rpm-cleanup/1", schemaPath: "#/properties/rpm-cleanup/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key51 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["rpm-cleanup"].else.items[1], data: data157 };
                if (vErrors === null) {
                  vErrors = [err462];
                } else {
                  vErrors.push(err462);
                }
                errors++;
              }
            } else {
              const err463 = { instancePath: instancePath + "/rpm-cleanup/1", schemaPath: "#/properties/rpm-cleanup/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["rpm-cleanup"].else.items[1].type, parentSchema: schema12.properties["rpm-cleanup"].else.items[1], data: data157 };
              if (vErrors === null) {
                vErrors = [err463];
              } else {
                vErrors.push(err463);
              }
              errors++;
            }
          }
        } else {
          const err464 = { instancePath: instancePath + "/rpm-cleanup", schemaPath: "#/properties/rpm-cleanup/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["rpm-cleanup"].else.type, parentSchema: schema12.properties["rpm-cleanup"].else, data: data155 };
          if (vErrors === null) {
            vErrors = [err464];
          } else {
            vErrors.push(err464);
          }
          errors++;
        }
        var _valid50 = _errs567 === errors;
        valid108 = _valid50;
        ifClause50 = "else";
      }
      if (!valid108) {
        const err465 = { instancePath: instancePath + "/rpm-cleanup", schemaPath: "#/properties/rpm-cleanup/if", keyword: "if", params: { failingKeyword: ifClause50 }, message: 'must match "' + ifClause50 + '" schema', schema: schema12.properties["rpm-cleanup"].if, parentSchema: schema12.properties["rpm-cleanup"], data: data155 };
        if (vErrors === null) {
          vErrors = [err465];
        } else {
          vErrors.push(err465);
        }
        errors++;
      }
    }
    if (data["rpm-pin-versions"] !== void 0) {
      let data158 = data["rpm-pin-versions"];
      const _errs574 = errors;
      let valid110 = true;
      const _errs575 = errors;
      if (typeof data158 !== "string") {
        const err466 = {};
        if (vErrors === null) {
          vErrors = [err466];
        } else {
          vErrors.push(err466);
        }
        errors++;
      }
      var _valid51 = _errs575 === errors;
      errors = _errs574;
      if (vErrors !== null) {
        if (_errs574) {
          vErrors.length = _errs574;
        } else {
          vErrors = null;
        }
      }
      let ifClause51;
      if (_valid51) {
        const _errs577 = errors;
        if (!(data158 === "off" || data158 === "error" || data158 === "warning" || data158 === "info" || data158 === "style")) {
          const err467 = { instancePath: instancePath + "/rpm-pin-versions", schemaPath: "#/properties/rpm-pin-versions/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["rpm-pin-versions"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["rpm-pin-versions"].then.enum, parentSchema: schema12.properties["rpm-pin-versions"].then, data: data158 };
          if (vErrors === null) {
            vErrors = [err467];
          } else {
            vErrors.push(err467);
          }
          errors++;
        }
        var _valid51 = _errs577 === errors;
        valid110 = _valid51;
        ifClause51 = "then";
      } else {
        const _errs578 = errors;
        if (Array.isArray(data158)) {
          if (data158.length > 2) {
            const err468 = { instancePath: instancePath + "/rpm-pin-versions", schemaPath: "#/properties/rpm-pin-versions/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["rpm-pin-versions"].else, data: data158 };
            if (vErrors === null) {
              vErrors = [err468];
            } else {
              vErrors.push(err468);
            }
            errors++;
          }
          if (data158.length < 1) {
            const err469 = { instancePath: instancePath + "/rpm-pin-versions", schemaPath: "#/properties/rpm-pin-versions/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["rpm-pin-versions"].else, data: data158 };
            if (vErrors === null) {
              vErrors = [err469];
            } else {
              vErrors.push(err469);
            }
            errors++;
          }
          const len53 = data158.length;
          if (len53 > 0) {
            let data159 = data158[0];
            if (!(data159 === "off" || data159 === "error" || data159 === "warning" || data159 === "info" || data159 === "style")) {
              const err470 = { instancePath: instancePath + "/rpm-pin-versions/0", schemaPath: "#/properties/rpm-pin-versions/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["rpm-pin-versions"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["rpm-pin-versions"].else.items[0].enum, parentSchema: schema12.properties["rpm-pin-versions"].else.items[0], data: data159 };
              if (vErrors === null) {
                vErrors = [err470];
              } else {
                vErrors.push(err470);
              }
              errors++;
            }
          }
          if (len53 > 1) {
            let data160 = data158[1];
            if (data160 && typeof data160 == "object" && !Array.isArray(data160)) {
              for (const key52 in data160) {
                const err471 = { instancePath: instancePath + "/rpm-pin-versions/1", schemaPath: "#/properties/rpm-pin-versions/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key52 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["rpm-pin-versions"].else.items[1], data: data160 };
                if (vErrors === null) {
                  vErrors = [err471];
                } else {
                  vErrors.push(err471);
                }
                errors++;
              }
            } else {
              const err472 = { instancePath: instancePath + "/rpm-pin-versions/1", schemaPath: "#/properties/rpm-pin-versions/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["rpm-pin-versions"].else.items[1].type, parentSchema: schema12.properties["rpm-pin-versions"].else.items[1], data: data160 };
              if (vErrors === null) {
                vErrors = [err472];
              } else {
                vErrors.push(err472);
              }
              errors++;
            }
          }
        } else {
          const err473 = { instancePath: instancePath + "/rpm-pin-versions", schemaPath: "#/properties/rpm-pin-versions/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["rpm-pin-versions"].else.type, parentSchema: schema12.properties["rpm-pin-versions"].else, data: data158 };
          if (vErrors === null) {
            vErrors = [err473];
          } else {
            vErrors.push(err473);
          }
          errors++;
        }
        var _valid51 = _errs578 === errors;
        valid110 = _valid51;
        ifClause51 = "else";
      }
      if (!valid110) {
        const err474 = { instancePath: instancePath + "/rpm-pin-versions", schemaPath: "#/properties/rpm-pin-versions/if", keyword: "if", params: { failingKeyword: ifClause51 }, message: 'must match "' + ifClause51 + '" schema', schema: schema12.properties["rpm-pin-versions"].if, parentSchema: schema12.properties["rpm-pin-versions"], data: data158 };
        if (vErrors === null) {
          vErrors = [err474];
        } else {
          vErrors.push(err474);
        }
        errors++;
      }
    }
    if (data["secrets-in-arg-env"] !== void 0) {
      let data161 = data["secrets-in-arg-env"];
      const _errs585 = errors;
      let valid112 = true;
      const _errs586 = errors;
      if (typeof data161 !== "string") {
        const err475 = {};
        if (vErrors === null) {
          vErrors = [err475];
        } else {
          vErrors.push(err475);
        }
        errors++;
      }
      var _valid52 = _errs586 === errors;
      errors = _errs585;
      if (vErrors !== null) {
        if (_errs585) {
          vErrors.length = _errs585;
        } else {
          vErrors = null;
        }
      }
      let ifClause52;
      if (_valid52) {
        const _errs588 = errors;
        if (!(data161 === "off" || data161 === "error" || data161 === "warning" || data161 === "info" || data161 === "style")) {
          const err476 = { instancePath: instancePath + "/secrets-in-arg-env", schemaPath: "#/properties/secrets-in-arg-env/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["secrets-in-arg-env"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["secrets-in-arg-env"].then.enum, parentSchema: schema12.properties["secrets-in-arg-env"].then, data: data161 };
          if (vErrors === null) {
            vErrors = [err476];
          } else {
            vErrors.push(err476);
          }
          errors++;
        }
        var _valid52 = _errs588 === errors;
        valid112 = _valid52;
        ifClause52 = "then";
      } else {
        const _errs589 = errors;
        if (Array.isArray(data161)) {
          if (data161.length > 2) {
            const err477 = { instancePath: instancePath + "/secrets-in-arg-env", schemaPath: "#/properties/secrets-in-arg-env/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["secrets-in-arg-env"].else, data: data161 };
            if (vErrors === null) {
              vErrors = [err477];
            } else {
              vErrors.push(err477);
            }
            errors++;
          }
          if (data161.length < 1) {
            const err478 = { instancePath: instancePath + "/secrets-in-arg-env", schemaPath: "#/properties/secrets-in-arg-env/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["secrets-in-arg-env"].else, data: data161 };
            if (vErrors === null) {
              vErrors = [err478];
            } else {
              vErrors.push(err478);
            }
            errors++;
          }
          const len54 = data161.length;
          if (len54 > 0) {
            let data162 = data161[0];
            if (!(data162 === "off" || data162 === "error" || data162 === "warning" || data162 === "info" || data162 === "style")) {
              const err479 = { instancePath: instancePath + "/secrets-in-arg-env/0", schemaPath: "#/properties/secrets-in-arg-env/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["secrets-in-arg-env"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["secrets-in-arg-env"].else.items[0].enum, parentSchema: schema12.properties["secrets-in-arg-env"].else.items[0], data: data162 };
              if (vErrors === null) {
                vErrors = [err479];
              } else {
                vErrors.push(err479);
              }
              errors++;
            }
          }
          if (len54 > 1) {
            let data163 = data161[1];
            if (data163 && typeof data163 == "object" && !Array.isArray(data163)) {
              for (const key53 in data163) {
                const err480 = { instancePath: instancePath + "/secrets-in-arg-env/1", schemaPath: "#/properties/secrets-in-arg-env/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["secrets-in-arg-env"].else.items[1], data: data163 };
                if (vErrors === null) {
                  vErrors = [err480];
                } else {
                  vErrors.push(err480);
                }
                errors++;
              }
            } else {
              const err481 = { instancePath: instancePath + "/secrets-in-arg-env/1", schemaPath: "#/properties/secrets-in-arg-env/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["secrets-in-arg-env"].else.items[1].type, parentSchema: schema12.properties["secrets-in-arg-env"].else.items[1], data: data163 };
              if (vErrors === null) {
                vErrors = [err481];
              } else {
                vErrors.push(err481);
              }
              errors++;
            }
          }
        } else {
          const err482 = { instancePath: instancePath + "/secrets-in-arg-env", schemaPath: "#/properties/secrets-in-arg-env/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["secrets-in-arg-env"].else.type, parentSchema: schema12.properties["secrets-in-arg-env"].else, data: data161 };
          if (vErrors === null) {
            vErrors = [err482];
          } else {
            vErrors.push(err482);
          }
          errors++;
        }
        var _valid52 = _errs589 === errors;
        valid112 = _valid52;
        ifClause52 = "else";
      }
      if (!valid112) {
        const err483 = { instancePath: instancePath + "/secrets-in-arg-env", schemaPath: "#/properties/secrets-in-arg-env/if", keyword: "if", params: { failingKeyword: ifClause52 }, message: 'must match "' + ifClause52 + '" schema', schema: schema12.properties["secrets-in-arg-env"].if, parentSchema: schema12.properties["secrets-in-arg-env"], data: data161 };
        if (vErrors === null) {
          vErrors = [err483];
        } else {
          vErrors.push(err483);
        }
        errors++;
      }
    }
    if (data["server-bind-address"] !== void 0) {
      let data164 = data["server-bind-address"];
      const _errs596 = errors;
      let valid114 = true;
      const _errs597 = errors;
      if (typeof data164 !== "string") {
        const err484 = {};
        if (vErrors === null) {
          vErrors = [err484];
        } else {
          vErrors.push(err484);
        }
        errors++;
      }
      var _valid53 = _errs597 === errors;
      errors = _errs596;
      if (vErrors !== null) {
        if (_errs596) {
          vErrors.length = _errs596;
        } else {
          vErrors = null;
        }
      }
      let ifClause53;
      if (_valid53) {
        const _errs599 = errors;
        if (!(data164 === "off" || data164 === "error" || data164 === "warning" || data164 === "info" || data164 === "style")) {
          const err485 = { instancePath: instancePath + "/server-bind-address", schemaPath: "#/properties/server-bind-address/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["server-bind-address"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["server-bind-address"].then.enum, parentSchema: schema12.properties["server-bind-address"].then, data: data164 };
          if (vErrors === null) {
            vErrors = [err485];
          } else {
            vErrors.push(err485);
          }
          errors++;
        }
        var _valid53 = _errs599 === errors;
        valid114 = _valid53;
        ifClause53 = "then";
      } else {
        const _errs600 = errors;
        if (Array.isArray(data164)) {
          if (data164.length > 2) {
            const err486 = { instancePath: instancePath + "/server-bind-address", schemaPath: "#/properties/server-bind-address/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["server-bind-address"].else, data: data164 };
            if (vErrors === null) {
              vErrors = [err486];
            } else {
              vErrors.push(err486);
            }
            errors++;
          }
          if (data164.length < 1) {
            const err487 = { instancePath: instancePath + "/server-bind-address", schemaPath: "#/properties/server-bind-address/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["server-bind-address"].else, data: data164 };
            if (vErrors === null) {
              vErrors = [err487];
            } else {
              vErrors.push(err487);
            }
            errors++;
          }
          const len55 = data164.length;
          if (len55 > 0) {
            let data165 = data164[0];
            if (!(data165 === "off" || data165 === "error" || data165 === "warning" || data165 === "info" || data165 === "style")) {
              const err488 = { instancePath: instancePath + "/server-bind-address/0", schemaPath: "#/properties/server-bind-address/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["server-bind-address"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["server-bind-address"].else.items[0].enum, parentSchema: schema12.properties["server-bind-address"].else.items[0], data: data165 };
              if (vErrors === null) {
                vErrors = [err488];
              } else {
                vErrors.push(err488);
              }
              errors++;
            }
          }
          if (len55 > 1) {
            let data166 = data164[1];
            if (data166 && typeof data166 == "object" && !Array.isArray(data166)) {
              for (const key54 in data166) {
                const err489 = { instancePath: instancePath + "/server-bind-address/1", schemaPath: "#/properties/server-bind-address/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["server-bind-address"].else.items[1], data: data166 };
                if (vErrors === null) {
                  vErrors = [err489];
                } else {
                  vErrors.push(err489);
                }
                errors++;
              }
            } else {
              const err490 = { instancePath: instancePath + "/server-bind-address/1", schemaPath: "#/properties/server-bind-address/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["server-bind-address"].else.items[1].type, parentSchema: schema12.properties["server-bind-address"].else.items[1], data: data166 };
              if (vErrors === null) {
                vErrors = [err490];
              } else {
                vErrors.push(err490);
              }
              errors++;
            }
          }
        } else {
          const err491 = { instancePath: instancePath + "/server-bind-address", schemaPath: "#/properties/server-bind-address/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["server-bind-address"].else.type, parentSchema: schema12.properties["server-bind-address"].else, data: data164 };
          if (vErrors === null) {
            vErrors = [err491];
          } else {
            vErrors.push(err491);
          }
          errors++;
        }
        var _valid53 = _errs600 === errors;
        valid114 = _valid53;
        ifClause53 = "else";
      }
      if (!valid114) {
        const err492 = { instancePath: instancePath + "/server-bind-address", schemaPath: "#/properties/server-bind-address/if", keyword: "if", params: { failingKeyword: ifClause53 }, message: 'must match "' + ifClause53 + '" schema', schema: schema12.properties["server-bind-address"].if, parentSchema: schema12.properties["server-bind-address"], data: data164 };
        if (vErrors === null) {
          vErrors = [err492];
        } else {
          vErrors.push(err492);
        }
        errors++;
      }
    }
    if (data["shell-check"] !== void 0) {
      let data167 = data["shell-check"];
      const _errs607 = errors;
      let valid116 = true;
      const _errs608 = errors;
      if (typeof data167 !== "string") {
        const err493 = {};
        if (vErrors === null) {
          vErrors = [err493];
        } else {
          vErrors.push(err493);
        }
        errors++;
      }
      var _valid54 = _errs608 === errors;
      errors = _errs607;
      if (vErrors !== null) {
        if (_errs607) {
          vErrors.length = _errs607;
        } else {
          vErrors = null;
        }
      }
      let ifClause54;
      if (_valid54) {
        const _errs610 = errors;
        if (!(data167 === "off" || data167 === "error" || data167 === "warning" || data167 === "info" || data167 === "style")) {
          const err494 = { instancePath: instancePath + "/shell-check", schemaPath: "#/properties/shell-check/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["shell-check"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["shell-check"].then.enum, parentSchema: schema12.properties["shell-check"].then, data: data167 };
          if (vErrors === null) {
            vErrors = [err494];
          } else {
            vErrors.push(err494);
          }
          errors++;
        }
        var _valid54 = _errs610 === errors;
        valid116 = _valid54;
        ifClause54 = "then";
      } else {
        const _errs611 = errors;
        if (Array.isArray(data167)) {
          if (data167.length > 2) {
            const err495 = { instancePath: instancePath + "/shell-check", schemaPath: "#/properties/shell-check/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["shell-check"].else, data: data167 };
            if (vErrors === null) {
              vErrors = [err495];
            } else {
              vErrors.push(err495);
            }
            errors++;
          }
          if (data167.length < 1) {
            const err496 = { instancePath: instancePath + "/shell-check", schemaPath: "#/properties/shell-check/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["shell-check"].else, data: data167 };
            if (vErrors === null) {
              vErrors = [err496];
            } else {
              vErrors.push(err496);
            }
            errors++;
          }
          const len56 = data167.length;
          if (len56 > 0) {
            let data168 = data167[0];
            if (!(data168 === "off" || data168 === "error" || data168 === "warning" || data168 === "info" || data168 === "style")) {
              const err497 = { instancePath: instancePath + "/shell-check/0", schemaPath: "#/properties/shell-check/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["shell-check"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["shell-check"].else.items[0].enum, parentSchema: schema12.properties["shell-check"].else.items[0], data: data168 };
              if (vErrors === null) {
                vErrors = [err497];
              } else {
                vErrors.push(err497);
              }
              errors++;
            }
          }
          if (len56 > 1) {
            let data169 = data167[1];
            if (data169 && typeof data169 == "object" && !Array.isArray(data169)) {
              for (const key55 in data169) {
                const err498 = { instancePath: instancePath + "/shell-check/1", schemaPath: "#/properties/shell-check/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key55 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["shell-check"].else.items[1], data: data169 };
                if (vErrors === null) {
                  vErrors = [err498];
                } else {
                  vErrors.push(err498);
                }
                errors++;
              }
            } else {
              const err499 = { instancePath: instancePath + "/shell-check/1", schemaPath: "#/properties/shell-check/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["shell-check"].else.items[1].type, parentSchema: schema12.properties["shell-check"].else.items[1], data: data169 };
              if (vErrors === null) {
                vErrors = [err499];
              } else {
                vErrors.push(err499);
              }
              errors++;
            }
          }
        } else {
          const err500 = { instancePath: instancePath + "/shell-check", schemaPath: "#/properties/shell-check/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["shell-check"].else.type, parentSchema: schema12.properties["shell-check"].else, data: data167 };
          if (vErrors === null) {
            vErrors = [err500];
          } else {
            vErrors.push(err500);
          }
          errors++;
        }
        var _valid54 = _errs611 === errors;
        valid116 = _valid54;
        ifClause54 = "else";
      }
      if (!valid116) {
        const err501 = { instancePath: instancePath + "/shell-check", schemaPath: "#/properties/shell-check/if", keyword: "if", params: { failingKeyword: ifClause54 }, message: 'must match "' + ifClause54 + '" schema', schema: schema12.properties["shell-check"].if, parentSchema: schema12.properties["shell-check"], data: data167 };
        if (vErrors === null) {
          vErrors = [err501];
        } else {
          vErrors.push(err501);
        }
        errors++;
      }
    }
    if (data["shell-pipefail"] !== void 0) {
      let data170 = data["shell-pipefail"];
      const _errs618 = errors;
      let valid118 = true;
      const _errs619 = errors;
      if (typeof data170 !== "string") {
        const err502 = {};
        if (vErrors === null) {
          vErrors = [err502];
        } else {
          vErrors.push(err502);
        }
        errors++;
      }
      var _valid55 = _errs619 === errors;
      errors = _errs618;
      if (vErrors !== null) {
        if (_errs618) {
          vErrors.length = _errs618;
        } else {
          vErrors = null;
        }
      }
      let ifClause55;
      if (_valid55) {
        const _errs621 = errors;
        if (!(data170 === "off" || data170 === "error" || data170 === "warning" || data170 === "info" || data170 === "style")) {
          const err503 = { instancePath: instancePath + "/shell-pipefail", schemaPath: "#/properties/shell-pipefail/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["shell-pipefail"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["shell-pipefail"].then.enum, parentSchema: schema12.properties["shell-pipefail"].then, data: data170 };
          if (vErrors === null) {
            vErrors = [err503];
          } else {
            vErrors.push(err503);
          }
          errors++;
        }
        var _valid55 = _errs621 === errors;
        valid118 = _valid55;
        ifClause55 = "then";
      } else {
        const _errs622 = errors;
        if (Array.isArray(data170)) {
          if (data170.length > 2) {
            const err504 = { instancePath: instancePath + "/shell-pipefail", schemaPath: "#/properties/shell-pipefail/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["shell-pipefail"].else, data: data170 };
            if (vErrors === null) {
              vErrors = [err504];
            } else {
              vErrors.push(err504);
            }
            errors++;
          }
          if (data170.length < 1) {
            const err505 = { instancePath: instancePath + "/shell-pipefail", schemaPath: "#/properties/shell-pipefail/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["shell-pipefail"].else, data: data170 };
            if (vErrors === null) {
              vErrors = [err505];
            } else {
              vErrors.push(err505);
            }
            errors++;
          }
          const len57 = data170.length;
          if (len57 > 0) {
            let data171 = data170[0];
            if (!(data171 === "off" || data171 === "error" || data171 === "warning" || data171 === "info" || data171 === "style")) {
              const err506 = { instancePath: instancePath + "/shell-pipefail/0", schemaPath: "#/properties/shell-pipefail/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["shell-pipefail"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["shell-pipefail"].else.items[0].enum, parentSchema: schema12.properties["shell-pipefail"].else.items[0], data: data171 };
              if (vErrors === null) {
                vErrors = [err506];
              } else {
                vErrors.push(err506);
              }
              errors++;
            }
          }
          if (len57 > 1) {
            let data172 = data170[1];
            if (data172 && typeof data172 == "object" && !Array.isArray(data172)) {
              for (const key56 in data172) {
                const err507 = { instancePath: instancePath + "/shell-pipefail/1", schemaPath: "#/properties/shell-pipefail/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key56 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["shell-pipefail"].else.items[1], data: data172 };
                if (vErrors === null) {
                  vErrors = [err507];
                } else {
                  vErrors.push(err507);
                }
                errors++;
              }
            } else {
              const err508 = { instancePath: instancePath + "/shell-pipefail/1", schemaPath: "#/properties/shell-pipefail/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["shell-pipefail"].else.items[1].type, parentSchema: schema12.properties["shell-pipefail"].else.items[1], data: data172 };
              if (vErrors === null) {
                vErrors = [err508];
              } else {
                vErrors.push(err508);
              }
              errors++;
            }
          }
        } else {
          const err509 = { instancePath: instancePath + "/shell-pipefail", schemaPath: "#/properties/shell-pipefail/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["shell-pipefail"].else.type, parentSchema: schema12.properties["shell-pipefail"].else, data: data170 };
          if (vErrors === null) {
            vErrors = [err509];
          } else {
            vErrors.push(err509);
          }
          errors++;
        }
        var _valid55 = _errs622 === errors;
        valid118 = _valid55;
        ifClause55 = "else";
      }
      if (!valid118) {
        const err510 = { instancePath: instancePath + "/shell-pipefail", schemaPath: "#/properties/shell-pipefail/if", keyword: "if", params: { failingKeyword: ifClause55 }, message: 'must match "' + ifClause55 + '" schema', schema: schema12.properties["shell-pipefail"].if, parentSchema: schema12.properties["shell-pipefail"], data: data170 };
        if (vErrors === null) {
          vErrors = [err510];
        } else {
          vErrors.push(err510);
        }
        errors++;
      }
    }
    if (data.shellcheck !== void 0) {
      let data173 = data.shellcheck;
      const _errs629 = errors;
      let valid120 = true;
      const _errs630 = errors;
      if (typeof data173 !== "string") {
        const err511 = {};
        if (vErrors === null) {
          vErrors = [err511];
        } else {
          vErrors.push(err511);
        }
        errors++;
      }
      var _valid56 = _errs630 === errors;
      errors = _errs629;
      if (vErrors !== null) {
        if (_errs629) {
          vErrors.length = _errs629;
        } else {
          vErrors = null;
        }
      }
      let ifClause56;
      if (_valid56) {
        const _errs632 = errors;
        if (!(data173 === "off" || data173 === "error" || data173 === "warning" || data173 === "info" || data173 === "style")) {
          const err512 = { instancePath: instancePath + "/shellcheck", schemaPath: "#/properties/shellcheck/then/enum", keyword: "enum", params: { allowedValues: schema12.properties.shellcheck.then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.shellcheck.then.enum, parentSchema: schema12.properties.shellcheck.then, data: data173 };
          if (vErrors === null) {
            vErrors = [err512];
          } else {
            vErrors.push(err512);
          }
          errors++;
        }
        var _valid56 = _errs632 === errors;
        valid120 = _valid56;
        ifClause56 = "then";
      } else {
        const _errs633 = errors;
        if (Array.isArray(data173)) {
          if (data173.length > 2) {
            const err513 = { instancePath: instancePath + "/shellcheck", schemaPath: "#/properties/shellcheck/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties.shellcheck.else, data: data173 };
            if (vErrors === null) {
              vErrors = [err513];
            } else {
              vErrors.push(err513);
            }
            errors++;
          }
          if (data173.length < 1) {
            const err514 = { instancePath: instancePath + "/shellcheck", schemaPath: "#/properties/shellcheck/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.shellcheck.else, data: data173 };
            if (vErrors === null) {
              vErrors = [err514];
            } else {
              vErrors.push(err514);
            }
            errors++;
          }
          const len58 = data173.length;
          if (len58 > 0) {
            let data174 = data173[0];
            if (!(data174 === "off" || data174 === "error" || data174 === "warning" || data174 === "info" || data174 === "style")) {
              const err515 = { instancePath: instancePath + "/shellcheck/0", schemaPath: "#/properties/shellcheck/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties.shellcheck.else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.shellcheck.else.items[0].enum, parentSchema: schema12.properties.shellcheck.else.items[0], data: data174 };
              if (vErrors === null) {
                vErrors = [err515];
              } else {
                vErrors.push(err515);
              }
              errors++;
            }
          }
          if (len58 > 1) {
            let data175 = data173[1];
            if (data175 && typeof data175 == "object" && !Array.isArray(data175)) {
              for (const key57 in data175) {
                if (!(key57 === "level" || key57 === "exclude")) {
                  const err516 = { instancePath: instancePath + "/shellcheck/1", schemaPath: "#/properties/shellcheck/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key57 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.shellcheck.else.items[1], data: data175 };
                  if (vErrors === null) {
                    vErrors = [err516];
                  } else {
                    vErrors.push(err516);
                  }
                  errors++;
                }
              }
              if (data175.level !== void 0) {
                let data176 = data175.level;
                if (!(data176 === "error" || data176 === "warning" || data176 === "info" || data176 === "style")) {
                  const err517 = { instancePath: instancePath + "/shellcheck/1/level", schemaPath: "#/properties/shellcheck/else/items/1/properties/level/enum", keyword: "enum", params: { allowedValues: schema12.properties.shellcheck.else.items[1].properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.shellcheck.else.items[1].properties.level.enum, parentSchema: schema12.properties.shellcheck.else.items[1].properties.level, data: data176 };
                  if (vErrors === null) {
                    vErrors = [err517];
                  } else {
                    vErrors.push(err517);
                  }
                  errors++;
                }
              }
              if (data175.exclude !== void 0) {
                let data177 = data175.exclude;
                if (Array.isArray(data177)) {
                  const len59 = data177.length;
                  for (let i3 = 0; i3 < len59; i3++) {
                    let data178 = data177[i3];
                    if (typeof data178 === "string") {
                      if (!pattern0.test(data178)) {
                        const err518 = { instancePath: instancePath + "/shellcheck/1/exclude/" + i3, schemaPath: "#/properties/shellcheck/else/items/1/properties/exclude/items/pattern", keyword: "pattern", params: { pattern: "^[Ss][Cc][0-9]{4}$" }, message: 'must match pattern "^[Ss][Cc][0-9]{4}$"', schema: "^[Ss][Cc][0-9]{4}$", parentSchema: schema12.properties.shellcheck.else.items[1].properties.exclude.items, data: data178 };
                        if (vErrors === null) {
                          vErrors = [err518];
                        } else {
                          vErrors.push(err518);
                        }
                        errors++;
                      }
                    } else {
                      const err519 = { instancePath: instancePath + "/shellcheck/1/exclude/" + i3, schemaPath: "#/properties/shellcheck/else/items/1/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.shellcheck.else.items[1].properties.exclude.items.type, parentSchema: schema12.properties.shellcheck.else.items[1].properties.exclude.items, data: data178 };
                      if (vErrors === null) {
                        vErrors = [err519];
                      } else {
                        vErrors.push(err519);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err520 = { instancePath: instancePath + "/shellcheck/1/exclude", schemaPath: "#/properties/shellcheck/else/items/1/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.shellcheck.else.items[1].properties.exclude.type, parentSchema: schema12.properties.shellcheck.else.items[1].properties.exclude, data: data177 };
                  if (vErrors === null) {
                    vErrors = [err520];
                  } else {
                    vErrors.push(err520);
                  }
                  errors++;
                }
              }
            } else {
              const err521 = { instancePath: instancePath + "/shellcheck/1", schemaPath: "#/properties/shellcheck/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.shellcheck.else.items[1].type, parentSchema: schema12.properties.shellcheck.else.items[1], data: data175 };
              if (vErrors === null) {
                vErrors = [err521];
              } else {
                vErrors.push(err521);
              }
              errors++;
            }
          }
        } else {
          const err522 = { instancePath: instancePath + "/shellcheck", schemaPath: "#/properties/shellcheck/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.shellcheck.else.type, parentSchema: schema12.properties.shellcheck.else, data: data173 };
          if (vErrors === null) {
            vErrors = [err522];
          } else {
            vErrors.push(err522);
          }
          errors++;
        }
        var _valid56 = _errs633 === errors;
        valid120 = _valid56;
        ifClause56 = "else";
      }
      if (!valid120) {
        const err523 = { instancePath: instancePath + "/shellcheck", schemaPath: "#/properties/shellcheck/if", keyword: "if", params: { failingKeyword: ifClause56 }, message: 'must match "' + ifClause56 + '" schema', schema: schema12.properties.shellcheck.if, parentSchema: schema12.properties.shellcheck, data: data173 };
        if (vErrors === null) {
          vErrors = [err523];
        } else {
          vErrors.push(err523);
        }
        errors++;
      }
    }
    if (data["single-cmd"] !== void 0) {
      let data179 = data["single-cmd"];
      const _errs645 = errors;
      let valid125 = true;
      const _errs646 = errors;
      if (typeof data179 !== "string") {
        const err524 = {};
        if (vErrors === null) {
          vErrors = [err524];
        } else {
          vErrors.push(err524);
        }
        errors++;
      }
      var _valid57 = _errs646 === errors;
      errors = _errs645;
      if (vErrors !== null) {
        if (_errs645) {
          vErrors.length = _errs645;
        } else {
          vErrors = null;
        }
      }
      let ifClause57;
      if (_valid57) {
        const _errs648 = errors;
        if (!(data179 === "off" || data179 === "error" || data179 === "warning" || data179 === "info" || data179 === "style")) {
          const err525 = { instancePath: instancePath + "/single-cmd", schemaPath: "#/properties/single-cmd/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["single-cmd"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["single-cmd"].then.enum, parentSchema: schema12.properties["single-cmd"].then, data: data179 };
          if (vErrors === null) {
            vErrors = [err525];
          } else {
            vErrors.push(err525);
          }
          errors++;
        }
        var _valid57 = _errs648 === errors;
        valid125 = _valid57;
        ifClause57 = "then";
      } else {
        const _errs649 = errors;
        if (Array.isArray(data179)) {
          if (data179.length > 2) {
            const err526 = { instancePath: instancePath + "/single-cmd", schemaPath: "#/properties/single-cmd/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["single-cmd"].else, data: data179 };
            if (vErrors === null) {
              vErrors = [err526];
            } else {
              vErrors.push(err526);
            }
            errors++;
          }
          if (data179.length < 1) {
            const err527 = { instancePath: instancePath + "/single-cmd", schemaPath: "#/properties/single-cmd/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["single-cmd"].else, data: data179 };
            if (vErrors === null) {
              vErrors = [err527];
            } else {
              vErrors.push(err527);
            }
            errors++;
          }
          const len60 = data179.length;
          if (len60 > 0) {
            let data180 = data179[0];
            if (!(data180 === "off" || data180 === "error" || data180 === "warning" || data180 === "info" || data180 === "style")) {
              const err528 = { instancePath: instancePath + "/single-cmd/0", schemaPath: "#/properties/single-cmd/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["single-cmd"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["single-cmd"].else.items[0].enum, parentSchema: schema12.properties["single-cmd"].else.items[0], data: data180 };
              if (vErrors === null) {
                vErrors = [err528];
              } else {
                vErrors.push(err528);
              }
              errors++;
            }
          }
          if (len60 > 1) {
            let data181 = data179[1];
            if (data181 && typeof data181 == "object" && !Array.isArray(data181)) {
              for (const key58 in data181) {
                const err529 = { instancePath: instancePath + "/single-cmd/1", schemaPath: "#/properties/single-cmd/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key58 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["single-cmd"].else.items[1], data: data181 };
                if (vErrors === null) {
                  vErrors = [err529];
                } else {
                  vErrors.push(err529);
                }
                errors++;
              }
            } else {
              const err530 = { instancePath: instancePath + "/single-cmd/1", schemaPath: "#/properties/single-cmd/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["single-cmd"].else.items[1].type, parentSchema: schema12.properties["single-cmd"].else.items[1], data: data181 };
              if (vErrors === null) {
                vErrors = [err530];
              } else {
                vErrors.push(err530);
              }
              errors++;
            }
          }
        } else {
          const err531 = { instancePath: instancePath + "/single-cmd", schemaPath: "#/properties/single-cmd/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["single-cmd"].else.type, parentSchema: schema12.properties["single-cmd"].else, data: data179 };
          if (vErrors === null) {
            vErrors = [err531];
          } else {
            vErrors.push(err531);
          }
          errors++;
        }
        var _valid57 = _errs649 === errors;
        valid125 = _valid57;
        ifClause57 = "else";
      }
      if (!valid125) {
        const err532 = { instancePath: instancePath + "/single-cmd", schemaPath: "#/properties/single-cmd/if", keyword: "if", params: { failingKeyword: ifClause57 }, message: 'must match "' + ifClause57 + '" schema', schema: schema12.properties["single-cmd"].if, parentSchema: schema12.properties["single-cmd"], data: data179 };
        if (vErrors === null) {
          vErrors = [err532];
        } else {
          vErrors.push(err532);
        }
        errors++;
      }
    }
    if (data["stage-name-unique"] !== void 0) {
      let data182 = data["stage-name-unique"];
      const _errs656 = errors;
      let valid127 = true;
      const _errs657 = errors;
      if (typeof data182 !== "string") {
        const err533 = {};
        if (vErrors === null) {
          vErrors = [err533];
        } else {
          vErrors.push(err533);
        }
        errors++;
      }
      var _valid58 = _errs657 === errors;
      errors = _errs656;
      if (vErrors !== null) {
        if (_errs656) {
          vErrors.length = _errs656;
        } else {
          vErrors = null;
        }
      }
      let ifClause58;
      if (_valid58) {
        const _errs659 = errors;
        if (!(data182 === "off" || data182 === "error" || data182 === "warning" || data182 === "info" || data182 === "style")) {
          const err534 = { instancePath: instancePath + "/stage-name-unique", schemaPath: "#/properties/stage-name-unique/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["stage-name-unique"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["stage-name-unique"].then.enum, parentSchema: schema12.properties["stage-name-unique"].then, data: data182 };
          if (vErrors === null) {
            vErrors = [err534];
          } else {
            vErrors.push(err534);
          }
          errors++;
        }
        var _valid58 = _errs659 === errors;
        valid127 = _valid58;
        ifClause58 = "then";
      } else {
        const _errs660 = errors;
        if (Array.isArray(data182)) {
          if (data182.length > 2) {
            const err535 = { instancePath: instancePath + "/stage-name-unique", schemaPath: "#/properties/stage-name-unique/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["stage-name-unique"].else, data: data182 };
            if (vErrors === null) {
              vErrors = [err535];
            } else {
              vErrors.push(err535);
            }
            errors++;
          }
          if (data182.length < 1) {
            const err536 = { instancePath: instancePath + "/stage-name-unique", schemaPath: "#/properties/stage-name-unique/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["stage-name-unique"].else, data: data182 };
            if (vErrors === null) {
              vErrors = [err536];
            } else {
              vErrors.push(err536);
            }
            errors++;
          }
          const len61 = data182.length;
          if (len61 > 0) {
            let data183 = data182[0];
            if (!(data183 === "off" || data183 === "error" || data183 === "warning" || data183 === "info" || data183 === "style")) {
              const err537 = { instancePath: instancePath + "/stage-name-unique/0", schemaPath: "#/properties/stage-name-unique/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["stage-name-unique"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["stage-name-unique"].else.items[0].enum, parentSchema: schema12.properties["stage-name-unique"].else.items[0], data: data183 };
              if (vErrors === null) {
                vErrors = [err537];
              } else {
                vErrors.push(err537);
              }
              errors++;
            }
          }
          if (len61 > 1) {
            let data184 = data182[1];
            if (data184 && typeof data184 == "object" && !Array.isArray(data184)) {
              for (const key59 in data184) {
                const err538 = { instancePath: instancePath + "/stage-name-unique/1", schemaPath: "#/properties/stage-name-unique/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["stage-name-unique"].else.items[1], data: data184 };
                if (vErrors === null) {
                  vErrors = [err538];
                } else {
                  vErrors.push(err538);
                }
                errors++;
              }
            } else {
              const err539 = { instancePath: instancePath + "/stage-name-unique/1", schemaPath: "#/properties/stage-name-unique/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["stage-name-unique"].else.items[1].type, parentSchema: schema12.properties["stage-name-unique"].else.items[1], data: data184 };
              if (vErrors === null) {
                vErrors = [err539];
              } else {
                vErrors.push(err539);
              }
              errors++;
            }
          }
        } else {
          const err540 = { instancePath: instancePath + "/stage-name-unique", schemaPath: "#/properties/stage-name-unique/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["stage-name-unique"].else.type, parentSchema: schema12.properties["stage-name-unique"].else, data: data182 };
          if (vErrors === null) {
            vErrors = [err540];
          } else {
            vErrors.push(err540);
          }
          errors++;
        }
        var _valid58 = _errs660 === errors;
        valid127 = _valid58;
        ifClause58 = "else";
      }
      if (!valid127) {
        const err541 = { instancePath: instancePath + "/stage-name-unique", schemaPath: "#/properties/stage-name-unique/if", keyword: "if", params: { failingKeyword: ifClause58 }, message: 'must match "' + ifClause58 + '" schema', schema: schema12.properties["stage-name-unique"].if, parentSchema: schema12.properties["stage-name-unique"], data: data182 };
        if (vErrors === null) {
          vErrors = [err541];
        } else {
          vErrors.push(err541);
        }
        errors++;
      }
    }
    if (data["syntax-error"] !== void 0) {
      let data185 = data["syntax-error"];
      const _errs667 = errors;
      let valid129 = true;
      const _errs668 = errors;
      if (typeof data185 !== "string") {
        const err542 = {};
        if (vErrors === null) {
          vErrors = [err542];
        } else {
          vErrors.push(err542);
        }
        errors++;
      }
      var _valid59 = _errs668 === errors;
      errors = _errs667;
      if (vErrors !== null) {
        if (_errs667) {
          vErrors.length = _errs667;
        } else {
          vErrors = null;
        }
      }
      let ifClause59;
      if (_valid59) {
        const _errs670 = errors;
        if (!(data185 === "off" || data185 === "error" || data185 === "warning" || data185 === "info" || data185 === "style")) {
          const err543 = { instancePath: instancePath + "/syntax-error", schemaPath: "#/properties/syntax-error/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["syntax-error"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["syntax-error"].then.enum, parentSchema: schema12.properties["syntax-error"].then, data: data185 };
          if (vErrors === null) {
            vErrors = [err543];
          } else {
            vErrors.push(err543);
          }
          errors++;
        }
        var _valid59 = _errs670 === errors;
        valid129 = _valid59;
        ifClause59 = "then";
      } else {
        const _errs671 = errors;
        if (Array.isArray(data185)) {
          if (data185.length > 2) {
            const err544 = { instancePath: instancePath + "/syntax-error", schemaPath: "#/properties/syntax-error/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["syntax-error"].else, data: data185 };
            if (vErrors === null) {
              vErrors = [err544];
            } else {
              vErrors.push(err544);
            }
            errors++;
          }
          if (data185.length < 1) {
            const err545 = { instancePath: instancePath + "/syntax-error", schemaPath: "#/properties/syntax-error/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["syntax-error"].else, data: data185 };
            if (vErrors === null) {
              vErrors = [err545];
            } else {
              vErrors.push(err545);
            }
            errors++;
          }
          const len62 = data185.length;
          if (len62 > 0) {
            let data186 = data185[0];
            if (!(data186 === "off" || data186 === "error" || data186 === "warning" || data186 === "info" || data186 === "style")) {
              const err546 = { instancePath: instancePath + "/syntax-error/0", schemaPath: "#/properties/syntax-error/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["syntax-error"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["syntax-error"].else.items[0].enum, parentSchema: schema12.properties["syntax-error"].else.items[0], data: data186 };
              if (vErrors === null) {
                vErrors = [err546];
              } else {
                vErrors.push(err546);
              }
              errors++;
            }
          }
          if (len62 > 1) {
            let data187 = data185[1];
            if (data187 && typeof data187 == "object" && !Array.isArray(data187)) {
              for (const key60 in data187) {
                const err547 = { instancePath: instancePath + "/syntax-error/1", schemaPath: "#/properties/syntax-error/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key60 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["syntax-error"].else.items[1], data: data187 };
                if (vErrors === null) {
                  vErrors = [err547];
                } else {
                  vErrors.push(err547);
                }
                errors++;
              }
            } else {
              const err548 = { instancePath: instancePath + "/syntax-error/1", schemaPath: "#/properties/syntax-error/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["syntax-error"].else.items[1].type, parentSchema: schema12.properties["syntax-error"].else.items[1], data: data187 };
              if (vErrors === null) {
                vErrors = [err548];
              } else {
                vErrors.push(err548);
              }
              errors++;
            }
          }
        } else {
          const err549 = { instancePath: instancePath + "/syntax-error", schemaPath: "#/properties/syntax-error/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["syntax-error"].else.type, parentSchema: schema12.properties["syntax-error"].else, data: data185 };
          if (vErrors === null) {
            vErrors = [err549];
          } else {
            vErrors.push(err549);
          }
          errors++;
        }
        var _valid59 = _errs671 === errors;
        valid129 = _valid59;
        ifClause59 = "else";
      }
      if (!valid129) {
        const err550 = { instancePath: instancePath + "/syntax-error", schemaPath: "#/properties/syntax-error/if", keyword: "if", params: { failingKeyword: ifClause59 }, message: 'must match "' + ifClause59 + '" schema', schema: schema12.properties["syntax-error"].if, parentSchema: schema12.properties["syntax-error"], data: data185 };
        if (vErrors === null) {
          vErrors = [err550];
        } else {
          vErrors.push(err550);
        }
        errors++;
      }
    }
    if (data["torch-wheel-variant"] !== void 0) {
      let data188 = data["torch-wheel-variant"];
      const _errs678 = errors;
      let valid131 = true;
      const _errs679 = errors;
      if (typeof data188 !== "string") {
        const err551 = {};
        if (vErrors === null) {
          vErrors = [err551];
        } else {
          vErrors.push(err551);
        }
        errors++;
      }
      var _valid60 = _errs679 === errors;
      errors = _errs678;
      if (vErrors !== null) {
        if (_errs678) {
          vErrors.length = _errs678;
        } else {
          vErrors = null;
        }
      }
      let ifClause60;
      if (_valid60) {
        const _errs681 = errors;
        if (!(data188 === "off" || data188 === "error" || data188 === "warning" || data188 === "info" || data188 === "style")) {
          const err552 = { instancePath: instancePath + "/torch-wheel-variant", schemaPath: "#/properties/torch-wheel-variant/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["torch-wheel-variant"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["torch-wheel-variant"].then.enum, parentSchema: schema12.properties["torch-wheel-variant"].then, data: data188 };
          if (vErrors === null) {
            vErrors = [err552];
          } else {
            vErrors.push(err552);
          }
          errors++;
        }
        var _valid60 = _errs681 === errors;
        valid131 = _valid60;
        ifClause60 = "then";
      } else {
        const _errs682 = errors;
        if (Array.isArray(data188)) {
          if (data188.length > 2) {
            const err553 = { instancePath: instancePath + "/torch-wheel-variant", schemaPath: "#/properties/torch-wheel-variant/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["torch-wheel-variant"].else, data: data188 };
            if (vErrors === null) {
              vErrors = [err553];
            } else {
              vErrors.push(err553);
            }
            errors++;
          }
          if (data188.length < 1) {
            const err554 = { instancePath: instancePath + "/torch-wheel-variant", schemaPath: "#/properties/torch-wheel-variant/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["torch-wheel-variant"].else, data: data188 };
            if (vErrors === null) {
              vErrors = [err554];
            } else {
              vErrors.push(err554);
            }
            errors++;
          }
          const len63 = data188.length;
          if (len63 > 0) {
            let data189 = data188[0];
            if (!(data189 === "off" || data189 === "error" || data189 === "warning" || data189 === "info" || data189 === "style")) {
              const err555 = { instancePath: instancePath + "/torch-wheel-variant/0", schemaPath: "#/properties/torch-wheel-variant/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["torch-wheel-variant"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["torch-wheel-variant"].else.items[0].enum, parentSchema: schema12.properties["torch-wheel-variant"].else.items[0], data: data189 };
              if (vErrors === null) {
                vErrors = [err555];
              } else {
                vErrors.push(err555);
              }
              errors++;
            }
          }
          if (len63 > 1) {
            let data190 = data188[1];
            if (data190 && typeof data190 == "object" && !Array.isArray(data190)) {
              for (const key61 in data190) {
                const err556 = { instancePath: instancePath + "/torch-wheel-variant/1", schemaPath: "#/properties/torch-wheel-variant/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key61 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["torch-wheel-variant"].else.items[1], data: data190 };
                if (vErrors === null) {
                  vErrors = [err556];
                } else {
                  vErrors.push(err556);
                }
                errors++;
              }
            } else {
              const err557 = { instancePath: instancePath + "/torch-wheel-variant/1", schemaPath: "#/properties/torch-wheel-variant/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["torch-wheel-variant"].else.items[1].type, parentSchema: schema12.properties["torch-wheel-variant"].else.items[1], data: data190 };
              if (vErrors === null) {
                vErrors = [err557];
              } else {
                vErrors.push(err557);
              }
              errors++;
            }
          }
        } else {
          const err558 = { instancePath: instancePath + "/torch-wheel-variant", schemaPath: "#/properties/torch-wheel-variant/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["torch-wheel-variant"].else.type, parentSchema: schema12.properties["torch-wheel-variant"].else, data: data188 };
          if (vErrors === null) {
            vErrors = [err558];
          } else {
            vErrors.push(err558);
          }
          errors++;
        }
        var _valid60 = _errs682 === errors;
        valid131 = _valid60;
        ifClause60 = "else";
      }
      if (!valid131) {
        const err559 = { instancePath: instancePath + "/torch-wheel-variant", schemaPath: "#/properties/torch-wheel-variant/if", keyword: "if", params: { failingKeyword: ifClause60 }, message: 'must match "' + ifClause60 + '" schema', schema: schema12.properties["torch-wheel-variant"].if, parentSchema: schema12.properties["torch-wheel-variant"], data: data188 };
        if (vErrors === null) {
          vErrors = [err559];
        } else {
          vErrors.push(err559);
        }
        errors++;
      }
    }
    if (data["undefined-var"] !== void 0) {
      let data191 = data["undefined-var"];
      const _errs689 = errors;
      let valid133 = true;
      const _errs690 = errors;
      if (typeof data191 !== "string") {
        const err560 = {};
        if (vErrors === null) {
          vErrors = [err560];
        } else {
          vErrors.push(err560);
        }
        errors++;
      }
      var _valid61 = _errs690 === errors;
      errors = _errs689;
      if (vErrors !== null) {
        if (_errs689) {
          vErrors.length = _errs689;
        } else {
          vErrors = null;
        }
      }
      let ifClause61;
      if (_valid61) {
        const _errs692 = errors;
        if (!(data191 === "off" || data191 === "error" || data191 === "warning" || data191 === "info" || data191 === "style")) {
          const err561 = { instancePath: instancePath + "/undefined-var", schemaPath: "#/properties/undefined-var/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["undefined-var"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["undefined-var"].then.enum, parentSchema: schema12.properties["undefined-var"].then, data: data191 };
          if (vErrors === null) {
            vErrors = [err561];
          } else {
            vErrors.push(err561);
          }
          errors++;
        }
        var _valid61 = _errs692 === errors;
        valid133 = _valid61;
        ifClause61 = "then";
      } else {
        const _errs693 = errors;
        if (Array.isArray(data191)) {
          if (data191.length > 2) {
            const err562 = { instancePath: instancePath + "/undefined-var", schemaPath: "#/properties/undefined-var/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["undefined-var"].else, data: data191 };
            if (vErrors === null) {
              vErrors = [err562];
            } else {
              vErrors.push(err562);
            }
            errors++;
          }
          if (data191.length < 1) {
            const err563 = { instancePath: instancePath + "/undefined-var", schemaPath: "#/properties/undefined-var/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["undefined-var"].else, data: data191 };
            if (vErrors === null) {
              vErrors = [err563];
            } else {
              vErrors.push(err563);
            }
            errors++;
          }
          const len64 = data191.length;
          if (len64 > 0) {
            let data192 = data191[0];
            if (!(data192 === "off" || data192 === "error" || data192 === "warning" || data192 === "info" || data192 === "style")) {
              const err564 = { instancePath: instancePath + "/undefined-var/0", schemaPath: "#/properties/undefined-var/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["undefined-var"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["undefined-var"].else.items[0].enum, parentSchema: schema12.properties["undefined-var"].else.items[0], data: data192 };
              if (vErrors === null) {
                vErrors = [err564];
              } else {
                vErrors.push(err564);
              }
              errors++;
            }
          }
          if (len64 > 1) {
            let data193 = data191[1];
            if (data193 && typeof data193 == "object" && !Array.isArray(data193)) {
              for (const key62 in data193) {
                const err565 = { instancePath: instancePath + "/undefined-var/1", schemaPath: "#/properties/undefined-var/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key62 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["undefined-var"].else.items[1], data: data193 };
                if (vErrors === null) {
                  vErrors = [err565];
                } else {
                  vErrors.push(err565);
                }
                errors++;
              }
            } else {
              const err566 = { instancePath: instancePath + "/undefined-var/1", schemaPath: "#/properties/undefined-var/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["undefined-var"].else.items[1].type, parentSchema: schema12.properties["undefined-var"].else.items[1], data: data193 };
              if (vErrors === null) {
                vErrors = [err566];
              } else {
                vErrors.push(err566);
              }
              errors++;
            }
          }
        } else {
          const err567 = { instancePath: instancePath + "/undefined-var", schemaPath: "#/properties/undefined-var/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["undefined-var"].else.type, parentSchema: schema12.properties["undefined-var"].else, data: data191 };
          if (vErrors === null) {
            vErrors = [err567];
          } else {
            vErrors.push(err567);
          }
          errors++;
        }
        var _valid61 = _errs693 === errors;
        valid133 = _valid61;
        ifClause61 = "else";
      }
      if (!valid133) {
        const err568 = { instancePath: instancePath + "/undefined-var", schemaPath: "#/properties/undefined-var/if", keyword: "if", params: { failingKeyword: ifClause61 }, message: 'must match "' + ifClause61 + '" schema', schema: schema12.properties["undefined-var"].if, parentSchema: schema12.properties["undefined-var"], data: data191 };
        if (vErrors === null) {
          vErrors = [err568];
        } else {
          vErrors.push(err568);
        }
        errors++;
      }
    }
    if (data["useradd-large-uid"] !== void 0) {
      let data194 = data["useradd-large-uid"];
      const _errs700 = errors;
      let valid135 = true;
      const _errs701 = errors;
      if (typeof data194 !== "string") {
        const err569 = {};
        if (vErrors === null) {
          vErrors = [err569];
        } else {
          vErrors.push(err569);
        }
        errors++;
      }
      var _valid62 = _errs701 === errors;
      errors = _errs700;
      if (vErrors !== null) {
        if (_errs700) {
          vErrors.length = _errs700;
        } else {
          vErrors = null;
        }
      }
      let ifClause62;
      if (_valid62) {
        const _errs703 = errors;
        if (!(data194 === "off" || data194 === "error" || data194 === "warning" || data194 === "info" || data194 === "style")) {
          const err570 = { instancePath: instancePath + "/useradd-large-uid", schemaPath: "#/properties/useradd-large-uid/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["useradd-large-uid"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["useradd-large-uid"].then.enum, parentSchema: schema12.properties["useradd-large-uid"].then, data: data194 };
          if (vErrors === null) {
            vErrors = [err570];
          } else {
            vErrors.push(err570);
          }
          errors++;
        }
        var _valid62 = _errs703 === errors;
        valid135 = _valid62;
        ifClause62 = "then";
      } else {
        const _errs704 = errors;
        if (Array.isArray(data194)) {
          if (data194.length > 2) {
            const err571 = { instancePath: instancePath + "/useradd-large-uid", schemaPath: "#/properties/useradd-large-uid/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["useradd-large-uid"].else, data: data194 };
            if (vErrors === null) {
              vErrors = [err571];
            } else {
              vErrors.push(err571);
            }
            errors++;
          }
          if (data194.length < 1) {
            const err572 = { instancePath: instancePath + "/useradd-large-uid", schemaPath: "#/properties/useradd-large-uid/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["useradd-large-uid"].else, data: data194 };
            if (vErrors === null) {
              vErrors = [err572];
            } else {
              vErrors.push(err572);
            }
            errors++;
          }
          const len65 = data194.length;
          if (len65 > 0) {
            let data195 = data194[0];
            if (!(data195 === "off" || data195 === "error" || data195 === "warning" || data195 === "info" || data195 === "style")) {
              const err573 = { instancePath: instancePath + "/useradd-large-uid/0", schemaPath: "#/properties/useradd-large-uid/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["useradd-large-uid"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["useradd-large-uid"].else.items[0].enum, parentSchema: schema12.properties["useradd-large-uid"].else.items[0], data: data195 };
              if (vErrors === null) {
                vErrors = [err573];
              } else {
                vErrors.push(err573);
              }
              errors++;
            }
          }
          if (len65 > 1) {
            let data196 = data194[1];
            if (data196 && typeof data196 == "object" && !Array.isArray(data196)) {
              for (const key63 in data196) {
                const err574 = { instancePath: instancePath + "/useradd-large-uid/1", schemaPath: "#/properties/useradd-large-uid/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key63 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["useradd-large-uid"].else.items[1], data: data196 };
                if (vErrors === null) {
                  vErrors = [err574];
                } else {
                  vErrors.push(err574);
                }
                errors++;
              }
            } else {
              const err575 = { instancePath: instancePath + "/useradd-large-uid/1", schemaPath: "#/properties/useradd-large-uid/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["useradd-large-uid"].else.items[1].type, parentSchema: schema12.properties["useradd-large-uid"].else.items[1], data: data196 };
              if (vErrors === null) {
                vErrors = [err575];
              } else {
                vErrors.push(err575);
              }
              errors++;
            }
          }
        } else {
          const err576 = { instancePath: instancePath + "/useradd-large-uid", schemaPath: "#/properties/useradd-large-uid/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["useradd-large-uid"].else.type, parentSchema: schema12.properties["useradd-large-uid"].else, data: data194 };
          if (vErrors === null) {
            vErrors = [err576];
          } else {
            vErrors.push(err576);
          }
          errors++;
        }
        var _valid62 = _errs704 === errors;
        valid135 = _valid62;
        ifClause62 = "else";
      }
      if (!valid135) {
        const err577 = { instancePath: instancePath + "/useradd-large-uid", schemaPath: "#/properties/useradd-large-uid/if", keyword: "if", params: { failingKeyword: ifClause62 }, message: 'must match "' + ifClause62 + '" schema', schema: schema12.properties["useradd-large-uid"].if, parentSchema: schema12.properties["useradd-large-uid"], data: data194 };
        if (vErrors === null) {
          vErrors = [err577];
        } else {
          vErrors.push(err577);
        }
        errors++;
      }
    }
    if (data["wget-and-curl"] !== void 0) {
      let data197 = data["wget-and-curl"];
      const _errs711 = errors;
      let valid137 = true;
      const _errs712 = errors;
      if (typeof data197 !== "string") {
        const err578 = {};
        if (vErrors === null) {
          vErrors = [err578];
        } else {
          vErrors.push(err578);
        }
        errors++;
      }
      var _valid63 = _errs712 === errors;
      errors = _errs711;
      if (vErrors !== null) {
        if (_errs711) {
          vErrors.length = _errs711;
        } else {
          vErrors = null;
        }
      }
      let ifClause63;
      if (_valid63) {
        const _errs714 = errors;
        if (!(data197 === "off" || data197 === "error" || data197 === "warning" || data197 === "info" || data197 === "style")) {
          const err579 = { instancePath: instancePath + "/wget-and-curl", schemaPath: "#/properties/wget-and-curl/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["wget-and-curl"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["wget-and-curl"].then.enum, parentSchema: schema12.properties["wget-and-curl"].then, data: data197 };
          if (vErrors === null) {
            vErrors = [err579];
          } else {
            vErrors.push(err579);
          }
          errors++;
        }
        var _valid63 = _errs714 === errors;
        valid137 = _valid63;
        ifClause63 = "then";
      } else {
        const _errs715 = errors;
        if (Array.isArray(data197)) {
          if (data197.length > 2) {
            const err580 = { instancePath: instancePath + "/wget-and-curl", schemaPath: "#/properties/wget-and-curl/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["wget-and-curl"].else, data: data197 };
            if (vErrors === null) {
              vErrors = [err580];
            } else {
              vErrors.push(err580);
            }
            errors++;
          }
          if (data197.length < 1) {
            const err581 = { instancePath: instancePath + "/wget-and-curl", schemaPath: "#/properties/wget-and-curl/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["wget-and-curl"].else, data: data197 };
            if (vErrors === null) {
              vErrors = [err581];
            } else {
              vErrors.push(err581);
            }
            errors++;
          }
          const len66 = data197.length;
          if (len66 > 0) {
            let data198 = data197[0];
            if (!(data198 === "off" || data198 === "error" || data198 === "warning" || data198 === "info" || data198 === "style")) {
              const err582 = { instancePath: instancePath + "/wget-and-curl/0", schemaPath: "#/properties/wget-and-curl/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["wget-and-curl"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["wget-and-curl"].else.items[0].enum, parentSchema: schema12.properties["wget-and-curl"].else.items[0], data: data198 };
              if (vErrors === null) {
                vErrors = [err582];
              } else {
                vErrors.push(err582);
              }
              errors++;
            }
          }
          if (len66 > 1) {
            let data199 = data197[1];
            if (data199 && typeof data199 == "object" && !Array.isArray(data199)) {
              for (const key64 in data199) {
                const err583 = { instancePath: instancePath + "/wget-and-curl/1", schemaPath: "#/properties/wget-and-curl/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key64 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["wget-and-curl"].else.items[1], data: data199 };
                if (vErrors === null) {
                  vErrors = [err583];
                } else {
                  vErrors.push(err583);
                }
                errors++;
              }
            } else {
              const err584 = { instancePath: instancePath + "/wget-and-curl/1", schemaPath: "#/properties/wget-and-curl/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["wget-and-curl"].else.items[1].type, parentSchema: schema12.properties["wget-and-curl"].else.items[1], data: data199 };
              if (vErrors === null) {
                vErrors = [err584];
              } else {
                vErrors.push(err584);
              }
              errors++;
            }
          }
        } else {
          const err585 = { instancePath: instancePath + "/wget-and-curl", schemaPath: "#/properties/wget-and-curl/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["wget-and-curl"].else.type, parentSchema: schema12.properties["wget-and-curl"].else, data: data197 };
          if (vErrors === null) {
            vErrors = [err585];
          } else {
            vErrors.push(err585);
          }
          errors++;
        }
        var _valid63 = _errs715 === errors;
        valid137 = _valid63;
        ifClause63 = "else";
      }
      if (!valid137) {
        const err586 = { instancePath: instancePath + "/wget-and-curl", schemaPath: "#/properties/wget-and-curl/if", keyword: "if", params: { failingKeyword: ifClause63 }, message: 'must match "' + ifClause63 + '" schema', schema: schema12.properties["wget-and-curl"].if, parentSchema: schema12.properties["wget-and-curl"], data: data197 };
        if (vErrors === null) {
          vErrors = [err586];
        } else {
          vErrors.push(err586);
        }
        errors++;
      }
    }
    if (data["wget-progress"] !== void 0) {
      let data200 = data["wget-progress"];
      const _errs722 = errors;
      let valid139 = true;
      const _errs723 = errors;
      if (typeof data200 !== "string") {
        const err587 = {};
        if (vErrors === null) {
          vErrors = [err587];
        } else {
          vErrors.push(err587);
        }
        errors++;
      }
      var _valid64 = _errs723 === errors;
      errors = _errs722;
      if (vErrors !== null) {
        if (_errs722) {
          vErrors.length = _errs722;
        } else {
          vErrors = null;
        }
      }
      let ifClause64;
      if (_valid64) {
        const _errs725 = errors;
        if (!(data200 === "off" || data200 === "error" || data200 === "warning" || data200 === "info" || data200 === "style")) {
          const err588 = { instancePath: instancePath + "/wget-progress", schemaPath: "#/properties/wget-progress/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["wget-progress"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["wget-progress"].then.enum, parentSchema: schema12.properties["wget-progress"].then, data: data200 };
          if (vErrors === null) {
            vErrors = [err588];
          } else {
            vErrors.push(err588);
          }
          errors++;
        }
        var _valid64 = _errs725 === errors;
        valid139 = _valid64;
        ifClause64 = "then";
      } else {
        const _errs726 = errors;
        if (Array.isArray(data200)) {
          if (data200.length > 2) {
            const err589 = { instancePath: instancePath + "/wget-progress", schemaPath: "#/properties/wget-progress/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["wget-progress"].else, data: data200 };
            if (vErrors === null) {
              vErrors = [err589];
            } else {
              vErrors.push(err589);
            }
            errors++;
          }
          if (data200.length < 1) {
            const err590 = { instancePath: instancePath + "/wget-progress", schemaPath: "#/properties/wget-progress/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["wget-progress"].else, data: data200 };
            if (vErrors === null) {
              vErrors = [err590];
            } else {
              vErrors.push(err590);
            }
            errors++;
          }
          const len67 = data200.length;
          if (len67 > 0) {
            let data201 = data200[0];
            if (!(data201 === "off" || data201 === "error" || data201 === "warning" || data201 === "info" || data201 === "style")) {
              const err591 = { instancePath: instancePath + "/wget-progress/0", schemaPath: "#/properties/wget-progress/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["wget-progress"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["wget-progress"].else.items[0].enum, parentSchema: schema12.properties["wget-progress"].else.items[0], data: data201 };
              if (vErrors === null) {
                vErrors = [err591];
              } else {
                vErrors.push(err591);
              }
              errors++;
            }
          }
          if (len67 > 1) {
            let data202 = data200[1];
            if (data202 && typeof data202 == "object" && !Array.isArray(data202)) {
              for (const key65 in data202) {
                const err592 = { instancePath: instancePath + "/wget-progress/1", schemaPath: "#/properties/wget-progress/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key65 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["wget-progress"].else.items[1], data: data202 };
                if (vErrors === null) {
                  vErrors = [err592];
                } else {
                  vErrors.push(err592);
                }
                errors++;
              }
            } else {
              const err593 = { instancePath: instancePath + "/wget-progress/1", schemaPath: "#/properties/wget-progress/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["wget-progress"].else.items[1].type, parentSchema: schema12.properties["wget-progress"].else.items[1], data: data202 };
              if (vErrors === null) {
                vErrors = [err593];
              } else {
                vErrors.push(err593);
              }
              errors++;
            }
          }
        } else {
          const err594 = { instancePath: instancePath + "/wget-progress", schemaPath: "#/properties/wget-progress/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["wget-progress"].else.type, parentSchema: schema12.properties["wget-progress"].else, data: data200 };
          if (vErrors === null) {
            vErrors = [err594];
          } else {
            vErrors.push(err594);
          }
          errors++;
        }
        var _valid64 = _errs726 === errors;
        valid139 = _valid64;
        ifClause64 = "else";
      }
      if (!valid139) {
        const err595 = { instancePath: instancePath + "/wget-progress", schemaPath: "#/properties/wget-progress/if", keyword: "if", params: { failingKeyword: ifClause64 }, message: 'must match "' + ifClause64 + '" schema', schema: schema12.properties["wget-progress"].if, parentSchema: schema12.properties["wget-progress"], data: data200 };
        if (vErrors === null) {
          vErrors = [err595];
        } else {
          vErrors.push(err595);
        }
        errors++;
      }
    }
    if (data["workdir-absolute"] !== void 0) {
      let data203 = data["workdir-absolute"];
      const _errs733 = errors;
      let valid141 = true;
      const _errs734 = errors;
      if (typeof data203 !== "string") {
        const err596 = {};
        if (vErrors === null) {
          vErrors = [err596];
        } else {
          vErrors.push(err596);
        }
        errors++;
      }
      var _valid65 = _errs734 === errors;
      errors = _errs733;
      if (vErrors !== null) {
        if (_errs733) {
          vErrors.length = _errs733;
        } else {
          vErrors = null;
        }
      }
      let ifClause65;
      if (_valid65) {
        const _errs736 = errors;
        if (!(data203 === "off" || data203 === "error" || data203 === "warning" || data203 === "info" || data203 === "style")) {
          const err597 = { instancePath: instancePath + "/workdir-absolute", schemaPath: "#/properties/workdir-absolute/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["workdir-absolute"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["workdir-absolute"].then.enum, parentSchema: schema12.properties["workdir-absolute"].then, data: data203 };
          if (vErrors === null) {
            vErrors = [err597];
          } else {
            vErrors.push(err597);
          }
          errors++;
        }
        var _valid65 = _errs736 === errors;
        valid141 = _valid65;
        ifClause65 = "then";
      } else {
        const _errs737 = errors;
        if (Array.isArray(data203)) {
          if (data203.length > 2) {
            const err598 = { instancePath: instancePath + "/workdir-absolute", schemaPath: "#/properties/workdir-absolute/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["workdir-absolute"].else, data: data203 };
            if (vErrors === null) {
              vErrors = [err598];
            } else {
              vErrors.push(err598);
            }
            errors++;
          }
          if (data203.length < 1) {
            const err599 = { instancePath: instancePath + "/workdir-absolute", schemaPath: "#/properties/workdir-absolute/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["workdir-absolute"].else, data: data203 };
            if (vErrors === null) {
              vErrors = [err599];
            } else {
              vErrors.push(err599);
            }
            errors++;
          }
          const len68 = data203.length;
          if (len68 > 0) {
            let data204 = data203[0];
            if (!(data204 === "off" || data204 === "error" || data204 === "warning" || data204 === "info" || data204 === "style")) {
              const err600 = { instancePath: instancePath + "/workdir-absolute/0", schemaPath: "#/properties/workdir-absolute/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["workdir-absolute"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["workdir-absolute"].else.items[0].enum, parentSchema: schema12.properties["workdir-absolute"].else.items[0], data: data204 };
              if (vErrors === null) {
                vErrors = [err600];
              } else {
                vErrors.push(err600);
              }
              errors++;
            }
          }
          if (len68 > 1) {
            let data205 = data203[1];
            if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
              for (const key66 in data205) {
                const err601 = { instancePath: instancePath + "/workdir-absolute/1", schemaPath: "#/properties/workdir-absolute/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key66 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["workdir-absolute"].else.items[1], data: data205 };
                if (vErrors === null) {
                  vErrors = [err601];
                } else {
                  vErrors.push(err601);
                }
                errors++;
              }
            } else {
              const err602 = { instancePath: instancePath + "/workdir-absolute/1", schemaPath: "#/properties/workdir-absolute/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["workdir-absolute"].else.items[1].type, parentSchema: schema12.properties["workdir-absolute"].else.items[1], data: data205 };
              if (vErrors === null) {
                vErrors = [err602];
              } else {
                vErrors.push(err602);
              }
              errors++;
            }
          }
        } else {
          const err603 = { instancePath: instancePath + "/workdir-absolute", schemaPath: "#/properties/workdir-absolute/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["workdir-absolute"].else.type, parentSchema: schema12.properties["workdir-absolute"].else, data: data203 };
          if (vErrors === null) {
            vErrors = [err603];
          } else {
            vErrors.push(err603);
          }
          errors++;
        }
        var _valid65 = _errs737 === errors;
        valid141 = _valid65;
        ifClause65 = "else";
      }
      if (!valid141) {
        const err604 = { instancePath: instancePath + "/workdir-absolute", schemaPath: "#/properties/workdir-absolute/if", keyword: "if", params: { failingKeyword: ifClause65 }, message: 'must match "' + ifClause65 + '" schema', schema: schema12.properties["workdir-absolute"].if, parentSchema: schema12.properties["workdir-absolute"], data: data203 };
        if (vErrors === null) {
          vErrors = [err604];
        } else {
          vErrors.push(err604);
        }
        errors++;
      }
    }
    if (data["yarn-cache-clean"] !== void 0) {
      let data206 = data["yarn-cache-clean"];
      const _errs744 = errors;
      let valid143 = true;
      const _errs745 = errors;
      if (typeof data206 !== "string") {
        const err605 = {};
        if (vErrors === null) {
          vErrors = [err605];
        } else {
          vErrors.push(err605);
        }
        errors++;
      }
      var _valid66 = _errs745 === errors;
      errors = _errs744;
      if (vErrors !== null) {
        if (_errs744) {
          vErrors.length = _errs744;
        } else {
          vErrors = null;
        }
      }
      let ifClause66;
      if (_valid66) {
        const _errs747 = errors;
        if (!(data206 === "off" || data206 === "error" || data206 === "warning" || data206 === "info" || data206 === "style")) {
          const err606 = { instancePath: instancePath + "/yarn-cache-clean", schemaPath: "#/properties/yarn-cache-clean/then/enum", keyword: "enum", params: { allowedValues: schema12.properties["yarn-cache-clean"].then.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["yarn-cache-clean"].then.enum, parentSchema: schema12.properties["yarn-cache-clean"].then, data: data206 };
          if (vErrors === null) {
            vErrors = [err606];
          } else {
            vErrors.push(err606);
          }
          errors++;
        }
        var _valid66 = _errs747 === errors;
        valid143 = _valid66;
        ifClause66 = "then";
      } else {
        const _errs748 = errors;
        if (Array.isArray(data206)) {
          if (data206.length > 2) {
            const err607 = { instancePath: instancePath + "/yarn-cache-clean", schemaPath: "#/properties/yarn-cache-clean/else/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema12.properties["yarn-cache-clean"].else, data: data206 };
            if (vErrors === null) {
              vErrors = [err607];
            } else {
              vErrors.push(err607);
            }
            errors++;
          }
          if (data206.length < 1) {
            const err608 = { instancePath: instancePath + "/yarn-cache-clean", schemaPath: "#/properties/yarn-cache-clean/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties["yarn-cache-clean"].else, data: data206 };
            if (vErrors === null) {
              vErrors = [err608];
            } else {
              vErrors.push(err608);
            }
            errors++;
          }
          const len69 = data206.length;
          if (len69 > 0) {
            let data207 = data206[0];
            if (!(data207 === "off" || data207 === "error" || data207 === "warning" || data207 === "info" || data207 === "style")) {
              const err609 = { instancePath: instancePath + "/yarn-cache-clean/0", schemaPath: "#/properties/yarn-cache-clean/else/items/0/enum", keyword: "enum", params: { allowedValues: schema12.properties["yarn-cache-clean"].else.items[0].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["yarn-cache-clean"].else.items[0].enum, parentSchema: schema12.properties["yarn-cache-clean"].else.items[0], data: data207 };
              if (vErrors === null) {
                vErrors = [err609];
              } else {
                vErrors.push(err609);
              }
              errors++;
            }
          }
          if (len69 > 1) {
            let data208 = data206[1];
            if (data208 && typeof data208 == "object" && !Array.isArray(data208)) {
              for (const key67 in data208) {
                const err610 = { instancePath: instancePath + "/yarn-cache-clean/1", schemaPath: "#/properties/yarn-cache-clean/else/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key67 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties["yarn-cache-clean"].else.items[1], data: data208 };
                if (vErrors === null) {
                  vErrors = [err610];
                } else {
                  vErrors.push(err610);
                }
                errors++;
              }
            } else {
              const err611 = { instancePath: instancePath + "/yarn-cache-clean/1", schemaPath: "#/properties/yarn-cache-clean/else/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties["yarn-cache-clean"].else.items[1].type, parentSchema: schema12.properties["yarn-cache-clean"].else.items[1], data: data208 };
              if (vErrors === null) {
                vErrors = [err611];
              } else {
                vErrors.push(err611);
              }
              errors++;
            }
          }
        } else {
          const err612 = { instancePath: instancePath + "/yarn-cache-clean", schemaPath: "#/properties/yarn-cache-clean/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties["yarn-cache-clean"].else.type, parentSchema: schema12.properties["yarn-cache-clean"].else, data: data206 };
          if (vErrors === null) {
            vErrors = [err612];
          } else {
            vErrors.push(err612);
          }
          errors++;
        }
        var _valid66 = _errs748 === errors;
        valid143 = _valid66;
        ifClause66 = "else";
      }
      if (!valid143) {
        const err613 = { instancePath: instancePath + "/yarn-cache-clean", schemaPath: "#/properties/yarn-cache-clean/if", keyword: "if", params: { failingKeyword: ifClause66 }, message: 'must match "' + ifClause66 + '" schema', schema: schema12.properties["yarn-cache-clean"].if, parentSchema: schema12.properties["yarn-cache-clean"], data: data206 };
        if (vErrors === null) {
          vErrors = [err613];
        } else {
          vErrors.push(err613);
        }
        errors++;
      }
    }
  } else {
    const err614 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err614];
    } else {
      vErrors.push(err614);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema13 = { "type": "object", "required": ["meta"], "properties": { "meta": { "type": "object", "required": ["id", "severity", "description", "docs"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$" }, "category": { "enum": ["base-image", "pinning", "security", "size", "runtime", "correctness", "style"] }, "severity": { "enum": ["error", "warning", "info", "style"] }, "preset": { "enum": ["recommended", "strict", "off"] }, "description": { "type": "string", "minLength": 1 }, "docs": { "type": "object", "required": ["why", "bad", "good"], "properties": { "why": { "type": "string" }, "bad": { "type": "string" }, "good": { "type": "string" }, "fixSafety": { "type": "string" }, "options": { "type": "string" } } }, "fixable": { "type": "boolean" }, "fixKind": { "enum": ["safe", "unsafe", "mixed"] }, "covers": { "type": "array", "items": { "type": "string" } }, "options": { "type": "object" }, "tags": { "type": "array", "items": { "type": "string" } }, "url": { "type": "string" } } } } };
var pattern1 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$", "u");
var func5 = func5_module.default ?? func5_module;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.meta === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "meta" }, message: "must have required property 'meta'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.meta !== void 0) {
      let data0 = data.meta;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.id === void 0) {
          const err1 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema13.properties.meta.required, parentSchema: schema13.properties.meta, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.severity === void 0) {
          const err2 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema13.properties.meta.required, parentSchema: schema13.properties.meta, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.description === void 0) {
          const err3 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema13.properties.meta.required, parentSchema: schema13.properties.meta, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.docs === void 0) {
          const err4 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "docs" }, message: "must have required property 'docs'", schema: schema13.properties.meta.required, parentSchema: schema13.properties.meta, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.id !== void 0) {
          let data1 = data0.id;
          if (typeof data1 === "string") {
            if (!pattern1.test(data1)) {
              const err5 = { instancePath: instancePath + "/meta/id", schemaPath: "#/properties/meta/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$", parentSchema: schema13.properties.meta.properties.id, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/meta/id", schemaPath: "#/properties/meta/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.meta.properties.id.type, parentSchema: schema13.properties.meta.properties.id, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.category !== void 0) {
          let data2 = data0.category;
          if (!(data2 === "base-image" || data2 === "pinning" || data2 === "security" || data2 === "size" || data2 === "runtime" || data2 === "correctness" || data2 === "style")) {
            const err7 = { instancePath: instancePath + "/meta/category", schemaPath: "#/properties/meta/properties/category/enum", keyword: "enum", params: { allowedValues: schema13.properties.meta.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.meta.properties.category.enum, parentSchema: schema13.properties.meta.properties.category, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.severity !== void 0) {
          let data3 = data0.severity;
          if (!(data3 === "error" || data3 === "warning" || data3 === "info" || data3 === "style")) {
            const err8 = { instancePath: instancePath + "/meta/severity", schemaPath: "#/properties/meta/properties/severity/enum", keyword: "enum", params: { allowedValues: schema13.properties.meta.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.meta.properties.severity.enum, parentSchema: schema13.properties.meta.properties.severity, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.preset !== void 0) {
          let data4 = data0.preset;
          if (!(data4 === "recommended" || data4 === "strict" || data4 === "off")) {
            const err9 = { instancePath: instancePath + "/meta/preset", schemaPath: "#/properties/meta/properties/preset/enum", keyword: "enum", params: { allowedValues: schema13.properties.meta.properties.preset.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.meta.properties.preset.enum, parentSchema: schema13.properties.meta.properties.preset, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.description !== void 0) {
          let data5 = data0.description;
          if (typeof data5 === "string") {
            if (func5(data5) < 1) {
              const err10 = { instancePath: instancePath + "/meta/description", schemaPath: "#/properties/meta/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.meta.properties.description, data: data5 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/meta/description", schemaPath: "#/properties/meta/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.meta.properties.description.type, parentSchema: schema13.properties.meta.properties.description, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.docs !== void 0) {
          let data6 = data0.docs;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.why === void 0) {
              const err12 = { instancePath: instancePath + "/meta/docs", schemaPath: "#/properties/meta/properties/docs/required", keyword: "required", params: { missingProperty: "why" }, message: "must have required property 'why'", schema: schema13.properties.meta.properties.docs.required, parentSchema: schema13.properties.meta.properties.docs, data: data6 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data6.bad === void 0) {
              const err13 = { instancePath: instancePath + "/meta/docs", schemaPath: "#/properties/meta/properties/docs/required", keyword: "required", params: { missingProperty: "bad" }, message: "must have required property 'bad'", schema: schema13.properties.meta.properties.docs.required, parentSchema: schema13.properties.meta.properties.docs, data: data6 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data6.good === void 0) {
              const err14 = { instancePath: instancePath + "/meta/docs", schemaPath: "#/properties/meta/properties/docs/required", keyword: "required", params: { missingProperty: "good" }, message: "must have required property 'good'", schema: schema13.properties.meta.properties.docs.required, parentSchema: schema13.properties.meta.properties.docs, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data6.why !== void 0) {
              let data7 = data6.why;
              if (typeof data7 !== "string") {
                const err15 = { instancePath: instancePath + "/meta/docs/why", schemaPath: "#/properties/meta/properties/docs/properties/why/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.meta.properties.docs.properties.why.type, parentSchema: schema13.properties.meta.properties.docs.properties.why, data: data7 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data6.bad !== void 0) {
              let data8 = data6.bad;
              if (typeof data8 !== "string") {
                const err16 = { instancePath: instancePath + "/meta/docs/bad", schemaPath: "#/properties/meta/properties/docs/properties/bad/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.meta.properties.docs.properties.bad.type, parentSchema: schema13.properties.meta.properties.docs.properties.bad, data: data8 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data6.good !== void 0) {
              let data9 = data6.good;
              if (typeof data9 !== "string") {
                const err17 = { instancePath: instancePath + "/meta/docs/good", schemaPath: "#/properties/meta/properties/docs/properties/good/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.meta.properties.docs.properties.good.type, parentSchema: schema13.properties.meta.properties.docs.properties.good, data: data9 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data6.fixSafety !== void 0) {
              let data10 = data6.fixSafety;
              if (typeof data10 !== "string") {
                const err18 = { instancePath: instancePath + "/meta/docs/fixSafety", schemaPath: "#/properties/meta/properties/docs/properties/fixSafety/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.meta.properties.docs.properties.fixSafety.type, parentSchema: schema13.properties.meta.properties.docs.properties.fixSafety, data: data10 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data6.options !== void 0) {
              let data11 = data6.options;
              if (typeof data11 !== "string") {
                const err19 = { instancePath: instancePath + "/meta/docs/options", schemaPath: "#/properties/meta/properties/docs/properties/options/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.meta.properties.docs.properties.options.type, parentSchema: schema13.properties.meta.properties.docs.properties.options, data: data11 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/meta/docs", schemaPath: "#/properties/meta/properties/docs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.meta.properties.docs.type, parentSchema: schema13.properties.meta.properties.docs, data: data6 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data0.fixable !== void 0) {
          let data12 = data0.fixable;
          if (typeof data12 !== "boolean") {
            const err21 = { instancePath: instancePath + "/meta/fixable", schemaPath: "#/properties/meta/properties/fixable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.meta.properties.fixable.type, parentSchema: schema13.properties.meta.properties.fixable, data: data12 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data0.fixKind !== void 0) {
          let data13 = data0.fixKind;
          if (!(data13 === "safe" || data13 === "unsafe" || data13 === "mixed")) {
            const err22 = { instancePath: instancePath + "/meta/fixKind", schemaPath: "#/properties/meta/properties/fixKind/enum", keyword: "enum", params: { allowedValues: schema13.properties.meta.properties.fixKind.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.meta.properties.fixKind.enum, parentSchema: schema13.properties.meta.properties.fixKind, data: data13 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data0.covers !== void 0) {
          let data14 = data0.covers;
          if (Array.isArray(data14)) {
            const len0 = data14.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data15 = data14[i0];
              if (typeof data15 !== "string") {
                const err23 = { instancePath: instancePath + "/meta/covers/" + i0, schemaPath: "#/properties/meta/properties/covers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.meta.properties.covers.items.type, parentSchema: schema13.properties.meta.properties.covers.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/meta/covers", schemaPath: "#/properties/meta/properties/covers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.meta.properties.covers.type, parentSchema: schema13.properties.meta.properties.covers, data: data14 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data0.options !== void 0) {
          let data16 = data0.options;
          if (!(data16 && typeof data16 == "object" && !Array.isArray(data16))) {
            const err25 = { instancePath: instancePath + "/meta/options", schemaPath: "#/properties/meta/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.meta.properties.options.type, parentSchema: schema13.properties.meta.properties.options, data: data16 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data0.tags !== void 0) {
          let data17 = data0.tags;
          if (Array.isArray(data17)) {
            const len1 = data17.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data18 = data17[i1];
              if (typeof data18 !== "string") {
                const err26 = { instancePath: instancePath + "/meta/tags/" + i1, schemaPath: "#/properties/meta/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.meta.properties.tags.items.type, parentSchema: schema13.properties.meta.properties.tags.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/meta/tags", schemaPath: "#/properties/meta/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.meta.properties.tags.type, parentSchema: schema13.properties.meta.properties.tags, data: data17 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data0.url !== void 0) {
          let data19 = data0.url;
          if (typeof data19 !== "string") {
            const err28 = { instancePath: instancePath + "/meta/url", schemaPath: "#/properties/meta/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.meta.properties.url.type, parentSchema: schema13.properties.meta.properties.url, data: data19 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.meta.type, parentSchema: schema13.properties.meta, data: data0 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var validators = {
  config: validate10,
  builtin_rules: validate11,
  plugin_rule: validate12
};
export {
  validators
};
