package org.linju.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.linju.funds.FundSource;
import org.linju.funds.TargetDimension;
import org.linju.shared.DateRange;

/**
 * The demo district's water money for 2026, after Yichun's figures (BRIEF §3): flood control 2.639 billion yuan
 * (central money and a special bond), drinking water and irrigation 0.588 billion (provincial), ecology 0.291 billion
 * (a general bond), maintenance and IT 0.383 billion (the city's special fund of 0.13 billion and central money). Each
 * line pays a twelfth of its amount a month at its pace: most near 1, two clearly behind, for the monitoring to find.
 */
final class DemoFundsPlan {

    static final int YEAR = 2026;
    static final String UNIT = "区农业农村局";

    record Target(TargetDimension dimension, String name, String unit, String baseline, String target) {}

    record Line(String name, FundSource source, String classification, long yuan, double pace, List<Target> targets) {}

    static final List<Line> LINES = List.of(
            new Line(
                    "2026年防洪治理工程（中央水利发展资金）",
                    FundSource.CENTRAL,
                    "2130314",
                    1_900_000_000L,
                    0.97,
                    List.of(
                            new Target(TargetDimension.QUANTITY, "堤防加固长度", "公里", "0", "86"),
                            new Target(TargetDimension.QUALITY, "防洪工程验收合格率", "%", "95", "100"))),
            new Line(
                    "2026年防洪治理工程（专项债券）",
                    FundSource.SPECIAL_BOND,
                    "2130305",
                    739_000_000L,
                    0.92,
                    List.of(new Target(TargetDimension.QUANTITY, "病险水库除险加固座数", "座", "0", "14"))),
            new Line(
                    "2026年农村供水与灌溉工程（省级资金）",
                    FundSource.PROVINCIAL,
                    "2130335",
                    588_000_000L,
                    1.0,
                    List.of(
                            new Target(TargetDimension.SOCIAL, "农村自来水普及率", "%", "88", "95"),
                            new Target(TargetDimension.SATISFACTION, "受益群众满意度", "%", "85", "90"))),
            new Line(
                    "2026年水生态修复工程（一般债券）",
                    FundSource.GENERAL_BOND,
                    "2130310",
                    291_000_000L,
                    0.45,
                    List.of(new Target(TargetDimension.ECOLOGICAL, "新增水土流失治理面积", "平方公里", "0", "32"))),
            new Line(
                    "2026年水利工程运行维护（宜春市财政专项资金）",
                    FundSource.CITY,
                    "2130306",
                    130_000_000L,
                    0.95,
                    List.of(new Target(TargetDimension.TIMELINESS, "汛前检修按期完成率", "%", "90", "100"))),
            new Line(
                    "2026年水利信息化建设（中央资金）",
                    FundSource.CENTRAL,
                    "2130306",
                    253_000_000L,
                    0.4,
                    List.of(new Target(TargetDimension.QUANTITY, "新建水雨情监测站点", "个", "0", "60"))));

    static final String[] PAYEES = {"宜春市水利水电建设有限公司", "江西省水利规划设计研究院", "赣西水务工程有限公司", "袁州区宏达建筑劳务有限公司"};

    private DemoFundsPlan() {}

    /** What the line pays in the month, in yuan with fen: a twelfth at its pace, a little less in odd months. */
    static BigDecimal payment(Line line, YearMonth month) {
        long fen = Math.round(line.yuan() * 100.0 * line.pace() / 12.0 * (month.getMonthValue() % 2 == 1 ? 0.96 : 1.0));
        return BigDecimal.valueOf(fen, 2);
    }

    /** The target's planned value by the end of the month (a straight line) and the actual one at the line's pace. */
    static BigDecimal planned(Target target, YearMonth month) {
        return along(target, month.getMonthValue() / 12.0);
    }

    static BigDecimal actual(Line line, Target target, YearMonth month) {
        return along(target, Math.min(1.0, month.getMonthValue() / 12.0 * line.pace()));
    }

    private static BigDecimal along(Target target, double share) {
        BigDecimal baseline = new BigDecimal(target.baseline());
        BigDecimal gap = new BigDecimal(target.target()).subtract(baseline);
        return baseline.add(gap.multiply(BigDecimal.valueOf(share))).setScale(1, RoundingMode.HALF_UP);
    }

    /** When the month's payments are made: the 15th, 10 o'clock, China time. */
    static Instant payday(YearMonth month) {
        return month.atDay(15).atTime(10, 0).atZone(DateRange.CHINA).toInstant();
    }

    static String voucher(int line, YearMonth month) {
        return "SL" + YEAR + "-" + (line + 1) + "-" + String.format("%02d", month.getMonthValue());
    }
}
