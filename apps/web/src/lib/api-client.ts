/**
 * The UI's one HTTP client for the playground API. A failure of the playground itself
 * (network down, 5xx, a problem document) becomes an ApiError with readable text.
 * A 4xx/5xx from the *mock* API is not an error here: it is data inside an exchange.
 */
export interface ApiProblem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly problem: ApiProblem | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function apiFetch<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError('network', null, null);
  }
  if (!res.ok) {
    let problem: ApiProblem | null;
    try {
      problem = (await res.json()) as ApiProblem;
    } catch {
      problem = null;
    }
    throw new ApiError(problem?.detail ?? res.statusText, res.status, problem);
  }
  return (await res.json()) as T;
}
