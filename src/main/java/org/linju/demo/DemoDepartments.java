package org.linju.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.springframework.stereotype.Component;

/** The district's 97 departments; the demo "dept" account works in housing and urban-rural development. */
@Component
class DemoDepartments {

    static final String HOUSING_DEPARTMENT = "D034";

    private final Departments departments;

    DemoDepartments(Departments departments) {
        this.departments = departments;
    }

    void register() {
        departments.register(fromFile());
    }

    /** Places the demo "dept" account in the housing department. */
    void placeDemoStaff() {
        departments.assign("dept", HOUSING_DEPARTMENT);
    }

    List<String> codes() {
        return departments.all().stream().map(Department::code).toList();
    }

    private static List<Department> fromFile() {
        try (Reader reader = DemoResources.open("demo/departments.csv")) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(row -> new Department(row.get("code"), row.get("name"), row.get("name_en")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
