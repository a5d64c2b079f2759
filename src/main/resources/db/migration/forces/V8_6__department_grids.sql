-- Departments "package" grids (部门包网格): each grid has the district departments that answer for it.
create table department_grid (
    department_code varchar(20) not null references department (code),
    grid_code       varchar(14) not null references grid (code),
    primary key (department_code, grid_code)
);
create index department_grid_grid_idx on department_grid (grid_code);
