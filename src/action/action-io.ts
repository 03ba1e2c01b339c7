/**
 * Everything the action says to the runner, behind one small interface:
 * inputs, outputs, secret masking, annotations, log lines, the job summary
 * and the one failure. main.ts runs against it, so tests run the whole
 * action in-process with a recording implementation; coreActionIo() is the
 * real one over @actions/core (the only module that imports it).
 */
import * as core from '@actions/core';
import { consoleText } from '../render/console-text.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** Where an annotation points: shown inline on the pull request's diff when `file` is set. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface ActionIo {
  /** The raw value of an input (`''` when unset). */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Masks `secret` in every later log line (not retroactive: call it as soon as the value is read). */
  setSecret(secret: string): void;
  annotate(level: AnnotationLevel, message: string, properties?: AnnotationProperties): void;
  info(line: string): void;
  debug(line: string): void;
  /** Appends markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
  /** Fails the step with `message`; the action calls it at most once. */
  setFailed(message: string): void;
}

const ANNOTATE: Record<AnnotationLevel, (message: string, properties: core.AnnotationProperties) => void> = {
  error: core.error,
  warning: core.warning,
  notice: core.notice,
};

/**
 * The last guard before the runner's log: every line of `text` as one console line (consoleText:
 * controls escaped, a leading `::` and every `##[` neutralised), the line breaks between lines kept.
 * consoleText is idempotent, so text a renderer already made safe prints unchanged.
 */
export function consoleLines(text: string): string {
  return text.split('\n').map(consoleText).join('\n');
}

export function coreActionIo(): ActionIo {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (secret) => core.setSecret(secret),
    annotate: (level, message, properties = {}) => ANNOTATE[level](message, properties),
    info: (line) => core.info(consoleLines(line)),
    debug: (line) => core.debug(consoleLines(line)),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown).write();
    },
    setFailed: (message) => core.setFailed(message),
  };
}
