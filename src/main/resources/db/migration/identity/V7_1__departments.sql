-- District departments (区直部门). Department staff belong to one; red matters are assigned to departments.
create table department (
    code    varchar(20)  primary key,
    name    varchar(60)  not null,
    name_en varchar(100) not null
);
alter table account add column department_code varchar(20) references department (code);
