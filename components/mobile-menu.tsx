"use client";
// The phone menu: one button in the header opens the navigation over the page, so the first
// screen shows the page rather than the menu. It closes when a page is chosen or Escape is pressed.
import { useEffect, useId, useState } from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export function MobileMenu({ children }: { children: React.ReactNode }) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const panelId = useId();
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <div className="md:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
      >
        {open ? t("closeMenu") : t("menu")}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-30 max-h-[80vh] overflow-y-auto border-b border-slate-200 bg-white px-4 py-3 shadow-lg"
      >
        {children}
      </div>
    </div>
  );
}
