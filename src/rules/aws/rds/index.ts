import type { Rule } from '../../../core/index.js';
import instanceNotPublic from './instance-not-public.js';
import instanceStorageEncrypted from './instance-storage-encrypted.js';
import clusterDeletionProtection from './cluster-deletion-protection.js';
import clusterStorageEncrypted from './cluster-storage-encrypted.js';
import instanceAutoMinorVersionUpgrade from './instance-auto-minor-version-upgrade.js';
import instanceCopyTagsToSnapshots from './instance-copy-tags-to-snapshots.js';
import instanceDeletionProtection from './instance-deletion-protection.js';
import instanceIamAuthentication from './instance-iam-authentication.js';
import instanceMultiAz from './instance-multi-az.js';
import clusterBackupRetention from './cluster-backup-retention.js';
import clusterCustomerKey from './cluster-customer-key.js';
import clusterLogExports from './cluster-log-exports.js';
import instanceBackupRetention from './instance-backup-retention.js';
import instanceLogExports from './instance-log-exports.js';
import instancePerformanceInsightsCustomerKey from './instance-performance-insights-customer-key.js';
import snapshotNotPublic from './snapshot-not-public.js';

export const rdsRules: readonly Rule[] = [instanceNotPublic, instanceStorageEncrypted, clusterDeletionProtection, clusterStorageEncrypted, instanceAutoMinorVersionUpgrade, instanceCopyTagsToSnapshots, instanceDeletionProtection, instanceIamAuthentication, instanceMultiAz, clusterBackupRetention, clusterCustomerKey, clusterLogExports, instanceBackupRetention, instanceLogExports, instancePerformanceInsightsCustomerKey, snapshotNotPublic];
