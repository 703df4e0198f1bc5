// The pages whose every word is in the messages and the framework translations. Other pages stay English
// (and left to right) whatever the reader chose, rather than mixing English text into a right-to-left
// layout; the choice is still remembered for when they are translated. Pure: the proxy, the app shell and
// the tests share the list.
const TRANSLATED_PAGES = [
  // The respondent's questionnaire and the expert's pairwise questionnaire.
  /^\/respond\/[^/]+\/?$/,
  /^\/ism\/[^/]+\/?$/,
  // Signing in (every kind of user's first page).
  /^\/sign-in\/?$/,
  // A bank's benchmark against its peers.
  /^\/[^/]+\/benchmark\/?$/,
];

export function isTranslatedPage(pathname: string): boolean {
  return TRANSLATED_PAGES.some((p) => p.test(pathname));
}
