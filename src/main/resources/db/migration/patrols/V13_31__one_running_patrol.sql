-- A person walks one patrol at a time: a second start (with another key) while one is running is refused, also when
-- two arrive at the same instant. Patrols left running side by side before this rule are ended at their last
-- recorded point (or their start), all but each person's latest.
update patrol p
set ended_at = greatest(p.started_at, coalesce((select max(t.at) from patrol_point t where t.patrol_id = p.id),
                                               p.started_at))
where p.ended_at is null
  and exists (select 1 from patrol q
              where q.worker_id = p.worker_id and q.ended_at is null and (q.started_at, q.id) > (p.started_at, p.id));

create unique index patrol_one_running on patrol (worker_id) where ended_at is null;
