/**
 * Which of the peer project's checks (trivy-checks long ids) a Parapet rule claims to cover. For each
 * one, every `bad` example must FAIL one of the listed rules and no `good` example may FAIL them.
 * Only list a check when our rule really judges the same concept. One file per rule set, so that
 * people adding rules in different areas do not edit the same lines.
 */
import { DATA_COMPUTE } from './trivy-map/data-compute.js';
import { FOUNDATION } from './trivy-map/foundation.js';
import { IDENTITY } from './trivy-map/identity.js';
import { LOGGING_NETWORK } from './trivy-map/logging-network.js';

export const TRIVY_EQUIVALENTS: Readonly<Record<string, readonly string[]>> = { ...FOUNDATION, ...IDENTITY, ...LOGGING_NETWORK, ...DATA_COMPUTE };
