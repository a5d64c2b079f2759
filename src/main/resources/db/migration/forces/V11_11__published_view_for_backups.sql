-- A view that forces publishes for the emergency module (DirectiveRecipients.toBackups): when a holder (A) is
-- unavailable or does not acknowledge a directive, the directive goes to the backups (B) of A's duties inside its
-- target area. Why a view and not forces' Java API: whether B is available and whether the duty is still A's must be
-- read in the same statement that stores B's recipient row. Read first in Java and inserted after, under READ
-- COMMITTED a B marked unavailable (or a duty handed to someone else) in between still got the directive as SENT.
-- A union of two plain joins, so PostgreSQL inlines it and the holder indexes (grid_duty_holder_idx,
-- community_duty_holder_idx) stay in use. One row per duty of A whose B is available: the same B may appear for
-- several duties and holders, and the reader keeps each B once. Rules as in V11_10: add a column only when a reader
-- needs it, never the phone.
--   holder_id       the duty's holder (A), forces_membership.id
--   duty_code       where the duty is: the grid for its nine governance roles, the community for a committee seat
--   committee_seat  true for a community committee seat, which a directive to a grid inside its community reaches too
--   backup_id       the backup (B), forces_membership.id; only those available
--   grid_code       the grid B serves in; null for people serving a whole community
--   community_code  the community B serves in
create view forces_duty_backup as
select d.holder_id, d.grid_code as duty_code, false as committee_seat, b.id as backup_id, b.grid_code,
       b.community_code
from grid_duty d join force_member b on b.id = d.backup_id
where b.available
union all
select c.holder_id, c.community_code, true, b.id, b.grid_code, b.community_code
from community_duty c join force_member b on b.id = c.backup_id
where b.available;
