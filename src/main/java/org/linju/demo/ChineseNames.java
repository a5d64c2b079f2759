package org.linju.demo;

import java.util.Random;

/** Plausible Chinese personal names for demo people, from common surnames and given-name characters. */
final class ChineseNames {

    private static final String SURNAMES =
            "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文向冉蒲";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文德辉成林海燕晓云凤波亮浩宇欣怡俊峰春梅琳雪莉婷蓉佳慧家荣斌鑫远航";

    private final Random random;

    ChineseNames(Random random) {
        this.random = random;
    }

    String next() {
        StringBuilder name = new StringBuilder();
        name.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(10) < 7) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }
}
