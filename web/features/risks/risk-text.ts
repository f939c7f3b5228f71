import type { RiskKind, RiskStatus, SeverityLevel } from '../../../api/contract/risk-register.ts'

export const riskKindLabels: Record<RiskKind, string> = {
  contract: 'Contract',
  supply_chain: 'Supply chain',
  project: 'Project',
  investment: 'Investment',
  intellectual_property: 'Intellectual property',
  security: 'Security',
  other: 'Other',
}

export const riskStatusLabels: Record<RiskStatus, string> = {
  open: 'Open',
  mitigating: 'Mitigating',
  accepted: 'Accepted',
  closed: 'Closed',
}

export const severityLabels: Record<SeverityLevel, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
}

/** Likelihood and impact, 1–5, in words. */
export const likelihoodLabels: Record<number, string> = {
  1: 'Rare',
  2: 'Unlikely',
  3: 'Possible',
  4: 'Likely',
  5: 'Almost certain',
}

export const impactLabels: Record<number, string> = {
  1: 'Minor',
  2: 'Moderate',
  3: 'Serious',
  4: 'Major',
  5: 'Severe',
}
