import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../lib/react-query.ts';
import { Shell } from './shell.tsx';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}
