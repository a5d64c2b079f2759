-- The demo's 208 grid leaders and 287 grid workers the issue names: the demo sign-ins "leader" and "worker" serve the
-- home grid; here 207 more grid leaders take the first other grids in code order, and 286 more grid workers every
-- other grid, all with the demo password (the admin's hash). Loaded once; run again it adds nothing.
insert into account (id, username, password_hash, display_name, role, scope_codes)
select gen_random_uuid(), 'bench-leader-' || g.code, a.password_hash, '网格长 ' || g.code, 'GRID_LEADER', array[g.code]
from (select code from grid
      where code <> (select scope_codes[1] from account where username = 'leader') order by code limit 207) g
cross join (select password_hash from account where username = 'admin') a
on conflict (username) do nothing;
insert into account (id, username, password_hash, display_name, role, scope_codes)
select gen_random_uuid(), 'bench-worker-' || g.code, a.password_hash, '网格员 ' || g.code, 'GRID_WORKER', array[g.code]
from (select code from grid where code <> (select scope_codes[1] from account where username = 'worker')) g
cross join (select password_hash from account where username = 'admin') a
on conflict (username) do nothing;
