/** The password of every demo sign-in; published on purpose, in the README and the sign-in screen. */
export const demoPassword = 'liaison-demo'

/** The demo sign-ins the embedded database seeds, as the sign-in screen and `npm start` list them. */
export const demoAccounts: readonly { email: string; role: string }[] = [
  { email: 'manager@demo.test', role: 'Manager' },
  { email: 'manager2@demo.test', role: 'Manager' },
  { email: 'lead@demo.test', role: 'Lead' },
  { email: 'admin@demo.test', role: 'Admin' },
  { email: 'viewer@demo.test', role: 'Viewer' },
  { email: 'manager@neighbour.test', role: 'Another state' },
]
