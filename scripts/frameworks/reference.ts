// Reads the Prowler compliance requirement lists (reference data, see /work/shared/reference/NOTICE.md)
// into one neutral shape: control id, section, mapped Prowler check ids and a manual hint. Only
// facts are taken (ids, section headings, check ids, assessment status); titles and prose never are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_REFERENCE_DIR = process.env.PARAPET_PROWLER_REFERENCE ?? '/work/shared/reference/prowler-compliance';

export interface RefRequirement {
  /** Control id in the framework's own notation, e.g. `2.3`, `AC-2(1)`, `164.308(a)(1)(ii)(A)`. */
  id: string;
  section?: string;
  checks: string[];
  /** The reference marks it as assessed by hand (CIS "Manual", Well-Architected "Manual"). */
  markedManual: boolean;
  /** How many reference entries were merged into this control (duplicates, PCI sub-items). */
  entries: number;
}

interface RawRequirement {
  Id: string;
  Name?: string;
  Checks?: string[];
  Tactics?: string[];
  Attributes?: Record<string, unknown>[];
}

export interface FrameworkSource {
  /** Parapet framework id, e.g. `cis-aws-6.0`. */
  id: string;
  /** Reference file name in the Prowler compliance directory. */
  file: string;
  name: string;
  version: string;
  url: string;
  /** One or two sentences in our own words. */
  description: string;
  /** Control id from a reference entry. */
  controlId(r: RawRequirement): string;
  section(r: RawRequirement): string | undefined;
  /** For a requirement that no Prowler check maps: is it a process rather than a setting? */
  processWhenUnmapped(r: RefRequirement): boolean;
  /**
   * The reference stored some ids as numbers, so `1.10` came out as `1.1`: when an id repeats right
   * after `<x>.9`, read it as `<x>.10`.
   */
  repairLostZero?: boolean;
  /** Order controls by their dotted numbers (the reference lists `10.x` before `2.x`). */
  naturalOrder?: boolean;
  /** The reference has several entries per control by design (PCI: one per check), so merging is not news. */
  groupsEntries?: boolean;
}

