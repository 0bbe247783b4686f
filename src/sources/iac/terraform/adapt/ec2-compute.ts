import type { JsonValue } from '../../../../core/index.js';
import type { TfInstance } from '../eval/module.js';
import type { TfValue } from '../eval/values.js';
import { isObject, isUnknown } from '../eval/values.js';
import type { Path } from './builder.js';
import { ResourceDraft, bool, compact, str, toJson, valueAt } from './builder.js';
import type { TfAdapter } from './types.js';

/** metadata_options { http_tokens, http_endpoint, http_put_response_hop_limit } in the model shape. */
function metadata(d: ResourceDraft, inst: TfInstance): void {
  const block = valueAt(inst, ['metadata_options']);
  if (block === undefined || block === null) return;
  if (isUnknown(block)) return d.set('metadataOptions', toJson(block), { inst, path: ['metadata_options'] });
  const at = (f: string) => valueAt(inst, ['metadata_options', 0, f]);
  d.set('metadataOptions', compact({ httpTokens: str(at('http_tokens')), httpEndpoint: str(at('http_endpoint')), httpPutResponseHopLimit: toJson(at('http_put_response_hop_limit')) }), { inst, path: ['metadata_options'] });
  d.line('metadataOptions.httpTokens', inst, ['metadata_options', 0, 'http_tokens']);
}

/** User data as text: `user_data` (plain, or base64 for launch templates) or `user_data_base64`. */
function userData(d: ResourceDraft, inst: TfInstance): void {
  for (const [field, base64] of [['user_data', false], ['user_data_base64', true]] as const) {
    const v = valueAt(inst, [field]);
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && base64) {
      const text = Buffer.from(v.replace(/\s+/g, ''), 'base64').toString('utf8');
      d.set('userData', text, { inst, path: [field] });
    } else d.set('userData', str(v), { inst, path: [field] });
    return;
  }
}

function device(b: TfValue, root: boolean, ebsPath: boolean): JsonValue {
  if (!isObject(b)) return toJson(b) ?? null;
  const ebs = ebsPath && Array.isArray(b.ebs) && isObject(b.ebs[0]) ? b.ebs[0] : ebsPath ? {} : b;
  return compact({
    deviceName: str(b.device_name) ?? (root ? 'root' : undefined),
    root: root || undefined,
    encrypted: bool(ebs.encrypted as TfValue),
    kmsKeyId: str(ebs.kms_key_id as TfValue),
    virtualName: str(b.virtual_name),
  });
}

/** root_block_device / ebs_block_device / ephemeral_block_device (instances, launch configurations). */
function instanceDevices(d: ResourceDraft, inst: TfInstance): void {
  const out: JsonValue[] = [];
  const lines: [number, Path][] = [];
  for (const [field, root] of [['root_block_device', true], ['ebs_block_device', false], ['ephemeral_block_device', false]] as const) {
    const blocks = valueAt(inst, [field]);
    if (isUnknown(blocks as TfValue)) {
      lines.push([out.length, [field]]);
      out.push(toJson(blocks) ?? null);
      continue;
    }
    if (!Array.isArray(blocks)) continue;
    blocks.forEach((b, i) => {
      lines.push([out.length, [field, i]]);
      out.push(device(b, root, false));
    });
  }
  if (!out.length) return;
  d.set('blockDevices', out);
  for (const [i, p] of lines) d.line(`blockDevices.${i}`, inst, p);
}

export const instanceAdapter: TfAdapter = {
  modelType: 'aws.ec2.instance',
  primary: ['aws_instance'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.ec2.instance', inst.address);
    d.set('imageId', str(valueAt(inst, ['ami'])), { inst, path: ['ami'] });
    d.set('instanceType', str(valueAt(inst, ['instance_type'])), { inst, path: ['instance_type'] });
    d.set('subnetId', str(valueAt(inst, ['subnet_id'])), { inst, path: ['subnet_id'] });
    d.set('associatePublicIpAddress', bool(valueAt(inst, ['associate_public_ip_address'])), { inst, path: ['associate_public_ip_address'] });
    d.set('monitoring', bool(valueAt(inst, ['monitoring'])), { inst, path: ['monitoring'] });
    d.set('ebsOptimized', bool(valueAt(inst, ['ebs_optimized'])), { inst, path: ['ebs_optimized'] });
    metadata(d, inst);
    userData(d, inst);
    instanceDevices(d, inst);
    return d;
  },
};

