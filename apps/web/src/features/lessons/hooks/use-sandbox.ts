/**
 * The learner's token (one sandbox for every lesson), fetched automatically the first time a
 * lesson opens, and kept in the browser.
 */
import { useEffect, useRef, useState } from 'react';
import { readText, writeText } from '../../../lib/storage.ts';
import { useCreateSandbox } from '../api/create-sandbox.ts';
import { replaceTokenInDrafts } from '../drafts.ts';

export const TOKEN_KEY = 'teapot.token';

export function useSandbox({ auto }: { auto: boolean }) {
  const [token, setToken] = useState<string | null>(() => readText(TOKEN_KEY));
  const create = useCreateSandbox((t) => {
    const previous = readText(TOKEN_KEY);
    writeText(TOKEN_KEY, t);
    if (previous) replaceTokenInDrafts(previous, t);
    setToken(t);
  });
  const asked = useRef(false);
  useEffect(() => {
    if (!auto || token || asked.current) return;
    asked.current = true;
    create.mutate();
  }, [auto, token, create]);
  return {
    token,
    /** Settled: a token is here, or getting one failed (the lesson still works without). */
    ready: token !== null || create.isError || (create.isSuccess && create.data.token === null),
    pending: create.isPending,
    error: create.error,
    exchange: create.data?.exchange,
    renew: () => create.mutate(),
  };
}
