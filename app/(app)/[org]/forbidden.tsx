import { ErrorNotice } from "@/components/errors/error-notice";
import { OrgWayBack } from "@/components/errors/org-way-back";

export default function OrgForbidden() {
  return (
    <ErrorNotice code="403" title="Not allowed" message="Your role in this organisation does not allow this page. Ask an owner or admin.">
      <OrgWayBack />
    </ErrorNotice>
  );
}
