import { useLiveQuery } from 'dexie-react-hooks'
import { useLocalDb } from '../../local/use-local-db.ts'
import { SelectField } from '../../ui/forms/select-field.tsx'

/**
 * Which forum met, for a check-in of kind forum: its decisions and attendance follow it.
 */
export function ForumField(props: {
  value: string | null
  onChange: (forumId: string | null) => void
}) {
  const db = useLocalDb()
  const forums = useLiveQuery(
    async () =>
      (await db.forums.toArray())
        .filter((f) => !f.deleted_at)
        .sort((a, b) => a.name.localeCompare(b.name)),
    [db],
  )
  return (
    <SelectField
      id="checkin-forum"
      label="Forum"
      hint="The forum whose meeting this was."
      value={props.value ?? ''}
      onChange={(value) => props.onChange(value || null)}
      options={[
        { value: '', label: 'Not a forum’s meeting' },
        ...(forums ?? []).map((forum) => ({ value: forum.id, label: forum.name })),
      ]}
    />
  )
}
