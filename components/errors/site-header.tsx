import { AppHeader } from "@/components/app-header";
import { PublicHeader } from "@/components/public-header";

/** The app header for a signed-in visitor, else the public one: error pages outside an organisation keep it. */
export function SiteHeader({ userName }: { userName: string | null }) {
  return userName !== null ? <AppHeader userName={userName} /> : <PublicHeader />;
}
