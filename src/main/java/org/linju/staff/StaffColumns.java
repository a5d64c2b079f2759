package org.linju.staff;

/** The columns of a staff workbook, in order; the header row carries the Chinese titles. */
enum StaffColumns {
    USERNAME("登录账号"),
    NAME("姓名"),
    ROLE("角色"),
    AREA("辖区编码"),
    DEPARTMENT("部门编码");

    final String title;

    StaffColumns(String title) {
        this.title = title;
    }
}
