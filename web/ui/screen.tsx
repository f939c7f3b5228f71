import { useEffect, type ReactNode } from 'react'

/**
 * A top-level screen: its h1 (focusable, so navigation can move focus to it) and the page title;
 * `action`, where given, sits at the end of the title's line (the way out of a task screen).
 */
export function Screen({
  title,
  action,
  children,
}: {
  title: string
  action?: ReactNode
  children: ReactNode
}) {
  useEffect(() => {
    document.title = `${title} · Liaison`
  }, [title])
  const heading = (
    <h1 className="screen-title" tabIndex={-1}>
      {title}
    </h1>
  )
  return (
    <>
      {action ? (
        <div className="screen-title-row">
          {heading}
          {action}
        </div>
      ) : (
        heading
      )}
      {children}
    </>
  )
}

/**
 * An honest empty state: what will appear here and when.
 */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="empty-state">
      <h2 className="empty-state-title">{title}</h2>
      <p className="empty-state-text">{children}</p>
    </section>
  )
}
