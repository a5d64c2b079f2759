package org.linju.forces;

/** The columns of a registration workbook, in order; the header row carries the Chinese titles. */
enum RegistrationColumns {
    NAME("姓名"),
    KIND("类别"),
    PHONE("手机号"),
    GRID("网格编码"),
    COMMUNITY("社区编码"),
    DEPARTMENT("部门编码"),
    ORGANISATION("单位"),
    SKILLS("技能"),
    ACCOUNT("登录账号");

    final String title;

    RegistrationColumns(String title) {
        this.title = title;
    }
}
