import fc from 'fast-check';
import { createMockApi } from '@teapot/mock-api';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './isolation-commands.ts';
import { setUp, shared } from './isolation-world.ts';

describe('two learners doing random things never see each other', () => {
  // One app for every run: a write that leaked into the shared sample would also show up as
  // a wrong starting point for the learners of the runs after it.
  const app = createMockApi({ limits: { maxRecords: 10_000, maxBytes: 10_000_000 } });

  it('each learner sees exactly its own model, whatever the other does or claims to be', async () => {
    const sample = await shared(app);
    await fc.assert(
      fc.asyncProperty(fc.commands(COMMANDS, { maxCommands: 80, size: 'max' }), async (commands) => {
        await fc.asyncModelRun(() => setUp(app), commands);
      }),
      { numRuns: 60 },
    );
    expect(await shared(app), 'the shared sample changed').toEqual(sample);
  });
});
