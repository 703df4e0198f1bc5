import { ErrorNotice } from "@/components/errors/error-notice";
import { OrgWayBack } from "@/components/errors/org-way-back";

// Inside an organisation the layout (header and navigation) stays; the organisation itself unknown
// or not yours is answered by app/not-found.tsx.
export default function OrgNotFound() {
  return (
    <ErrorNotice code="404" title="Not found" message="This page does not exist, or you do not have access to it.">
      <OrgWayBack />
    </ErrorNotice>
  );
}
