// The parts of the generated OpenAPI document (lib/delivery/api/openapi.ts) that the API page
// renders. openapi.ts checks its document against this shape, so the page cannot drift from it.

export interface OpenApiDocument {
  servers: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
}
