import { TextField } from "@/components/ui/text-field";

// The one "new password" input: the same rule text wherever a password is chosen.
export function NewPasswordField({ errors, consequence }: { errors?: string[]; consequence?: string }) {
  return (
    <TextField
      name="newPassword"
      label="New password"
      type="password"
      autoComplete="new-password"
      required
      hint={["At least 12 characters; not a common password or pattern.", consequence].filter(Boolean).join(" ")}
      errors={errors}
    />
  );
}
