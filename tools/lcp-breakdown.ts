/**
 * Where a page's Lighthouse LCP comes from, as Lighthouse's Lantern model computes it:
 *
 *   npm run lcp-breakdown -- /technical-track/pros/deep-impact/ [/search/ …]   (RUNS=5, DIST=dist)
 *
 * Lantern's LCP is the mean of two simulations. The optimistic one holds the document, the
 * first parse, the first layout and the first paint; the pessimistic one adds every request
 * and every layout task that finished or started before the LCP the browser observed. For each
 * run this prints both graphs: each request with its simulated end, and each main-thread task
 * with its simulated cost (4× its traced time, 2× for layout) and what ran in it. Build first.
 */
import { resolve } from 'node:path';
import { benchDepPath, ensureBenchDeps, importBenchDep } from './lib/bench-deps.ts';
import { chromePath, chromiumFlags } from './lib/chromium.ts';
import { root } from './lib/paths.ts';
import { serveStatic } from './lib/static-server.ts';

interface TraceEvent {
  name: string;
  args?: { data?: Record<string, unknown> };
}
interface GraphNode {
  type: 'network' | 'cpu';
  request?: { url: string };
  childEvents?: TraceEvent[];
  didPerformLayout?: () => boolean;
}
interface Graph {
  traverse(visit: (node: GraphNode) => void): void;
}
interface Estimate {
  timeInMs: number;
  nodeTimings: Map<GraphNode, { duration: number; endTime: number }>;
}
interface LanternResult {
  timing: number;
  optimisticEstimate: Estimate;
  pessimisticEstimate: Estimate;
  optimisticGraph: Graph;
  pessimisticGraph: Graph;
}
type Lighthouse = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<{ lhr: { configSettings: unknown }; artifacts: Record<string, unknown> }>;

ensureBenchDeps();
const { default: lighthouse } = await importBenchDep<{ default: Lighthouse }>('lighthouse');
const { launch } = await importBenchDep<{
  launch: (options: Record<string, unknown>) => Promise<{ port: number; kill(): unknown }>;
}>('chrome-launcher');
const lanternModule = benchDepPath('lighthouse', 'core/computed/metrics/lantern-largest-contentful-paint.js');
const { LanternLargestContentfulPaint } = (await import(lanternModule)) as {
  LanternLargestContentfulPaint: {
    request(data: Record<string, unknown>, context: Record<string, unknown>): Promise<LanternResult>;
  };
};

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const runs = Number(process.env['RUNS'] ?? 5);
const shown = new Set(['ParseHTML', 'EvaluateScript', 'FunctionCall', 'EventDispatch', 'FireAnimationFrame']);

/** One line per node of a Lantern graph: requests by URL, tasks by what ran in them. */
function describe(graph: Graph, estimate: Estimate): { cpu: number; lines: string[] } {
  const lines: string[] = [];
  let cpu = 0;
  graph.traverse((node) => {
    const timing = estimate.nodeTimings.get(node);
    if (node.type === 'network') {
      lines.push(
        `  request ${node.request!.url.replace(/^https?:\/\/[^/]+/, '')} ends at ${Math.round(timing?.endTime ?? 0)} ms`,
      );
      return;
    }
    const cost = timing?.duration ?? 0;
    cpu += cost;
    const what = (node.childEvents ?? [])
      .filter((event) => shown.has(event.name))
      .map(
        (event) => `${event.name}${event.args?.data?.['type'] ? ` ${String(event.args.data['type'])}` : ''}`,
      );
    const layout = node.didPerformLayout?.() ? ' + layout' : '';
    lines.push(
      `  task ${String(Math.round(cost)).padStart(4)} ms${layout}: ${[...new Set(what)].join(', ') || '(rendering)'}`,
    );
  });
  return { cpu: Math.round(cpu), lines };
}

const chrome = await launch({ chromePath: chromePath(), chromeFlags: ['--headless=new', ...chromiumFlags] });
const server = await serveStatic(resolve(root, process.env['DIST'] ?? 'dist'), '/', { gzip: true });
try {
  for (const path of paths.length > 0 ? paths : ['/']) {
    for (let run = 1; run <= runs; run++) {
      const { lhr, artifacts } = await lighthouse(server.url + path.slice(1), {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const settings = lhr.configSettings;
      const data = {
        trace: artifacts['Trace'],
        devtoolsLog: artifacts['DevtoolsLog'],
        gatherContext: artifacts['GatherContext'],
        settings,
        URL: artifacts['URL'],
        SourceMaps: artifacts['SourceMaps'],
        HostDPR: artifacts['HostDPR'],
        simulator: null,
      };
      const result = await LanternLargestContentfulPaint.request(data, {
        computedCache: new Map(),
        settings,
      });
      const optimistic = describe(result.optimisticGraph, result.optimisticEstimate);
      const pessimistic = describe(result.pessimisticGraph, result.pessimisticEstimate);
      console.log(`${path} run ${run}: LCP ${Math.round(result.timing)} ms`);
      console.log(
        ` optimistic ${Math.round(result.optimisticEstimate.timeInMs)} ms (CPU ${optimistic.cpu} ms)`,
      );
      console.log(optimistic.lines.join('\n'));
      console.log(
        ` pessimistic ${Math.round(result.pessimisticEstimate.timeInMs)} ms (CPU ${pessimistic.cpu} ms)`,
      );
      console.log(pessimistic.lines.join('\n'));
    }
  }
} finally {
  await server.close();
  await chrome.kill();
}
