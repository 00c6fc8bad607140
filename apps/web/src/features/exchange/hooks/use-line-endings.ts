import { useCallback, useState } from 'react';
import { readText, writeText } from '../../../lib/storage.ts';

const KEY = 'teapot.showLineEndings';

/** Whether raw messages mark each CR LF (on by default: learners are learning the wire format). */
export function useLineEndings(): [boolean, (show: boolean) => void] {
  const [show, setShow] = useState(() => readText(KEY) !== 'off');
  const set = useCallback((next: boolean) => {
    writeText(KEY, next ? 'on' : 'off');
    setShow(next);
  }, []);
  return [show, set];
}
