// A module-resolution hook for scripts/serve.ts: the server process may load server-only modules
// (the job worker's handlers), as Next's server bundles do. Outside Next, "server-only" would throw;
// here it resolves to the package's own empty module, exactly what its "react-server" condition picks.
const empty = new URL("../node_modules/server-only/empty.js", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: empty, shortCircuit: true };
  return nextResolve(specifier, context);
}
