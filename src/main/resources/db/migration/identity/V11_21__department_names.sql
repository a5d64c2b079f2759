-- Published for other modules' SQL, so that they need not read department, which stays the identity module's own:
-- each district department's code and name. Read by the matters dashboard (MatterMetrics), which names the lines
-- of its by-department breakdown in the one query that counts them, and by the forces module (ForceStore) for the
-- departments that take a grid into their care, in the query that finds them.
create view department_name as
select code, name from department;
