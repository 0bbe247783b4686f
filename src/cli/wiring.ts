import { isAbsolute, relative, sep } from 'node:path';
import type { ComplianceRef, Finding, Resource, ResourceTypeRegistry, Rule, SourceIssue } from '../core/index.js';
import type { Inventory } from '../core/index.js';
import { ParapetError, isUnknownMarker } from '../core/index.js';
import type { Muter } from '../engine/index.js';
import type { Framework } from '../frameworks/index.js';
import type { FrameworkScore } from '../frameworks/index.js';
import { builtinFrameworks, complianceIndex, findFramework, loadFrameworks, scoreFramework } from '../frameworks/index.js';
import { loadPolicies } from '../policy/index.js';
import type { ExceptionMuter, FindingStore } from '../store/index.js';
import { DEFAULT_SLA, annotateSla, createExceptionMuter, decideEnforcement, frameworkCounts, loadEnforcementFile, loadExceptionsFile } from '../store/index.js';
import { frameworkSummary } from './frameworks-view.js';
import { renderReportChunks } from '../report/index.js';
import { listIacFiles, readIacFile } from '../sources/iac/common/index.js';
import { createSuppressionMuter, scanCloudFormation } from '../sources/iac/cloudformation/index.js';
import type { InlineSuppression } from '../sources/iac/cloudformation/index.js';
import { scanTerraform, scanTerraformPlans } from '../sources/iac/terraform/index.js';
import type { ProgressEvent } from '../sources/aws/index.js';
import type { ScanRun } from './commands/scan.js';
import type { Io } from './io.js';
import type { ScanOptions } from './options.js';

/** What the sources other than snapshots contributed. */
export interface SourceOutput {
  resources: Resource[];
  issues: SourceIssue[];
  muters: Muter[];
  sources: string[];
  /** Called after evaluation: reports suppressions that muted nothing. */
  finishIssues: () => SourceIssue[];
}

export async function scanSources(paths: string[], opts: ScanOptions, io: Io, _types: ResourceTypeRegistry, say: (m: string) => void): Promise<SourceOutput> {
  const out: SourceOutput = { resources: [], issues: [], muters: [], sources: [], finishIssues: () => [] };
  if (paths.length) {
    say(`walking ${paths.join(', ')}`);
    // Listed, not read: each file's text is read when its turn comes and dropped after, so a large
    // repository is never held in memory as text.
    const walked = await listIacFiles(paths);
    out.issues.push(...walked.issues);
    // Findings name files from the working directory (the repository root in CI), so that SARIF
    // annotations and editors find them.
    const files = walked.files.map((f) => {
      const rel = relative(io.cwd, f.path);
      return rel && !rel.startsWith('..') && !isAbsolute(rel) ? { ...f, relPath: rel.split(sep).join('/') } : f;
    });
    const withText = (list: typeof files): { path: string; relPath: string; content: string }[] =>
      list.flatMap((f) => {
        const content = readIacFile(f, out.issues);
        return content === undefined ? [] : [{ path: f.path, relPath: f.relPath, content }];
      });
    const cfn = files.filter((f) => f.kind === 'cloudformation');
    const tf = files.filter((f) => f.kind === 'terraform' || f.kind === 'terraform-json');
    const plans = files.filter((f) => f.kind === 'terraform-plan');
    const suppressions: InlineSuppression[] = [];
    if (cfn.length) {
      say(`evaluating ${cfn.length} CloudFormation template(s)`);
      const r = scanCloudFormation(withText(cfn));
      out.resources.push(...r.resources);
      out.issues.push(...r.issues);
      suppressions.push(...r.suppressions);
    }
    if (tf.length) {
      say(`evaluating ${tf.length} Terraform file(s)`);
      const r = scanTerraform(tf, { vars: opts.var, varFiles: opts.varFile });
      out.resources.push(...r.resources);
      out.issues.push(...r.issues);
      suppressions.push(...r.suppressions);
    }
    if (plans.length) {
      say(`reading ${plans.length} Terraform plan(s)`);
      const r = scanTerraformPlans(withText(plans));
      out.resources.push(...r.resources);
      out.issues.push(...r.issues);
    }
    const tracker = createSuppressionMuter(suppressions);
    out.muters.push(tracker.muter);
    out.finishIssues = () => tracker.unusedIssues();
    out.sources.push(...paths.map((p) => `iac:${p}`));
  }
  if (opts.cloud === 'aws') {
    say('collecting the AWS inventory (read-only)');
    // Loaded only for a live scan: the AWS SDK clients take ~2 s to load, which an IaC scan never needs.
    const { collectAws } = await import('../sources/aws/index.js');
    const regions = !opts.regions || (opts.regions.length === 1 && opts.regions[0] === 'all') ? 'all' : opts.regions;
    const r = await collectAws({
      regions,
      ...(opts.profile ? { profile: opts.profile } : {}),
      ...(opts.roleArn ? { roleArn: opts.roleArn } : {}),
      ...(opts.externalId ? { externalId: opts.externalId } : {}),
      ...(opts.endpointUrl ? { endpointUrl: opts.endpointUrl } : {}),
      onProgress: (e) => say(describeProgress(e)),
    });
    out.resources.push(...r.resources);
    out.issues.push(...r.issues);
    out.sources.push(`aws:${r.account}`);
    say(`collected ${r.resources.length} resources from account ${r.account} with ${r.stats.apiCalls} API calls`);
  } else if (opts.roleArn || opts.profile || opts.endpointUrl) {
    throw new ParapetError('USAGE', '--profile, --role-arn and --endpoint-url only apply to a live scan', { hint: 'add --cloud aws' });
  }
  return out;
}

