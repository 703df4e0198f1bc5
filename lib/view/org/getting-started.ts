// A new bank's first steps, in order, each with where to do it and whether it is done. Pure: the
// facts come from lib/features/org/getting-started.ts. Whole sentences (no fragments) so that each
// step translates as one string later.

export interface GettingStartedFacts {
  /** Someone besides the creator joined, or an invitation is waiting. */
  invitedColleagues: boolean;
  latestAssessment: { id: string; name: string } | null;
  invitedRespondents: boolean;
  /** The latest assessment that is closed or published (its results are final). */
  assessmentWithResults: string | null;
}

export interface GettingStartedStep {
  key: "colleagues" | "assessment" | "respondents" | "results";
  title: string;
  description: string;
  done: boolean;
  /** Where to do it; null when this member's role cannot (the description says who can). */
  href: string | null;
  action: string;
}

export function gettingStartedSteps(slug: string, facts: GettingStartedFacts, canManage: boolean): GettingStartedStep[] {
  const a = facts.latestAssessment;
  return [
    {
      key: "colleagues",
      title: "Invite your colleagues",
      description: canManage
        ? "Add the people who will run the assessment or read its results, each with a role."
        : "An owner or admin adds the people who will run the assessment or read its results.",
      done: facts.invitedColleagues,
      href: canManage ? `/${slug}/members` : null,
      action: "Invite colleagues",
    },
    {
      key: "assessment",
      title: "Create your first assessment",
      description: canManage
        ? "Choose the modules to assess and the groups who will answer, such as managers and employees."
        : "An owner or admin creates the assessment and chooses its modules and respondent groups.",
      done: a !== null,
      href: canManage ? `/${slug}/assessments/new` : null,
      action: "Create an assessment",
    },
    {
      key: "respondents",
      title: "Invite respondents",
      description: canManage
        ? "Paste the e-mail addresses of the managers and employees who will answer. Each gets a personal link and needs no account."
        : "An owner or admin invites the managers and employees who will answer; each gets a personal link.",
      done: facts.invitedRespondents,
      href: a && canManage ? `/${slug}/assessments/${a.id}` : null,
      action: "Invite respondents",
    },
    {
      key: "results",
      title: "Read the results",
      description:
        "Once enough respondents have answered, close the assessment to read its maturity scores, reliability and the roadmap of what to fix first.",
      done: facts.assessmentWithResults !== null,
      href: facts.assessmentWithResults
        ? `/${slug}/assessments/${facts.assessmentWithResults}/results`
        : a
          ? `/${slug}/assessments/${a.id}/results`
          : null,
      action: "Read the results",
    },
  ];
}

/** "2 of 4 steps done": one sentence with both numbers as placeholders. */
export function gettingStartedProgress(steps: GettingStartedStep[]): { done: number; total: number; label: string } {
  const done = steps.filter((s) => s.done).length;
  return { done, total: steps.length, label: `${done} of ${steps.length} steps done` };
}
