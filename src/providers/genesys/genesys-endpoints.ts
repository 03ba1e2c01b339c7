/**
 * Where the Genesys Cloud API and its OAuth server live, from the environment
 * variables CX as Code uses: `GENESYSCLOUD_REGION` (AWS region name or domain)
 * and the optional `GENESYSCLOUD_GATEWAY_HOST/PORT/PROTOCOL`, which redirect
 * both hosts to one proxy (or the sandbox). Pure: reads only the map passed in.
 */
import { ConfigurationError } from '../../errors.js';
import { describeValidRegions, findGenesysRegion, type GenesysRegion } from '../../genesys/regions.js';

/** The environment variables this module reads (a subset of `process.env`). */
export type GenesysEnvironment = Readonly<Record<string, string | undefined>>;

/** Base URLs (no trailing slash) for one Genesys Cloud org. */
export interface GenesysEndpoints {
  /** e.g. `https://api.mypurecloud.ie`; requests go to `<apiBaseUrl>/api/v2/...`. */
  apiBaseUrl: string;
  /** e.g. `https://login.mypurecloud.ie`; tokens come from `<loginBaseUrl>/oauth/token`. */
  loginBaseUrl: string;
  region: GenesysRegion;
}

const ALLOWED_GATEWAY_PROTOCOLS = ['http', 'https'] as const;

/**
 * Resolves the API and login base URLs. An unknown region, or a malformed
 * gateway, is a {@link ConfigurationError} whose message lists what is valid.
 */
export function resolveGenesysEndpoints(env: GenesysEnvironment): GenesysEndpoints {
  const regionSetting = env.GENESYSCLOUD_REGION?.trim();
  if (!regionSetting) {
    throw new ConfigurationError(
      `GENESYSCLOUD_REGION is not set. Set it to the AWS region name or the domain of your Genesys Cloud org; valid values: ${describeValidRegions()}.`,
    );
  }
  const region = findGenesysRegion(regionSetting);
  if (!region) {
    throw new ConfigurationError(
      `GENESYSCLOUD_REGION "${regionSetting}" is not a Genesys Cloud region. Valid values (AWS region or domain): ${describeValidRegions()}.`,
    );
  }

  const gatewayHost = env.GENESYSCLOUD_GATEWAY_HOST?.trim();
  if (gatewayHost) {
    // One gateway serves both the API and OAuth, as CX as Code's setGateway does.
    const gatewayUrl = gatewayBaseUrl(gatewayHost, env.GENESYSCLOUD_GATEWAY_PORT, env.GENESYSCLOUD_GATEWAY_PROTOCOL);
    return { apiBaseUrl: gatewayUrl, loginBaseUrl: gatewayUrl, region };
  }
  return {
    apiBaseUrl: `https://api.${region.domain}`,
    loginBaseUrl: `https://login.${region.domain}`,
    region,
  };
}

function gatewayBaseUrl(host: string, portSetting: string | undefined, protocolSetting: string | undefined): string {
  const protocol = (protocolSetting?.trim() || 'https').toLowerCase().replace(/:?\/*$/, '');
  if (!(ALLOWED_GATEWAY_PROTOCOLS as readonly string[]).includes(protocol)) {
    throw new ConfigurationError(
      `GENESYSCLOUD_GATEWAY_PROTOCOL "${protocolSetting}" is not supported; use one of: ${ALLOWED_GATEWAY_PROTOCOLS.join(', ')}.`,
    );
  }
  // A bare host only: a path or credentials here would silently change where tokens are sent.
  if (!/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/.test(host)) {
    throw new ConfigurationError(`GENESYSCLOUD_GATEWAY_HOST "${host}" must be a bare host name or IP address (no scheme, port or path).`);
  }
  const port = portSetting?.trim();
  if (port) {
    const portNumber = Number(port);
    if (!/^\d+$/.test(port) || portNumber < 1 || portNumber > 65535) {
      throw new ConfigurationError(`GENESYSCLOUD_GATEWAY_PORT "${port}" must be a port number between 1 and 65535.`);
    }
    return `${protocol}://${host}:${portNumber}`;
  }
  return `${protocol}://${host}`;
}
