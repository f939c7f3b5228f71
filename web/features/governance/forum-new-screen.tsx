import { flash } from '../../app/flash.ts'
import { forumHref } from '../../app/routes.ts'
import { navigate } from '../../app/router.ts'
import { createForum } from '../../local/governance.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { Screen } from '../../ui/screen.tsx'
import { useMayWrite } from '../../app/shell/signed-in.tsx'
import { ForumForm } from './forum-form.tsx'

/**
 * A new governance forum, for leads and admins; its members are added on its page.
 */
export function ForumNewScreen() {
  const db = useLocalDb()
  const canKeep = useMayWrite('forums')
  return (
    <Screen title="New forum">
      {canKeep ? (
        <section className="panel">
          <ForumForm
            forum={null}
            saveLabel="Create forum"
            onCancel={() => window.history.back()}
            onSave={async (fields) => {
              const id = await createForum(db, fields)
              flash('Forum created — will sync')
              navigate(forumHref(id), { replace: true })
            }}
          />
        </section>
      ) : (
        <p className="field-hint">Leads and admins keep the forums; others read them.</p>
      )}
    </Screen>
  )
}
