// GET /api/health – liveness and database reachability, for load balancers.
import { db } from "@/lib/platform/db/prisma";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "error", error: "database unreachable" }, { status: 503 });
  }
}
