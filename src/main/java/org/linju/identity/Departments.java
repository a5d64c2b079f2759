package org.linju.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The district's departments and who works in each. */
@Service
public class Departments {

    private final JdbcClient jdbc;

    Departments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Department> all() {
        return jdbc.sql("select * from department order by code")
                .query((rs, row) -> new Department(rs.getString("code"), rs.getString("name"), rs.getString("name_en")))
                .list();
    }

    public Optional<Department> find(String code) {
        return jdbc.sql("select * from department where code = ?")
                .param(code)
                .query((rs, row) -> new Department(rs.getString("code"), rs.getString("name"), rs.getString("name_en")))
                .optional();
    }

    /** Usernames of the enabled accounts of a department (for notifications). */
    public List<String> usernamesIn(String code) {
        return jdbc.sql("select username from account where enabled and department_code = ? order by username")
                .param(code)
                .query(String.class)
                .list();
    }

    /** Adds departments that are not there yet. */
    @Transactional
    public void register(Collection<Department> departments) {
        for (Department department : departments) {
            jdbc.sql("insert into department (code, name, name_en) values (?, ?, ?) on conflict (code) do nothing")
                    .params(department.code(), department.name(), department.nameEn())
                    .update();
        }
    }

    @Transactional
    public void assign(String username, String departmentCode) {
        jdbc.sql("update account set department_code = ? where username = ?")
                .params(departmentCode, username)
                .update();
    }
}
