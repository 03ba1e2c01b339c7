/**
 * An ActionIo that records everything the action tells the runner, in
 * order, so in-process tests can assert on outputs, annotations, log lines,
 * the job summary and the (single) failure.
 */
import type { ActionIo, AnnotationLevel, AnnotationProperties } from '../../src/action/action-io.js';

export interface RecordedAnnotation {
  level: AnnotationLevel;
  message: string;
  properties: AnnotationProperties | undefined;
}

export class RecordingActionIo implements ActionIo {
  readonly outputs = new Map<string, string>();
  readonly secrets: string[] = [];
  readonly annotations: RecordedAnnotation[] = [];
  readonly lines: string[] = [];
  readonly debugLines: string[] = [];
  readonly summaries: string[] = [];
  readonly failures: string[] = [];

  constructor(private readonly inputs: Readonly<Record<string, string>>) {}

  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }

  setOutput(name: string, value: string): void {
    this.outputs.set(name, value);
  }

  setSecret(secret: string): void {
    this.secrets.push(secret);
  }

  annotate(level: AnnotationLevel, message: string, properties?: AnnotationProperties): void {
    this.annotations.push({ level, message, properties });
  }

  info(line: string): void {
    this.lines.push(line);
  }

  debug(line: string): void {
    this.debugLines.push(line);
  }

  async appendSummary(markdown: string): Promise<void> {
    this.summaries.push(markdown);
  }

  setFailed(message: string): void {
    this.failures.push(message);
  }

  /** Messages of the annotations of one level. */
  annotated(level: AnnotationLevel): string[] {
    return this.annotations.filter((annotation) => annotation.level === level).map((annotation) => annotation.message);
  }

  /** Everything a reader of the run could see, for secret sweeps. */
  visibleText(): string {
    return [
      ...this.lines,
      ...this.debugLines,
      ...this.summaries,
      ...this.failures,
      ...this.annotations.map((annotation) => annotation.message),
      ...[...this.outputs.values()],
    ].join('\n');
  }
}
