import { demoAccounts, demoPassword } from '../../../api/contract/demo-sign-ins.ts'

/**
 * Lists the demo sign-ins when the server holds them; tapping one fills the form.
 */
export function DemoHint({ onPick }: { onPick: (email: string, password: string) => void }) {
  return (
    <section className="demo-hint" aria-labelledby="demo-hint-title">
      <h2 id="demo-hint-title" className="demo-hint-title">
        Demo sign-ins
      </h2>
      <p className="demo-hint-text">
        This server holds demo data. Every demo account's password is{' '}
        <code className="demo-hint-code">{demoPassword}</code> — tap one to fill the form.
      </p>
      <ul className="demo-hint-list">
        {demoAccounts.map((account) => (
          <li key={account.email}>
            <button
              type="button"
              className="demo-account"
              onClick={() => onPick(account.email, demoPassword)}
            >
              <span className="demo-account-email">{account.email}</span>
              <span className="demo-account-role">{account.role}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
