/* eslint-disable */
// @ts-nocheck
/**
 * Generated from schemas/ by `npm run codegen` (scripts/codegen.mjs). DO NOT EDIT.
 */
/** String length in code points, as JSON Schema counts it (Ajv's runtime ucs2length). */
function ucs2length(text) {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}

export const Environment = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/environment.schema.json","title":"EnvironmentManifest","description":"A deployment target: the Genesys Cloud org region, the AWS account and region, and named variables. The same Role, Integration and DataAction manifests are promoted between Environments.","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"type":"string","const":"genesys-lambda-gitops/v1","description":"Manifest format version; always `genesys-lambda-gitops/v1`."},"kind":{"type":"string","const":"Environment","description":"Always `Environment`."},"metadata":{"type":"object","additionalProperties":false,"required":["name"],"description":"Identity of the resource. Resources are matched with live state by name.","properties":{"name":{"type":"string","minLength":1,"maxLength":256,"description":"Environment name, chosen with `--environment` / the `environment` input, and available as `{{ env.name }}`.","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","examples":["dev","prod"]},"description":{"type":"string","description":"Free text for people reading the manifests; not sent anywhere."},"labels":{"type":"object","description":"Free-form key/value labels for people and tooling; not sent anywhere.","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._/-]*$"},"additionalProperties":{"type":"string","description":"Label value."}}}},"spec":{"type":"object","additionalProperties":false,"required":["genesys","aws"],"description":"Where this Environment deploys.","properties":{"genesys":{"type":"object","additionalProperties":false,"required":["region"],"description":"The Genesys Cloud org.","properties":{"region":{"type":"string","minLength":1,"description":"Region of the Genesys Cloud org: its AWS region name (`eu-west-1`) or its domain (`mypurecloud.ie`). Decides the API host and the Genesys AWS account that assumes the Role.","examples":["eu-west-1","mypurecloud.ie"]}}},"aws":{"type":"object","additionalProperties":false,"required":["region"],"description":"The AWS account that holds the Role and the Lambda functions.","properties":{"accountId":{"type":"string","pattern":"^[0-9]{12}$","description":"The 12-digit AWS account id, quoted. When set, plan and apply refuse to run with credentials for another account, and `{{ aws.accountId }}` can be used.","examples":["123456789012"]},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]+$","description":"AWS region for the SDK clients, e.g. `eu-west-1`.","examples":["eu-west-1"]}}},"vars":{"type":"object","description":"Named variables, used in other manifests as `{{ vars.NAME }}`. Values are strings and may use the built-ins `{{ env.name }}`, `{{ aws.accountId }}`, `{{ aws.region }}`, `{{ genesys.region }}` (not other vars).","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","description":"Variable value."},"examples":[{"ordersFunction":"arn:aws:lambda:{{ aws.region }}:{{ aws.accountId }}:function:orders-lookup:live"}]}}}}};
const func2 = ucs2length;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/-]*$", "u");
const pattern2 = new RegExp("^[0-9]{12}$", "u");
const pattern3 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
const pattern4 = new RegExp("^[A-Za-z][A-Za-z0-9_]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/environment.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.apiVersion.type,parentSchema:schema11.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("genesys-lambda-gitops/v1" !== data0){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "genesys-lambda-gitops/v1"},message:"must be equal to constant",schema:"genesys-lambda-gitops/v1",parentSchema:schema11.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.kind.type,parentSchema:schema11.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("Environment" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Environment"},message:"must be equal to constant",schema:"Environment",parentSchema:schema11.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err9 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.metadata.required,parentSchema:schema11.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "name") || (key1 === "description")) || (key1 === "labels"))){
const err10 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func2(data3) > 256){
const err11 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema11.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern0.test(data3)){
const err13 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema11.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.metadata.properties.name.type,parentSchema:schema11.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.description !== undefined){
let data4 = data2.description;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/metadata/description",schemaPath:"#/properties/metadata/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.metadata.properties.description.type,parentSchema:schema11.properties.metadata.properties.description,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.labels !== undefined){
let data5 = data2.labels;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
const _errs15 = errors;
if(typeof key2 === "string"){
if(!pattern1.test(key2)){
const err16 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._/-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._/-]*$",parentSchema:schema11.properties.metadata.properties.labels.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var valid2 = _errs15 === errors;
if(!valid2){
const err17 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema11.properties.metadata.properties.labels.propertyNames,parentSchema:schema11.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key3 in data5){
let data6 = data5[key3];
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.metadata.properties.labels.additionalProperties.type,parentSchema:schema11.properties.metadata.properties.labels.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.metadata.properties.labels.type,parentSchema:schema11.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.metadata.type,parentSchema:schema11.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.spec !== undefined){
let data7 = data.spec;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.genesys === undefined){
const err21 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "genesys"},message:"must have required property '"+"genesys"+"'",schema:schema11.properties.spec.required,parentSchema:schema11.properties.spec,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.aws === undefined){
const err22 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "aws"},message:"must have required property '"+"aws"+"'",schema:schema11.properties.spec.required,parentSchema:schema11.properties.spec,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key4 in data7){
if(!(((key4 === "genesys") || (key4 === "aws")) || (key4 === "vars"))){
const err23 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.genesys !== undefined){
let data8 = data7.genesys;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.region === undefined){
const err24 = {instancePath:instancePath+"/spec/genesys",schemaPath:"#/properties/spec/properties/genesys/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'",schema:schema11.properties.spec.properties.genesys.required,parentSchema:schema11.properties.spec.properties.genesys,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key5 in data8){
if(!(key5 === "region")){
const err25 = {instancePath:instancePath+"/spec/genesys",schemaPath:"#/properties/spec/properties/genesys/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.genesys,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.region !== undefined){
let data9 = data8.region;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err26 = {instancePath:instancePath+"/spec/genesys/region",schemaPath:"#/properties/spec/properties/genesys/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.spec.properties.genesys.properties.region,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/spec/genesys/region",schemaPath:"#/properties/spec/properties/genesys/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.genesys.properties.region.type,parentSchema:schema11.properties.spec.properties.genesys.properties.region,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/spec/genesys",schemaPath:"#/properties/spec/properties/genesys/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.genesys.type,parentSchema:schema11.properties.spec.properties.genesys,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.aws !== undefined){
let data10 = data7.aws;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.region === undefined){
const err29 = {instancePath:instancePath+"/spec/aws",schemaPath:"#/properties/spec/properties/aws/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'",schema:schema11.properties.spec.properties.aws.required,parentSchema:schema11.properties.spec.properties.aws,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key6 in data10){
if(!((key6 === "accountId") || (key6 === "region"))){
const err30 = {instancePath:instancePath+"/spec/aws",schemaPath:"#/properties/spec/properties/aws/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.aws,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.accountId !== undefined){
let data11 = data10.accountId;
if(typeof data11 === "string"){
if(!pattern2.test(data11)){
const err31 = {instancePath:instancePath+"/spec/aws/accountId",schemaPath:"#/properties/spec/properties/aws/properties/accountId/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\"",schema:"^[0-9]{12}$",parentSchema:schema11.properties.spec.properties.aws.properties.accountId,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/spec/aws/accountId",schemaPath:"#/properties/spec/properties/aws/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.aws.properties.accountId.type,parentSchema:schema11.properties.spec.properties.aws.properties.accountId,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.region !== undefined){
let data12 = data10.region;
if(typeof data12 === "string"){
if(!pattern3.test(data12)){
const err33 = {instancePath:instancePath+"/spec/aws/region",schemaPath:"#/properties/spec/properties/aws/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-[0-9]+$"+"\"",schema:"^[a-z]{2}(-[a-z]+)+-[0-9]+$",parentSchema:schema11.properties.spec.properties.aws.properties.region,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/spec/aws/region",schemaPath:"#/properties/spec/properties/aws/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.aws.properties.region.type,parentSchema:schema11.properties.spec.properties.aws.properties.region,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/spec/aws",schemaPath:"#/properties/spec/properties/aws/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.aws.type,parentSchema:schema11.properties.spec.properties.aws,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data7.vars !== undefined){
let data13 = data7.vars;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key7 in data13){
const _errs36 = errors;
if(typeof key7 === "string"){
if(!pattern4.test(key7)){
const err36 = {instancePath:instancePath+"/spec/vars",schemaPath:"#/properties/spec/properties/vars/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema11.properties.spec.properties.vars.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var valid7 = _errs36 === errors;
if(!valid7){
const err37 = {instancePath:instancePath+"/spec/vars",schemaPath:"#/properties/spec/properties/vars/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema11.properties.spec.properties.vars.propertyNames,parentSchema:schema11.properties.spec.properties.vars,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
for(const key8 in data13){
let data14 = data13[key8];
if(typeof data14 !== "string"){
const err38 = {instancePath:instancePath+"/spec/vars/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/vars/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.vars.additionalProperties.type,parentSchema:schema11.properties.spec.properties.vars.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/spec/vars",schemaPath:"#/properties/spec/properties/vars/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.vars.type,parentSchema:schema11.properties.spec.properties.vars,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.type,parentSchema:schema11.properties.spec,data:data7};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const Role = validate11;
const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/role.schema.json","title":"RoleManifest","description":"The AWS IAM role that Genesys Cloud assumes to invoke Lambda functions. Its trust and permission policies are generated unless written out here; either way the Genesys-aware IAM lint checks them.","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"type":"string","const":"genesys-lambda-gitops/v1","description":"Manifest format version; always `genesys-lambda-gitops/v1`."},"kind":{"type":"string","const":"Role","description":"Always `Role`."},"metadata":{"type":"object","additionalProperties":false,"required":["name"],"description":"Identity of the resource. Resources are matched with live state by name.","properties":{"name":{"type":"string","minLength":1,"maxLength":64,"description":"IAM role name (1–64 characters: letters, digits and `+=,.@_-`). May use `{{ env.name }}` and `{{ vars.NAME }}`, resolved for the selected Environment (the resolved name must follow the same rule).","pattern":"^([\\w+=,.@-]|\\{\\{ *[A-Za-z]+\\.[A-Za-z][A-Za-z0-9_]* *\\}\\})+$","examples":["genesys-lambda-invoker"]},"description":{"type":"string","description":"Free text for people reading the manifests; not sent anywhere."},"labels":{"type":"object","description":"Free-form key/value labels for people and tooling; not sent anywhere.","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._/-]*$"},"additionalProperties":{"type":"string","description":"Label value."}},"environments":{"type":"array","description":"Limit this resource to these Environments (by name). Default: every Environment.","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"description":"Name of an Environment manifest."}}}},"spec":{"type":"object","additionalProperties":false,"description":"The role.","properties":{"description":{"type":"string","maxLength":1000,"description":"IAM role description. Default: empty.","default":""},"path":{"type":"string","maxLength":512,"pattern":"^/([!-~]+/)?$","description":"IAM path. Default: `/`.","default":"/"},"maxSessionDurationSeconds":{"type":"integer","minimum":3600,"maximum":43200,"description":"Maximum session duration, 3600–43200 seconds. Default: 3600.","default":3600},"trustPolicy":{"$ref":"#/definitions/policyDocument","description":"Trust policy, written out. Default: generated, allowing only `sts:AssumeRole` by the Genesys AWS account for the Environment's Genesys region, with `StringEquals sts:ExternalId` = `{{ genesys.orgId }}` (the live org id, resolved at plan time). `{{ genesys.orgId }}` is only allowed here."},"permissionPolicy":{"$ref":"#/definitions/policyDocument","description":"Inline permission policy, written out. Default: generated, allowing only `lambda:InvokeFunction` on exactly the function ARNs of the DataActions whose Integration uses this Role."},"permissionPolicyName":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[\\w+=,.@-]+$","description":"Name of the inline permission policy. Default: `genesys-lambda-invoke`.","default":"genesys-lambda-invoke"},"managedPolicyArns":{"type":"array","description":"Managed policies to attach to the role, by ARN (AWS-managed `arn:aws:iam::aws:policy/...` or your own `arn:aws:iam::ACCOUNT:policy/...`). Apply attaches these and detaches every other managed policy. Broad AWS-managed policies (such as `AWSLambda_FullAccess`) are a warning that needs a suppression with a reason. Default: none.","maxItems":20,"uniqueItems":true,"items":{"type":"string","pattern":"^arn:aws(-[a-z]+)*:iam::(aws|[0-9]{12}):policy/([\\x21-\\x7e]+/)*[\\w+=,.@-]{1,128}$","description":"A managed policy ARN."}},"tags":{"type":"object","description":"IAM tags. The tool adds `managed-by` and `genesys-lambda-gitops/environment` itself; those keys are reserved.","maxProperties":48,"propertyNames":{"minLength":1,"maxLength":128,"pattern":"^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]+$"},"additionalProperties":{"type":"string","maxLength":256,"description":"Tag value."}},"suppressions":{"type":"array","description":"Warnings accepted on purpose for this resource. Only warnings can be suppressed; errors cannot.","items":{"type":"object","additionalProperties":false,"required":["code","reason"],"description":"One accepted warning.","properties":{"code":{"type":"string","pattern":"^GLG-[A-Z0-9-]+$","description":"Diagnostic code to suppress, e.g. `GLG-IAM-PERMISSION-WILDCARD`."},"reason":{"type":"string","minLength":1,"pattern":"\\S","description":"Why this warning is acceptable (required; reviewers read it)."}}}}}}},"definitions":{"policyDocument":{"type":"object","additionalProperties":false,"required":["Version","Statement"],"description":"An IAM policy document, written as YAML or JSON.","properties":{"Version":{"type":"string","enum":["2012-10-17","2008-10-17"],"description":"Policy language version; use `2012-10-17`."},"Id":{"type":"string","description":"Optional policy id."},"Statement":{"description":"One statement or a list of them.","anyOf":[{"$ref":"#/definitions/statement"},{"type":"array","description":"A list of statements.","items":{"$ref":"#/definitions/statement"}}]}}},"statement":{"type":"object","additionalProperties":false,"required":["Effect"],"description":"One IAM policy statement.","properties":{"Sid":{"type":"string","description":"Statement id."},"Effect":{"type":"string","enum":["Allow","Deny"],"description":"`Allow` or `Deny`."},"Principal":{"description":"`\"*\"` or a map such as `{ AWS: \"arn:aws:iam::765628985471:root\" }`.","anyOf":[{"type":"string","description":"The wildcard principal `*`."},{"type":"object","description":"Principal type to principal(s).","additionalProperties":{"$ref":"#/definitions/stringOrList"}}]},"NotPrincipal":{"description":"Rejected by the IAM lint; listed so that the error can point at it.","anyOf":[{"type":"string","description":"The wildcard principal `*`."},{"type":"object","description":"Principal type to principal(s).","additionalProperties":{"$ref":"#/definitions/stringOrList"}}]},"Action":{"$ref":"#/definitions/stringOrList","description":"Action(s), e.g. `sts:AssumeRole` or `lambda:InvokeFunction`."},"NotAction":{"$ref":"#/definitions/stringOrList","description":"Rejected by the IAM lint; listed so that the error can point at it."},"Resource":{"$ref":"#/definitions/stringOrList","description":"Resource ARN(s)."},"NotResource":{"$ref":"#/definitions/stringOrList","description":"Rejected by the IAM lint; listed so that the error can point at it."},"Condition":{"type":"object","description":"Condition operator → condition key → value(s), e.g. `StringEquals: { sts:ExternalId: \"{{ genesys.orgId }}\" }`.","additionalProperties":{"type":"object","description":"Condition key → value(s).","additionalProperties":{"description":"Value(s) to compare with.","anyOf":[{"$ref":"#/definitions/stringOrList"},{"type":"boolean","description":"A boolean value."},{"type":"number","description":"A number value."}]}}}}},"stringOrList":{"description":"One string or a list of strings.","anyOf":[{"type":"string","description":"One value."},{"type":"array","description":"A list of values.","items":{"type":"string","description":"One value."}}]}}};
const func8 = Object.prototype.hasOwnProperty;
const pattern5 = new RegExp("^([\\w+=,.@-]|\\{\\{ *[A-Za-z]+\\.[A-Za-z][A-Za-z0-9_]* *\\}\\})+$", "u");
const pattern7 = new RegExp("^/([!-~]+/)?$", "u");
const pattern8 = new RegExp("^[\\w+=,.@-]+$", "u");
const pattern9 = new RegExp("^arn:aws(-[a-z]+)*:iam::(aws|[0-9]{12}):policy/([\\x21-\\x7e]+/)*[\\w+=,.@-]{1,128}$", "u");
const pattern10 = new RegExp("^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]+$", "u");
const pattern11 = new RegExp("^GLG-[A-Z0-9-]+$", "u");
const pattern12 = new RegExp("\\S", "u");
const schema13 = {"type":"object","additionalProperties":false,"required":["Version","Statement"],"description":"An IAM policy document, written as YAML or JSON.","properties":{"Version":{"type":"string","enum":["2012-10-17","2008-10-17"],"description":"Policy language version; use `2012-10-17`."},"Id":{"type":"string","description":"Optional policy id."},"Statement":{"description":"One statement or a list of them.","anyOf":[{"$ref":"#/definitions/statement"},{"type":"array","description":"A list of statements.","items":{"$ref":"#/definitions/statement"}}]}}};
const schema14 = {"type":"object","additionalProperties":false,"required":["Effect"],"description":"One IAM policy statement.","properties":{"Sid":{"type":"string","description":"Statement id."},"Effect":{"type":"string","enum":["Allow","Deny"],"description":"`Allow` or `Deny`."},"Principal":{"description":"`\"*\"` or a map such as `{ AWS: \"arn:aws:iam::765628985471:root\" }`.","anyOf":[{"type":"string","description":"The wildcard principal `*`."},{"type":"object","description":"Principal type to principal(s).","additionalProperties":{"$ref":"#/definitions/stringOrList"}}]},"NotPrincipal":{"description":"Rejected by the IAM lint; listed so that the error can point at it.","anyOf":[{"type":"string","description":"The wildcard principal `*`."},{"type":"object","description":"Principal type to principal(s).","additionalProperties":{"$ref":"#/definitions/stringOrList"}}]},"Action":{"$ref":"#/definitions/stringOrList","description":"Action(s), e.g. `sts:AssumeRole` or `lambda:InvokeFunction`."},"NotAction":{"$ref":"#/definitions/stringOrList","description":"Rejected by the IAM lint; listed so that the error can point at it."},"Resource":{"$ref":"#/definitions/stringOrList","description":"Resource ARN(s)."},"NotResource":{"$ref":"#/definitions/stringOrList","description":"Rejected by the IAM lint; listed so that the error can point at it."},"Condition":{"type":"object","description":"Condition operator → condition key → value(s), e.g. `StringEquals: { sts:ExternalId: \"{{ genesys.orgId }}\" }`.","additionalProperties":{"type":"object","description":"Condition key → value(s).","additionalProperties":{"description":"Value(s) to compare with.","anyOf":[{"$ref":"#/definitions/stringOrList"},{"type":"boolean","description":"A boolean value."},{"type":"number","description":"A number value."}]}}}}};
const schema15 = {"description":"One string or a list of strings.","anyOf":[{"type":"string","description":"One value."},{"type":"array","description":"A list of values.","items":{"type":"string","description":"One value."}}]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Effect === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Effect"},message:"must have required property '"+"Effect"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func8.call(schema14.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Sid !== undefined){
let data0 = data.Sid;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Sid",schemaPath:"#/properties/Sid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.Sid.type,parentSchema:schema14.properties.Sid,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Effect !== undefined){
let data1 = data.Effect;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Effect",schemaPath:"#/properties/Effect/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.Effect.type,parentSchema:schema14.properties.Effect,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data1 === "Allow") || (data1 === "Deny"))){
const err4 = {instancePath:instancePath+"/Effect",schemaPath:"#/properties/Effect/enum",keyword:"enum",params:{allowedValues: schema14.properties.Effect.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.Effect.enum,parentSchema:schema14.properties.Effect,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Principal !== undefined){
let data2 = data.Principal;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/Principal",schemaPath:"#/properties/Principal/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.Principal.anyOf[0].type,parentSchema:schema14.properties.Principal.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs10 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/Principal/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/stringOrList/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[0].type,parentSchema:schema15.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs18 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/Principal/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/definitions/stringOrList/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[1].items.type,parentSchema:schema15.anyOf[1].items,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/Principal/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/stringOrList/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.anyOf[1].type,parentSchema:schema15.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err9 = {instancePath:instancePath+"/Principal/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/stringOrList/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema15.anyOf,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/Principal",schemaPath:"#/properties/Principal/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.Principal.anyOf[1].type,parentSchema:schema14.properties.Principal.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err11 = {instancePath:instancePath+"/Principal",schemaPath:"#/properties/Principal/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.Principal.anyOf,parentSchema:schema14.properties.Principal,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.NotPrincipal !== undefined){
let data5 = data.NotPrincipal;
const _errs23 = errors;
let valid7 = false;
const _errs24 = errors;
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/NotPrincipal",schemaPath:"#/properties/NotPrincipal/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.NotPrincipal.anyOf[0].type,parentSchema:schema14.properties.NotPrincipal.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs24 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const _errs26 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
let data6 = data5[key2];
const _errs31 = errors;
let valid10 = false;
const _errs32 = errors;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/NotPrincipal/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/stringOrList/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[0].type,parentSchema:schema15.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid3 = _errs32 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs34 = errors;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/NotPrincipal/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/definitions/stringOrList/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[1].items.type,parentSchema:schema15.anyOf[1].items,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/NotPrincipal/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/stringOrList/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.anyOf[1].type,parentSchema:schema15.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid3 = _errs34 === errors;
valid10 = valid10 || _valid3;
}
if(!valid10){
const err16 = {instancePath:instancePath+"/NotPrincipal/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/stringOrList/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema15.anyOf,parentSchema:schema15,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/NotPrincipal",schemaPath:"#/properties/NotPrincipal/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.NotPrincipal.anyOf[1].type,parentSchema:schema14.properties.NotPrincipal.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid2 = _errs26 === errors;
valid7 = valid7 || _valid2;
}
if(!valid7){
const err18 = {instancePath:instancePath+"/NotPrincipal",schemaPath:"#/properties/NotPrincipal/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.NotPrincipal.anyOf,parentSchema:schema14.properties.NotPrincipal,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data.Action !== undefined){
let data8 = data.Action;
const _errs40 = errors;
let valid14 = false;
const _errs41 = errors;
if(typeof data8 !== "string"){
const err19 = {instancePath:instancePath+"/Action",schemaPath:"#/definitions/stringOrList/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[0].type,parentSchema:schema15.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid4 = _errs41 === errors;
valid14 = valid14 || _valid4;
if(!valid14){
const _errs43 = errors;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 !== "string"){
const err20 = {instancePath:instancePath+"/Action/" + i2,schemaPath:"#/definitions/stringOrList/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[1].items.type,parentSchema:schema15.anyOf[1].items,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/Action",schemaPath:"#/definitions/stringOrList/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.anyOf[1].type,parentSchema:schema15.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid4 = _errs43 === errors;
valid14 = valid14 || _valid4;
}
if(!valid14){
const err22 = {instancePath:instancePath+"/Action",schemaPath:"#/definitions/stringOrList/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema15.anyOf,parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
}
if(data.NotAction !== undefined){
let data10 = data.NotAction;
const _errs49 = errors;
let valid18 = false;
const _errs50 = errors;
if(typeof data10 !== "string"){
const err23 = {instancePath:instancePath+"/NotAction",schemaPath:"#/definitions/stringOrList/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[0].type,parentSchema:schema15.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid5 = _errs50 === errors;
valid18 = valid18 || _valid5;
if(!valid18){
const _errs52 = errors;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
let data11 = data10[i3];
if(typeof data11 !== "string"){
const err24 = {instancePath:instancePath+"/NotAction/" + i3,schemaPath:"#/definitions/stringOrList/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[1].items.type,parentSchema:schema15.anyOf[1].items,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/NotAction",schemaPath:"#/definitions/stringOrList/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.anyOf[1].type,parentSchema:schema15.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid5 = _errs52 === errors;
valid18 = valid18 || _valid5;
}
if(!valid18){
const err26 = {instancePath:instancePath+"/NotAction",schemaPath:"#/definitions/stringOrList/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema15.anyOf,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
}
if(data.Resource !== undefined){
let data12 = data.Resource;
const _errs58 = errors;
let valid22 = false;
const _errs59 = errors;
if(typeof data12 !== "string"){
const err27 = {instancePath:instancePath+"/Resource",schemaPath:"#/definitions/stringOrList/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[0].type,parentSchema:schema15.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid6 = _errs59 === errors;
valid22 = valid22 || _valid6;
if(!valid22){
const _errs61 = errors;
if(Array.isArray(data12)){
const len4 = data12.length;
for(let i4=0; i4<len4; i4++){
let data13 = data12[i4];
if(typeof data13 !== "string"){
const err28 = {instancePath:instancePath+"/Resource/" + i4,schemaPath:"#/definitions/stringOrList/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[1].items.type,parentSchema:schema15.anyOf[1].items,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/Resource",schemaPath:"#/definitions/stringOrList/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.anyOf[1].type,parentSchema:schema15.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid6 = _errs61 === errors;
valid22 = valid22 || _valid6;
}
if(!valid22){
const err30 = {instancePath:instancePath+"/Resource",schemaPath:"#/definitions/stringOrList/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema15.anyOf,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
}
if(data.NotResource !== undefined){
let data14 = data.NotResource;
const _errs67 = errors;
let valid26 = false;
const _errs68 = errors;
if(typeof data14 !== "string"){
const err31 = {instancePath:instancePath+"/NotResource",schemaPath:"#/definitions/stringOrList/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[0].type,parentSchema:schema15.anyOf[0],data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid7 = _errs68 === errors;
valid26 = valid26 || _valid7;
if(!valid26){
const _errs70 = errors;
if(Array.isArray(data14)){
const len5 = data14.length;
for(let i5=0; i5<len5; i5++){
let data15 = data14[i5];
if(typeof data15 !== "string"){
const err32 = {instancePath:instancePath+"/NotResource/" + i5,schemaPath:"#/definitions/stringOrList/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[1].items.type,parentSchema:schema15.anyOf[1].items,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/NotResource",schemaPath:"#/definitions/stringOrList/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.anyOf[1].type,parentSchema:schema15.anyOf[1],data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid7 = _errs70 === errors;
valid26 = valid26 || _valid7;
}
if(!valid26){
const err34 = {instancePath:instancePath+"/NotResource",schemaPath:"#/definitions/stringOrList/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema15.anyOf,parentSchema:schema15,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
}
}
if(data.Condition !== undefined){
let data16 = data.Condition;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key3 in data16){
let data17 = data16[key3];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key4 in data17){
let data18 = data17[key4];
const _errs81 = errors;
let valid31 = false;
const _errs82 = errors;
const _errs84 = errors;
let valid33 = false;
const _errs85 = errors;
if(typeof data18 !== "string"){
const err35 = {instancePath:instancePath+"/Condition/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/stringOrList/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[0].type,parentSchema:schema15.anyOf[0],data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid9 = _errs85 === errors;
valid33 = valid33 || _valid9;
if(!valid33){
const _errs87 = errors;
if(Array.isArray(data18)){
const len6 = data18.length;
for(let i6=0; i6<len6; i6++){
let data19 = data18[i6];
if(typeof data19 !== "string"){
const err36 = {instancePath:instancePath+"/Condition/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6,schemaPath:"#/definitions/stringOrList/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.anyOf[1].items.type,parentSchema:schema15.anyOf[1].items,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/Condition/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/stringOrList/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.anyOf[1].type,parentSchema:schema15.anyOf[1],data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid9 = _errs87 === errors;
valid33 = valid33 || _valid9;
}
if(!valid33){
const err38 = {instancePath:instancePath+"/Condition/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/stringOrList/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema15.anyOf,parentSchema:schema15,data:data18};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs84;
if(vErrors !== null){
if(_errs84){
vErrors.length = _errs84;
}
else {
vErrors = null;
}
}
}
var _valid8 = _errs82 === errors;
valid31 = valid31 || _valid8;
if(!valid31){
const _errs91 = errors;
if(typeof data18 !== "boolean"){
const err39 = {instancePath:instancePath+"/Condition/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Condition/additionalProperties/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.properties.Condition.additionalProperties.additionalProperties.anyOf[1].type,parentSchema:schema14.properties.Condition.additionalProperties.additionalProperties.anyOf[1],data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid8 = _errs91 === errors;
valid31 = valid31 || _valid8;
if(!valid31){
const _errs93 = errors;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err40 = {instancePath:instancePath+"/Condition/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Condition/additionalProperties/additionalProperties/anyOf/2/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties.Condition.additionalProperties.additionalProperties.anyOf[2].type,parentSchema:schema14.properties.Condition.additionalProperties.additionalProperties.anyOf[2],data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid8 = _errs93 === errors;
valid31 = valid31 || _valid8;
}
}
if(!valid31){
const err41 = {instancePath:instancePath+"/Condition/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Condition/additionalProperties/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.Condition.additionalProperties.additionalProperties.anyOf,parentSchema:schema14.properties.Condition.additionalProperties.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs81;
if(vErrors !== null){
if(_errs81){
vErrors.length = _errs81;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/Condition/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Condition/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.Condition.additionalProperties.type,parentSchema:schema14.properties.Condition.additionalProperties,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/Condition",schemaPath:"#/properties/Condition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.Condition.type,parentSchema:schema14.properties.Condition,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Version"},message:"must have required property '"+"Version"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Statement === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Statement"},message:"must have required property '"+"Statement"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Version") || (key0 === "Id")) || (key0 === "Statement"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Version !== undefined){
let data0 = data.Version;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/Version",schemaPath:"#/properties/Version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.Version.type,parentSchema:schema13.properties.Version,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data0 === "2012-10-17") || (data0 === "2008-10-17"))){
const err4 = {instancePath:instancePath+"/Version",schemaPath:"#/properties/Version/enum",keyword:"enum",params:{allowedValues: schema13.properties.Version.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.Version.enum,parentSchema:schema13.properties.Version,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Id !== undefined){
let data1 = data.Id;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"#/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.Id.type,parentSchema:schema13.properties.Id,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Statement !== undefined){
let data2 = data.Statement;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(!(validate13(data2, {instancePath:instancePath+"/Statement",parentData:data,parentDataProperty:"Statement",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs9 = errors;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate13(data2[i0], {instancePath:instancePath+"/Statement/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/Statement",schemaPath:"#/properties/Statement/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.Statement.anyOf[1].type,parentSchema:schema13.properties.Statement.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err7 = {instancePath:instancePath+"/Statement",schemaPath:"#/properties/Statement/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.properties.Statement.anyOf,parentSchema:schema13.properties.Statement,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/role.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.apiVersion.type,parentSchema:schema12.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("genesys-lambda-gitops/v1" !== data0){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "genesys-lambda-gitops/v1"},message:"must be equal to constant",schema:"genesys-lambda-gitops/v1",parentSchema:schema12.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.kind.type,parentSchema:schema12.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("Role" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Role"},message:"must be equal to constant",schema:"Role",parentSchema:schema12.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err9 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema12.properties.metadata.required,parentSchema:schema12.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "name") || (key1 === "description")) || (key1 === "labels")) || (key1 === "environments"))){
const err10 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func2(data3) > 64){
const err11 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data3)){
const err13 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/pattern",keyword:"pattern",params:{pattern: "^([\\w+=,.@-]|\\{\\{ *[A-Za-z]+\\.[A-Za-z][A-Za-z0-9_]* *\\}\\})+$"},message:"must match pattern \""+"^([\\w+=,.@-]|\\{\\{ *[A-Za-z]+\\.[A-Za-z][A-Za-z0-9_]* *\\}\\})+$"+"\"",schema:"^([\\w+=,.@-]|\\{\\{ *[A-Za-z]+\\.[A-Za-z][A-Za-z0-9_]* *\\}\\})+$",parentSchema:schema12.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.metadata.properties.name.type,parentSchema:schema12.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.description !== undefined){
let data4 = data2.description;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/metadata/description",schemaPath:"#/properties/metadata/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.metadata.properties.description.type,parentSchema:schema12.properties.metadata.properties.description,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.labels !== undefined){
let data5 = data2.labels;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
const _errs15 = errors;
if(typeof key2 === "string"){
if(!pattern1.test(key2)){
const err16 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._/-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._/-]*$",parentSchema:schema12.properties.metadata.properties.labels.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var valid2 = _errs15 === errors;
if(!valid2){
const err17 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema12.properties.metadata.properties.labels.propertyNames,parentSchema:schema12.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key3 in data5){
let data6 = data5[key3];
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.metadata.properties.labels.additionalProperties.type,parentSchema:schema12.properties.metadata.properties.labels.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.metadata.properties.labels.type,parentSchema:schema12.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.environments !== undefined){
let data7 = data2.environments;
if(Array.isArray(data7)){
if(data7.length < 1){
const err20 = {instancePath:instancePath+"/metadata/environments",schemaPath:"#/properties/metadata/properties/environments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.metadata.properties.environments,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err21 = {instancePath:instancePath+"/metadata/environments/" + i0,schemaPath:"#/properties/metadata/properties/environments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.metadata.properties.environments.items,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/metadata/environments/" + i0,schemaPath:"#/properties/metadata/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.metadata.properties.environments.items.type,parentSchema:schema12.properties.metadata.properties.environments.items,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data7[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err23 = {instancePath:instancePath+"/metadata/environments",schemaPath:"#/properties/metadata/properties/environments/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema12.properties.metadata.properties.environments,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err24 = {instancePath:instancePath+"/metadata/environments",schemaPath:"#/properties/metadata/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.metadata.properties.environments.type,parentSchema:schema12.properties.metadata.properties.environments,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.metadata.type,parentSchema:schema12.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.spec !== undefined){
let data9 = data.spec;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key4 in data9){
if(!(func8.call(schema12.properties.spec.properties, key4))){
const err26 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.description !== undefined){
let data10 = data9.description;
if(typeof data10 === "string"){
if(func2(data10) > 1000){
const err27 = {instancePath:instancePath+"/spec/description",schemaPath:"#/properties/spec/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema12.properties.spec.properties.description,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/spec/description",schemaPath:"#/properties/spec/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.description.type,parentSchema:schema12.properties.spec.properties.description,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data9.path !== undefined){
let data11 = data9.path;
if(typeof data11 === "string"){
if(func2(data11) > 512){
const err29 = {instancePath:instancePath+"/spec/path",schemaPath:"#/properties/spec/properties/path/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema12.properties.spec.properties.path,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern7.test(data11)){
const err30 = {instancePath:instancePath+"/spec/path",schemaPath:"#/properties/spec/properties/path/pattern",keyword:"pattern",params:{pattern: "^/([!-~]+/)?$"},message:"must match pattern \""+"^/([!-~]+/)?$"+"\"",schema:"^/([!-~]+/)?$",parentSchema:schema12.properties.spec.properties.path,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/spec/path",schemaPath:"#/properties/spec/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.path.type,parentSchema:schema12.properties.spec.properties.path,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.maxSessionDurationSeconds !== undefined){
let data12 = data9.maxSessionDurationSeconds;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err32 = {instancePath:instancePath+"/spec/maxSessionDurationSeconds",schemaPath:"#/properties/spec/properties/maxSessionDurationSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.spec.properties.maxSessionDurationSeconds.type,parentSchema:schema12.properties.spec.properties.maxSessionDurationSeconds,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 43200 || isNaN(data12)){
const err33 = {instancePath:instancePath+"/spec/maxSessionDurationSeconds",schemaPath:"#/properties/spec/properties/maxSessionDurationSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 43200},message:"must be <= 43200",schema:43200,parentSchema:schema12.properties.spec.properties.maxSessionDurationSeconds,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data12 < 3600 || isNaN(data12)){
const err34 = {instancePath:instancePath+"/spec/maxSessionDurationSeconds",schemaPath:"#/properties/spec/properties/maxSessionDurationSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3600},message:"must be >= 3600",schema:3600,parentSchema:schema12.properties.spec.properties.maxSessionDurationSeconds,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data9.trustPolicy !== undefined){
if(!(validate12(data9.trustPolicy, {instancePath:instancePath+"/spec/trustPolicy",parentData:data9,parentDataProperty:"trustPolicy",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data9.permissionPolicy !== undefined){
if(!(validate12(data9.permissionPolicy, {instancePath:instancePath+"/spec/permissionPolicy",parentData:data9,parentDataProperty:"permissionPolicy",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data9.permissionPolicyName !== undefined){
let data15 = data9.permissionPolicyName;
if(typeof data15 === "string"){
if(func2(data15) > 128){
const err35 = {instancePath:instancePath+"/spec/permissionPolicyName",schemaPath:"#/properties/spec/properties/permissionPolicyName/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema12.properties.spec.properties.permissionPolicyName,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func2(data15) < 1){
const err36 = {instancePath:instancePath+"/spec/permissionPolicyName",schemaPath:"#/properties/spec/properties/permissionPolicyName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.spec.properties.permissionPolicyName,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!pattern8.test(data15)){
const err37 = {instancePath:instancePath+"/spec/permissionPolicyName",schemaPath:"#/properties/spec/properties/permissionPolicyName/pattern",keyword:"pattern",params:{pattern: "^[\\w+=,.@-]+$"},message:"must match pattern \""+"^[\\w+=,.@-]+$"+"\"",schema:"^[\\w+=,.@-]+$",parentSchema:schema12.properties.spec.properties.permissionPolicyName,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/spec/permissionPolicyName",schemaPath:"#/properties/spec/properties/permissionPolicyName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.permissionPolicyName.type,parentSchema:schema12.properties.spec.properties.permissionPolicyName,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data9.managedPolicyArns !== undefined){
let data16 = data9.managedPolicyArns;
if(Array.isArray(data16)){
if(data16.length > 20){
const err39 = {instancePath:instancePath+"/spec/managedPolicyArns",schemaPath:"#/properties/spec/properties/managedPolicyArns/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema12.properties.spec.properties.managedPolicyArns,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len1 = data16.length;
for(let i2=0; i2<len1; i2++){
let data17 = data16[i2];
if(typeof data17 === "string"){
if(!pattern9.test(data17)){
const err40 = {instancePath:instancePath+"/spec/managedPolicyArns/" + i2,schemaPath:"#/properties/spec/properties/managedPolicyArns/items/pattern",keyword:"pattern",params:{pattern: "^arn:aws(-[a-z]+)*:iam::(aws|[0-9]{12}):policy/([\\x21-\\x7e]+/)*[\\w+=,.@-]{1,128}$"},message:"must match pattern \""+"^arn:aws(-[a-z]+)*:iam::(aws|[0-9]{12}):policy/([\\x21-\\x7e]+/)*[\\w+=,.@-]{1,128}$"+"\"",schema:"^arn:aws(-[a-z]+)*:iam::(aws|[0-9]{12}):policy/([\\x21-\\x7e]+/)*[\\w+=,.@-]{1,128}$",parentSchema:schema12.properties.spec.properties.managedPolicyArns.items,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/spec/managedPolicyArns/" + i2,schemaPath:"#/properties/spec/properties/managedPolicyArns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.managedPolicyArns.items.type,parentSchema:schema12.properties.spec.properties.managedPolicyArns.items,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
let i3 = data16.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data16[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err42 = {instancePath:instancePath+"/spec/managedPolicyArns",schemaPath:"#/properties/spec/properties/managedPolicyArns/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema12.properties.spec.properties.managedPolicyArns,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err43 = {instancePath:instancePath+"/spec/managedPolicyArns",schemaPath:"#/properties/spec/properties/managedPolicyArns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.spec.properties.managedPolicyArns.type,parentSchema:schema12.properties.spec.properties.managedPolicyArns,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data9.tags !== undefined){
let data18 = data9.tags;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(Object.keys(data18).length > 48){
const err44 = {instancePath:instancePath+"/spec/tags",schemaPath:"#/properties/spec/properties/tags/maxProperties",keyword:"maxProperties",params:{limit: 48},message:"must NOT have more than 48 properties",schema:48,parentSchema:schema12.properties.spec.properties.tags,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key5 in data18){
const _errs42 = errors;
if(typeof key5 === "string"){
if(func2(key5) > 128){
const err45 = {instancePath:instancePath+"/spec/tags",schemaPath:"#/properties/spec/properties/tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema12.properties.spec.properties.tags.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(func2(key5) < 1){
const err46 = {instancePath:instancePath+"/spec/tags",schemaPath:"#/properties/spec/properties/tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.spec.properties.tags.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern10.test(key5)){
const err47 = {instancePath:instancePath+"/spec/tags",schemaPath:"#/properties/spec/properties/tags/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]+$"},message:"must match pattern \""+"^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]+$"+"\"",schema:"^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]+$",parentSchema:schema12.properties.spec.properties.tags.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var valid11 = _errs42 === errors;
if(!valid11){
const err48 = {instancePath:instancePath+"/spec/tags",schemaPath:"#/properties/spec/properties/tags/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema12.properties.spec.properties.tags.propertyNames,parentSchema:schema12.properties.spec.properties.tags,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
for(const key6 in data18){
let data19 = data18[key6];
if(typeof data19 === "string"){
if(func2(data19) > 256){
const err49 = {instancePath:instancePath+"/spec/tags/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema12.properties.spec.properties.tags.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/spec/tags/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.tags.additionalProperties.type,parentSchema:schema12.properties.spec.properties.tags.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/spec/tags",schemaPath:"#/properties/spec/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.spec.properties.tags.type,parentSchema:schema12.properties.spec.properties.tags,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data9.suppressions !== undefined){
let data20 = data9.suppressions;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i4=0; i4<len2; i4++){
let data21 = data20[i4];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.code === undefined){
const err52 = {instancePath:instancePath+"/spec/suppressions/" + i4,schemaPath:"#/properties/spec/properties/suppressions/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema12.properties.spec.properties.suppressions.items.required,parentSchema:schema12.properties.spec.properties.suppressions.items,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data21.reason === undefined){
const err53 = {instancePath:instancePath+"/spec/suppressions/" + i4,schemaPath:"#/properties/spec/properties/suppressions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema12.properties.spec.properties.suppressions.items.required,parentSchema:schema12.properties.spec.properties.suppressions.items,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key7 in data21){
if(!((key7 === "code") || (key7 === "reason"))){
const err54 = {instancePath:instancePath+"/spec/suppressions/" + i4,schemaPath:"#/properties/spec/properties/suppressions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.spec.properties.suppressions.items,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data21.code !== undefined){
let data22 = data21.code;
if(typeof data22 === "string"){
if(!pattern11.test(data22)){
const err55 = {instancePath:instancePath+"/spec/suppressions/" + i4+"/code",schemaPath:"#/properties/spec/properties/suppressions/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^GLG-[A-Z0-9-]+$"},message:"must match pattern \""+"^GLG-[A-Z0-9-]+$"+"\"",schema:"^GLG-[A-Z0-9-]+$",parentSchema:schema12.properties.spec.properties.suppressions.items.properties.code,data:data22};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/spec/suppressions/" + i4+"/code",schemaPath:"#/properties/spec/properties/suppressions/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.suppressions.items.properties.code.type,parentSchema:schema12.properties.spec.properties.suppressions.items.properties.code,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data21.reason !== undefined){
let data23 = data21.reason;
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err57 = {instancePath:instancePath+"/spec/suppressions/" + i4+"/reason",schemaPath:"#/properties/spec/properties/suppressions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.spec.properties.suppressions.items.properties.reason,data:data23};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern12.test(data23)){
const err58 = {instancePath:instancePath+"/spec/suppressions/" + i4+"/reason",schemaPath:"#/properties/spec/properties/suppressions/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.spec.properties.suppressions.items.properties.reason,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/spec/suppressions/" + i4+"/reason",schemaPath:"#/properties/spec/properties/suppressions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.suppressions.items.properties.reason.type,parentSchema:schema12.properties.spec.properties.suppressions.items.properties.reason,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/spec/suppressions/" + i4,schemaPath:"#/properties/spec/properties/suppressions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.spec.properties.suppressions.items.type,parentSchema:schema12.properties.spec.properties.suppressions.items,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/spec/suppressions",schemaPath:"#/properties/spec/properties/suppressions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.spec.properties.suppressions.type,parentSchema:schema12.properties.spec.properties.suppressions,data:data20};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.spec.type,parentSchema:schema12.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const Integration = validate18;
const schema22 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/integration.schema.json","title":"IntegrationManifest","description":"The Genesys Cloud `aws-lambda-data-actions` integration and the `amazonWebServicesARN` credential that holds its role ARN.","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"type":"string","const":"genesys-lambda-gitops/v1","description":"Manifest format version; always `genesys-lambda-gitops/v1`."},"kind":{"type":"string","const":"Integration","description":"Always `Integration`."},"metadata":{"type":"object","additionalProperties":false,"required":["name"],"description":"Identity of the resource. Resources are matched with live state by name.","properties":{"name":{"type":"string","minLength":1,"maxLength":256,"description":"Integration name (1–256 characters), also its configuration name. May use `{{ env.name }}` and `{{ vars.NAME }}`, resolved for the selected Environment.","examples":["Customer Lambdas"]},"description":{"type":"string","description":"Free text for people reading the manifests; not sent anywhere."},"labels":{"type":"object","description":"Free-form key/value labels for people and tooling; not sent anywhere.","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._/-]*$"},"additionalProperties":{"type":"string","description":"Label value."}},"environments":{"type":"array","description":"Limit this resource to these Environments (by name). Default: every Environment.","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"description":"Name of an Environment manifest."}}}},"spec":{"type":"object","additionalProperties":false,"required":["role"],"description":"The integration.","properties":{"role":{"description":"The role Genesys assumes: the name of a Role manifest, or `{ arn: ... }` for a role managed elsewhere.","anyOf":[{"type":"string","minLength":1,"description":"Name of a Role manifest."},{"type":"object","additionalProperties":false,"required":["arn"],"description":"A role managed outside these manifests.","properties":{"arn":{"type":"string","pattern":"^(arn:|\\{\\{)","description":"IAM role ARN. May use `{{ vars.NAME }}`, `{{ env.name }}`, `{{ aws.accountId }}`, `{{ aws.region }}` and `{{ genesys.region }}`, resolved for the selected Environment."}}}],"examples":["genesys-lambda-invoker",{"arn":"arn:aws:iam::123456789012:role/genesys-lambda-invoker"}]},"enabled":{"type":"boolean","description":"Intended state: `true` → ENABLED, `false` → DISABLED. Default: `true`.","default":true},"notes":{"type":"string","description":"Integration configuration notes. Default: `Managed by genesys-lambda-gitops`.","default":"Managed by genesys-lambda-gitops"},"credentialName":{"type":"string","minLength":1,"maxLength":256,"description":"Name of the credential holding the role ARN. Default: the integration name followed by ` role`. May use `{{ env.name }}` and `{{ vars.NAME }}`."}}}}};
const pattern14 = new RegExp("^(arn:|\\{\\{)", "u");

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/integration.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.apiVersion.type,parentSchema:schema22.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("genesys-lambda-gitops/v1" !== data0){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "genesys-lambda-gitops/v1"},message:"must be equal to constant",schema:"genesys-lambda-gitops/v1",parentSchema:schema22.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.kind.type,parentSchema:schema22.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("Integration" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Integration"},message:"must be equal to constant",schema:"Integration",parentSchema:schema22.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err9 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema22.properties.metadata.required,parentSchema:schema22.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "name") || (key1 === "description")) || (key1 === "labels")) || (key1 === "environments"))){
const err10 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func2(data3) > 256){
const err11 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.metadata.properties.name.type,parentSchema:schema22.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.description !== undefined){
let data4 = data2.description;
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/metadata/description",schemaPath:"#/properties/metadata/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.metadata.properties.description.type,parentSchema:schema22.properties.metadata.properties.description,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.labels !== undefined){
let data5 = data2.labels;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
const _errs15 = errors;
if(typeof key2 === "string"){
if(!pattern1.test(key2)){
const err15 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._/-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._/-]*$",parentSchema:schema22.properties.metadata.properties.labels.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid2 = _errs15 === errors;
if(!valid2){
const err16 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema22.properties.metadata.properties.labels.propertyNames,parentSchema:schema22.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key3 in data5){
let data6 = data5[key3];
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.metadata.properties.labels.additionalProperties.type,parentSchema:schema22.properties.metadata.properties.labels.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.metadata.properties.labels.type,parentSchema:schema22.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.environments !== undefined){
let data7 = data2.environments;
if(Array.isArray(data7)){
if(data7.length < 1){
const err19 = {instancePath:instancePath+"/metadata/environments",schemaPath:"#/properties/metadata/properties/environments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema22.properties.metadata.properties.environments,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err20 = {instancePath:instancePath+"/metadata/environments/" + i0,schemaPath:"#/properties/metadata/properties/environments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.metadata.properties.environments.items,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/metadata/environments/" + i0,schemaPath:"#/properties/metadata/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.metadata.properties.environments.items.type,parentSchema:schema22.properties.metadata.properties.environments.items,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data7[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err22 = {instancePath:instancePath+"/metadata/environments",schemaPath:"#/properties/metadata/properties/environments/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema22.properties.metadata.properties.environments,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err23 = {instancePath:instancePath+"/metadata/environments",schemaPath:"#/properties/metadata/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.metadata.properties.environments.type,parentSchema:schema22.properties.metadata.properties.environments,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.metadata.type,parentSchema:schema22.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.spec !== undefined){
let data9 = data.spec;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.role === undefined){
const err25 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema22.properties.spec.required,parentSchema:schema22.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key4 in data9){
if(!((((key4 === "role") || (key4 === "enabled")) || (key4 === "notes")) || (key4 === "credentialName"))){
const err26 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.role !== undefined){
let data10 = data9.role;
const _errs27 = errors;
let valid8 = false;
const _errs28 = errors;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err27 = {instancePath:instancePath+"/spec/role",schemaPath:"#/properties/spec/properties/role/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.spec.properties.role.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/spec/role",schemaPath:"#/properties/spec/properties/role/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.spec.properties.role.anyOf[0].type,parentSchema:schema22.properties.spec.properties.role.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs28 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs30 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.arn === undefined){
const err29 = {instancePath:instancePath+"/spec/role",schemaPath:"#/properties/spec/properties/role/anyOf/1/required",keyword:"required",params:{missingProperty: "arn"},message:"must have required property '"+"arn"+"'",schema:schema22.properties.spec.properties.role.anyOf[1].required,parentSchema:schema22.properties.spec.properties.role.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key5 in data10){
if(!(key5 === "arn")){
const err30 = {instancePath:instancePath+"/spec/role",schemaPath:"#/properties/spec/properties/role/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.spec.properties.role.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.arn !== undefined){
let data11 = data10.arn;
if(typeof data11 === "string"){
if(!pattern14.test(data11)){
const err31 = {instancePath:instancePath+"/spec/role/arn",schemaPath:"#/properties/spec/properties/role/anyOf/1/properties/arn/pattern",keyword:"pattern",params:{pattern: "^(arn:|\\{\\{)"},message:"must match pattern \""+"^(arn:|\\{\\{)"+"\"",schema:"^(arn:|\\{\\{)",parentSchema:schema22.properties.spec.properties.role.anyOf[1].properties.arn,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/spec/role/arn",schemaPath:"#/properties/spec/properties/role/anyOf/1/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.spec.properties.role.anyOf[1].properties.arn.type,parentSchema:schema22.properties.spec.properties.role.anyOf[1].properties.arn,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/spec/role",schemaPath:"#/properties/spec/properties/role/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.spec.properties.role.anyOf[1].type,parentSchema:schema22.properties.spec.properties.role.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs30 === errors;
valid8 = valid8 || _valid0;
}
if(!valid8){
const err34 = {instancePath:instancePath+"/spec/role",schemaPath:"#/properties/spec/properties/role/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema22.properties.spec.properties.role.anyOf,parentSchema:schema22.properties.spec.properties.role,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data9.enabled !== undefined){
let data12 = data9.enabled;
if(typeof data12 !== "boolean"){
const err35 = {instancePath:instancePath+"/spec/enabled",schemaPath:"#/properties/spec/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.spec.properties.enabled.type,parentSchema:schema22.properties.spec.properties.enabled,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.notes !== undefined){
let data13 = data9.notes;
if(typeof data13 !== "string"){
const err36 = {instancePath:instancePath+"/spec/notes",schemaPath:"#/properties/spec/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.spec.properties.notes.type,parentSchema:schema22.properties.spec.properties.notes,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data9.credentialName !== undefined){
let data14 = data9.credentialName;
if(typeof data14 === "string"){
if(func2(data14) > 256){
const err37 = {instancePath:instancePath+"/spec/credentialName",schemaPath:"#/properties/spec/properties/credentialName/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema22.properties.spec.properties.credentialName,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func2(data14) < 1){
const err38 = {instancePath:instancePath+"/spec/credentialName",schemaPath:"#/properties/spec/properties/credentialName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.spec.properties.credentialName,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/spec/credentialName",schemaPath:"#/properties/spec/properties/credentialName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.spec.properties.credentialName.type,parentSchema:schema22.properties.spec.properties.credentialName,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.spec.type,parentSchema:schema22.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

export const DataAction = validate19;
const schema23 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/data-action.schema.json","title":"DataActionManifest","description":"A Genesys Cloud data action that invokes an AWS Lambda function, with its contracts, templates and smoke tests.","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"type":"string","const":"genesys-lambda-gitops/v1","description":"Manifest format version; always `genesys-lambda-gitops/v1`."},"kind":{"type":"string","const":"DataAction","description":"Always `DataAction`."},"metadata":{"type":"object","additionalProperties":false,"required":["name"],"description":"Identity of the resource. Resources are matched with live state by name.","properties":{"name":{"type":"string","minLength":1,"maxLength":256,"description":"Data action name (1–256 characters), unique across the manifests. May use `{{ env.name }}` and `{{ vars.NAME }}`, resolved for the selected Environment (e.g. `Get Bookable Slots {{ env.name }}`).","examples":["Lookup Order Status"]},"description":{"type":"string","description":"Free text for people reading the manifests; not sent anywhere."},"labels":{"type":"object","description":"Free-form key/value labels for people and tooling; not sent anywhere.","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._/-]*$"},"additionalProperties":{"type":"string","description":"Label value."}},"environments":{"type":"array","description":"Limit this resource to these Environments (by name). Default: every Environment.","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"description":"Name of an Environment manifest."}}}},"spec":{"type":"object","additionalProperties":false,"required":["integration","function","contract"],"description":"The data action.","properties":{"integration":{"type":"string","minLength":1,"description":"Name of the Integration manifest this action belongs to.","examples":["Customer Lambdas"]},"category":{"type":"string","minLength":1,"maxLength":256,"description":"Category shown in Genesys (1–256 characters). Default: the integration name. May use `{{ env.name }}` and `{{ vars.NAME }}`.","examples":["Orders"]},"function":{"type":"string","minLength":1,"description":"Lambda function ARN, optionally with a version or alias qualifier (`arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]`). May use `{{ vars.NAME }}`, `{{ env.name }}`, `{{ aws.accountId }}`, `{{ aws.region }}` and `{{ genesys.region }}`, resolved for the selected Environment.","examples":["{{ vars.ordersFunction }}","arn:aws:lambda:eu-west-1:123456789012:function:orders-lookup:live"]},"timeoutSeconds":{"type":"integer","minimum":1,"maximum":60,"description":"Genesys-side timeout, 1–60 seconds. Default: 60 (as Genesys).","default":60,"examples":[10]},"secure":{"type":"boolean","description":"Secure action: inputs and outputs are sensitive and never shown in logs, comments or plans. Changing it recreates the action. Default: `false`.","default":false},"contract":{"type":"object","additionalProperties":false,"required":["input","output"],"description":"Input and output contracts (JSON Schema under Genesys' rules). Changing them recreates the action.","properties":{"input":{"type":"object","description":"JSON Schema of the input: an object whose properties are string, integer, number, boolean or null (a flat object, Genesys' rule). Names match `^[a-zA-Z][a-zA-Z0-9_-]*$`; `orgId`, `integrationId` and `rawRequest` are reserved."},"output":{"type":"object","description":"JSON Schema of the output: an object; nested objects and arrays of primitives are allowed, arrays of objects or arrays are not; no `$ref`; at most 50 levels deep."}}},"request":{"type":"object","additionalProperties":false,"description":"How the Lambda event is built.","properties":{"template":{"type":"string","description":"Velocity template whose output is the Lambda event. Default: `${input.rawRequest}` (the whole input object).","default":"${input.rawRequest}"},"headers":{"type":"object","description":"Headers passed to the Lambda (as client context). Default: none.","additionalProperties":{"type":"string","description":"Header value."}}}},"response":{"type":"object","additionalProperties":false,"description":"How the Lambda result becomes the action output.","properties":{"translationMap":{"type":"object","description":"Variables for the success template: name → JSONPath into the Lambda result (e.g. `$.hours.open`). Default: none.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","description":"JSONPath expression."},"examples":[{"open":"$.hours.open"}]},"translationMapDefaults":{"type":"object","description":"Value used when a translation-map JSONPath finds nothing, by variable name. Default: none.","additionalProperties":{"type":"string","description":"Default value (JSON text, e.g. `\"\\\"unknown\\\"\"`)."}},"successTemplate":{"type":"string","description":"Velocity template that builds the output; it must match the output contract. Default: `${rawResult}` (the Lambda result as is).","default":"${rawResult}","examples":["{\"open\": ${open}}"]}}},"tests":{"type":"array","description":"Smoke tests, run against the action after apply (and checked against the contracts by validate).","items":{"type":"object","additionalProperties":false,"required":["name","input","expect"],"description":"One smoke test.","properties":{"name":{"type":"string","minLength":1,"description":"Test name, unique within the action."},"input":{"type":"object","description":"Input values; must validate against the input contract. A value may be (or contain) `{{ secrets.NAME }}`: a secret test input, read at apply from the environment variable `GENESYS_TEST_SECRET_NAME` (NAME upper-cased), masked, and shown as `(secret)` everywhere.","additionalProperties":{"description":"One input value.","anyOf":[{"type":"string","description":"A string value."},{"type":"number","description":"A number."},{"type":"boolean","description":"A boolean."},{"type":"null","description":"null."}]}},"expect":{"type":"object","description":"Expected output, matched partially: every key given must be in the output contract and match; other keys may exist."},"execute":{"type":"boolean","description":"Also run the test through `/execute` after publishing (real output instead of the test trace). Default: `false`.","default":false}}}},"suppressions":{"type":"array","description":"Warnings accepted on purpose for this resource. Only warnings can be suppressed; errors cannot.","items":{"type":"object","additionalProperties":false,"required":["code","reason"],"description":"One accepted warning.","properties":{"code":{"type":"string","pattern":"^GLG-[A-Z0-9-]+$","description":"Diagnostic code to suppress, e.g. `GLG-IAM-PERMISSION-WILDCARD`.","examples":["GLG-IAM-PERMISSION-WILDCARD"]},"reason":{"type":"string","minLength":1,"pattern":"\\S","description":"Why this warning is acceptable (required; reviewers read it)."}}}}}}}};
const pattern16 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/data-action.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.apiVersion.type,parentSchema:schema23.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("genesys-lambda-gitops/v1" !== data0){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "genesys-lambda-gitops/v1"},message:"must be equal to constant",schema:"genesys-lambda-gitops/v1",parentSchema:schema23.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.kind.type,parentSchema:schema23.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("DataAction" !== data1){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "DataAction"},message:"must be equal to constant",schema:"DataAction",parentSchema:schema23.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err9 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema23.properties.metadata.required,parentSchema:schema23.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "name") || (key1 === "description")) || (key1 === "labels")) || (key1 === "environments"))){
const err10 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func2(data3) > 256){
const err11 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema23.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.metadata.properties.name.type,parentSchema:schema23.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.description !== undefined){
let data4 = data2.description;
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/metadata/description",schemaPath:"#/properties/metadata/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.metadata.properties.description.type,parentSchema:schema23.properties.metadata.properties.description,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.labels !== undefined){
let data5 = data2.labels;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
const _errs15 = errors;
if(typeof key2 === "string"){
if(!pattern1.test(key2)){
const err15 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._/-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._/-]*$",parentSchema:schema23.properties.metadata.properties.labels.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid2 = _errs15 === errors;
if(!valid2){
const err16 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema23.properties.metadata.properties.labels.propertyNames,parentSchema:schema23.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key3 in data5){
let data6 = data5[key3];
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.metadata.properties.labels.additionalProperties.type,parentSchema:schema23.properties.metadata.properties.labels.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.metadata.properties.labels.type,parentSchema:schema23.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.environments !== undefined){
let data7 = data2.environments;
if(Array.isArray(data7)){
if(data7.length < 1){
const err19 = {instancePath:instancePath+"/metadata/environments",schemaPath:"#/properties/metadata/properties/environments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema23.properties.metadata.properties.environments,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err20 = {instancePath:instancePath+"/metadata/environments/" + i0,schemaPath:"#/properties/metadata/properties/environments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.metadata.properties.environments.items,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/metadata/environments/" + i0,schemaPath:"#/properties/metadata/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.metadata.properties.environments.items.type,parentSchema:schema23.properties.metadata.properties.environments.items,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data7[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err22 = {instancePath:instancePath+"/metadata/environments",schemaPath:"#/properties/metadata/properties/environments/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema23.properties.metadata.properties.environments,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err23 = {instancePath:instancePath+"/metadata/environments",schemaPath:"#/properties/metadata/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.metadata.properties.environments.type,parentSchema:schema23.properties.metadata.properties.environments,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.metadata.type,parentSchema:schema23.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.spec !== undefined){
let data9 = data.spec;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.integration === undefined){
const err25 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "integration"},message:"must have required property '"+"integration"+"'",schema:schema23.properties.spec.required,parentSchema:schema23.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data9.function === undefined){
const err26 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "function"},message:"must have required property '"+"function"+"'",schema:schema23.properties.spec.required,parentSchema:schema23.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9.contract === undefined){
const err27 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'",schema:schema23.properties.spec.required,parentSchema:schema23.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key4 in data9){
if(!(func8.call(schema23.properties.spec.properties, key4))){
const err28 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data9.integration !== undefined){
let data10 = data9.integration;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err29 = {instancePath:instancePath+"/spec/integration",schemaPath:"#/properties/spec/properties/integration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.spec.properties.integration,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/spec/integration",schemaPath:"#/properties/spec/properties/integration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.spec.properties.integration.type,parentSchema:schema23.properties.spec.properties.integration,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data9.category !== undefined){
let data11 = data9.category;
if(typeof data11 === "string"){
if(func2(data11) > 256){
const err31 = {instancePath:instancePath+"/spec/category",schemaPath:"#/properties/spec/properties/category/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema23.properties.spec.properties.category,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(data11) < 1){
const err32 = {instancePath:instancePath+"/spec/category",schemaPath:"#/properties/spec/properties/category/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.spec.properties.category,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/spec/category",schemaPath:"#/properties/spec/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.spec.properties.category.type,parentSchema:schema23.properties.spec.properties.category,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data9.function !== undefined){
let data12 = data9.function;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err34 = {instancePath:instancePath+"/spec/function",schemaPath:"#/properties/spec/properties/function/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.spec.properties.function,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/spec/function",schemaPath:"#/properties/spec/properties/function/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.spec.properties.function.type,parentSchema:schema23.properties.spec.properties.function,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.timeoutSeconds !== undefined){
let data13 = data9.timeoutSeconds;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err36 = {instancePath:instancePath+"/spec/timeoutSeconds",schemaPath:"#/properties/spec/properties/timeoutSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.spec.properties.timeoutSeconds.type,parentSchema:schema23.properties.spec.properties.timeoutSeconds,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 60 || isNaN(data13)){
const err37 = {instancePath:instancePath+"/spec/timeoutSeconds",schemaPath:"#/properties/spec/properties/timeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60",schema:60,parentSchema:schema23.properties.spec.properties.timeoutSeconds,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err38 = {instancePath:instancePath+"/spec/timeoutSeconds",schemaPath:"#/properties/spec/properties/timeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.spec.properties.timeoutSeconds,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data9.secure !== undefined){
let data14 = data9.secure;
if(typeof data14 !== "boolean"){
const err39 = {instancePath:instancePath+"/spec/secure",schemaPath:"#/properties/spec/properties/secure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.spec.properties.secure.type,parentSchema:schema23.properties.spec.properties.secure,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data9.contract !== undefined){
let data15 = data9.contract;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.input === undefined){
const err40 = {instancePath:instancePath+"/spec/contract",schemaPath:"#/properties/spec/properties/contract/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'",schema:schema23.properties.spec.properties.contract.required,parentSchema:schema23.properties.spec.properties.contract,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data15.output === undefined){
const err41 = {instancePath:instancePath+"/spec/contract",schemaPath:"#/properties/spec/properties/contract/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'",schema:schema23.properties.spec.properties.contract.required,parentSchema:schema23.properties.spec.properties.contract,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key5 in data15){
if(!((key5 === "input") || (key5 === "output"))){
const err42 = {instancePath:instancePath+"/spec/contract",schemaPath:"#/properties/spec/properties/contract/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.spec.properties.contract,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data15.input !== undefined){
let data16 = data15.input;
if(!(data16 && typeof data16 == "object" && !Array.isArray(data16))){
const err43 = {instancePath:instancePath+"/spec/contract/input",schemaPath:"#/properties/spec/properties/contract/properties/input/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.properties.contract.properties.input.type,parentSchema:schema23.properties.spec.properties.contract.properties.input,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data15.output !== undefined){
let data17 = data15.output;
if(!(data17 && typeof data17 == "object" && !Array.isArray(data17))){
const err44 = {instancePath:instancePath+"/spec/contract/output",schemaPath:"#/properties/spec/properties/contract/properties/output/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.properties.contract.properties.output.type,parentSchema:schema23.properties.spec.properties.contract.properties.output,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/spec/contract",schemaPath:"#/properties/spec/properties/contract/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.properties.contract.type,parentSchema:schema23.properties.spec.properties.contract,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data9.request !== undefined){
let data18 = data9.request;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key6 in data18){
if(!((key6 === "template") || (key6 === "headers"))){
const err46 = {instancePath:instancePath+"/spec/request",schemaPath:"#/properties/spec/properties/request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.spec.properties.request,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data18.template !== undefined){
let data19 = data18.template;
if(typeof data19 !== "string"){
const err47 = {instancePath:instancePath+"/spec/request/template",schemaPath:"#/properties/spec/properties/request/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.spec.properties.request.properties.template.type,parentSchema:schema23.properties.spec.properties.request.properties.template,data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data18.headers !== undefined){
let data20 = data18.headers;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key7 in data20){
let data21 = data20[key7];
if(typeof data21 !== "string"){
const err48 = {instancePath:instancePath+"/spec/request/headers/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/request/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.spec.properties.request.properties.headers.additionalProperties.type,parentSchema:schema23.properties.spec.properties.request.properties.headers.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/spec/request/headers",schemaPath:"#/properties/spec/properties/request/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.properties.request.properties.headers.type,parentSchema:schema23.properties.spec.properties.request.properties.headers,data:data20};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/spec/request",schemaPath:"#/properties/spec/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.properties.request.type,parentSchema:schema23.properties.spec.properties.request,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data9.response !== undefined){
let data22 = data9.response;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key8 in data22){
if(!(((key8 === "translationMap") || (key8 === "translationMapDefaults")) || (key8 === "successTemplate"))){
const err51 = {instancePath:instancePath+"/spec/response",schemaPath:"#/properties/spec/properties/response/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.spec.properties.response,data:data22};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data22.translationMap !== undefined){
let data23 = data22.translationMap;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key9 in data23){
const _errs58 = errors;
if(typeof key9 === "string"){
if(!pattern16.test(key9)){
const err52 = {instancePath:instancePath+"/spec/response/translationMap",schemaPath:"#/properties/spec/properties/response/properties/translationMap/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema23.properties.spec.properties.response.properties.translationMap.propertyNames,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
var valid12 = _errs58 === errors;
if(!valid12){
const err53 = {instancePath:instancePath+"/spec/response/translationMap",schemaPath:"#/properties/spec/properties/response/properties/translationMap/propertyNames",keyword:"propertyNames",params:{propertyName: key9},message:"property name must be valid",schema:schema23.properties.spec.properties.response.properties.translationMap.propertyNames,parentSchema:schema23.properties.spec.properties.response.properties.translationMap,data:data23};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
for(const key10 in data23){
let data24 = data23[key10];
if(typeof data24 !== "string"){
const err54 = {instancePath:instancePath+"/spec/response/translationMap/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/response/properties/translationMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.spec.properties.response.properties.translationMap.additionalProperties.type,parentSchema:schema23.properties.spec.properties.response.properties.translationMap.additionalProperties,data:data24};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/spec/response/translationMap",schemaPath:"#/properties/spec/properties/response/properties/translationMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.properties.response.properties.translationMap.type,parentSchema:schema23.properties.spec.properties.response.properties.translationMap,data:data23};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data22.translationMapDefaults !== undefined){
let data25 = data22.translationMapDefaults;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key11 in data25){
let data26 = data25[key11];
if(typeof data26 !== "string"){
const err56 = {instancePath:instancePath+"/spec/response/translationMapDefaults/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/response/properties/translationMapDefaults/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.spec.properties.response.properties.translationMapDefaults.additionalProperties.type,parentSchema:schema23.properties.spec.properties.response.properties.translationMapDefaults.additionalProperties,data:data26};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/spec/response/translationMapDefaults",schemaPath:"#/properties/spec/properties/response/properties/translationMapDefaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.properties.response.properties.translationMapDefaults.type,parentSchema:schema23.properties.spec.properties.response.properties.translationMapDefaults,data:data25};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data22.successTemplate !== undefined){
let data27 = data22.successTemplate;
if(typeof data27 !== "string"){
const err58 = {instancePath:instancePath+"/spec/response/successTemplate",schemaPath:"#/properties/spec/properties/response/properties/successTemplate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.spec.properties.response.properties.successTemplate.type,parentSchema:schema23.properties.spec.properties.response.properties.successTemplate,data:data27};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/spec/response",schemaPath:"#/properties/spec/properties/response/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.properties.response.type,parentSchema:schema23.properties.spec.properties.response,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data9.tests !== undefined){
let data28 = data9.tests;
if(Array.isArray(data28)){
const len1 = data28.length;
for(let i2=0; i2<len1; i2++){
let data29 = data28[i2];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.name === undefined){
const err60 = {instancePath:instancePath+"/spec/tests/" + i2,schemaPath:"#/properties/spec/properties/tests/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema23.properties.spec.properties.tests.items.required,parentSchema:schema23.properties.spec.properties.tests.items,data:data29};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data29.input === undefined){
const err61 = {instancePath:instancePath+"/spec/tests/" + i2,schemaPath:"#/properties/spec/properties/tests/items/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'",schema:schema23.properties.spec.properties.tests.items.required,parentSchema:schema23.properties.spec.properties.tests.items,data:data29};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data29.expect === undefined){
const err62 = {instancePath:instancePath+"/spec/tests/" + i2,schemaPath:"#/properties/spec/properties/tests/items/required",keyword:"required",params:{missingProperty: "expect"},message:"must have required property '"+"expect"+"'",schema:schema23.properties.spec.properties.tests.items.required,parentSchema:schema23.properties.spec.properties.tests.items,data:data29};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key12 in data29){
if(!((((key12 === "name") || (key12 === "input")) || (key12 === "expect")) || (key12 === "execute"))){
const err63 = {instancePath:instancePath+"/spec/tests/" + i2,schemaPath:"#/properties/spec/properties/tests/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.spec.properties.tests.items,data:data29};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data29.name !== undefined){
let data30 = data29.name;
if(typeof data30 === "string"){
if(func2(data30) < 1){
const err64 = {instancePath:instancePath+"/spec/tests/" + i2+"/name",schemaPath:"#/properties/spec/properties/tests/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.spec.properties.tests.items.properties.name,data:data30};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/spec/tests/" + i2+"/name",schemaPath:"#/properties/spec/properties/tests/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.spec.properties.tests.items.properties.name.type,parentSchema:schema23.properties.spec.properties.tests.items.properties.name,data:data30};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data29.input !== undefined){
let data31 = data29.input;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key13 in data31){
let data32 = data31[key13];
const _errs80 = errors;
let valid19 = false;
const _errs81 = errors;
if(typeof data32 !== "string"){
const err66 = {instancePath:instancePath+"/spec/tests/" + i2+"/input/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/tests/items/properties/input/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.spec.properties.tests.items.properties.input.additionalProperties.anyOf[0].type,parentSchema:schema23.properties.spec.properties.tests.items.properties.input.additionalProperties.anyOf[0],data:data32};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid0 = _errs81 === errors;
valid19 = valid19 || _valid0;
if(!valid19){
const _errs83 = errors;
if(!((typeof data32 == "number") && (isFinite(data32)))){
const err67 = {instancePath:instancePath+"/spec/tests/" + i2+"/input/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/tests/items/properties/input/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.spec.properties.tests.items.properties.input.additionalProperties.anyOf[1].type,parentSchema:schema23.properties.spec.properties.tests.items.properties.input.additionalProperties.anyOf[1],data:data32};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid0 = _errs83 === errors;
valid19 = valid19 || _valid0;
if(!valid19){
const _errs85 = errors;
if(typeof data32 !== "boolean"){
const err68 = {instancePath:instancePath+"/spec/tests/" + i2+"/input/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/tests/items/properties/input/additionalProperties/anyOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.spec.properties.tests.items.properties.input.additionalProperties.anyOf[2].type,parentSchema:schema23.properties.spec.properties.tests.items.properties.input.additionalProperties.anyOf[2],data:data32};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid0 = _errs85 === errors;
valid19 = valid19 || _valid0;
if(!valid19){
const _errs87 = errors;
if(data32 !== null){
const err69 = {instancePath:instancePath+"/spec/tests/" + i2+"/input/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/tests/items/properties/input/additionalProperties/anyOf/3/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema23.properties.spec.properties.tests.items.properties.input.additionalProperties.anyOf[3].type,parentSchema:schema23.properties.spec.properties.tests.items.properties.input.additionalProperties.anyOf[3],data:data32};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid0 = _errs87 === errors;
valid19 = valid19 || _valid0;
}
}
}
if(!valid19){
const err70 = {instancePath:instancePath+"/spec/tests/" + i2+"/input/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/tests/items/properties/input/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.properties.spec.properties.tests.items.properties.input.additionalProperties.anyOf,parentSchema:schema23.properties.spec.properties.tests.items.properties.input.additionalProperties,data:data32};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err71 = {instancePath:instancePath+"/spec/tests/" + i2+"/input",schemaPath:"#/properties/spec/properties/tests/items/properties/input/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.properties.tests.items.properties.input.type,parentSchema:schema23.properties.spec.properties.tests.items.properties.input,data:data31};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data29.expect !== undefined){
let data33 = data29.expect;
if(!(data33 && typeof data33 == "object" && !Array.isArray(data33))){
const err72 = {instancePath:instancePath+"/spec/tests/" + i2+"/expect",schemaPath:"#/properties/spec/properties/tests/items/properties/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.properties.tests.items.properties.expect.type,parentSchema:schema23.properties.spec.properties.tests.items.properties.expect,data:data33};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data29.execute !== undefined){
let data34 = data29.execute;
if(typeof data34 !== "boolean"){
const err73 = {instancePath:instancePath+"/spec/tests/" + i2+"/execute",schemaPath:"#/properties/spec/properties/tests/items/properties/execute/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.spec.properties.tests.items.properties.execute.type,parentSchema:schema23.properties.spec.properties.tests.items.properties.execute,data:data34};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/spec/tests/" + i2,schemaPath:"#/properties/spec/properties/tests/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.properties.tests.items.type,parentSchema:schema23.properties.spec.properties.tests.items,data:data29};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/spec/tests",schemaPath:"#/properties/spec/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.spec.properties.tests.type,parentSchema:schema23.properties.spec.properties.tests,data:data28};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data9.suppressions !== undefined){
let data35 = data9.suppressions;
if(Array.isArray(data35)){
const len2 = data35.length;
for(let i3=0; i3<len2; i3++){
let data36 = data35[i3];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.code === undefined){
const err76 = {instancePath:instancePath+"/spec/suppressions/" + i3,schemaPath:"#/properties/spec/properties/suppressions/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema23.properties.spec.properties.suppressions.items.required,parentSchema:schema23.properties.spec.properties.suppressions.items,data:data36};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data36.reason === undefined){
const err77 = {instancePath:instancePath+"/spec/suppressions/" + i3,schemaPath:"#/properties/spec/properties/suppressions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema23.properties.spec.properties.suppressions.items.required,parentSchema:schema23.properties.spec.properties.suppressions.items,data:data36};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
for(const key14 in data36){
if(!((key14 === "code") || (key14 === "reason"))){
const err78 = {instancePath:instancePath+"/spec/suppressions/" + i3,schemaPath:"#/properties/spec/properties/suppressions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.spec.properties.suppressions.items,data:data36};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data36.code !== undefined){
let data37 = data36.code;
if(typeof data37 === "string"){
if(!pattern11.test(data37)){
const err79 = {instancePath:instancePath+"/spec/suppressions/" + i3+"/code",schemaPath:"#/properties/spec/properties/suppressions/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^GLG-[A-Z0-9-]+$"},message:"must match pattern \""+"^GLG-[A-Z0-9-]+$"+"\"",schema:"^GLG-[A-Z0-9-]+$",parentSchema:schema23.properties.spec.properties.suppressions.items.properties.code,data:data37};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/spec/suppressions/" + i3+"/code",schemaPath:"#/properties/spec/properties/suppressions/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.spec.properties.suppressions.items.properties.code.type,parentSchema:schema23.properties.spec.properties.suppressions.items.properties.code,data:data37};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data36.reason !== undefined){
let data38 = data36.reason;
if(typeof data38 === "string"){
if(func2(data38) < 1){
const err81 = {instancePath:instancePath+"/spec/suppressions/" + i3+"/reason",schemaPath:"#/properties/spec/properties/suppressions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.spec.properties.suppressions.items.properties.reason,data:data38};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!pattern12.test(data38)){
const err82 = {instancePath:instancePath+"/spec/suppressions/" + i3+"/reason",schemaPath:"#/properties/spec/properties/suppressions/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema23.properties.spec.properties.suppressions.items.properties.reason,data:data38};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/spec/suppressions/" + i3+"/reason",schemaPath:"#/properties/spec/properties/suppressions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.spec.properties.suppressions.items.properties.reason.type,parentSchema:schema23.properties.spec.properties.suppressions.items.properties.reason,data:data38};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/spec/suppressions/" + i3,schemaPath:"#/properties/spec/properties/suppressions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.properties.suppressions.items.type,parentSchema:schema23.properties.spec.properties.suppressions.items,data:data36};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/spec/suppressions",schemaPath:"#/properties/spec/properties/suppressions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.spec.properties.suppressions.type,parentSchema:schema23.properties.spec.properties.suppressions,data:data35};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.spec.type,parentSchema:schema23.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}
