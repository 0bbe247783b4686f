import type { Rule } from '../../../core/index.js';
import replicationGroupAuth from './replication-group-auth.js';
import replicationGroupEncryptedAtRest from './replication-group-encrypted-at-rest.js';
import replicationGroupEncryptedInTransit from './replication-group-encrypted-in-transit.js';

export const elasticacheRules: readonly Rule[] = [replicationGroupAuth, replicationGroupEncryptedAtRest, replicationGroupEncryptedInTransit];