const attr = (r: RawRequirement, key: string): string | undefined => {
  const v = r.Attributes?.[0]?.[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};

/** `ac_2_3_a` / `ac-2-3-a` → `AC-2(3)(a)`: NIST family and number, then each part in parentheses. */
export function nistId(itemId: string): string {
  const [family, num, ...rest] = itemId.replace(/¡/g, 'i').split(/[_-]/);
  return `${(family ?? '').toUpperCase()}-${num ?? ''}${rest.map((p) => `(${p})`).join('')}`;
}

/** `164_308_a_1_ii_a` → `164.308(a)(1)(ii)(A)`: the fourth paragraph level is an upper-case letter. */
export function hipaaId(itemId: string): string {
  const [part, section, ...rest] = itemId.split('_');
  return `${part}.${section}${rest.map((p, i) => `(${i === 3 ? p.toUpperCase() : p})`).join('')}`;
}

const byId = (r: RawRequirement) => r.Id;
const markedManual = (r: RefRequirement) => r.markedManual;

export const FRAMEWORK_SOURCES: readonly FrameworkSource[] = [
  {
    id: 'cis-aws-6.0',
    file: 'cis_6.0_aws.json',
    name: 'CIS Amazon Web Services Foundations Benchmark',
    version: '6.0.0',
    url: 'https://www.cisecurity.org/benchmark/amazon_web_services',
    description: 'Baseline hardening of an AWS account from the Center for Internet Security: identity, storage, logging, monitoring and network settings.',
    controlId: byId,
    section: (r) => attr(r, 'Section'),
    processWhenUnmapped: markedManual,
  },
  {
    id: 'cis-aws-5.0',
    file: 'cis_5.0_aws.json',
    name: 'CIS Amazon Web Services Foundations Benchmark',
    version: '5.0.0',
    url: 'https://www.cisecurity.org/benchmark/amazon_web_services',
    description: 'The previous release of the CIS hardening baseline for AWS accounts, kept for teams still audited against it.',
    controlId: byId,
    section: (r) => attr(r, 'Section'),
    processWhenUnmapped: markedManual,
    repairLostZero: true,
  },
  {
    id: 'aws-fsbp',
    file: 'aws_foundational_security_best_practices_aws.json',
    name: 'AWS Foundational Security Best Practices',
    version: '1.0.0',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/fsbp-standard.html',
    description: 'The AWS Security Hub standard of per-service configuration checks, one control per setting.',
    controlId: byId,
    section: (r) => attr(r, 'Section'),
    // Every FSBP control is an automated Security Hub check: an unmapped one is simply not covered yet.
    processWhenUnmapped: () => false,
  },
  {
    id: 'nist-800-53-r5',
    file: 'nist_800_53_revision_5_aws.json',
    name: 'NIST SP 800-53 Security and Privacy Controls',
    version: 'Revision 5',
    url: 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final',
    description: 'The US federal catalogue of security and privacy controls, limited to the statements a cloud configuration can support.',
    controlId: (r) => nistId(attr(r, 'ItemId') ?? r.Id),
    section: (r) => attr(r, 'Section'),
    processWhenUnmapped: () => true,
  },
  {
    id: 'nist-csf-2.0',
    file: 'nist_csf_2.0_aws.json',
    name: 'NIST Cybersecurity Framework',
    version: '2.0',
    url: 'https://www.nist.gov/cyberframework',
    description: 'The NIST outcome-based framework (Govern, Identify, Protect, Detect, Respond, Recover), mapped to the cloud settings that support each outcome.',
    controlId: (r) => r.Name ?? r.Id,
    section: (r) => attr(r, 'Section'),
    processWhenUnmapped: () => true,
  },
  {
    id: 'pci-dss-4.0',
    file: 'pci_4.0_aws.json',
    name: 'Payment Card Industry Data Security Standard',
    version: '4.0',
    url: 'https://www.pcisecuritystandards.org/document_library/',
    description: 'Requirements for systems that store, process or transmit cardholder data, limited to those a cloud configuration can support.',
    // The reference lists one entry per (requirement, check); the requirement is the section's number.
    controlId: (r) => (attr(r, 'Section') ?? r.Id).split(':')[0]?.trim() ?? r.Id,
    section: (r) => `Requirement ${(attr(r, 'Section') ?? r.Id).split('.')[0]}`,
    processWhenUnmapped: () => true,
    naturalOrder: true,
    groupsEntries: true,
  },
  {
    id: 'hipaa',
    file: 'hipaa_aws.json',
    name: 'HIPAA Security Rule',
    version: '45 CFR Part 164 Subpart C',
    url: 'https://www.hhs.gov/hipaa/for-professionals/security/index.html',
    description: 'Administrative and technical safeguards for electronic protected health information, limited to those a cloud configuration can support.',
    controlId: (r) => hipaaId(attr(r, 'ItemId') ?? r.Id),
    section: (r) => attr(r, 'Section'),
    processWhenUnmapped: () => true,
  },
  {
    id: 'gdpr',
    file: 'gdpr_aws.json',
    name: 'EU General Data Protection Regulation',
    version: '2016/679',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    description: 'The articles of the GDPR that technical cloud measures support: protection by design, records of processing and security of processing.',
    controlId: (r) => `Art. ${r.Id.replace(/^article_/, '')}`,
    section: () => undefined,
    processWhenUnmapped: () => true,
  },
  {
    id: 'soc2',
    file: 'soc2_aws.json',
    name: 'SOC 2 Trust Services Criteria',
    version: '2017 (revised 2022)',
    url: 'https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022',
    description: 'The AICPA criteria a SOC 2 audit reports on, limited to those a cloud configuration can support.',
    controlId: (r) => (r.Name ?? r.Id).split(' ')[0] ?? r.Id,
    section: (r) => attr(r, 'Section'),
    processWhenUnmapped: () => true,
  },
  {
    id: 'iso-27001-2022',
    file: 'iso27001_2022_aws.json',
    name: 'ISO/IEC 27001 Annex A',
    version: '2022',
    url: 'https://www.iso.org/standard/27001',
    description: 'The Annex A controls of the ISO/IEC 27001:2022 information security management standard.',
    controlId: byId,
    section: (r) => attr(r, 'Category'),
    processWhenUnmapped: () => true,
  },
  {
    id: 'fedramp-moderate-r4',
    file: 'fedramp_moderate_revision_4_aws.json',
    name: 'FedRAMP Moderate Baseline',
    version: 'Revision 4',
    url: 'https://www.fedramp.gov/baselines/',
    description: 'The FedRAMP Moderate baseline for cloud services used by US federal agencies, limited to the controls a cloud configuration can support.',
    controlId: (r) => nistId(attr(r, 'ItemId') ?? r.Id),
    section: (r) => attr(r, 'Section'),
    processWhenUnmapped: () => true,
  },
  {
    id: 'mitre-attack',
    file: 'mitre_attack_aws.json',
    name: 'MITRE ATT&CK (cloud techniques)',
    version: 'Enterprise, as mapped in 2026-08',
    url: 'https://attack.mitre.org/matrices/enterprise/cloud/',
    description: 'Adversary techniques that apply to cloud accounts, each with the settings that prevent or detect it.',
    controlId: byId,
    section: (r) => r.Tactics?.[0],
    // A technique is mitigated by settings, so an unmapped one is a coverage gap, not a process.
    processWhenUnmapped: () => false,
  },
  {
    id: 'aws-well-architected-security',
    file: 'aws_well_architected_framework_security_pillar_aws.json',
    name: 'AWS Well-Architected Framework, Security Pillar',
    version: 'as published in 2026-08',
    url: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/welcome.html',
    description: 'The best practices of the security pillar of the AWS Well-Architected Framework.',
    controlId: byId,
    section: (r) => attr(r, 'Section'),
    processWhenUnmapped: () => true,
  },
];

export function readReference(source: FrameworkSource, dir = DEFAULT_REFERENCE_DIR): RefRequirement[] {
  const json = JSON.parse(readFileSync(join(dir, source.file), 'utf8')) as { Requirements: RawRequirement[] };
  const out = new Map<string, RefRequirement>();
  let previous: string | undefined;
  for (const raw of json.Requirements) {
    let id = source.controlId(raw);
    if (source.repairLostZero && out.has(id) && previous !== undefined && previous === `${id.slice(0, id.lastIndexOf('.'))}.9`) id = `${id}0`;
    previous = id;
    const status = attr(raw, 'AssessmentStatus') ?? attr(raw, 'AssessmentMethod');
    const prior = out.get(id);
    const checks = [...new Set(raw.Checks ?? [])];
    if (prior) {
      prior.entries++;
      for (const c of checks) if (!prior.checks.includes(c)) prior.checks.push(c);
      prior.markedManual &&= status === 'Manual';
      continue;
    }
    const req: RefRequirement = { id, checks, markedManual: status === 'Manual', entries: 1 };
    const section = source.section(raw);
    if (section !== undefined) req.section = section;
    out.set(id, req);
  }
  const list = [...out.values()];
  if (source.naturalOrder) list.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  return list;
}
