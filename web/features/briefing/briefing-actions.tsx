/** The outcome of a share, in words for the status line; null when the person cancelled. */
async function shareText(title: string, text: string): Promise<string | null> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, text })
      return 'Briefing shared'
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return null
      // A share sheet that fails for another reason still leaves the clipboard to try.
    }
  }
  try {
    await navigator.clipboard.writeText(text)
    return 'Briefing copied — paste it into a message or a note'
  } catch {
    return 'Could not share or copy the briefing on this browser'
  }
}

/**
 * Share (the system share sheet with the briefing as plain text, or the clipboard where there
 * is none) and Print (the one-page print layout), both working offline.
 */
export function BriefingActions(props: {
  title: string
  text: () => string
  announce: (message: string) => void
}) {
  return (
    <div className="briefing-actions no-print">
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() =>
          void shareText(props.title, props.text()).then((said) => said && props.announce(said))
        }
      >
        Share
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => window.print()}
      >
        Print
      </button>
    </div>
  )
}
