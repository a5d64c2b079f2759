package org.linju.demo;

import java.util.Map;
import java.util.Random;

/**
 * What residents wrote and staff noted in the demo history: demo data like {@link ChineseNames}, in Chinese as it
 * would be written in Dachuan (stored as the matter's text, not shown as part of the interface).
 */
final class HistoryTexts {

    private static final Map<String, String[]> REPORTS = Map.ofEntries(
            Map.entry("01", new String[] {"楼道路灯不亮，晚上上下楼看不清", "小区门口井盖松动，踩上去会响", "消防栓被杂物遮挡", "电梯经常停运，老人出行不便"}),
            Map.entry("02", new String[] {"路面塌陷出现大坑，电动车容易摔倒", "路口红绿灯损坏", "人行道地砖破损翘起"}),
            Map.entry("03", new String[] {"大风刮倒行道树，挡住半边路", "绿化带树枝过长遮挡视线"}),
            Map.entry("10", new String[] {"垃圾桶满溢没人清运，气味很大", "楼道里贴满小广告", "夜间施工噪声扰民", "广场舞音响声音太大"}),
            Map.entry("11", new String[] {"商贩占用人行道摆摊", "小区消防通道被车辆堵塞", "共享单车乱停乱放"}),
            Map.entry("12", new String[] {"楼道堆放杂物有火灾隐患", "电动车在楼道里充电", "老房子外墙出现裂缝"}),
            Map.entry("13", new String[] {"楼上漏水邻居协商不成", "物业费争议，业主与物业矛盾", "邻里因停车位发生争执"}),
            Map.entry("D", new String[] {"咨询老年人高龄补贴如何申领", "独居老人需要上门帮助", "建议小区增设休息座椅", "投诉小区物业服务差", "举报违规搭建"}));

    private HistoryTexts() {}

    static String report(String category, Random random) {
        String[] texts = REPORTS.get(category.startsWith("D") ? "D" : category.substring(0, 2));
        return texts[random.nextInt(texts.length)];
    }

    static final String RETURNED = "不属本网格，请重新派遣";
    static final String RESOLVED = "已到现场处理完毕";
    static final String NOT_RESOLVED = "现场核查问题仍然存在";
    static final String EXTENSION = "需协调相关单位，申请延期";
    static final String DEFERRAL = "需等待施工单位进场，暂缓办理";
    static final String VOIDING = "重复反映，已在其他事项中办理";
    static final String TURNED_DOWN = "理由不充分，请按期办结";
    static final String UNSATISFIED = "问题没有彻底解决";
}
