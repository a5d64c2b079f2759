package org.linju.funds;

/**
 * The kinds of performance target (绩效指标): output (产出: 数量, 质量, 时效, 成本), effect (效益: 经济, 社会, 生态, 可持续) and
 * satisfaction (满意度). Labels are {@code funds.target.<NAME>} and {@code funds.category.<CATEGORY>}.
 */
public enum TargetDimension {
    QUANTITY("OUTPUT"),
    QUALITY("OUTPUT"),
    TIMELINESS("OUTPUT"),
    COST("OUTPUT"),
    ECONOMIC("EFFECT"),
    SOCIAL("EFFECT"),
    ECOLOGICAL("EFFECT"),
    SUSTAINABILITY("EFFECT"),
    SATISFACTION("SATISFACTION");

    private final String category;

    TargetDimension(String category) {
        this.category = category;
    }

    public String category() {
        return category;
    }

    public String messageKey() {
        return "funds.target." + name();
    }

    public String categoryKey() {
        return "funds.category." + category;
    }
}
