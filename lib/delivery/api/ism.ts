// POST /api/v1/ism: the ISM engine on a posted SSIM, like lib/domain/ism/cli.ts (same input shape,
// same analyseSsim, whose parser reports bad SSIM rows as IsmInputError → 422 with the message).
import "server-only";
import { fail } from "../../platform/http/action-result.ts";
import { analyseSsim } from "../../domain/ism/analyse.ts";
import { IsmInputError } from "../../domain/ism/types.ts";
import { apiError, type ApiContext } from "./guard.ts";
import { ismBody, ismResponse } from "./schemas.ts";
import { parseJsonBody, schemaJson } from "./validate.ts";

export async function computeIsmV1(request: Request, _ctx: ApiContext): Promise<Response> {
  const body = await parseJsonBody(ismBody, request);
  if (!body.ok) return apiError(body.failure);
  try {
    return schemaJson(ismResponse, { ...analyseSsim(body.data.factors, body.data.ssim) });
  } catch (e) {
    if (e instanceof IsmInputError) return apiError(fail(422, "The SSIM is not valid.", { ssim: [e.message] }));
    throw e;
  }
}
