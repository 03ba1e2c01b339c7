/**
 * Velocity rendering as data actions use it: request templates see `input`
 * (with `input.rawRequest`), success templates see `rawResult` and the
 * translation-map variables. Helpers are the subset of Genesys' documented
 * ones the examples need: `$esc.jsonString`, `$esc.url` and
 * `$successTemplateUtils.firstFromArray`.
 */
import { render } from 'velocityjs';

const helpers = {
  esc: {
    jsonString: (value: unknown) => JSON.stringify(String(value)).slice(1, -1),
    url: (value: unknown) => encodeURIComponent(String(value)),
  },
  successTemplateUtils: {
    /** `firstFromArray("[1,2]", "default")`: the first element's JSON, or the default. */
    firstFromArray: (arrayText: unknown, fallback: unknown) => {
      try {
        const parsed: unknown = JSON.parse(String(arrayText));
        if (Array.isArray(parsed) && parsed.length > 0) return JSON.stringify(parsed[0]);
      } catch {
        // fall through to the default, as Genesys does for unparsable input
      }
      return fallback === undefined ? '' : String(fallback);
    },
  },
};

/** Renders a template; throws the parser's error for broken syntax. */
export function renderVelocity(template: string, variables: Record<string, unknown>): string {
  return render(template, { ...helpers, ...variables });
}
