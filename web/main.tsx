import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import './styles/tokens.css'
import './styles/base.css'
import './styles/controls.css'
import './styles/forms.css'
import './styles/startup.css'
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
import './styles/print.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
