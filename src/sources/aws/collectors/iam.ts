import {
  GenerateCredentialReportCommand,
  GetAccessKeyLastUsedCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetLoginProfileCommand,
  GetUserPolicyCommand,
  IAMClient,
  paginateListAccessKeys,
  paginateListAttachedUserPolicies,
  paginateListGroupsForUser,
  paginateListMFADevices,
  paginateListUserPolicies,
  paginateListUserTags,
  paginateListUsers,
  paginateListVirtualMFADevices,
} from '@aws-sdk/client-iam';
import type { User } from '@aws-sdk/client-iam';
import type { JsonValue, UnknownCause } from '../../../core/index.js';
import { apiErrorCause, iamAccount, iamUser, unknownMarker } from '../../../core/index.js';
import { maskAccessKeyId } from '../errors.js';
import type { Collector, Scope } from '../scope.js';
import type { Outcome } from '../session.js';
import { iso, tagMap } from '../session.js';
import { mapLimit } from '../semaphore.js';

/** Bounded wait for the credential report: AWS builds it asynchronously, usually within seconds. */
export const CREDENTIAL_REPORT_POLL = { firstDelayMs: 250, maxDelayMs: 4_000, ceilingMs: 60_000 };

const NO_ENTITY = ['NoSuchEntity', 'NoSuchEntityException'];

export const iamCollector: Collector = {
  service: 'iam',
  scope: 'global',
  types: [iamUser.type, iamAccount.type],
  actions: [
    'iam:GenerateCredentialReport',
    'iam:GetAccessKeyLastUsed',
    'iam:GetAccountPasswordPolicy',
    'iam:GetAccountSummary',
    'iam:GetCredentialReport',
    'iam:GetLoginProfile',
    'iam:GetUserPolicy',
    'iam:ListAccessKeys',
    'iam:ListAttachedUserPolicies',
    'iam:ListGroupsForUser',
    'iam:ListMFADevices',
    'iam:ListUserPolicies',
    'iam:ListUserTags',
    'iam:ListUsers',
    'iam:ListVirtualMFADevices',
  ],
  async collect(s) {
    const iam = s.client(IAMClient);
    await Promise.all([collectUsers(s, iam), collectAccount(s, iam)]);
  },
};

async function collectUsers(s: Scope, iam: IAMClient): Promise<void> {
  const listed = await s.all('iam:ListUsers', () => paginateListUsers({ client: iam }, {}));
  if (listed.kind !== 'ok') {
    s.unlisted(iamUser, `arn:${s.partition}:iam::${s.account}:user/*`, listed, null);
    return;
  }
  const users = listed.value.flatMap((p) => p.Users ?? []);
  await mapLimit(users, 8, (u) => collectUser(s, iam, u));
}

