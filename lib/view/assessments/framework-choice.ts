// The framework a new assessment will use, as the create form offers it.

export interface FrameworkChoice {
  version: string;
  name: string;
  modules: { key: string; name: string; optional: boolean; factorCount: number; itemCount: number }[];
}
