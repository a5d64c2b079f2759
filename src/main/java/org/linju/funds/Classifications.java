package org.linju.funds;

import java.util.List;
import java.util.Optional;

/**
 * The part of the government expenditure classification (政府收支分类科目, 支出功能分类) that livelihood money at district
 * level uses, as published by the Ministry of Finance: a line picks its code from here, nobody types one.
 */
public final class Classifications {

    private static final List<Classification> CATALOGUE = List.of(
            new Classification("201", "一般公共服务支出", "General public services"),
            new Classification("20101", "人大事务", "People's congress affairs"),
            new Classification("20103", "政府办公厅（室）及相关机构事务", "Government offices"),
            new Classification("20132", "组织事务", "Organisation affairs"),
            new Classification("2013299", "其他组织事务支出", "Other organisation affairs"),
            new Classification("204", "公共安全支出", "Public security"),
            new Classification("20406", "司法", "Justice"),
            new Classification("207", "文化旅游体育与传媒支出", "Culture, tourism, sports and media"),
            new Classification("208", "社会保障和就业支出", "Social security and employment"),
            new Classification("20802", "民政管理事务", "Civil affairs administration"),
            new Classification("2080208", "基层政权建设和社区治理", "Grassroots government and community governance"),
            new Classification("20810", "社会福利", "Social welfare"),
            new Classification("2081002", "老年福利", "Welfare for the elderly"),
            new Classification("210", "卫生健康支出", "Health"),
            new Classification("211", "节能环保支出", "Energy saving and environmental protection"),
            new Classification("21103", "污染防治", "Pollution control"),
            new Classification("212", "城乡社区支出", "Urban and rural community affairs"),
            new Classification("21201", "城乡社区管理事务", "Urban and rural community administration"),
            new Classification("2120199", "其他城乡社区管理事务支出", "Other community administration"),
            new Classification("21203", "城乡社区公共设施", "Urban and rural community public facilities"),
            new Classification("21205", "城乡社区环境卫生", "Urban and rural community sanitation"),
            new Classification("213", "农林水支出", "Agriculture, forestry and water"),
            new Classification("21301", "农业农村", "Agriculture and rural affairs"),
            new Classification("21303", "水利", "Water conservancy"),
            new Classification("2130301", "行政运行", "Administration"),
            new Classification("2130305", "水利工程建设", "Water conservancy construction"),
            new Classification("2130306", "水利工程运行与维护", "Operation and maintenance of water works"),
            new Classification("2130310", "水土保持", "Soil and water conservation"),
            new Classification("2130314", "防汛", "Flood control"),
            new Classification("2130316", "农村水利", "Rural water conservancy"),
            new Classification("2130335", "农村供水", "Rural water supply"),
            new Classification("21305", "巩固脱贫攻坚成果衔接乡村振兴", "Rural revitalisation"),
            new Classification("221", "住房保障支出", "Housing security"),
            new Classification("224", "灾害防治及应急管理支出", "Disaster prevention and emergency management"));

    private Classifications() {}

    /** Every code, in classification order (a 类 before its 款, a 款 before its 项). */
    public static List<Classification> all() {
        return CATALOGUE;
    }

    public static Optional<Classification> find(String code) {
        return CATALOGUE.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
