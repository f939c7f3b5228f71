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
