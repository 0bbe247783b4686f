/** Equivalences owned by the data-compute rule set: trivy-checks long id → Parapet rule ids. */
export const DATA_COMPUTE: Readonly<Record<string, readonly string[]>> = {};
