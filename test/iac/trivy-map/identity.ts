/** Equivalences owned by the identity rule set: trivy-checks long id → Parapet rule ids. */
export const IDENTITY: Readonly<Record<string, readonly string[]>> = {};
