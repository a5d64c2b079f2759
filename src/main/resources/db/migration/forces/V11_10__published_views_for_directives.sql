-- Views that forces publishes for the emergency module (DirectiveRecipients, DirectiveInbox, CommandBoard). No other
-- module reads force_member or grid_duty: a module reads only its own tables and other modules' published views.
-- Why views and not calls to forces' Java API: a directive fans out to up to 15,000 people in one set-based
-- INSERT ... SELECT, and the live command board (polled every 3 s) and the post-event review join names to up to
-- 20,000 recipient rows; both must stay one statement. Plain projections of one table, so PostgreSQL inlines them
-- and the plans and indexes (force_member_grid_idx, force_member_community_idx, grid_duty) stay those of the tables.
-- A view is a published API: add a column only when a reader needs it, never the phone. Altering a column shown
-- here needs the view dropped and created again in the same migration.

-- One row per registration (a person may serve as several kinds): whom a directive reaches and where they serve.
--   id               the force member (directive_recipient.member_id, backup_for)
--   kind             the force kind (ForceKind name)
--   name             shown on the board, the review and the inbox
--   grid_code        the grid they serve in; null for people serving a whole community
--   community_code   the community they serve in
--   account_username their sign-in, if any, to tell them a directive came (DirectiveSent)
--   available        false while on leave, sick or not answering: directives reach them as unreachable
--   unavailable_note why, kept on the recipient row for coordinators
create view forces_membership as
select id, kind, name, grid_code, community_code, account_username, available, unavailable_note
from force_member;

-- The holders (A) of the grids' governance roles, whom a directive to chosen roles reaches.
--   grid_code  the grid
--   role       the governance role (GovernanceRole name)
--   holder_id  the force member holding it (forces_membership.id)
create view forces_duty_holder as
select grid_code, role, holder_id
from grid_duty;
