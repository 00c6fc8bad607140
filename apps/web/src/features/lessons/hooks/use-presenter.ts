/**
 * Presenter mode for a lesson (`?present=1`): large type for a projector. The class on <html>
 * is the same one the shell's presenter mode uses.
 */
import { useEffect } from 'react';
import { navigate, useLocation } from '../../../lib/router.ts';

export function usePresenter(): [boolean, (on: boolean) => void] {
  const url = useLocation();
  const on = url.searchParams.get('present') === '1';
  useEffect(() => {
    if (!on) return;
    document.documentElement.classList.add('presenter');
    return () => document.documentElement.classList.remove('presenter');
  }, [on]);
  const set = (next: boolean) => {
    const target = new URL(window.location.href);
    if (next) target.searchParams.set('present', '1');
    else target.searchParams.delete('present');
    navigate(target.pathname + target.search, { replace: true });
  };
  return [on, set];
}
