import type { Severity } from '../core/index.js';
import { ParapetError, SEVERITIES } from '../core/index.js';

/**
 * Every scan option, defined once. This table drives the command-line flags, the PARAPET_*
 * environment variables and the schema of the config file (parapet.yaml), so the three never drift.
 */
export type OptionKind = 'string' | 'boolean' | 'list' | 'choice';

export interface OptionDef {
  /** camelCase key in the config file and in ScanOptions. */
  key: keyof ScanOptions;
  flag: string;
  short?: string;
  kind: OptionKind;
  arg?: string;
  choices?: readonly string[];
  description: string;
  /** false for options that make no sense in a shared config file (e.g. --output is fine, --config is not). */
  inConfig?: boolean;
}

export const FORMATS = ['table', 'json', 'sarif', 'csv', 'junit', 'ocsf', 'asff', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface ScanOptions {
  format: Format;
  output?: string;
  policy: string[];
  framework: string[];
  frameworkFile: string[];
  failOn?: Severity;
  db?: string;
  quiet: boolean;
  snapshot: string[];
  saveSnapshot?: string;
  cloud?: 'aws';
  profile?: string;
  regions?: string[];
  endpointUrl?: string;
  roleArn?: string;
  externalId?: string;
  rule: string[];
  skipRule: string[];
  severity?: Severity;
  var: string[];
  varFile: string[];
  strict: boolean;
  showPasses: boolean;
  exceptions: string[];
  enforcement?: string;
  environment?: string;
  color?: 'auto' | 'always' | 'never';
}

export const SCAN_DEFAULTS: ScanOptions = {
  format: 'table',
  policy: [],
  framework: [],
  frameworkFile: [],
  quiet: false,
  snapshot: [],
  rule: [],
  skipRule: [],
  var: [],
  varFile: [],
  strict: false,
  showPasses: false,
  exceptions: [],
};

export const SCAN_OPTIONS: readonly OptionDef[] = [
  { key: 'format', flag: 'format', short: 'f', kind: 'choice', arg: 'FORMAT', choices: FORMATS, description: 'output format' },
  { key: 'output', flag: 'output', short: 'o', kind: 'string', arg: 'FILE', description: 'write the report to FILE instead of standard output' },
  { key: 'failOn', flag: 'fail-on', kind: 'choice', arg: 'SEVERITY', choices: SEVERITIES, description: 'exit 1 when a finding at or above SEVERITY fails' },
  { key: 'policy', flag: 'policy', kind: 'list', arg: 'FILE|DIR', description: 'custom policies (YAML or JSON), repeatable' },
  { key: 'framework', flag: 'framework', kind: 'list', arg: 'ID', description: 'run the rules of this compliance framework and print its summary, repeatable' },
  { key: 'frameworkFile', flag: 'framework-file', kind: 'list', arg: 'FILE', description: 'load an extra framework definition (YAML), repeatable' },
  { key: 'snapshot', flag: 'snapshot', kind: 'list', arg: 'FILE', description: 'scan a saved inventory snapshot, repeatable' },
  { key: 'saveSnapshot', flag: 'save-snapshot', kind: 'string', arg: 'FILE', description: 'save the scanned inventory as a snapshot', inConfig: false },
  { key: 'cloud', flag: 'cloud', kind: 'choice', arg: 'PROVIDER', choices: ['aws'], description: 'scan a live cloud account' },
  { key: 'profile', flag: 'profile', kind: 'string', arg: 'NAME', description: 'AWS shared-config profile' },
  { key: 'regions', flag: 'regions', kind: 'list', arg: 'R1,R2|all', description: 'regions to scan (default: every region enabled for the account)' },
  { key: 'endpointUrl', flag: 'endpoint-url', kind: 'string', arg: 'URL', description: 'send AWS API calls to this endpoint (emulators)' },
  { key: 'roleArn', flag: 'role-arn', kind: 'string', arg: 'ARN', description: 'assume this IAM role before scanning' },
  { key: 'externalId', flag: 'external-id', kind: 'string', arg: 'ID', description: 'external id for --role-arn' },
  { key: 'db', flag: 'db', kind: 'string', arg: 'URL', description: 'record the scan in a store: sqlite:PATH or postgres://...' },
  { key: 'rule', flag: 'rule', kind: 'list', arg: 'ID', description: 'run only these rules (ids, or prefixes ending in *), repeatable' },
  { key: 'skipRule', flag: 'skip-rule', kind: 'list', arg: 'ID', description: 'skip these rules, repeatable' },
  { key: 'severity', flag: 'severity', kind: 'choice', arg: 'SEVERITY', choices: SEVERITIES, description: 'run only rules at or above SEVERITY' },
  { key: 'var', flag: 'var', kind: 'list', arg: 'NAME=VALUE', description: 'set a Terraform variable, repeatable' },
  { key: 'varFile', flag: 'var-file', kind: 'list', arg: 'FILE', description: 'load Terraform variables from a .tfvars file, repeatable' },
  { key: 'exceptions', flag: 'exceptions', kind: 'list', arg: 'FILE', description: 'exceptions file (YAML) muting approved findings until they expire' },
  { key: 'enforcement', flag: 'enforcement', kind: 'string', arg: 'FILE', description: 'progressive enforcement modes (advisory, warn, block) per rule and environment' },
  { key: 'environment', flag: 'environment', kind: 'string', arg: 'NAME', description: 'environment name for enforcement modes, e.g. prod' },
  { key: 'strict', flag: 'strict', kind: 'boolean', description: 'treat parse errors as a tool error (exit 2)' },
  { key: 'showPasses', flag: 'show-passes', kind: 'boolean', description: 'list passing results in the table output' },
  { key: 'quiet', flag: 'quiet', short: 'q', kind: 'boolean', description: 'no progress on standard error' },
  { key: 'color', flag: 'color', kind: 'choice', arg: 'WHEN', choices: ['auto', 'always', 'never'], description: 'colour the table output (default auto: only on a terminal)' },
];

export function envName(def: OptionDef): string {
  return `PARAPET_${def.flag.replace(/-/g, '_').toUpperCase()}`;
}

function splitList(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Converts one raw value (flag, env var or config entry) to the option's type, or explains why not. */
export function coerce(def: OptionDef, raw: unknown, where: string): unknown {
  const bad = (what: string) =>
    new ParapetError('USAGE', `${where}: ${what}`, { hint: `run 'parapet scan --help' for the accepted values of --${def.flag}` });
  switch (def.kind) {
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (typeof raw === 'string' && /^(1|true|yes|on)$/i.test(raw)) return true;
      if (typeof raw === 'string' && /^(0|false|no|off)$/i.test(raw)) return false;
      throw bad(`expected true or false, got ${JSON.stringify(raw)}`);
    case 'string':
      if (typeof raw === 'string' && raw.length) return raw;
      throw bad(`expected a non-empty string, got ${JSON.stringify(raw)}`);
    case 'choice': {
      const v = typeof raw === 'string' ? raw.toLowerCase() : raw;
      if (typeof v === 'string' && def.choices?.includes(v)) return v;
      throw bad(`'${String(raw)}' is not one of ${def.choices?.join(', ')}`);
    }
    case 'list':
      if (typeof raw === 'string') return splitList(raw);
      if (Array.isArray(raw) && raw.every((x) => typeof x === 'string')) return raw.flatMap(splitList);
      throw bad(`expected a list of strings, got ${JSON.stringify(raw)}`);
  }
}

/** Layers: defaults < config file < environment < flags. Lists from a higher layer replace lower ones. */
export function mergeOptions(layers: readonly Partial<ScanOptions>[]): ScanOptions {
  const out: Record<string, unknown> = { ...SCAN_DEFAULTS };
  for (const layer of layers) for (const [k, v] of Object.entries(layer)) if (v !== undefined) out[k] = v;
  return out as unknown as ScanOptions;
}

export function optionsFromEnv(env: NodeJS.ProcessEnv): Partial<ScanOptions> {
  const out: Record<string, unknown> = {};
  for (const def of SCAN_OPTIONS) {
    const raw = env[envName(def)];
    if (raw !== undefined && raw !== '') out[def.key] = coerce(def, raw, `environment variable ${envName(def)}`);
  }
  return out as Partial<ScanOptions>;
}
