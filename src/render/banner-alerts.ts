/**
 * Which GitHub alert each banner of a plan uses, and so its colour:
 * `[!CAUTION]` is red, `[!WARNING]` yellow, `[!NOTE]` blue. The README's
 * banner table says the same (a test compares them): red for what can break
 * production when applied, yellow for what applying overwrites, blue for
 * information.
 */
export type AlertKind = 'CAUTION' | 'WARNING' | 'NOTE';

export type BannerTopic =
  | 'destructive'
  | 'permissions-broadened'
  | 'breaking-contract'
  | 'failed-checks'
  | 'architect-consumers'
  | 'architect-unknown'
  | 'drift'
  | 'prune-off';

export interface Banner {
  topic: BannerTopic;
  alert: AlertKind;
  /** When the banner is shown, as the README's table words it. */
  when: string;
}

export const BANNERS: readonly Banner[] = [
  { topic: 'destructive', alert: 'CAUTION', when: 'resources are deleted or replaced' },
  { topic: 'permissions-broadened', alert: 'CAUTION', when: 'IAM permissions are broadened' },
  { topic: 'breaking-contract', alert: 'CAUTION', when: 'a data-action contract breaks' },
  { topic: 'failed-checks', alert: 'CAUTION', when: 'a cross-system check failed' },
  { topic: 'architect-consumers', alert: 'CAUTION', when: 'published Architect flows use an action the plan replaces or deletes' },
  { topic: 'drift', alert: 'WARNING', when: 'live state was changed outside GitOps' },
  { topic: 'architect-unknown', alert: 'WARNING', when: 'Architect consumers could not be read, or the dependency index may be stale' },
  { topic: 'prune-off', alert: 'NOTE', when: 'owned resources are kept because prune is off' },
];

export function alertFor(topic: BannerTopic): AlertKind {
  const banner = BANNERS.find((candidate) => candidate.topic === topic);
  if (banner === undefined) throw new Error(`no banner for ${topic}`);
  return banner.alert;
}
