import { preloadableScreen } from './preloadable-screen.ts'

// Every screen but the portfolio is its own chunk: the home screen opens without parsing the
// others' code, and the service worker precaches every chunk, so they load offline too.
const load = {
  commitments: () => import('../../features/commitments/commitments-screen.tsx'),
  search: () => import('../../features/search/search-screen.tsx'),
  device: () => import('../../features/device/device-screen.tsx'),
  checkin: () => import('../../features/checkin/checkin-screen.tsx'),
  relationship: () => import('../../features/relationship/relationship-screen.tsx'),
  contacts: () => import('../../features/contacts/contacts-screen.tsx'),
  checkinDetail: () => import('../../features/checkin-detail/checkin-detail-screen.tsx'),
  value: () => import('../../features/value/value-screen.tsx'),
  valueItem: () => import('../../features/value/value-item-screen.tsx'),
  valueNew: () => import('../../features/value/value-new-screen.tsx'),
  crossAgency: () => import('../../features/vendors/cross-agency-screen.tsx'),
  scorecardForm: () => import('../../features/vendors/scorecard-form-screen.tsx'),
  more: () => import('../../features/more/more-screen.tsx'),
  forums: () => import('../../features/governance/forums-screen.tsx'),
  forum: () => import('../../features/governance/forum-screen.tsx'),
  forumNew: () => import('../../features/governance/forum-new-screen.tsx'),
  decisions: () => import('../../features/governance/decision-log-screen.tsx'),
  decision: () => import('../../features/governance/decision-screen.tsx'),
  risks: () => import('../../features/risks/risk-register-screen.tsx'),
  riskForm: () => import('../../features/risks/risk-form-screen.tsx'),
  team: () => import('../../features/team/team-screen.tsx'),
  admin: () => import('../../features/admin/admin-screen.tsx'),
  export: () => import('../../features/export/export-screen.tsx'),
}

export const CommitmentsScreen = preloadableScreen(
  load.commitments,
  (module) => module.CommitmentsScreen,
)
export const SearchScreen = preloadableScreen(load.search, (module) => module.SearchScreen)
export const DeviceScreen = preloadableScreen(load.device, (module) => module.DeviceScreen)
export const CheckinScreen = preloadableScreen(load.checkin, (module) => module.CheckinScreen)
export const RelationshipScreen = preloadableScreen(
  load.relationship,
  (module) => module.RelationshipScreen,
)
export const ContactsScreen = preloadableScreen(load.contacts, (module) => module.ContactsScreen)
export const CheckinDetailScreen = preloadableScreen(
  load.checkinDetail,
  (module) => module.CheckinDetailScreen,
)
export const ValueScreen = preloadableScreen(load.value, (module) => module.ValueScreen)
export const ValueItemScreen = preloadableScreen(load.valueItem, (module) => module.ValueItemScreen)
export const ValueNewScreen = preloadableScreen(load.valueNew, (module) => module.ValueNewScreen)
export const CrossAgencyScreen = preloadableScreen(
  load.crossAgency,
  (module) => module.CrossAgencyScreen,
)
export const ScorecardFormScreen = preloadableScreen(
  load.scorecardForm,
  (module) => module.ScorecardFormScreen,
)
export const MoreScreen = preloadableScreen(load.more, (module) => module.MoreScreen)
export const ForumsScreen = preloadableScreen(load.forums, (module) => module.ForumsScreen)
export const ForumScreen = preloadableScreen(load.forum, (module) => module.ForumScreen)
export const ForumNewScreen = preloadableScreen(load.forumNew, (module) => module.ForumNewScreen)
export const DecisionLogScreen = preloadableScreen(
  load.decisions,
  (module) => module.DecisionLogScreen,
)
export const DecisionScreen = preloadableScreen(load.decision, (module) => module.DecisionScreen)
export const RiskRegisterScreen = preloadableScreen(
  load.risks,
  (module) => module.RiskRegisterScreen,
)
export const RiskFormScreen = preloadableScreen(load.riskForm, (module) => module.RiskFormScreen)
export const TeamScreen = preloadableScreen(load.team, (module) => module.TeamScreen)
export const AdminScreen = preloadableScreen(load.admin, (module) => module.AdminScreen)
export const ExportScreen = preloadableScreen(load.export, (module) => module.ExportScreen)

const screens = [
  CommitmentsScreen,
  SearchScreen,
  DeviceScreen,
  CheckinScreen,
  RelationshipScreen,
  ContactsScreen,
  CheckinDetailScreen,
  ValueScreen,
  ValueItemScreen,
  ValueNewScreen,
  CrossAgencyScreen,
  ScorecardFormScreen,
  MoreScreen,
  ForumsScreen,
  ForumScreen,
  ForumNewScreen,
  DecisionLogScreen,
  DecisionScreen,
  RiskRegisterScreen,
  RiskFormScreen,
  TeamScreen,
  ExportScreen,
]

/**
 * Fetches and parses every screen's chunk shortly after the first screen is up, so moving to
 * another screen never waits for code, nor for React's Suspense throttle. Returns the cancel.
 */
export function preloadScreens(afterMs = 1500): () => void {
  const timer = setTimeout(() => {
    for (const screen of screens) void screen.preload()
  }, afterMs)
  return () => clearTimeout(timer)
}
