// Plan limits said before a form is filled in, as whole sentences (each translatable as one string).
// `blocked` when the form could only be refused: the page shows the sentence instead of the form.

export interface Allowance {
  planName: string;
  max: number;
  used: number;
}

export interface LimitNotice {
  blocked: boolean;
  text: string;
}

export function openAssessmentsNotice(a: Allowance | null): LimitNotice | null {
  if (!a) return null;
  if (a.used >= a.max) {
    return {
      blocked: true,
      text:
        a.max === 1
          ? `The ${a.planName} plan allows 1 open assessment at a time, and one is open. Close it before starting a new one, or change the plan.`
          : `The ${a.planName} plan allows ${a.max} open assessments at a time, and ${a.used} are open. Close one before starting a new one, or change the plan.`,
    };
  }
  return {
    blocked: false,
    text:
      a.max === 1
        ? `The ${a.planName} plan allows 1 open assessment at a time.`
        : `The ${a.planName} plan allows ${a.max} open assessments at a time; ${a.used} are open.`,
  };
}

export function respondentsNotice(a: Allowance | null): LimitNotice | null {
  if (!a) return null;
  const left = Math.max(0, a.max - a.used);
  if (left === 0) {
    return {
      blocked: true,
      text: `The ${a.planName} plan allows ${a.max} respondents per assessment, and all ${a.max} have been invited (revoked ones count). Change the plan to invite more.`,
    };
  }
  return {
    blocked: false,
    text:
      left === 1
        ? `The ${a.planName} plan allows ${a.max} respondents per assessment: 1 more can be invited.`
        : `The ${a.planName} plan allows ${a.max} respondents per assessment: ${left} more can be invited.`,
  };
}
