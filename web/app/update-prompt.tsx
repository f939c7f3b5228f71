import { useRegisterSW } from 'virtual:pwa-register/react'

const hourMs = 60 * 60 * 1000

/**
 * Offers a new version once its service worker is waiting; "Reload" activates it and reloads.
 * The live region is always rendered so screen readers announce the prompt when it appears.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      // An installed app can stay open for days; look for a new release every hour.
      if (!registration) return
      setInterval(() => {
        if (navigator.onLine) void registration.update()
      }, hourMs)
    },
  })

  return (
    <div role="status" className="update-region">
      {needRefresh && (
        <div className="update-banner">
          <p className="update-text">A new version of Liaison is ready.</p>
          <div className="update-actions">
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setNeedRefresh(false)}
            >
              Later
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                // workbox-window reloads by itself only if this page had a worker when it loaded;
                // on a first visit the new worker's takeover is the cue.
                navigator.serviceWorker.addEventListener(
                  'controllerchange',
                  () => location.reload(),
                  {
                    once: true,
                  },
                )
                void updateServiceWorker(true)
              }}
            >
              Reload
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