async function collectUser(s: Scope, iam: IAMClient, u: User): Promise<void> {
  const name = u.UserName ?? '';
  const r = s.resource(iamUser.type, u.Arn ?? `arn:${s.partition}:iam::${s.account}:user${u.Path ?? '/'}${name}`, name, 'iam:ListUsers', null);
  r.known('arn', u.Arn).known('createdAt', iso(u.CreateDate)).known('passwordLastUsed', iso(u.PasswordLastUsed));

  const [login, mfa, keys, inlineNames, attached, groups, tags] = await Promise.all([
    s.call('iam:GetLoginProfile', () => iam.send(new GetLoginProfileCommand({ UserName: name })), { absentOn: NO_ENTITY }),
    s.all('iam:ListMFADevices', () => paginateListMFADevices({ client: iam }, { UserName: name })),
    s.all('iam:ListAccessKeys', () => paginateListAccessKeys({ client: iam }, { UserName: name })),
    s.all('iam:ListUserPolicies', () => paginateListUserPolicies({ client: iam }, { UserName: name })),
    s.all('iam:ListAttachedUserPolicies', () => paginateListAttachedUserPolicies({ client: iam }, { UserName: name })),
    s.all('iam:ListGroupsForUser', () => paginateListGroupsForUser({ client: iam }, { UserName: name })),
    s.all('iam:ListUserTags', () => paginateListUserTags({ client: iam }, { UserName: name })),
  ]);

  // No login profile is a fact ("no console password"), not a gap.
  r.op('iam:GetLoginProfile');
  if (login.kind === 'error') r.unknown('consoleAccess', login.cause);
  else r.known('consoleAccess', login.kind === 'ok');

  r.from('iam:ListMFADevices', mfa, (pages) => ({
    mfaDevices: pages
      .flatMap((p) => p.MFADevices ?? [])
      .map((d) => ({ serialNumber: d.SerialNumber ?? '', kind: mfaKind(d.SerialNumber ?? ''), ...(d.EnableDate ? { enabledAt: iso(d.EnableDate) as string } : {}) }))
      .sort((a, b) => a.serialNumber.localeCompare(b.serialNumber)),
  }), ['mfaDevices']);

  if (keys.kind === 'ok') {
    const list = keys.value.flatMap((p) => p.AccessKeyMetadata ?? []);
    const out = await Promise.all(
      list.map(async (k) => {
        const id = k.AccessKeyId ?? '';
        const used = await s.call('iam:GetAccessKeyLastUsed', () => iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: id })));
        const entry: Record<string, JsonValue> = { id: maskAccessKeyId(id) };
        if (k.Status) entry.status = k.Status;
        const created = iso(k.CreateDate);
        if (created) entry.createdAt = created;
        if (used.kind === 'ok') {
          const last = iso(used.value.AccessKeyLastUsed?.LastUsedDate);
          if (last) entry.lastUsedAt = last;
        } else entry.lastUsedAt = markerOf(used);
        return entry;
      }),
    );
    r.op('iam:ListAccessKeys').op('iam:GetAccessKeyLastUsed').known('accessKeys', out.sort((a, b) => String(a.createdAt ?? '').localeCompare(String(b.createdAt ?? '')) || String(a.id).localeCompare(String(b.id))));
  } else r.from('iam:ListAccessKeys', keys, () => ({}), ['accessKeys']);

  if (inlineNames.kind === 'ok') {
    const names = inlineNames.value.flatMap((p) => p.PolicyNames ?? []).sort();
    const docs: Record<string, JsonValue> = {};
    await Promise.all(
      names.map(async (pn) => {
        const got = await s.call('iam:GetUserPolicy', () => iam.send(new GetUserPolicyCommand({ UserName: name, PolicyName: pn })));
        docs[pn] = got.kind === 'ok' ? parsePolicy(got.value.PolicyDocument, 'iam:GetUserPolicy') : markerOf(got);
      }),
    );
    r.op('iam:ListUserPolicies').op('iam:GetUserPolicy').known('inlinePolicies', sortKeys(docs));
  } else r.from('iam:ListUserPolicies', inlineNames, () => ({}), ['inlinePolicies']);

  r.from('iam:ListAttachedUserPolicies', attached, (pages) => ({ attachedPolicyArns: pages.flatMap((p) => p.AttachedPolicies ?? []).map((p) => p.PolicyArn ?? '').sort() }), ['attachedPolicyArns']);
  r.from('iam:ListGroupsForUser', groups, (pages) => ({ groups: pages.flatMap((p) => p.Groups ?? []).map((g) => g.GroupName ?? '').sort() }), ['groups']);
  r.op('iam:ListUserTags');
  if (tags.kind === 'ok') r.tags(tagMap(tags.value.flatMap((p) => p.Tags ?? [])));
  else if (tags.kind === 'error') r.tagsUnknown(tags.cause);
  s.emit(r);
}

