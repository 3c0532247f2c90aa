/**
 * `npm run bench`: trains the shared workloads (bench/workloads.json, a copy of
 * ../shared/bench/workloads.json) with Unroll's engine following the peer benchmark's protocol.
 *
 *   npm run bench                                  all workloads, each in its own process, a table
 *   npm run bench -- --workload rnn-small          one workload in this process
 *   npm run bench -- --result-json [--workload W]  also print `RESULT {json}` lines (harness format)
 *   protocol flags: --warmupSec --blocks --blockSec --epochs --maxTimedSec (as the harness's --quick)
 *
 * To compare with the peers in one interleaved run, build ../shared/bench and run
 *   node dist/run-all.js --external "unroll=npm --prefix <this repo> run -s bench -- --result-json"
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PROTOCOL, median, runProtocol } from './protocol.ts';
import type { Protocol, RunResult, Workload } from './protocol.ts';
import { makeUnrollRunner } from './runner.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
// Built into bench/dist/, so the JSON sits one level up.
const WORKLOADS_FILE = join(HERE, '..', 'workloads.json');

function parseArgs(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out[a.slice(2)] = next;
      i++;
    } else out[a.slice(2)] = 'true';
  }
  return out;
}

function loadWorkloads(): Record<string, Workload> {
  const raw = JSON.parse(readFileSync(WORKLOADS_FILE, 'utf8')) as Record<string, Omit<Workload, 'name'>>;
  return Object.fromEntries(Object.entries(raw).map(([name, w]) => [name, { name, ...w }]));
}

const args = parseArgs(process.argv.slice(2));
const workloads = loadWorkloads();
const proto: Protocol = { ...DEFAULT_PROTOCOL };
for (const k of Object.keys(proto) as (keyof Protocol)[]) if (args[k] !== undefined) proto[k] = Number(args[k]);
const protoFlags = (Object.keys(proto) as (keyof Protocol)[]).filter((k) => args[k] !== undefined).flatMap((k) => [`--${k}`, String(proto[k])]);

function runHere(name: string): RunResult {
  const w = workloads[name];
  if (!w) throw new Error(`unknown workload ${name}; known: ${Object.keys(workloads).join(', ')}`);
  const baseline = process.memoryUsage().rss / (1024 * 1024);
  const { runner, epochBatches } = makeUnrollRunner(w);
  return runProtocol('unroll', w, runner, epochBatches, proto, baseline);
}

function row(r: RunResult): string {
  const sps = median(r.blockStepsPerSec);
  const lo = Math.min(...r.blockStepsPerSec);
  const hi = Math.max(...r.blockStepsPerSec);
  return `| ${r.workload} | **${sps.toFixed(sps < 10 ? 2 : 1)}** (${lo.toFixed(1)}–${hi.toFixed(1)}) | ${median(r.epochSec).toFixed(3)} | ${r.peakRssMB.toFixed(0)} (${r.baselineRssMB.toFixed(0)}) | ${r.lossBefore.toFixed(3)} → ${r.lossAfter.toFixed(3)} |`;
}

const HEADER = '| workload | steps/s median (min–max) | epoch s | peak RSS MB (baseline) | MSE before → after |\n|---|---|---|---|---|';

if (args.workload) {
  const r = runHere(args.workload);
  if (args['result-json'] === 'true') process.stdout.write(`RESULT ${JSON.stringify(r)}\n`);
  else console.log(`${HEADER}\n${row(r)}`);
} else {
  // One child process per workload, so each peak RSS is that workload's own.
  const results: RunResult[] = [];
  for (const name of Object.keys(workloads)) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--workload', name, '--result-json', ...protoFlags], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (child.status !== 0 || !line) throw new Error(`bench child for ${name} failed (exit ${child.status})`);
    const r = JSON.parse(line.slice(7)) as RunResult;
    results.push(r);
    if (args['result-json'] === 'true') process.stdout.write(`${line}\n`);
  }
  if (args['result-json'] !== 'true') {
    console.log(`Unroll engine, node ${process.version}, ${new Date().toISOString().slice(0, 16)} UTC\n`);
    console.log(HEADER);
    for (const r of results) console.log(row(r));
  }
}
