import localFont from "next/font/local";

// Inter from the @fontsource package, served locally: Next's Google-fonts loader downloads at
// build time, which fails on offline machines.
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

// Vazirmatn (SIL Open Font License) for Persian and Arabic, from the vazirmatn package, served locally.
export const vazirmatn = localFont({
  src: "../node_modules/vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2",
  variable: "--font-vazirmatn",
  display: "swap",
});
