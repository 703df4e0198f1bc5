// Starting a private Meyar instance from a spec (two instances behind one database, an app pointed at a
// test identity provider): run a script to completion, and wait until an instance answers its health check.
import { spawn } from "node:child_process";

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: "ignore" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

/** Resolves once `${base}/api/health` answers 200; gives up after two minutes. */
export async function waitUntilUp(base: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* starting */
    }
    if (i > 480) throw new Error(`${base} did not start`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
