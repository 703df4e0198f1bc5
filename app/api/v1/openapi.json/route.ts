// GET /api/v1/openapi.json – the OpenAPI 3.1 document (public: it holds no data).
import { openApiDocument } from "@/lib/delivery/api/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument());
}
