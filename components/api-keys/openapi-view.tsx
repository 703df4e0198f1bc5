// A readable rendering of the OpenAPI document (server-side, no external CDN or script).
import type { OpenApiDocument } from "@/lib/view/api/openapi-document";

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  $ref?: string;
  additionalProperties?: unknown;
};

function typeLabel(s: Schema): string {
  if (s.$ref) return s.$ref.split("/").pop() ?? "object";
  if (s.anyOf) return s.anyOf.map(typeLabel).join(" | ");
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.type === "array") return `${s.items ? typeLabel(s.items) : "any"}[]`;
  return Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
}

function constraints(s: Schema): string {
  const parts = [
    s.minimum !== undefined ? `min ${s.minimum}` : null,
    s.maximum !== undefined ? `max ${s.maximum}` : null,
    s.pattern ? `pattern ${s.pattern}` : null,
    s.default !== undefined ? `default ${JSON.stringify(s.default)}` : null,
  ].filter(Boolean);
  return parts.join(", ");
}

function SchemaTable({ schema, depth = 0 }: { schema: Schema; depth?: number }) {
  const props = schema.properties ?? (schema.type === "array" ? schema.items?.properties : undefined);
  if (!props)
    return (
      <p className="text-sm text-slate-600">
        {typeLabel(schema)}
        {schema.description ? ` — ${schema.description}` : ""}
      </p>
    );
  const required = new Set(schema.required ?? schema.items?.required ?? []);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <tbody>
          {Object.entries(props).map(([name, p]) => {
            const nested = p.properties ?? (p.type === "array" ? p.items?.properties : undefined);
            return (
              <tr key={name} className="border-t border-slate-100 align-top">
                <td className="py-1 pr-3 font-mono text-xs">
                  {name}
                  {required.has(name) ? "" : "?"}
                </td>
                <td className="py-1 pr-3 font-mono text-xs text-slate-600">{typeLabel(p)}</td>
                <td className="py-1 text-slate-700">
                  {[p.description, constraints(p)].filter(Boolean).join(" · ")}
                  {nested && depth < 2 && (
                    <div className="mt-1 border-l-2 border-slate-200 pl-3">
                      <SchemaTable schema={p} depth={depth + 1} />
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

type Operation = {
  operationId: string;
  summary: string;
  parameters?: { name: string; in: string; required: boolean; description?: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};

export function OpenApiView({ doc }: { doc: OpenApiDocument }) {
  const schemas = doc.components.schemas as Record<string, Schema>;
  const resolve = (s: Schema | undefined) => (s?.$ref ? schemas[s.$ref.split("/").pop() ?? ""] : s);
  return (
    <div className="space-y-6">
      {Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.entries(methods as Record<string, Operation>).map(([method, op]) => {
          const body = resolve(op.requestBody?.content["application/json"]?.schema);
          return (
            <section key={`${method} ${path}`} id={op.operationId} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="font-mono text-base font-semibold">
                <span className="mr-2 rounded bg-slate-800 px-2 py-0.5 text-xs uppercase text-white">{method}</span>
                {doc.servers[0]?.url}
                {path}
              </h2>
              <p className="mt-1 text-sm text-slate-700">{op.summary}</p>
              {op.parameters && op.parameters.length > 0 && (
                <>
                  <h3 className="mt-3 text-sm font-semibold">Parameters</h3>
                  <ul className="text-sm">
                    {op.parameters.map((p) => (
                      <li key={p.name}>
                        <code className="text-xs">{p.name}</code> ({p.in}
                        {p.required ? ", required" : ""}, {typeLabel(p.schema)}){" "}
                        {[p.description, constraints(p.schema)].filter(Boolean).join(" · ")}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {body && (
                <>
                  <h3 className="mt-3 text-sm font-semibold">Request body (JSON)</h3>
                  <SchemaTable schema={body} />
                </>
              )}
              <h3 className="mt-3 text-sm font-semibold">Responses</h3>
              <ul className="space-y-2 text-sm">
                {Object.entries(op.responses).map(([status, r]) => {
                  const s = resolve(r.content?.["application/json"]?.schema);
                  return (
                    <li key={status}>
                      <span className="font-mono font-semibold">{status}</span> {r.description}
                      {s && status.startsWith("2") && (
                        <div className="mt-1 border-l-2 border-slate-200 pl-3">
                          <SchemaTable schema={s} />
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        }),
      )}
    </div>
  );
}
