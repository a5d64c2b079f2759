package org.linju.funds;

/**
 * One code of the functional classification of government expenditure (支出功能分类): 类 (3 digits), 款 (5) or 项 (7).
 */
public record Classification(String code, String name, String nameEn) {

    /** 类, 款 or 项, by the length of the code: what the picker indents by. */
    public int depth() {
        return (code.length() - 3) / 2;
    }

    public String label() {
        return code + " " + name;
    }
}
