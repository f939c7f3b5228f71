import type { MemberRole } from './types.ts'
import type { UserKey } from './specs.ts'

export interface PersonSpec {
  key: UserKey
  email: string
  name: string
  role: MemberRole
  org: 'demo' | 'neighbour'
}

/** The demo sign-ins; every one uses the password `liaison-demo`. */
export const people: PersonSpec[] = [
  { key: 'admin', email: 'admin@demo.test', name: 'Morgan Ellery', role: 'admin', org: 'demo' },
  { key: 'lead', email: 'lead@demo.test', name: 'Priya Raman', role: 'lead', org: 'demo' },
  {
    key: 'manager',
    email: 'manager@demo.test',
    name: 'Jordan Okafor',
    role: 'manager',
    org: 'demo',
  },
  {
    key: 'manager2',
    email: 'manager2@demo.test',
    name: 'Casey Lindqvist',
    role: 'manager',
    org: 'demo',
  },
  { key: 'viewer', email: 'viewer@demo.test', name: 'Harold Benning', role: 'viewer', org: 'demo' },
  {
    key: 'neighbour',
    email: 'manager@neighbour.test',
    name: 'Avery Lindgren',
    role: 'manager',
    org: 'neighbour',
  },
]

/** Invented given names and surnames for contacts, paired without repeats. */
export const givenNames = (
  'Adrienne Bashir Carmen Desmond Elena Farid Gwen Hector Imani Jonah Keiko Lorenzo Marisol ' +
  'Nikhil Odette Percy Quinn Rosalind Soren Tamsin Ulrich Vivian Wendell Ximena Yusuf Zora ' +
  'Anselm Beatriz Cyrus Delphine Emmett Fiona Gideon Hollis Ingrid Jasper Kalinda Leopold ' +
  'Mireille Norah'
).split(' ')

export const surnames = (
  'Abernathy Baptiste Castellano Drummond Eklund Fairbanks Galloway Hargrove Iwasaki ' +
  'Jablonski Kettering Lindell Mensah Northcott Oyelaran Pemberton Quintero Rasmussen ' +
  'Sandoval Thistlewood Underhill Vasquez Whitcombe Yarborough Zielinski Ashdown ' +
  'Brightwater Corrigan Dunmore Eastwick Fenwick Greer Holloway Ingersoll Jessup Kowalczyk ' +
  'Lachance Marchetti Nakashima Ostrander'
).split(' ')
