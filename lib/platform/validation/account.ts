import "server-only";
import { z } from "zod";
import { passwordWeakness } from "./password-policy.ts";

export const emailSchema = z
  .string({ error: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .max(254, "That e-mail address is too long.")
  .pipe(z.email({ error: "Enter a valid e-mail address, like name@bank.com." }));

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(12, "Use at least 12 characters.")
  .max(200, "Use at most 200 characters.")
  .superRefine((p, ctx) => {
    const weakness = passwordWeakness(p);
    if (weakness) ctx.addIssue({ code: "custom", message: weakness });
  });

export const signUpSchema = z
  .object({
    name: z.string({ error: "Enter your name." }).trim().min(2, "Enter your name.").max(100, "Use at most 100 characters."),
    email: emailSchema,
    password: newPasswordSchema,
  })
  .superRefine((v, ctx) => {
    const weakness = passwordWeakness(v.password, [v.email.split("@")[0] ?? "", ...v.name.split(/\s+/)]);
    if (weakness && !passwordWeakness(v.password)) ctx.addIssue({ code: "custom", path: ["password"], message: weakness });
  });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
    newPassword: newPasswordSchema,
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });

export const passwordResetRequestSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z.object({
  token: z.string().min(20).max(100),
  newPassword: newPasswordSchema,
});

/** A six-digit authenticator code or a recovery code (XXXXX-XXXXX), as typed. */
export const secondFactorCodeSchema = z.object({
  code: z
    .string({ error: "Enter the code from your authenticator app." })
    .trim()
    .min(6, "Enter the six-digit code from your authenticator app.")
    .max(20, "That code is too long."),
});

export const disableTwoFactorSchema = z.object({
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
});
