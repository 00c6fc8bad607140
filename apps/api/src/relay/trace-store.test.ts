import { describe, expect, it } from 'vitest';
import type { Trace } from '@teapot/mock-api';
import { RemoteTraceSink, sharedRelayPorts, TraceStore } from './trace-store.ts';
import type { TraceMessage } from './trace-store.ts';

const trace = (status: number) => ({ steps: [], info: { status } }) as unknown as Trace;

/** A sink on the mock API's side and two playground threads' stores, wired as in main.ts. */
function wire() {
  const relayPorts = sharedRelayPorts();
  const sent: { message: TraceMessage; marker: number }[] = [];
  const stores = [1, 2].map((marker) => new TraceStore({ relayPorts, marker, waitMs: 60_000 }));
  const sink = new RemoteTraceSink(relayPorts, (message, marker) => {
    sent.push({ message, marker });
    const store = stores[marker - 1]!;
    if (message.type === 'trace') store.record(message.port, JSON.parse(message.json) as Trace);
    else store.over(message.port);
  });
  return { relayPorts, sent, stores, sink };
}

describe('RemoteTraceSink', () => {
  it('sends each trace to the thread whose mark the port carries', async () => {
    const { sink, stores, sent } = wire();
    stores[0]!.expect(40_001);
    stores[1]!.expect(40_002);
    expect([sink.isRelay(40_001), sink.isRelay(40_002), sink.isRelay(40_003)]).toEqual([true, true, false]);
    sink.record(40_002, trace(201));
    sink.record(40_001, trace(404));
    expect(sent.map((s) => s.marker)).toEqual([2, 1]);
    expect(await stores[0]!.take(40_001)).toEqual([trace(404)]);
    expect(await stores[1]!.take(40_002)).toEqual([trace(201)]);
    // Taken, the ports are no longer a relay's.
    expect(sink.isRelay(40_001)).toBe(false);
  });

  it('says a connection is over only when no trace went for it, even when its port comes back', async () => {
    const { sink, stores, sent } = wire();
    // A relay's request with a trace: the word at close is not needed, and not sent.
    stores[0]!.expect(40_010);
    sink.record(40_010, trace(200));
    expect(await stores[0]!.take(40_010)).toHaveLength(1);
    sink.over(40_010);
    expect(sent.map((s) => s.message.type)).toEqual(['trace']);
    // The same port again, for a request Node's parser refused (no trace): the word goes, so
    // the relay does not wait for a trace that will never come.
    stores[1]!.expect(40_010);
    const taken = stores[1]!.take(40_010);
    sink.over(40_010);
    expect(await taken).toEqual([]);
    expect(sent.map((s) => `${s.message.type} ${s.marker}`)).toEqual(['trace 1', 'over 2']);
    // An external client's connection (no relay's mark) sends nothing.
    sink.over(40_011);
    expect(sent).toHaveLength(2);
  });

  it('sends a trace handed out again (frozen, as the read memo keeps them) as the same text', () => {
    const { sink, stores, sent } = wire();
    const kept = Object.freeze(trace(200));
    for (const port of [40_020, 40_021]) {
      stores[0]!.expect(port);
      sink.record(port, kept);
    }
    const [a, b] = sent.map((s) => (s.message.type === 'trace' ? s.message.json : ''));
    expect(a).toBe(JSON.stringify(kept));
    expect(b).toBe(a);
  });
});
