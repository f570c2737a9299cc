/** Built by vite.config.ts (`outcomeStatuses`): plan id → status, from scripts/sources/plan-outcomes.json. */
declare module 'virtual:wz-outcome-status' {
  const statuses: Record<string, string>;
  export default statuses;
}