export interface ExtraRules {
  rules: Rule[];
  muters: Muter[];
  compliance: (ruleId: string) => readonly ComplianceRef[];
  ruleIds?: string[];
  blocking?: (f: Finding) => boolean;
  finishIssues: () => SourceIssue[];
  /** Frameworks chosen with --framework: their rules run and their summary is printed. */
  frameworks: readonly Framework[];
}

export async function loadExtraRules(opts: ScanOptions, types: ResourceTypeRegistry, store: FindingStore | undefined, inventory: Inventory): Promise<ExtraRules> {
  const rules: Rule[] = [];
  if (opts.policy.length) rules.push(...loadPolicies(opts.policy, types).policies);
  const frameworks = loadFrameworks(opts.frameworkFile);
  const selected = opts.framework.map((id) => findFramework(frameworks, id));
  const out: ExtraRules = { rules, muters: [], compliance: complianceIndex(frameworks), finishIssues: () => [], frameworks: selected };
  if (selected.length) out.ruleIds = [...new Set(selected.flatMap((f) => f.controls.flatMap((c) => c.rules)))];

  // Exceptions: from files given with --exceptions, and those recorded in the store.
  const exceptionMuters: ExceptionMuter[] = [];
  for (const file of opts.exceptions) exceptionMuters.push(createExceptionMuter(loadExceptionsFile(file)));
  if (store) exceptionMuters.push(await store.exceptionMuter());
  out.muters.push(...exceptionMuters.map((m) => m.muter));
  out.finishIssues = () =>
    exceptionMuters.flatMap((m) =>
      m.expired.map((hit) => ({ kind: 'warning' as const, message: `exception ${hit.exceptionId} for ${hit.ruleId} on ${hit.resourceUid} expired on ${hit.expiresAt}: the finding is no longer muted` })),
    );

  if (opts.enforcement) {
    const policy = loadEnforcementFile(opts.enforcement);
    out.blocking = (f) => {
      const r = inventory.byUid(f.resource.uid);
      const tags = r && !isUnknownMarker(r.tags) ? r.tags : undefined;
      return decideEnforcement(policy, f, { ...(f.resource.account ? { account: f.resource.account } : {}), ...(tags ? { tags } : {}) }).blocks;
    };
  }
  return out;
}

/** Records a finished scan in the store and says what changed since the last one. */
export async function recordInStore(store: FindingStore, run: ScanRun, say: (m: string) => void, coveredRules?: string[]): Promise<void> {
  const summary = await store.recordScan({ result: run.result, resources: run.resources, frameworks: frameworkCounts(run.result.findings), ...(coveredRules ? { coverage: { rules: coveredRules } } : {}) });
  say(`recorded scan #${summary.seq} in the ${store.backend} store: ${summary.new} new, ${summary.resolved} resolved, ${summary.reopened} reopened findings`);
  // Flag open failures whose remediation SLA (seed table: 24 h / 7 d / 30 d / 90 d) has run out.
  const open = new Map((await store.findings({ scopeId: summary.scopeId, status: ['FAIL'] })).map((s) => [s.id, s]));
  let overdue = 0;
  for (const f of run.result.findings) {
    const stored = f.status === 'FAIL' ? open.get(f.id) : undefined;
    if (!stored) continue;
    const [annotated] = annotateSla([stored], DEFAULT_SLA, new Date(run.result.scan.finishedAt));
    if (!annotated?.sla.dueAt) continue;
    f.sla = { dueAt: annotated.sla.dueAt, overdue: annotated.sla.overdue, overdueHours: annotated.sla.overdueHours };
    if (f.sla.overdue) overdue++;
  }
  if (overdue) say(`${overdue} open findings are past their remediation SLA`);
}

/** Scores of the frameworks chosen with --framework, or of every built-in framework when none was chosen. */
export function frameworkScores(run: ScanRun): FrameworkScore[] {
  const frameworks = run.frameworks.length ? run.frameworks : builtinFrameworks();
  return frameworks.map((f) => scoreFramework(f, run.result.findings));
}

/** Formats that show compliance per framework and so need the scores. */
const FRAMEWORK_FORMATS: readonly string[] = ['html'];

/** The report, in pieces to write out one after the other (see renderReportChunks). */
export async function renderResult(run: ScanRun, opts: ScanOptions, color: boolean, io: Io): Promise<Iterable<string>> {
  const chunks = renderReportChunks(opts.format, run.result, {
    color,
    verbose: opts.showPasses,
    rules: run.rules,
    includePasses: opts.showPasses,
    srcRoot: io.cwd,
    ...(FRAMEWORK_FORMATS.includes(opts.format) ? { frameworks: frameworkScores(run) } : {}),
  });
  if (!run.frameworks.length) return chunks;
  const summaries = run.frameworks.map((f) => frameworkSummary(scoreFramework(f, run.result.findings), opts.showPasses)).join('');
  // Machine-readable formats stay pure on stdout; the summary goes to stderr for them.
  if (opts.format === 'table') return [...chunks, summaries];
  if (!opts.quiet) io.stderr(summaries);
  return chunks;
}

function describeProgress(e: ProgressEvent): string {
  return `collected ${e.done}/${e.total} service-regions (${e.service} ${e.region}: ${e.resources} resources)`;
}