export const launchConfigurationAdapter: TfAdapter = {
  modelType: 'aws.autoscaling.launch-configuration',
  primary: ['aws_launch_configuration'],
  build(inst) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.autoscaling.launch-configuration', typeof name === 'string' ? name : inst.address);
    d.set('imageId', str(valueAt(inst, ['image_id'])), { inst, path: ['image_id'] });
    d.set('instanceType', str(valueAt(inst, ['instance_type'])), { inst, path: ['instance_type'] });
    d.set('associatePublicIpAddress', bool(valueAt(inst, ['associate_public_ip_address'])), { inst, path: ['associate_public_ip_address'] });
    metadata(d, inst);
    userData(d, inst);
    instanceDevices(d, inst);
    return d;
  },
};

export const launchTemplateAdapter: TfAdapter = {
  modelType: 'aws.ec2.launch-template',
  primary: ['aws_launch_template'],
  build(inst) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.ec2.launch-template', typeof name === 'string' ? name : inst.address);
    d.set('imageId', str(valueAt(inst, ['image_id'])), { inst, path: ['image_id'] });
    d.set('instanceType', str(valueAt(inst, ['instance_type'])), { inst, path: ['instance_type'] });
    d.set('associatePublicIpAddress', bool(valueAt(inst, ['network_interfaces', 0, 'associate_public_ip_address'])), { inst, path: ['network_interfaces', 0, 'associate_public_ip_address'] });
    metadata(d, inst);
    userData(d, inst);
    const blocks = valueAt(inst, ['block_device_mappings']);
    if (isUnknown(blocks as TfValue)) d.set('blockDevices', [toJson(blocks) ?? null], { inst, path: ['block_device_mappings'] });
    else if (Array.isArray(blocks)) {
      d.set('blockDevices', blocks.map((b) => device(b, false, true)));
      blocks.forEach((_, i) => d.line(`blockDevices.${i}`, inst, ['block_device_mappings', i]));
    }
    return d;
  },
};

export const ebsDefaultEncryptionAdapter: TfAdapter = {
  modelType: 'aws.ec2.region-settings',
  primary: ['aws_ebs_encryption_by_default'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.ec2.region-settings', inst.address);
    // enabled defaults to true on this resource.
    d.set('ebsEncryptionByDefault', bool(valueAt(inst, ['enabled'])) ?? true, { inst, path: ['enabled'] });
    return d;
  },
};

/** AMIs built or copied in code, with launch permissions from aws_ami_launch_permission. */
export const machineImageAdapter: TfAdapter = {
  modelType: 'aws.ec2.image',
  primary: ['aws_ami', 'aws_ami_copy', 'aws_ami_from_instance'],
  build(inst) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.ec2.image', typeof name === 'string' ? name : inst.address);
    d.set('public', false);
    d.set('sharedWithAccounts', []);
    return d;
  },
  orphan(inst) {
    // A permission on an image built elsewhere: the permission itself is what is judged.
    const d = new ResourceDraft(inst, 'aws.ec2.image', inst.address);
    d.set('public', false);
    d.set('sharedWithAccounts', []);
    return d;
  },
  joins: {
    aws_ami_launch_permission: {
      via: 'image_id',
      apply(d, inst) {
        const group = str(valueAt(inst, ['group']));
        if (group === 'all') d.set('public', true, { inst, path: ['group'] });
        else if (group !== undefined && typeof group !== 'string') d.set('public', group, { inst, path: ['group'] });
        const account = str(valueAt(inst, ['account_id']));
        if (account !== undefined) {
          const ev = d.attributes.sharedWithAccounts;
          const current = ev?.state === 'known' && Array.isArray(ev.value) ? ev.value : [];
          d.set('sharedWithAccounts', [...current, account], { inst, path: ['account_id'] });
        }
      },
    },
  },
};
