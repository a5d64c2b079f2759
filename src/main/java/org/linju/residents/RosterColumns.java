package org.linju.residents;

import java.util.Arrays;
import java.util.List;

/** The columns of a resident roster workbook, in order. The first row must carry these headers. */
enum RosterColumns {
    NAME("姓名"),
    ID_NUMBER("身份证号"),
    PHONE("手机号"),
    GRID("网格编码"),
    BUILDING("楼栋"),
    UNIT("单元"),
    ROOM("户室"),
    RESIDENCE_TYPE("人口类型"),
    MOVED_IN("迁入日期"),
    GROUPS("重点人群");

    final String header;

    RosterColumns(String header) {
        this.header = header;
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(column -> column.header).toList();
    }
}
