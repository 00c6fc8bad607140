// A classroom: N learners, each sending one exchange every `every` ms for `seconds` s.
export async function classroom({ port, learners, every, seconds }) {
  const raw = 'GET /users/1 HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n';
  const latencies = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  const learner = async (i) => {
    await new Promise((r) => setTimeout(r, (i * every) / learners));
    while (Date.now() < end) {
      const started = performance.now();
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/exchanges`, {
          method: 'POST',
          headers: { 'content-type': 'message/http', 'x-teapot-learner': `learner-${i}` },
          body: raw,
        });
        const body = await res.json();
        if (res.status !== 201 || body.response?.status !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      const took = performance.now() - started;
      latencies.push(took);
      await new Promise((r) => setTimeout(r, Math.max(0, every - took)));
    }
  };
  await Promise.all(Array.from({ length: learners }, (_, i) => learner(i)));
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]?.toFixed(1);
  return [
    `## Classroom: ${learners} learners, one exchange every ${every / 1000} s each, ${seconds} s`,
    '',
    `${latencies.length} exchanges, **${errors} errors**, p50 ${q(0.5)} ms, **p99 ${q(0.99)} ms**.`,
  ];
}
