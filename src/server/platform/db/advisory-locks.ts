// Every PostgreSQL advisory lock the app takes, in one list, so no two uses share a number by mistake.
// The numbers are arbitrary and constant: a running older version must agree with a newer one.
export const ADVISORY_LOCKS = {
  /** Migrations, applied by one process at a time. */
  migrations: 7_204_311,
  /** The audit sealer: one chains rows at a time, on any instance. */
  auditSealer: 7_204_312,
  /** `indsats setup`: the first installation, once. */
  setup: 7_204_313,
  /** Changes of users' roles and active flags: never two that both remove the last administrator. */
  userAdministration: 7_204_314,
  /** Pruning old audit rows behind a checkpoint (retention). */
  auditPrune: 7_204_315,
} as const;
