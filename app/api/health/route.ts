// GET /api/health – liveness and database reachability, for load balancers.
import { db } from "@/lib/platform/db/prisma";
import { pingDatabase } from "@/lib/platform/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await pingDatabase(db);
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "error", error: "database unreachable" }, { status: 503 });
  }
}
