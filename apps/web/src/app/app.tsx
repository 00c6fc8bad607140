import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../lib/react-query.ts';
import { Header } from './header.tsx';
import { Playground } from './playground.tsx';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <div className="flex min-h-screen flex-col">
        <Header />
        <Playground />
      </div>
    </QueryClientProvider>
  );
}
