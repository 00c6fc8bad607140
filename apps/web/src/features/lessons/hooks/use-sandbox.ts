/**
 * The learner's token (one sandbox for the playground and every lesson), fetched
 * automatically the first time a lesson opens. It lives in the app's one token store.
 */
import { useEffect, useRef } from 'react';
import { tokenStore, useToken } from '../../../lib/token.ts';
import { useCreateSandbox } from '../api/create-sandbox.ts';
import { replaceTokenInDrafts } from '../drafts.ts';

export function useSandbox({ auto }: { auto: boolean }) {
  const token = useToken();
  const create = useCreateSandbox((fresh) => {
    const previous = tokenStore.get();
    if (previous) replaceTokenInDrafts(previous, fresh);
    tokenStore.set(fresh);
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
