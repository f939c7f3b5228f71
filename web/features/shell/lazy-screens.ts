import { lazy } from 'react'

// Every screen but the portfolio is its own chunk: the home screen opens without parsing the
// others' code, and the service worker precaches every chunk, so they load offline too.
const load = {
  commitments: () => import('../commitments/commitments-screen.tsx'),
  search: () => import('../search/search-screen.tsx'),
  device: () => import('../device/device-screen.tsx'),
  checkin: () => import('../checkin/checkin-screen.tsx'),
  relationship: () => import('../relationship/relationship-screen.tsx'),
  contacts: () => import('../contacts/contacts-screen.tsx'),
  checkinDetail: () => import('../checkin-detail/checkin-detail-screen.tsx'),
  value: () => import('../value/value-screen.tsx'),
  valueItem: () => import('../value/value-item-screen.tsx'),
  valueNew: () => import('../value/value-new-screen.tsx'),
  crossAgency: () => import('../vendors/cross-agency-screen.tsx'),
  scorecardForm: () => import('../vendors/scorecard-form-screen.tsx'),
  more: () => import('./more-screen.tsx'),
  forums: () => import('../governance/forums-screen.tsx'),
  forum: () => import('../governance/forum-screen.tsx'),
  forumNew: () => import('../governance/forum-new-screen.tsx'),
  decisions: () => import('../governance/decision-log-screen.tsx'),
  decision: () => import('../governance/decision-screen.tsx'),
  risks: () => import('../risks/risk-register-screen.tsx'),
  riskForm: () => import('../risks/risk-form-screen.tsx'),
  team: () => import('../team/team-screen.tsx'),
  export: () => import('../export/export-screen.tsx'),
}

export const CommitmentsScreen = lazy(() =>
  load.commitments().then((module) => ({ default: module.CommitmentsScreen })),
)
export const SearchScreen = lazy(() =>
  load.search().then((module) => ({ default: module.SearchScreen })),
)
export const DeviceScreen = lazy(() =>
  load.device().then((module) => ({ default: module.DeviceScreen })),
)
export const CheckinScreen = lazy(() =>
  load.checkin().then((module) => ({ default: module.CheckinScreen })),
)
export const RelationshipScreen = lazy(() =>
  load.relationship().then((module) => ({ default: module.RelationshipScreen })),
)
export const ContactsScreen = lazy(() =>
  load.contacts().then((module) => ({ default: module.ContactsScreen })),
)
export const CheckinDetailScreen = lazy(() =>
  load.checkinDetail().then((module) => ({ default: module.CheckinDetailScreen })),
)
export const ValueScreen = lazy(() =>
  load.value().then((module) => ({ default: module.ValueScreen })),
)
export const ValueItemScreen = lazy(() =>
  load.valueItem().then((module) => ({ default: module.ValueItemScreen })),
)
export const ValueNewScreen = lazy(() =>
  load.valueNew().then((module) => ({ default: module.ValueNewScreen })),
)
export const CrossAgencyScreen = lazy(() =>
  load.crossAgency().then((module) => ({ default: module.CrossAgencyScreen })),
)
export const ScorecardFormScreen = lazy(() =>
  load.scorecardForm().then((module) => ({ default: module.ScorecardFormScreen })),
)
export const MoreScreen = lazy(() => load.more().then((module) => ({ default: module.MoreScreen })))
export const ForumsScreen = lazy(() =>
  load.forums().then((module) => ({ default: module.ForumsScreen })),
)
export const ForumScreen = lazy(() =>
  load.forum().then((module) => ({ default: module.ForumScreen })),
)
export const ForumNewScreen = lazy(() =>
  load.forumNew().then((module) => ({ default: module.ForumNewScreen })),
)
export const DecisionLogScreen = lazy(() =>
  load.decisions().then((module) => ({ default: module.DecisionLogScreen })),
)
export const DecisionScreen = lazy(() =>
  load.decision().then((module) => ({ default: module.DecisionScreen })),
)
export const RiskRegisterScreen = lazy(() =>
  load.risks().then((module) => ({ default: module.RiskRegisterScreen })),
)
export const RiskFormScreen = lazy(() =>
  load.riskForm().then((module) => ({ default: module.RiskFormScreen })),
)
export const TeamScreen = lazy(() => load.team().then((module) => ({ default: module.TeamScreen })))
export const ExportScreen = lazy(() =>
  load.export().then((module) => ({ default: module.ExportScreen })),
)

/**
 * Fetches and parses every screen's chunk shortly after the first screen is up, so moving to
 * another screen never waits for code. Returns the cancel.
 *
 * @example
 * useEffect(() => preloadScreens(), [])
 */
export function preloadScreens(): () => void {
  const timer = setTimeout(() => {
    for (const chunk of Object.values(load)) void chunk()
  }, 1500)
  return () => clearTimeout(timer)
}
