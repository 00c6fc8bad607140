import { useCallback, useState } from 'react';

const KEY = 'teapot.showLineEndings';

/** Whether raw messages mark each CR LF (on by default: learners are learning the wire format). */
export function useLineEndings(): [boolean, (show: boolean) => void] {
  const [show, setShow] = useState(() => globalThis.localStorage?.getItem(KEY) !== 'off');
  const set = useCallback((next: boolean) => {
    globalThis.localStorage?.setItem(KEY, next ? 'on' : 'off');
    setShow(next);
  }, []);
  return [show, set];
}
