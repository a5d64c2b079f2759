-- Published for other modules' SQL, so that they need not read region and grid, which stay the grid module's own:
-- the name of every area of the tree (district, street, community or grid) by its code. Read by the matters
-- dashboard (MatterMetrics), which names every line of a breakdown by thousands of areas in the one query that
-- counts them; asking the grid module's Java API for the names would cost a round trip per page and a second copy
-- of the tree in memory. Codes do not collide: regions have 6, 9 or 12 digits, grids 14.
create view area_name as
select code, name from region
union all
select code, name from grid;
