import { useState } from 'react'
import { useQueryParam } from '../../app/use-query-param.ts'
import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { useSignedIn } from '../../app/shell/signed-in.tsx'
import { StatusMessage } from '../../ui/status-message.tsx'
import { useTierCadence } from '../trust/use-tier-cadence.ts'
import { CadenceDefaultsPanel } from './cadence-defaults-panel.tsx'
import { PeoplePanel } from './people-panel.tsx'
import { RelationshipsPanel } from './relationships-panel.tsx'
import { useAdminRelationships } from './use-admin-relationships.ts'

// Two parts, so the choice fits one row at 320 px; the cadence defaults sit with the
// relationships they apply to.
const parts = [
  { value: 'people', label: 'People' },
  { value: 'relationships', label: 'Relationships' },
] as const
type Part = (typeof parts)[number]['value']

const isPart = (value: string): value is Part => parts.some((part) => part.value === value)

/**
 * The admin's tools: the office's people (online); its relationships, who holds them and the
 * cadence defaults (offline, through sync). Others are told it is for admins only.
 */
export function AdminScreen() {
  const { userId, me } = useSignedIn()
  const [asked, setAsked] = useQueryParam('part')
  const part: Part = isPart(asked) ? asked : 'people'
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null)
  const announce = (text: string) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 }))
  const relationships = useAdminRelationships()
  const cadence = useTierCadence()

  if (me?.role !== 'admin' || !me.org) {
    return (
      <Screen title="Admin">
        <EmptyState title="Only admins">
          People, relationships and defaults are kept by the office’s admins. Ask one if something
          here needs changing.
        </EmptyState>
      </Screen>
    )
  }
  const orgId = me.org.id
  return (
    <Screen title="Admin">
      <StatusMessage message={message?.text ?? null} nonce={message?.n ?? 0} />
      <ChoiceGroup legend="Manage" columns={2} value={part} onChange={setAsked} options={parts} />
      {part === 'people' && <PeoplePanel userId={userId} announce={announce} />}
      {part === 'relationships' && relationships && (
        <RelationshipsPanel
          data={relationships}
          defaultCadence={(tier) => cadence[tier]}
          announce={announce}
        />
      )}
      {part === 'relationships' && (
        <CadenceDefaultsPanel
          key={Object.values(cadence).join()}
          orgId={orgId}
          current={cadence}
          announce={announce}
        />
      )}
    </Screen>
  )
}
