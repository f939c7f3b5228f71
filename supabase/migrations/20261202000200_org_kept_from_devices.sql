-- An organisation is never tombstoned by a user: an admin's delete from a device would take
-- every member's access and every row with it. Closing an org is the service's work (the table
-- owner or the service role, which this check lets through). Restoring is refused the same way,
-- so a tombstone never flips back and forth under sync.

create function public.refuse_org_tombstone() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_setting('role', true) in ('authenticated', 'anon')
     and new.deleted_at is distinct from old.deleted_at then
    raise exception 'An organisation can’t be deleted or restored from the app'
      using errcode = 'P0001';
  end if;
  return new;
end
$$;

create trigger refuse_org_tombstone before update of deleted_at on public.orgs
  for each row execute function public.refuse_org_tombstone();
