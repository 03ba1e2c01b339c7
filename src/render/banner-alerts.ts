/**
 * Which GitHub alert each banner of a plan uses, and so its colour:
 * `[!CAUTION]` is red, `[!WARNING]` yellow, `[!NOTE]` blue. The README's
 * banner table says the same (a test compares them): red for what can break
 * production when applied, yellow for what applying overwrites, blue for
 * information.
 */
export type AlertKind = 'CAUTION' | 'WARNING' | 'NOTE';

export type BannerTopic = 'destructive' | 'permissions-broadened' | 'breaking-contract' | 'failed-checks' | 'drift' | 'prune-off';

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
  { topic: 'drift', alert: 'WARNING', when: 'live state was changed outside GitOps' },
  { topic: 'prune-off', alert: 'NOTE', when: 'owned resources are kept because prune is off' },
];

export function alertFor(topic: BannerTopic): AlertKind {
  const banner = BANNERS.find((candidate) => candidate.topic === topic);
  if (banner === undefined) throw new Error(`no banner for ${topic}`);
  return banner.alert;
}
