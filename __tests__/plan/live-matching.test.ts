/** Live matching: duplicates by name resolve to the lowest id, and data actions that move are recognized. */
import { describe, expect, it } from 'vitest';
import type { ObservedIntegration } from '../../src/model/observed-state.js';
import { matchCredentials, matchIntegrations, matchLiveActions } from '../../src/plan/live-matching.js';
import { desiredFixture, observedInSync } from './plan-fixtures.js';

function integration(id: string, name: string, configName = name): ObservedIntegration {
  const template = observedInSync().integrations[0]!;
  return { ...structuredClone(template), id, name, config: { ...structuredClone(template.config), name: configName } };
}

describe('matchIntegrations', () => {
  it('picks the lowest id among integrations with the declared name, whatever the listing order', () => {
    const observed = observedInSync();
    observed.integrations = [
      integration('int-b', 'Orders Lambda'),
      integration('int-c', 'Orders Lambda'),
      integration('int-a', 'Orders Lambda'),
    ];
    expect(matchIntegrations(desiredFixture(), observed).get('Orders Lambda')?.id).toBe('int-a');
  });

  it('matches by config name first, by integration name when the config has none, and ignores undeclared names', () => {
    const observed = observedInSync();
    observed.integrations = [
      integration('int-1', 'Renamed in the UI', 'Orders Lambda'),
      integration('int-0', 'Orders Lambda', 'Something else'),
      integration('int-2', 'Not Ours'),
    ];
    const matched = matchIntegrations(desiredFixture(), observed);
    expect([...matched.entries()].map(([name, live]) => [name, live.id])).toEqual([['Orders Lambda', 'int-1']]);
    observed.integrations = [integration('int-9', 'Orders Lambda', '')];
    expect(matchIntegrations(desiredFixture(), observed).get('Orders Lambda')?.id).toBe('int-9');
  });
});

describe('matchCredentials', () => {
  it('keeps one credential per name, the lowest id', () => {
    const observed = observedInSync();
    const [credential] = observed.credentials;
    observed.credentials = [
      { ...credential!, id: 'cred-9' },
      { ...credential!, id: 'cred-2' },
      { ...credential!, id: 'cred-5', name: 'Other' },
    ];
    expect([...matchCredentials(observed).entries()].map(([name, live]) => [name, live.id])).toEqual([
      ['Orders Lambda (genesys-lambda-gitops)', 'cred-2'],
      ['Other', 'cred-5'],
    ]);
  });
});

describe('matchLiveActions', () => {
  it('uses each live action once: a duplicate by name is left unmatched, lowest id matched first', () => {
    const desired = desiredFixture();
    const observed = observedInSync();
    observed.dataActions.push({ ...structuredClone(observed.dataActions[0]!), id: 'custom_-_0-duplicate' });
    const { matches, unmatched } = matchLiveActions(desired.dataActions, observed, matchIntegrations(desired, observed));
    expect(matches.map((match) => [match.action.name, match.live?.id, match.movedFrom])).toEqual([
      ['Lookup Order', 'custom_-_0-duplicate', undefined],
      ['Verify Customer', 'custom_-_verify', undefined],
    ]);
    expect(unmatched.map((item) => [item.integrationName, item.live.id])).toEqual([['Orders Lambda', 'custom_-_lookup']]);
  });

  it('recognizes a move to another declared integration, but not when the old integration still declares the action', () => {
    const desired = desiredFixture();
    desired.integrations.push({ ...structuredClone(desired.integrations[0]!), name: 'Identity Lambda' });
    const observed = observedInSync();
    observed.integrations.push(integration('int-identity', 'Identity Lambda'));
    const verify = desired.dataActions.find((action) => action.name === 'Verify Customer')!;
    verify.integrationName = 'Identity Lambda';
    const moved = matchLiveActions(desired.dataActions, observed, matchIntegrations(desired, observed));
    expect(moved.matches.find((match) => match.action === verify)).toMatchObject({
      live: { id: 'custom_-_verify' },
      movedFrom: 'Orders Lambda',
    });
    expect(moved.unmatched).toEqual([]);

    desired.dataActions.push({ ...structuredClone(verify), integrationName: 'Orders Lambda' });
    const copied = matchLiveActions(desired.dataActions, observed, matchIntegrations(desired, observed));
    expect(
      copied.matches.map((match) => [match.action.integrationName, match.action.name, match.live?.id ?? null, match.movedFrom ?? null]),
    ).toEqual([
      ['Orders Lambda', 'Lookup Order', 'custom_-_lookup', null],
      ['Identity Lambda', 'Verify Customer', null, null],
      ['Orders Lambda', 'Verify Customer', 'custom_-_verify', null],
    ]);
  });

  it('ignores live actions of integrations that are not declared', () => {
    const desired = desiredFixture();
    const observed = observedInSync();
    observed.integrations.push(integration('int-foreign', 'Not Ours'));
    observed.dataActions.push({
      ...structuredClone(observed.dataActions[0]!),
      id: 'custom_-_foreign',
      name: 'Retired',
      integrationId: 'int-foreign',
    });
    expect(matchLiveActions(desired.dataActions, observed, matchIntegrations(desired, observed)).unmatched).toEqual([]);
  });
});
