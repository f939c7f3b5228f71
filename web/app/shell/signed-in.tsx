import { createContext, useContext, type ReactNode } from 'react'
import { isLeadRole, mayChangeColumn, mayWrite } from '../../../api/contract/roles.ts'
import type { TableName } from '../../../api/contract/table-names.ts'
import type { Me } from './use-me.ts'

/** Who is signed in, for screens deep in the tree. */
export interface SignedIn {
  userId: string
  email: string | null
  /** From `/api/me` (cached); undefined until it first answers. */
  me: Me | undefined
}

const SignedInContext = createContext<SignedIn | null>(null)

/**
 * Provides the signed-in person to the screens of the shell.
 */
export function SignedInProvider({ value, children }: { value: SignedIn; children: ReactNode }) {
  return <SignedInContext.Provider value={value}>{children}</SignedInContext.Provider>
}

/**
 * The signed-in person; throws outside the signed-in shell.
 */
export function useSignedIn(): SignedIn {
  const value = useContext(SignedInContext)
  if (!value) throw new Error('useSignedIn() must be used inside <SignedInProvider>')
  return value
}

/**
 * Whether the person may write (viewers read only; an unknown role may try, the server decides).
 */
export function useCanWrite(): boolean {
  return useSignedIn().me?.role !== 'viewer'
}

/**
 * Whether the person may write a table's rows by their role (api/contract/roles.ts), so a
 * screen offers only what the server will take; an unknown role may try, the server decides.
 *
 * @example
 * const canKeepForums = useMayWrite('forums') // leads and admins
 */
export function useMayWrite(table: TableName): boolean {
  const role = useSignedIn().me?.role
  return role == null || mayWrite(role, table)
}

/**
 * Whether the person may change one column of a table's rows by their role, where the column
 * has a stricter rule than its table (a relationship's tier: admins only).
 */
export function useMayChange(table: TableName, column: string): boolean {
  const role = useSignedIn().me?.role
  return role == null || mayChangeColumn(role, table, column)
}

/**
 * Whether the person leads: a lead or an admin, who sees the team's figures.
 */
export function useLeads(): boolean {
  return isLeadRole(useSignedIn().me?.role)
}
