/** Equivalences owned by the logging-network rule set: trivy-checks long id → Parapet rule ids. */
export const LOGGING_NETWORK: Readonly<Record<string, readonly string[]>> = {};
