import { shown } from '../core/text.js';
import type { Reference } from '../kinds/types.js';
import { at, type PipelineIssue } from '../pipelines/places.js';
import { definePipelineRule } from '../pipelines/rule.js';
import { componentName, programOf, reaches, type WiredConfig } from '../pipelines/wiring.js';

/**
 * Data that flows in a circle never leaves: Vector refuses a component that reads, through
 * others, from itself (`Cyclic dependency detected`), and the Collector refuses pipelines that
 * feed each other through connectors (`cycle detected`). Fluent Bit starts, but a `rewrite_tag`
 * filter whose new tag a filter on the way matches again re-emits the same records without
 * end (the AWS for Fluent Bit guide: "Fluent Bit will just get stuck"; the newest versions
 * stop the process on it, `recursion_action exit`). Each loop is reported once, at the
 * reference that closes it, naming what the data passes through in order.
 */
export default definePipelineRule({
  meta: {
    id: 'pipeline-cycle',
    summary: 'Data that flows in a circle: Vector components that read from each other, Collector pipelines that feed each other through connectors, a Fluent Bit `rewrite_tag` filter that matches the tag it emits.',
    defaultSeverity: 'error',
    messages: {
      cycle: {
        text: 'Data flows in a circle: {cycle}; {program} refuses it.',
        help: 'Break the circle: remove the input (or connector) that feeds the data back to where it came from.',
      },
      fluentBitCycle: {
        text: 'Records flow in a circle: {cycle}; the re-emitted records are matched again, so Fluent Bit re-emits them without end.',
        help: 'Give the new tag a prefix the `Match` of the `rewrite_tag` filter (and of the filters before it) does not match.',
      },
    },
  },
  check: (wired) => cycles(wired),
});

/** A node of the data flow, and the edges out of it: to the node the data goes to, by the reference that makes it go there. */
interface Node {
  label: string;
  out: { to: number; via: Reference; through?: string }[];
}

function cycles({ config }: WiredConfig): PipelineIssue[] {
  if (!config.acyclic) return [];
  const nodes = config.kind === 'otel-collector' ? pipelineGraph(config) : componentGraph(config);
  const issues: PipelineIssue[] = [];
  for (const group of stronglyConnected(nodes)) {
    const loop = shortestLoop(nodes, group);
    if (!loop) continue;
    const labels = loop.map(({ from, through }) => [nodes[from].label, ...(through ? [through] : [])]).flat();
    const text = [...labels, nodes[loop[0].from].label].join(' → ');
    const data = { cycle: { raw: text }, program: { raw: programOf(config.kind) } };
    issues.push({ messageId: config.kind === 'fluent-bit' ? 'fluentBitCycle' : 'cycle', data, place: at.reference(loop[loop.length - 1].via) });
  }
  return issues;
}

/** Vector and the like: every component, with an edge from each component a reference reaches to the component that holds it. */
function componentGraph(config: WiredConfig['config']): Node[] {
  const index = new Map(config.components.map((c, i) => [c, i]));
  const byId = new Map(config.components.map((c, i) => [c.id, i]));
  const nodes: Node[] = config.components.map((c) => ({ label: `\`${shown(componentName(config.kind, c.id))}\``, out: [] }));
  const reach = reaches(config);
  config.references.forEach((ref, i) => {
    const to = byId.get(ref.from);
    const found = reach[i];
    if (to === undefined) return;
    for (const component of found) {
      // A Fluent Bit route sends its input's records to the outputs it names; every other reference takes data from what it names.
      if (ref.roles.includes('sink')) nodes[to].out.push({ to: index.get(component)!, via: ref });
      else nodes[index.get(component)!].out.push({ to, via: ref });
    }
  });
  return nodes;
}

/**
 * The Collector: pipelines, with an edge from one that exports to a connector to each that
 * receives from it (between signals the connector converts; `forward` keeps the signal).
 */
function pipelineGraph(config: WiredConfig['config']): Node[] {
  const reach = reaches(config);
  const reached = new Map(config.references.map((ref, i) => [ref, reach[i]]));
  const connectorOf = (ref: Reference) => {
    const found = reached.get(ref);
    return found?.find((c) => c.role === 'connector');
  };
  const nodes: Node[] = config.pipelines.map((p) => ({ label: `pipeline \`${shown(p.name)}\``, out: [] }));
  config.pipelines.forEach((from, i) => {
    for (const exported of from.sinks) {
      const connector = connectorOf(exported);
      if (!connector) continue;
      config.pipelines.forEach((to, j) => {
        if (connector.type === 'forward' && from.signal !== to.signal) return;
        for (const received of to.sources) {
          if (connectorOf(received) === connector) nodes[i].out.push({ to: j, via: received, through: `connector \`${shown(connector.id)}\`` });
        }
      });
    }
  });
  return nodes;
}

/** An edge taken: from a node, by a reference, through a connector. */
interface Step {
  from: number;
  via: Reference;
  through?: string;
}

/** Tarjan's strongly connected components, without recursion (a config may chain thousands of components). */
function stronglyConnected(nodes: readonly Node[]): number[][] {
  const index: number[] = new Array(nodes.length).fill(-1);
  const low: number[] = new Array(nodes.length).fill(0);
  const onStack: boolean[] = new Array(nodes.length).fill(false);
  const stack: number[] = [];
  const groups: number[][] = [];
  let counter = 0;
  for (let root = 0; root < nodes.length; root++) {
    if (index[root] !== -1) continue;
    const work: { node: number; edge: number }[] = [{ node: root, edge: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = nodes[frame.node].out;
      if (frame.edge < edges.length) {
        const next = edges[frame.edge++].to;
        if (index[next] === -1) {
          index[next] = low[next] = counter++;
          stack.push(next);
          onStack[next] = true;
          work.push({ node: next, edge: 0 });
        } else if (onStack[next]) low[frame.node] = Math.min(low[frame.node], index[next]);
        continue;
      }
      work.pop();
      if (work.length > 0) low[work[work.length - 1].node] = Math.min(low[work[work.length - 1].node], low[frame.node]);
      if (low[frame.node] !== index[frame.node]) continue;
      const group: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = false;
        group.push(member);
      } while (member !== frame.node);
      groups.push(group.sort((a, b) => a - b));
    }
  }
  return groups.sort((a, b) => a[0] - b[0]);
}

/**
 * The shortest loop from a group's first node (in definition order) back to it, as the edges
 * taken; none for a single node without an edge to itself.
 */
function shortestLoop(nodes: readonly Node[], group: readonly number[]): Step[] | undefined {
  const start = group[0];
  const members = new Set(group);
  const cameFrom = new Map<number, Step>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const edge of nodes[node].out) {
      if (!members.has(edge.to)) continue;
      if (edge.to === start) {
        const path: Step[] = [{ from: node, via: edge.via, through: edge.through }];
        for (let at = node; at !== start; ) {
          const step = cameFrom.get(at)!;
          path.unshift(step);
          at = step.from;
        }
        return path;
      }
      if (cameFrom.has(edge.to)) continue;
      cameFrom.set(edge.to, { from: node, via: edge.via, through: edge.through });
      queue.push(edge.to);
    }
  }
  return undefined;
}
