import { useEffect, type ReactNode } from 'react'

/**
 * A top-level screen: its h1 (focusable, so navigation can move focus to it) and the page title.
 *
 * @example
 * <Screen title="Search">…</Screen>
 */
export function Screen({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Liaison`
  }, [title])
  return (
    <>
      <h1 className="screen-title" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  )
}

/**
 * An honest empty state: what will appear here and when.
 *
 * @example
 * <EmptyState title="Nothing yet">Your relationships appear here once they sync.</EmptyState>
 */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="empty-state">
      <h2 className="empty-state-title">{title}</h2>
      <p className="empty-state-text">{children}</p>
    </section>
  )
}
