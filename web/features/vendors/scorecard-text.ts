import {
  gradeFloors,
  scorecardWeights,
  type ScorecardCriterion,
} from '../../../api/contract/scorecard-grade.ts'

/** Each criterion as the form and the briefing name and explain it. */
export const criterionText: Record<ScorecardCriterion, { label: string; hint: string }> = {
  outcomes: {
    label: 'Outcomes',
    hint: 'Did the work move the business or citizen outcome it was bought for?',
  },
  responsiveness: {
    label: 'Responsiveness',
    hint: 'How quickly and fully they answered questions, incidents and requests.',
  },
  collaboration: {
    label: 'Collaboration',
    hint: 'How well they worked with the agency, our office and the other suppliers.',
  },
  innovation: {
    label: 'Innovation',
    hint: 'Whether they brought better ways of doing things, unasked.',
  },
  delivery: {
    label: 'Delivery',
    hint: 'Milestones, quality and cost against what was promised.',
  },
}

/** The 1–5 scale, as the rating buttons show it. */
export const ratingLabels: Record<number, string> = {
  1: 'Poor',
  2: 'Weak',
  3: 'Fair',
  4: 'Good',
  5: 'Excellent',
}

/**
 * The grading rule in words, built from the contract's weights and floors.
 *
 * @example
 * gradeRuleText() // 'Outcomes count double. A from a weighted mean of 4.5, B from 3.75, …'
 */
export function gradeRuleText(): string {
  const double = Object.entries(scorecardWeights)
    .filter(([, weight]) => weight === 2)
    .map(([criterion]) => criterionText[criterion as ScorecardCriterion].label)
  const floors = gradeFloors.map(({ grade, min }) => `${grade} from ${min}`).join(', ')
  return `${double.join(' and ')} count double; criteria left unrated don’t count. ${floors} (the weighted mean of the ratings); below that, F.`
}
