package org.linju.forces;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Departments that take grids into their care (部门包网格, {@code department_grid}). */
@Repository
class GridPackaging {

    private final JdbcClient jdbc;

    GridPackaging(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void packageGrid(String department, String grid) {
        jdbc.sql("insert into department_grid (department_code, grid_code) values (?, ?) on conflict do nothing")
                .params(department, grid)
                .update();
    }

    /** Names of the departments that package a grid. */
    List<String> packagingDepartments(String grid) {
        return jdbc.sql("""
				select d.name from department_grid p join department_name d on d.code = p.department_code
				where p.grid_code = ? order by d.code
				""").param(grid).query(String.class).list();
    }
}
