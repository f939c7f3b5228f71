import { valueStages } from '../../../api/contract/value-register.ts'
import { quarterLabel } from '../../../api/contract/quarter.ts'
import { Link } from '../../app/link.tsx'
import { formatDate, relativeTime } from '../../app/relative-time.ts'
import { forumHref, relationshipHref, riskHref } from '../../app/routes.ts'
import { useNow } from '../../app/use-now.ts'
import { Screen } from '../../ui/screen.tsx'
import { useLeads, useSignedIn } from '../../app/shell/signed-in.tsx'
import { bandLabels } from '../../ui/trust/trust-text.ts'
import { percentText, stageLabels } from '../value/value-format.ts'
import { GradeBadge } from '../vendors/grade-badge.tsx'
import { Figure } from './figure.tsx'
import { ManagerCard } from './manager-card.tsx'
import type { TeamView } from './use-team.ts'
import { useTeam } from './use-team.ts'

function OrgPanel({ team }: { team: TeamView }) {
  const rows = (ids: string[]) =>
    ids.map((id) => ({
      id,
      label: team.accounts.get(id)?.name ?? 'A relationship',
      href: relationshipHref(id),
      detail: `score ${team.accounts.get(id)?.score ?? '–'}`,
    }))
  return (
    <section className="panel" aria-labelledby="team-org-title">
      <h2 id="team-org-title" className="panel-title">
        The org <span className="count">({team.accounts.size} relationships)</span>
      </h2>
      <div className="figures">
        {(['at_risk', 'steady', 'strong'] as const).map((band) => (
          <Figure
            key={band}
            label={bandLabels[band].toLowerCase()}
            rows={rows(team.figures.bands[band])}
          />
        ))}
      </div>
      <h3 className="commitment-group-title">Biggest trust drops, 30 days</h3>
      {team.figures.drops.length === 0 ? (
        <p className="field-hint">No relationship lost trust in the last 30 days.</p>
      ) : (
        <ul className="linked-list">
          {team.figures.drops.map((a) => (
            <li key={a.id}>
              <Link href={relationshipHref(a.id)} className="linked-row">
                <span className="linked-name">{a.name}</span>
                <span className="linked-meta">
                  Now {a.score}, down {-a.trend} in 30 days · {bandLabels[a.band]}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function ValueAndVendors({ team }: { team: TeamView }) {
  const { value } = team
  return (
    <section className="panel" aria-labelledby="team-value-title">
      <h2 id="team-value-title" className="panel-title">
        Value and vendors
      </h2>
      <ul className="stage-counts" aria-label="Value items per stage">
        {valueStages.map((stage) => (
          <li key={stage}>
            <Link href={`/value?stage=${stage}`} className={`stage-count stage-count-${stage}`}>
              <span className="stage-count-number">{value.stageCounts[stage]}</span>
              <span className="stage-count-label">{stageLabels[stage]}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="field-hint">
        {value.measured} with numbers: {value.onTarget} at their target
        {value.meanProgress === null
          ? ''
          : `, ${percentText(value.meanProgress)} of the way on average`}
        .
      </p>
      <h3 className="commitment-group-title">Latest grade of each vendor</h3>
      <ul className="linked-list">
        {team.vendors.map((vendor) => (
          <li key={vendor.id} className="standing-row">
            <Link href={relationshipHref(vendor.id)}>{vendor.name}</Link>
            <span className="standing-grade">
              <GradeBadge grade={vendor.latest?.grade ?? null} />
              {vendor.latest ? quarterLabel(vendor.latest.period) : 'Not scored'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

function RisksAndForums({ team, now }: { team: TeamView; now: Date }) {
  return (
    <section className="panel" aria-labelledby="team-risks-title">
      <h2 id="team-risks-title" className="panel-title">
        Risks and forums
      </h2>
      <div className="figures">
        <Figure
          label="high risks"
          rows={team.highRisks.map((r) => ({
            id: r.id,
            label: r.name,
            href: riskHref(r.id),
            detail: `${r.account}, ${r.score}`,
          }))}
        />
        <Figure
          label="reviews overdue"
          rows={team.overdueReviews.map((r) => ({
            id: r.id,
            label: r.name,
            href: riskHref(r.id),
            detail: `${r.account}, due ${formatDate(new Date(`${r.reviewOn}T12:00:00Z`), now)}`,
          }))}
        />
        <Figure
          label="forums behind their cadence"
          rows={team.forumsBehind.map((f) => ({
            id: f.id,
            label: f.name,
            href: forumHref(f.id),
            detail: f.latestMeetingAt ? `met ${relativeTime(f.latestMeetingAt, now)}` : 'never met',
          }))}
        />
      </div>
    </section>
  )
}

/**
 * The lead's view, for leads and admins, offline: each manager's relationships and what needs
 * doing in them, the org's trust bands and biggest drops, value by stage, each vendor's latest
 * grade, high risks, overdue reviews and forums behind — every figure opening onto its rows.
 */
export function TeamScreen() {
  const { userId } = useSignedIn()
  const leads = useLeads()
  const now = useNow(60_000)
  const team = useTeam(userId, now, leads)
  if (!leads) {
    return (
      <Screen title="Team">
        <p className="field-hint">The team’s figures are for leads and admins.</p>
      </Screen>
    )
  }
  return (
    <Screen title="Team">
      {!team ? (
        <p className="loading-note">Loading…</p>
      ) : (
        <>
          <OrgPanel team={team} />
          <section aria-labelledby="team-managers-title">
            <h2 id="team-managers-title" className="panel-title team-section-title">
              Managers
            </h2>
            <ul className="supplier-list">
              {team.figures.managers.map((manager) => (
                <ManagerCard key={manager.userId} manager={manager} accounts={team.accounts} />
              ))}
            </ul>
          </section>
          <ValueAndVendors team={team} />
          <RisksAndForums team={team} now={now} />
        </>
      )}
    </Screen>
  )
}