async function collectAccount(s: Scope, iam: IAMClient): Promise<void> {
  const r = s.resource(iamAccount.type, `arn:${s.partition}:iam::${s.account}:root`, s.account, 'iam:GetAccountSummary', null);
  const [summary, policy, report] = await Promise.all([
    s.call('iam:GetAccountSummary', () => iam.send(new GetAccountSummaryCommand({}))),
    s.call('iam:GetAccountPasswordPolicy', () => iam.send(new GetAccountPasswordPolicyCommand({})), { absentOn: NO_ENTITY }),
    credentialReport(s, iam),
  ]);

  if (summary.kind === 'ok') {
    const m = summary.value.SummaryMap ?? {};
    const mfaOn = m.AccountMFAEnabled === 1;
    r.known('rootAccessKeysPresent', m.AccountAccessKeysPresent === 1).known('rootMfaEnabled', mfaOn);
    if (!mfaOn) r.known('rootHardwareMfa', false);
    else {
      // Root's virtual device is listed by ListVirtualMFADevices; an enabled MFA not listed there is hardware.
      const virt = await s.all('iam:ListVirtualMFADevices', () => paginateListVirtualMFADevices({ client: iam }, { AssignmentStatus: 'Assigned' }));
      r.from('iam:ListVirtualMFADevices', virt, (pages) => ({
        rootHardwareMfa: !pages.flatMap((p) => p.VirtualMFADevices ?? []).some((d) => (d.User?.Arn ?? '').endsWith(':root') || (d.SerialNumber ?? '').endsWith(':mfa/root-account-mfa-device')),
      }), ['rootHardwareMfa']);
    }
  } else r.from('iam:GetAccountSummary', summary, () => ({}), ['rootAccessKeysPresent', 'rootMfaEnabled', 'rootHardwareMfa']);

  r.from('iam:GetAccountPasswordPolicy', policy, (v) => {
    const p = v.PasswordPolicy ?? {};
    const out: Record<string, JsonValue> = {};
    if (p.MinimumPasswordLength !== undefined) out.minimumLength = p.MinimumPasswordLength;
    if (p.RequireSymbols !== undefined) out.requireSymbols = p.RequireSymbols;
    if (p.RequireNumbers !== undefined) out.requireNumbers = p.RequireNumbers;
    if (p.RequireUppercaseCharacters !== undefined) out.requireUppercase = p.RequireUppercaseCharacters;
    if (p.RequireLowercaseCharacters !== undefined) out.requireLowercase = p.RequireLowercaseCharacters;
    if (p.MaxPasswordAge !== undefined) out.maxAgeDays = p.MaxPasswordAge;
    if (p.PasswordReusePrevention !== undefined) out.reusePrevention = p.PasswordReusePrevention;
    if (p.AllowUsersToChangePassword !== undefined) out.allowUsersToChange = p.AllowUsersToChangePassword;
    return { passwordPolicy: out };
  }, ['passwordPolicy']);

  r.op('iam:GenerateCredentialReport').op('iam:GetCredentialReport');
  if ('cause' in report) r.unknown('rootLastUsed', report.cause);
  else {
    const root = report.rows.find((row) => row.user === '<root_account>');
    const dates = [root?.password_last_used, root?.access_key_1_last_used_date, root?.access_key_2_last_used_date]
      .map((d) => (d && !Number.isNaN(Date.parse(d)) ? new Date(d).toISOString() : undefined))
      .filter((d): d is string => d !== undefined)
      .sort();
    r.known('rootLastUsed', dates.at(-1));
  }
  s.emit(r);
}

/** Generates the credential report and waits for it with backoff, up to a ceiling. */
async function credentialReport(s: Scope, iam: IAMClient): Promise<{ rows: Record<string, string>[] } | { cause: UnknownCause }> {
  const started = Date.now();
  let delay = CREDENTIAL_REPORT_POLL.firstDelayMs;
  for (;;) {
    const gen = await s.call('iam:GenerateCredentialReport', () => iam.send(new GenerateCredentialReportCommand({})));
    if (gen.kind === 'error') return { cause: gen.cause };
    if (gen.kind === 'ok' && gen.value.State === 'COMPLETE') break;
    if (Date.now() - started + delay > CREDENTIAL_REPORT_POLL.ceilingMs) {
      return { cause: apiErrorCause('iam:GenerateCredentialReport', 'ReportNotReady', `not complete after ${CREDENTIAL_REPORT_POLL.ceilingMs / 1000} s`) };
    }
    await new Promise((res) => setTimeout(res, delay));
    delay = Math.min(delay * 2, CREDENTIAL_REPORT_POLL.maxDelayMs);
  }
  const got = await s.call('iam:GetCredentialReport', () => iam.send(new GetCredentialReportCommand({})));
  if (got.kind !== 'ok') return { cause: got.kind === 'error' ? got.cause : apiErrorCause('iam:GetCredentialReport', got.code) };
  return { rows: parseCsv(Buffer.from(got.value.Content ?? new Uint8Array()).toString('utf8')) };
}

function parseCsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = (lines[0] ?? '').split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

function mfaKind(serial: string): 'virtual' | 'hardware' | 'passkey' {
  if (serial.includes(':u2f/')) return 'passkey';
  return serial.startsWith('arn:') && serial.includes(':mfa/') ? 'virtual' : 'hardware';
}

/** IAM returns policy documents URL-encoded. */
export function parsePolicy(doc: string | undefined, operation: string): JsonValue {
  if (doc === undefined) return null;
  try {
    const text = doc.trim().startsWith('{') ? doc : decodeURIComponent(doc);
    return JSON.parse(text) as JsonValue;
  } catch {
    return unknownMarker(apiErrorCause(operation, 'MalformedPolicyDocument', 'the document is not valid JSON')) as unknown as JsonValue;
  }
}

function markerOf(o: Outcome<unknown>): JsonValue {
  const cause = o.kind === 'error' ? o.cause : apiErrorCause('unknown', o.kind === 'absent' ? o.code : 'error');
  return unknownMarker(cause) as unknown as JsonValue;
}

function sortKeys(rec: Record<string, JsonValue>): Record<string, JsonValue> {
  return Object.fromEntries(Object.keys(rec).sort().map((k) => [k, rec[k] as JsonValue]));
}
