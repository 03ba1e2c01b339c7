/**
 * A small Mermaid graph of what a plan touches, for reviewers: every
 * resource it creates, replaces or deletes, the resources they hang off
 * (action → integration → credential → role) and the Lambda functions the
 * touched actions call. Collapsed in a `<details>` block and capped, so it
 * never crowds out the plan. Pure: Plan in, markdown out ('' when the plan
 * creates, replaces and deletes nothing).
 */
import type { ChangeAction, Plan, ResourceChange } from '../plan/types.js';
import { visibleSingleLine } from './control-characters.js';
import { plural } from './markdown-text.js';

/** Most nodes drawn; the rest are counted under the graph. */
export const MAX_GRAPH_NODES = 30;

interface GraphNode {
  key: string;
  label: string;
  /** Absent for a Lambda function (not a resource of the plan). */
  action?: ChangeAction;
}

const STRUCTURAL: readonly ChangeAction[] = ['create', 'replace', 'delete'];

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/** The value of `key` in the manifest side of the change, else the live side. */
function shapeField(change: ResourceChange, key: string): string | undefined {
  const value = field(change.after, key) ?? field(change.before, key);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `arn:aws:iam::123456789012:role/some/path/name` → `name`. */
function roleNameOf(arn: string): string | undefined {
  return /^arn:aws[\w-]*:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(arn)?.[1];
}

/** The addresses (or function ARNs) a change points at. */
function targetsOf(change: ResourceChange): string[] {
  switch (change.kind) {
    case 'action': {
      const integration = change.address.slice('action/'.length, change.address.length - change.name.length - 1);
      const functionArn = shapeField(change, 'functionArn');
      return [`integration/${integration}`, ...(functionArn === undefined ? [] : [`function:${functionArn}`])];
    }
    case 'integration': {
      const credential = shapeField(change, 'credential');
      return credential === undefined ? [] : [`credential/${credential}`];
    }
    case 'credential': {
      const role = roleNameOf(shapeField(change, 'roleArn') ?? '');
      return role === undefined ? [] : [`role/${role}`];
    }
    case 'role':
      return [];
  }
}

/**
 * Mermaid label text inside `"…"`: entity codes for what would end the label,
 * open HTML or a Markdown string, or close the code fence (backticks); one
 * line, controls and bidi overrides shown as escapes.
 */
function mermaidText(text: string): string {
  return visibleSingleLine(text, ' ')
    .replace(/\s+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .slice(0, 120);
}

function nodeLine(id: string, node: GraphNode): string {
  const label = mermaidText(node.label);
  if (node.action === undefined) return `  ${id}(["${label}"])`;
  return `  ${id}["${node.action === 'no-op' ? '' : `${node.action}: `}${label}"]:::${node.action === 'no-op' ? 'unchanged' : node.action}`;
}

/** The nodes to draw, touched ones first (in plan order: destructive first), then their neighbours while room is left. */
function selectNodes(plan: Plan): { nodes: Map<string, GraphNode>; edges: [string, string][]; notDrawn: number } {
  const byAddress = new Map(plan.changes.map((change) => [change.address, change]));
  const touched = plan.changes.filter((change) => STRUCTURAL.includes(change.action));
  const nodes = new Map<string, GraphNode>();
  const wanted: GraphNode[] = touched.map((change) => ({ key: change.address, label: change.address, action: change.action }));
  const edges: [string, string][] = [];
  for (const change of touched) {
    for (const target of targetsOf(change)) {
      edges.push([change.address, target]);
      const resource = byAddress.get(target);
      if (resource !== undefined) wanted.push({ key: target, label: target, action: resource.action });
      else if (target.startsWith('function:')) wanted.push({ key: target, label: `λ ${target.slice('function:'.length)}` });
    }
  }
  let notDrawn = 0;
  for (const node of wanted) {
    if (nodes.has(node.key)) continue;
    if (nodes.size >= MAX_GRAPH_NODES) notDrawn++;
    else nodes.set(node.key, node);
  }
  const drawn = edges.filter(([from, to]) => nodes.has(from) && nodes.has(to));
  return { nodes, edges: [...new Map(drawn.map((edge) => [edge.join('→'), edge])).values()], notDrawn };
}

/** The collapsed graph, or '' when the plan creates, replaces and deletes nothing. */
export function renderPlanGraph(plan: Plan): string {
  if (!plan.changes.some((change) => STRUCTURAL.includes(change.action))) return '';
  const { nodes, edges, notDrawn } = selectNodes(plan);
  const ids = new Map([...nodes.keys()].map((key, index) => [key, `n${index}`]));
  const lines = [
    'flowchart LR',
    '  classDef create fill:#dafbe1,stroke:#1a7f37',
    '  classDef replace fill:#fff1e5,stroke:#bc4c00',
    '  classDef delete fill:#ffebe9,stroke:#cf222e',
    '  classDef update fill:#fff8c5,stroke:#9a6700',
    '  classDef unchanged fill:#f6f8fa,stroke:#8c959f',
    ...[...nodes.entries()].map(([key, node]) => nodeLine(ids.get(key)!, node)),
    ...edges.map(([from, to]) => `  ${ids.get(from)} --> ${ids.get(to)}`),
  ];
  const note = notDrawn > 0 ? ['', `${plural(notDrawn, 'more resource')} not drawn (the graph shows at most ${MAX_GRAPH_NODES}).`] : [];
  return [
    '<details>',
    `<summary>Graph: what this plan creates, replaces or deletes, and what those depend on (${plural(nodes.size, 'node')})</summary>`,
    '',
    '```mermaid',
    ...lines,
    '```',
    ...note,
    '',
    '</details>',
  ].join('\n');
}
