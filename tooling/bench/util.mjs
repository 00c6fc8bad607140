import { spawn, spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

export const hasTaskset = spawnSync('taskset', ['--version']).status === 0;

// The load generator (this process, every thread of it) runs on CPU 1, the servers on CPU 0.
export const pinned = hasTaskset && spawnSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)]).status === 0;

/** Starts a server process pinned to CPU 0 where possible, and waits until `url` answers. */
export async function startServer(script, env, url) {
  const args = hasTaskset ? ['-c', '0', process.execPath, script] : [script];
  const child = spawn(hasTaskset ? 'taskset' : process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      return child;
    } catch {
      await sleep(100);
    }
  }
  child.kill();
  throw new Error(`server ${script} did not start`);
}

export function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}

export function load(options) {
  return new Promise((resolve, reject) => {
    autocannon({ duration: 8, connections: 50, ...options }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

export function summary(r) {
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + (r.non2xx ?? 0),
  };
}

/** CPU time (user + system) a process has used so far, in microseconds (Linux clock ticks of 10 ms). */
export async function cpuOf(pid) {
  const { readFile } = await import('node:fs/promises');
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** CPU time like `cpuOf`, split into the process's main thread and all its other threads. */
export async function cpuByThread(pid) {
  const { readdir } = await import('node:fs/promises');
  let main = 0;
  let others = 0;
  for (const tid of await readdir(`/proc/${pid}/task`)) {
    const used = await cpuOf(`${pid}/task/${tid}`).catch(() => 0);
    if (tid === String(pid)) main += used;
    else others += used;
  }
  return { main, others };
}

/** Lets every thread of a running server use these CPUs (e.g. '0,1'); true when taskset did it. */
export function pinTo(child, cpus) {
  return hasTaskset && spawnSync('taskset', ['-a', '-p', '-c', cpus, String(child.pid)]).status === 0;
}

export async function rssOf(pid) {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}
