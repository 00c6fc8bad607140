/**
 * Presenter mode for teachers: large type, high contrast, a bigger raw view.
 * On with the toggle or `?present=1` in the URL (`?present=0` turns it off); remembered.
 */
import { useEffect, useState } from 'react';
import { readText, writeText } from '../lib/storage.ts';
import './presenter.css';

const KEY = 'teapot.present';

function initial(): boolean {
  const param = new URL(window.location.href).searchParams.get('present');
  if (param === '1' || param === 'true') return true;
  if (param === '0' || param === 'false') return false;
  return readText(KEY) === '1';
}

export function usePresenter(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(initial);
  useEffect(() => {
    document.documentElement.classList.toggle('presenter', on);
    writeText(KEY, on ? '1' : '0');
  }, [on]);
  return [on, setOn];
}
