"use client";
import { createContext, useContext, useTransition } from "react";

const PendingContext = createContext(false);

/** True while the enclosing ActionForm's action runs. */
export function useFormPending(): boolean {
  return useContext(PendingContext);
}

/**
 * A form that runs a server action without React's automatic reset afterwards, so a submission
 * refused for bad input keeps everything the person typed (passing the action to <form action>
 * would clear the fields).
 */
export function ActionForm({
  action,
  children,
  className,
}: {
  action: (data: FormData) => void;
  children: React.ReactNode;
  className?: string;
}) {
  const [pending, startTransition] = useTransition();
  return (
    <PendingContext value={pending}>
      <form
        noValidate
        className={className}
        aria-busy={pending}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          startTransition(() => action(data));
        }}
      >
        {children}
      </form>
    </PendingContext>
  );
}
