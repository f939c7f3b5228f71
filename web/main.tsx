import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { removeBootShellOnFirstRender } from './app/boot-shell.ts'
import './styles/tokens.css'
import './styles/base.css'
import './styles/controls.css'
import './styles/forms.css'
import './styles/startup.css'
import './styles/boot.css'
import './styles/sign-in.css'
import './styles/shell.css'
import './styles/sync-chip.css'
import './styles/screens.css'
import './styles/device.css'
import './styles/portfolio.css'
import './styles/checkin.css'
import './styles/relationship.css'
import './styles/trust.css'
import './styles/briefing.css'
import './styles/commitments.css'
import './styles/contacts.css'
import './styles/search.css'
import './styles/checkin-detail.css'
import './styles/value.css'
import './styles/value-item.css'
import './styles/vendors.css'
import './styles/across-agencies.css'
import './styles/risks.css'
import './styles/governance.css'
import './styles/since-visit.css'
import './styles/export.css'
import './styles/admin.css'
import './styles/print.css'

// Its own chunk and its own root: the service worker's registration is not needed to paint the
// first screen, and the prompt's live region must not count as the app having rendered.
const UpdatePrompt = lazy(() =>
  import('./app/update-prompt.tsx').then((module) => ({ default: module.UpdatePrompt })),
)

const root = document.getElementById('root')
const updates = document.getElementById('updates')
if (!root || !updates) throw new Error('index.html has no #root or #updates element')
removeBootShellOnFirstRender(root)
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
createRoot(updates).render(
  <StrictMode>
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  </StrictMode>,
)
