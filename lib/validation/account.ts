import { z } from "zod";

// A short offline list of the passwords most often seen in breaches; a full list arrives with
// the hardening work. Compared case-insensitively after stripping digits and symbols at the ends.
const COMMON_PASSWORDS = new Set([
  "password", "passw0rd", "qwerty", "qwertyuiop", "letmein", "welcome", "iloveyou", "admin",
  "abc123", "monkey", "dragon", "football", "baseball", "sunshine", "princess", "trustno1",
  "changeme", "secret", "master", "superman", "123456789012", "1234567890", "bank", "banking",
]);

function isCommonPassword(password: string): boolean {
  const core = password.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, "");
  return COMMON_PASSWORDS.has(core) || /^(.)\1+$/.test(password) || /^(0123456789|1234567890)+/.test(password);
}

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
  .refine((p) => !isCommonPassword(p), "That password is too common; choose another.");

export const signUpSchema = z
  .object({
    name: z.string({ error: "Enter your name." }).trim().min(2, "Enter your name.").max(100, "Use at most 100 characters."),
    email: emailSchema,
    password: newPasswordSchema,
  })
  .refine((v) => !v.password.toLowerCase().includes(v.email.split("@")[0] ?? "\u0000"), {
    path: ["password"],
    message: "Your password must not contain your e-mail name.",
  });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
});
