import type { JsonValue } from '../../../../core/index.js';
import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asBool, asInt, asList, asString, compact, nameOf } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import type { EvalValue } from '../values.js';
import { isEvalObject } from '../values.js';
import type { CfnAdapter } from './types.js';

/** True when decoded bytes are not text: control characters other than tab and newlines, or invalid UTF-8. */
function hasBinary(text: string): boolean {
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) return true;
  }
  return false;
}

/** Decodes base64 user data (Fn::Base64 or an encoded literal); plain text stays as written. */
function decode(v: string): string {
  const compactText = v.replace(/\s+/g, '');
  if (compactText.length >= 8 && compactText.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(compactText)) {
    const text = Buffer.from(compactText, 'base64').toString('utf8');
    if (text && !hasBinary(text)) return text;
  }
  return v;
}

/** Properties under `base` (`''` or `LaunchTemplateData.`) shared by instances, templates and launch configurations. */
function launchProps(b: ModelBuilder, base: string): void {
  // MetadataOptions is a mapping; some templates write it as a one-item list.
  const metaPath = Array.isArray(b.prop(`${base}MetadataOptions`)) ? `${base}MetadataOptions.0` : `${base}MetadataOptions`;
  const meta = b.prop(metaPath);
  if (isUnknownMarker(meta)) b.set('metadataOptions', meta, metaPath);
  else if (isEvalObject(meta)) {
    b.set('metadataOptions', compact({ httpTokens: asString(meta.HttpTokens), httpEndpoint: asString(meta.HttpEndpoint), httpPutResponseHopLimit: asInt(meta.HttpPutResponseHopLimit) }), metaPath);
    b.mapLine('metadataOptions.httpTokens', `${metaPath}.HttpTokens`);
  }
  const ud = asString(b.prop(`${base}UserData`));
  b.set('userData', typeof ud === 'string' ? decode(ud) : ud, `${base}UserData`);
  b.set('imageId', asString(b.prop(`${base}ImageId`)), `${base}ImageId`);
  b.set('instanceType', asString(b.prop(`${base}InstanceType`)), `${base}InstanceType`);
  const mappings = asList(b.prop(`${base}BlockDeviceMappings`));
  if (isUnknownMarker(mappings)) b.set('blockDevices', mappings, `${base}BlockDeviceMappings`);
  else if (Array.isArray(mappings)) {
    const devices = mappings.map((m: EvalValue, i) => {
      b.mapLine(`blockDevices.${i}`, `${base}BlockDeviceMappings.${i}`);
      if (!isEvalObject(m)) return (m as ModelValue) ?? null;
      const ebs = isEvalObject(m.Ebs) ? m.Ebs : undefined;
      return compact({
        deviceName: asString(m.DeviceName),
        encrypted: ebs ? asBool(ebs.Encrypted) : undefined,
        kmsKeyId: ebs ? asString(ebs.KmsKeyId) : undefined,
        virtualName: asString(m.VirtualName) ?? (ebs ? undefined : m.NoDevice !== undefined ? 'none' : undefined),
      });
    });
    b.set('blockDevices', devices as JsonValue, `${base}BlockDeviceMappings`);
  }
}

export const instanceAdapter: CfnAdapter = {
  modelType: 'aws.ec2.instance',
  cfnTypes: ['AWS::EC2::Instance'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.ec2.instance');
    if (isUnknownMarker(res.properties)) {
      for (const attr of ['metadataOptions', 'userData', 'blockDevices', 'associatePublicIpAddress']) b.set(attr, res.properties);
      return [b.build(res.logicalId, ctx)];
    }
    launchProps(b, '');
    b.set('subnetId', asString(b.prop('SubnetId')), 'SubnetId');
    b.set('associatePublicIpAddress', asBool(b.prop('NetworkInterfaces.0.AssociatePublicIpAddress')), 'NetworkInterfaces.0.AssociatePublicIpAddress');
    return [b.build(res.logicalId, ctx)];
  },
};

export const launchTemplateAdapter: CfnAdapter = {
  modelType: 'aws.ec2.launch-template',
  cfnTypes: ['AWS::EC2::LaunchTemplate'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.ec2.launch-template');
    const data = b.prop('LaunchTemplateData');
    if (isUnknownMarker(res.properties) || isUnknownMarker(data)) {
      const m = (isUnknownMarker(res.properties) ? res.properties : data) as ModelValue;
      for (const attr of ['metadataOptions', 'userData', 'blockDevices', 'associatePublicIpAddress']) b.set(attr, m);
      return [b.build(res.logicalId, ctx)];
    }
    launchProps(b, 'LaunchTemplateData.');
    b.set('associatePublicIpAddress', asBool(b.prop('LaunchTemplateData.NetworkInterfaces.0.AssociatePublicIpAddress')), 'LaunchTemplateData.NetworkInterfaces.0.AssociatePublicIpAddress');
    return [b.build(nameOf(res, 'LaunchTemplateName'), ctx)];
  },
};

export const launchConfigurationAdapter: CfnAdapter = {
  modelType: 'aws.autoscaling.launch-configuration',
  cfnTypes: ['AWS::AutoScaling::LaunchConfiguration'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.autoscaling.launch-configuration');
    if (isUnknownMarker(res.properties)) {
      for (const attr of ['metadataOptions', 'userData', 'blockDevices', 'associatePublicIpAddress']) b.set(attr, res.properties);
      return [b.build(res.logicalId, ctx)];
    }
    launchProps(b, '');
    b.set('associatePublicIpAddress', asBool(b.prop('AssociatePublicIpAddress')), 'AssociatePublicIpAddress');
    return [b.build(nameOf(res, 'LaunchConfigurationName'), ctx)];
  },
};
